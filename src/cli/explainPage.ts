import type { Explained } from "../corpus/ingest.js";

const FIELDS = [
  ["title", "title"],
  ["outlet", "outlet"],
  ["republished_by", "republishedBy"],
  ["published", "published"],
  ["url", "url"],
] as const;

/**
 * What `npm run ingest -- --explain FILE` prints: each field with the line it came from,
 * then each line left out of the body with the reason, then the body's size.
 */
export function formatExplained(e: Explained, articleFile: string): string {
  const out: string[] = [`${e.rawFile} → ${articleFile} (nothing written)`, ""];
  const width = Math.max(...FIELDS.map(([name]) => name.length));
  for (const [name, key] of FIELDS) {
    const value = e.meta[key] ?? "";
    const mark = e.meta.inferred.includes(name) ? " (inferred)" : "";
    out.push(`${name.padEnd(width)}  ${value === "" ? "—" : value}${mark}`);
    const from = e.meta.evidence?.[name];
    if (from) out.push(`${" ".repeat(width)}  ← ${from}`);
  }
  if (e.meta.duplicateOf) out.push(`${"duplicate_of".padEnd(width)}  ${e.meta.duplicateOf}`);
  out.push("", `dropped lines (${e.removed.length}):`);
  for (const r of e.removed) out.push(`  - ${JSON.stringify(r.line)} — ${r.reason}`);
  const paragraphs = e.body.split("\n\n").filter(Boolean);
  out.push("", `body: ${paragraphs.length} paragraphs, ${e.body.length} characters`);
  if (e.warnings.length > 0) out.push("", "warnings:", ...e.warnings.map((w) => `  - ${w}`));
  return out.join("\n");
}
