/**
 * Informal spellings people type in chat, each with the word it stands for. Only forms that
 * stand for one word whatever the topic: "sec" (second? secretary?) or "rep" are left out.
 */
export const INFORMAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["u", "you"],
  ["ur", "your"],
  ["r", "are"],
  ["n", "and"],
  ["y", "why"],
  ["wen", "when"],
  ["wat", "what"],
  ["wut", "what"],
  ["wht", "what"],
  ["hw", "how"],
  // A contraction typed without its apostrophe.
  ["whos", "who is"],
  ["wheres", "where is"],
  ["cuz", "because"],
  ["coz", "because"],
  ["bc", "because"],
  ["b4", "before"],
  ["abt", "about"],
  ["bout", "about"],
  ["thru", "through"],
  ["tho", "though"],
  ["govt", "government"],
  ["dept", "department"],
  ["admin", "administration"],
  ["fone", "phone"],
  ["ppl", "people"],
  ["mtg", "meeting"],
  ["mins", "minutes"],
  ["hrs", "hours"],
  ["yrs", "years"],
  ["intl", "international"],
  ["natl", "national"],
  ["approx", "approximately"],
]);
