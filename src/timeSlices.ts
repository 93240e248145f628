import { setImmediate as yieldToLoop } from "node:timers/promises";

/**
 * A pause for work done in steps on the serving thread: awaited after each small step, it
 * yields to the event loop once `budgetMs` of work has run since the last yield, so answers,
 * heartbeats and acknowledgements never wait longer than about that.
 */
export function timeSlices(budgetMs = 10): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await yieldToLoop();
    sliceStart = performance.now();
  };
}
