/**
 * npm run --silent ask -- [--json] ["question"]
 *
 * With a question: one answer. Without: one question per line from stdin, one answer per
 * line out (a script can pipe any number of questions through one process). stdout carries
 * only answers; logs and errors go to stderr.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { answerQuestion } from "../answer/answer.js";
import { toContract } from "../answer/contract.js";
import type { Answer } from "../answer/types.js";
import { DEFAULT_ARTICLES_DIR } from "../corpus/load.js";
import { log } from "../log/log.js";
import { openCorpus } from "../openCorpus.js";
import type { SearchIndex } from "../search/types.js";

const USAGE = 'usage: npm run --silent ask -- [--json] ["question"]   (no question: read stdin)';

/** The answer as a person reads it in a terminal: answer, notes, then every cited passage. */
function toText(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.notes.length) lines.push("", ...answer.notes.map((n) => `Note: ${n}`));
  if (answer.sources.length) lines.push("", "Sources:");
  answer.sources.forEach((s, i) => {
    const head = [s.outlet || s.title || s.articleId, s.published].filter(Boolean).join(", ");
    lines.push(`  [${i + 1}] ${head}${s.url ? ` <${s.url}>` : ""}`, `      "${s.passage}"`);
  });
  lines.push(`(${answer.status}, confidence ${answer.confidence.toFixed(2)})`);
  return lines.join("\n");
}

function render(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(toContract(answer)) : `${toText(answer)}\n`;
}

async function answerStdin(index: SearchIndex, json: boolean): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // One output per input line, blank ones included, so answers line up with questions.
    process.stdout.write(`${render(answerQuestion(index, line), json)}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  let values: { json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { corpus, index } = openCorpus(DEFAULT_ARTICLES_DIR);
  for (const p of corpus.problems) log.warn({ file: p.file }, `article skipped: ${p.problem}`);
  const json = values.json ?? false;
  if (positionals.length > 0) {
    process.stdout.write(`${render(answerQuestion(index, positionals.join(" ")), json)}\n`);
  } else {
    await answerStdin(index, json);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    log.error({ err: error }, "ask failed");
    process.exitCode = 1;
  },
);
