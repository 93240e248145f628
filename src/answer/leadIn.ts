import { rewriteFollowUp } from "../conversation/followUp.js";
import { tokenize } from "../search/tokens.js";

/** Pronouns a question points back with. */
const POINTING = new Set(["he", "him", "his", "she", "her", "hers"]);

/**
 * "Zakharova spoke ahead of the round — what did she say…", "The man heading the delegation:
 * what was his job?": a lead-in that names or describes someone, then a question pointing back
 * to them. The two parts, when the question has such a pronoun; null otherwise.
 */
export function leadIn(question: string): { context: string; rest: string } | null {
  const m = /^(.{3,}?)(?:\s+[—–-]+\s+|:\s+|(?<=[.!?])\s+)(\S.*)$/u.exec(question.trim());
  if (!m) return null;
  const [, context, rest] = m as unknown as [string, string, string];
  if (!tokenize(rest).some((t) => POINTING.has(t.norm))) return null;
  return { context, rest };
}

/** The question part with its pronouns read against the lead-in (or the name it stands for). */
export function resolveLeadIn(
  index: Parameters<typeof rewriteFollowUp>[0],
  rest: string,
  referent: string,
): string | null {
  const rewrite = rewriteFollowUp(index, rest, { turns: [{ question: referent, answer: "" }] });
  return rewrite.replaced.length > 0 ? rewrite.question : null;
}
