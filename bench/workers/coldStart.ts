import { openService } from "../../src/app.js";
import { signalReady, workerInput, writeOutput } from "./protocol.js";

export interface ColdStartInput {
  articlesDir: string;
  cacheDir: string;
  question: string;
  out: string;
}

export interface ColdStartOutput {
  status: string;
  /** Since this process's time origin, as the process itself sees it. */
  serviceOpenMs: number;
  firstAnswerMs: number;
}

/**
 * What `npm start` does before it can answer, and nothing else: open the service on the
 * prebuilt index, answer one question. The parent times spawn → READY from outside, so Node's
 * own start-up and module loading count too.
 */
function main(): void {
  const input = workerInput<ColdStartInput>();
  const service = openService({ articlesDir: input.articlesDir, cacheDir: input.cacheDir });
  const serviceOpenMs = performance.now();
  const answer = service.ask(input.question);
  const firstAnswerMs = performance.now();
  signalReady("answer");
  writeOutput(input.out, {
    status: answer.status,
    serviceOpenMs,
    firstAnswerMs,
  } satisfies ColdStartOutput);
}

main();
