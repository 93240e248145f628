import { Messages } from "../../src/render/messages.js";
import type { FakeDiscord, InteractionRecord } from "./fakeDiscord.js";
import { embedsOf } from "./outgoing.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every record has its answer (or the time runs out), then counts what the users
 * saw: questions never answered, answered more than once, refused by Discord (a second
 * acknowledgement, a late one), answered with a notice instead of an answer, or told the bot
 * is restarting.
 */
export async function outcome(fake: FakeDiscord, records: InteractionRecord[], timeoutMs = 15_000) {
  const answers = (r: InteractionRecord) =>
    r.responses.filter((x) => x.status < 300 && (x.kind === "edit" || x.type === 4));
  await fake
    .until(
      () => records.every((r) => answers(r).length > 0) || undefined,
      "every question answered",
      timeoutMs,
    )
    .catch(() => undefined);
  // Let a second process's late reply show, if there were one.
  await sleep(300);
  return {
    lost: records.filter((r) => answers(r).length === 0).length,
    twice: records.filter((r) => answers(r).length > 1).length,
    refused: records.filter((r) => r.responses.some((x) => x.status >= 300)).length,
    notices: records.filter((r) => embedsOf(r.original ?? {}).length !== 1).length,
    restarting: records.filter((r) => r.original?.content === Messages.shuttingDown).length,
  };
}

export const NONE_LOST = { lost: 0, twice: 0, refused: 0, notices: 0, restarting: 0 };
