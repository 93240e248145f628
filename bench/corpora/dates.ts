import { randomInt, type Random } from "../random.js";

const DAY_MS = 86_400_000;

/**
 * A plausible publication date for a piece of an address given in `year`: until 1934 the
 * message went to Congress in December, since then the address is given in January or February.
 */
export function speechDate(year: number, random: Random): string {
  const month = year < 1934 ? 12 : randomInt(random, 1, 2);
  const day = randomInt(random, 1, 28);
  return isoDate(Date.UTC(year, month - 1, day));
}

/** Shifts an ISO date by whole days; later copies of a piece carry other dates. */
export function shiftDate(iso: string, days: number): string {
  return isoDate(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
