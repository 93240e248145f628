export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Lines printed under the table: what a figure means, caveats. */
  notes?: string[];
}

/**
 * A Markdown table padded to aligned columns: readable as-is on a terminal and valid in
 * BENCHMARKS.md, so the file carries exactly the text the run printed.
 */
export function renderTable(table: Table): string {
  const widths = table.headers.map((h, i) =>
    Math.max(h.length, 3, ...table.rows.map((r) => (r[i] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  const out = [`### ${table.title}`, "", line(table.headers), rule, ...table.rows.map(line)];
  if (table.notes?.length) out.push("", ...table.notes);
  return out.join("\n");
}
