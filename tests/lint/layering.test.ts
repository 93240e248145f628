import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** Lints a constructed file as if it stood at `path`, with the project's own config. */
async function importErrors(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath: path });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

describe("the layering rule", () => {
  it("stops the domain from importing the bot, the renderers or Discord", async () => {
    expect(
      await importErrors(
        "src/answer/x.ts",
        'import { a } from "../render/answer.js";\nexport { a };\n',
      ),
    ).toHaveLength(1);
    expect(
      await importErrors(
        "src/search/x.ts",
        'import { Client } from "discord.js";\nexport { Client };\n',
      ),
    ).toHaveLength(1);
  });

  it("lets the bot and the CLI import the domain", async () => {
    expect(
      await importErrors(
        "src/cli/x.ts",
        'import { a } from "../answer/answer.js";\nexport { a };\n',
      ),
    ).toEqual([]);
  });
});
