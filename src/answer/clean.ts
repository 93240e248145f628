/** Longest question we read; a Discord message can be longer, a question cannot usefully be. */
export const MAX_QUESTION_CHARS = 500;

/**
 * Makes any user text safe to analyse and to echo back: control characters (NUL included)
 * become spaces, Discord mentions lose their ping, whitespace collapses, length is capped.
 */
export function cleanQuestion(raw: unknown): string {
  const text = typeof raw === "string" ? raw : "";
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
      .replace(/<@[!&]?\d+>|<#\d+>/g, " ")
      .replace(/@(everyone|here)\b/gi, "$1")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, MAX_QUESTION_CHARS)
  );
}
