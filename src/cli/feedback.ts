/**
 * `npm run feedback`: the votes people gave the bot's answers, from the database.
 * `npm run feedback -- --export out.jsonl` writes them as eval items (one JSON object a line,
 * the shape of tests/eval/ask-*.json plus a `review` field), worst-rated first.
 */
import { runCommand } from "./runCommand.js";
import { existsSync, writeFileSync } from "node:fs";
import { configOrReport } from "./cliConfig.js";
import { log } from "../log/log.js";
import { openStore } from "../store/open.js";
import { feedbackItems } from "./feedbackItems.js";

const USAGE = "usage: npm run feedback [-- --export FILE.jsonl]";

async function main(argv: string[]): Promise<number> {
  const config = configOrReport();
  if (!config) return 1;
  log.level = config.logLevel ?? "warn";
  const at = argv.indexOf("--export");
  const file = at >= 0 ? argv[at + 1] : undefined;
  if (
    (at >= 0 && !file) ||
    argv.some((a, i) => a.startsWith("--") && a !== "--export" && i !== at + 1)
  ) {
    console.error(USAGE);
    return 2;
  }
  if (config.databaseUrl === null && !existsSync(config.databasePath)) {
    console.error(
      `No database at ${config.databasePath} yet: it is created when the bot first starts (DATABASE_PATH).`,
    );
    return 1;
  }
  const store = await openStore(config, log, { readonly: true });
  const health = store.health();
  if (!health.ok) {
    console.error(health.problem);
    return 1;
  }
  const items = feedbackItems(await store.feedback());
  await store.close();
  if (file) {
    writeFileSync(
      file,
      items.map((item) => JSON.stringify(item)).join("\n") + (items.length ? "\n" : ""),
    );
    console.log(`Wrote ${items.length} eval item${items.length === 1 ? "" : "s"} to ${file}.`);
    return 0;
  }
  const up = items.reduce((n, i) => n + i.review.up, 0);
  const down = items.reduce((n, i) => n + i.review.down, 0);
  console.log(`👍 ${up} · 👎 ${down} on ${items.length} question${items.length === 1 ? "" : "s"}`);
  for (const item of items.filter((i) => i.review.down > 0).slice(0, 10)) {
    console.log(`  👎 ${item.review.down} 👍 ${item.review.up}  ${item.question}`);
  }
  return 0;
}

runCommand(() => main(process.argv.slice(2)), "feedback");
