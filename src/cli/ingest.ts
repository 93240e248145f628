import { parseArgs } from "node:util";
import { ingest } from "../corpus/ingest.js";

/** `npm run ingest [-- --force] [--raw DIR] [--out DIR]`: corpus/raw → corpus/articles. */
function main(): number {
  const { values } = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      raw: { type: "string", default: "corpus/raw" },
      out: { type: "string", default: "corpus/articles" },
    },
  });
  const report = ingest({ rawDir: values.raw, articlesDir: values.out, force: values.force });
  for (const w of report.warnings) console.error(`warning: ${w}`);
  for (const p of report.problems) console.error(`skipped: ${p.file}: ${p.problem}`);
  const total = report.written.length + report.unchanged.length;
  const copies = report.duplicates.length;
  console.log(
    `ingest: ${total} article files (${report.written.length} written, ${report.unchanged.length} unchanged), ` +
      `${total - copies} articles + ${copies} recorded duplicate${copies === 1 ? "" : "s"}, ` +
      `${report.problems.length} skipped`,
  );
  return 0;
}

process.exitCode = main();
