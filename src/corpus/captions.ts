import type { Removed } from "./clean.js";
import { PHOTO_CREDIT } from "./junk.js";
import type { Caption } from "./types.js";

/** Why cleaning removes a caption line (clean.ts, html.ts): both reasons open so. */
const CAPTION_REASON = /^photo caption/u;

/**
 * The photo captions among the lines cleaning removed, each split into what it shows and its
 * credit, both exactly as the page has them. A credit alone on its line goes with the caption
 * line right after it, as pages print them one above the other.
 */
export function captionsOf(removed: readonly Removed[]): Caption[] {
  const lines = removed.filter((r) => CAPTION_REASON.test(r.reason)).map((r) => r.line.trim());
  const out: Caption[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const credit = PHOTO_CREDIT.exec(line)?.[0]?.trim() ?? "";
    const text = line.slice(0, line.length - credit.length).trim();
    const next = lines[i + 1];
    if (text === "" && credit !== "" && next !== undefined && !PHOTO_CREDIT.test(next)) {
      out.push({ text: next, credit });
      i++;
      continue;
    }
    if (text !== "" || credit !== "") out.push({ text, credit });
  }
  return out;
}
