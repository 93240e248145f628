import type { TimelineEvent } from "../../timeline/types.js";
import { formatDate } from "../dates.js";
import { oneLine } from "../text.js";
import { buildAxis, daySpan, type Axis } from "./axis.js";
import { fitText, textPath, textWidth, wrapText } from "./font.js";

/**
 * The timeline as an SVG drawing: one row per event, its date and a short label on the left,
 * its mark on a shared date axis on the right. A day is a dot, a range a bar, a month or a year
 * a band over the whole period; an event still scheduled when reported is drawn hollow and
 * dashed, its label in italics. The card is opaque and light, so it reads the same on Discord's
 * dark and light themes.
 */

export const PICTURE_LAYOUT = {
  width: 960,
  margin: 24,
  titleSize: 20,
  textSize: 12.5,
  smallSize: 11,
  dateColumn: 150,
  sourcesColumn: 72,
  chartGap: 20,
  chartShare: 0.36,
  headerHeight: 120,
  rowHeight: 40,
  labelLines: 2,
  lineHeight: 15,
  /** Past this many events a row holds one line: a long timeline stays a picture, not a scroll. */
  compactAbove: 30,
  compactRowHeight: 22,
  footerHeight: 46,
  dotRadius: 6,
  barHeight: 8,
  bandHeight: 20,
} as const;

export const PICTURE_COLORS = {
  background: "#ffffff",
  border: "#d0d7de",
  ink: "#1f2328",
  muted: "#57606a",
  grid: "#d8dee4",
  zebra: "#f6f8fa",
  accent: "#6b4fbb",
} as const;

export interface PictureOptions {
  title: string;
  /** What the events were filtered by, shown under the title ("about flights"). */
  about?: string;
  /** Says which events these are ("Events 6–10 of 15"); "15 events" by default. */
  count?: string;
}

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
  /** Every piece of text drawn, in order: what the outlines say, for tests and alt text. */
  texts: string[];
}

const num = (n: number): string => (Math.round(n * 10) / 10).toString();

/** "31 Mar – 6 Apr 2025": a range's shared year said once. */
export function shortDateRange(date: string, dateEnd?: string): string {
  if (!dateEnd || dateEnd === date) return formatDate(date);
  const a = formatDate(date);
  const b = formatDate(dateEnd);
  const year = date.slice(0, 4);
  if (date.length > 4 && dateEnd.slice(0, 4) === year && a.endsWith(` ${year}`)) {
    return `${a.slice(0, -5)} – ${b}`;
  }
  return `${a} – ${b}`;
}

/** Text as outlines of the shipped font (see font.ts), in one path. */
function text(
  drawn: string[],
  x: number,
  y: number,
  content: string,
  size: number,
  fill: string,
  extra: { anchor?: "end" | "middle"; bold?: boolean; italic?: boolean } = {},
): string {
  const face = extra.bold ? "bold" : extra.italic ? "oblique" : "regular";
  const line = oneLine(content);
  if (line) drawn.push(line);
  const d = textPath(line, x, y, size, face, extra.anchor ?? "start");
  return d ? `<path fill="${fill}" d="${d}"/>` : "";
}

function mark(event: TimelineEvent, axis: Axis, cy: number): string {
  const L = PICTURE_LAYOUT;
  const C = PICTURE_COLORS;
  const span = daySpan(event.date, event.dateEnd);
  if (!span) return "";
  const scheduled = event.status === "scheduled";
  const outline = scheduled
    ? `fill="${C.background}" stroke="${C.accent}" stroke-width="1.6" stroke-dasharray="3 2"`
    : "";
  const x0 = axis.x(span.start);
  const x1 = axis.x(span.end);
  if (event.precision === "day" && !event.dateEnd) {
    const cx = (x0 + x1) / 2;
    return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${L.dotRadius}" ${outline || `fill="${C.accent}"`}/>`;
  }
  if (event.dateEnd) {
    const w = Math.max(2 * L.barHeight, x1 - x0);
    const x = (x0 + x1) / 2 - w / 2;
    return `<rect x="${num(x)}" y="${num(cy - L.barHeight / 2)}" width="${num(w)}" height="${L.barHeight}" rx="${L.barHeight / 2}" ${outline || `fill="${C.accent}"`}/>`;
  }
  const w = Math.max(6, x1 - x0);
  const x = (x0 + x1) / 2 - w / 2;
  const fill = scheduled
    ? outline
    : `fill="${C.accent}" fill-opacity="0.22" stroke="${C.accent}" stroke-opacity="0.7"`;
  return `<rect x="${num(x)}" y="${num(cy - L.bandHeight / 2)}" width="${num(w)}" height="${L.bandHeight}" rx="3" ${fill}/>`;
}

function legend(drawn: string[], x: number, y: number): string {
  const L = PICTURE_LAYOUT;
  const C = PICTURE_COLORS;
  const parts: string[] = [];
  let at = x;
  const item = (glyph: string, label: string): void => {
    parts.push(glyph.replaceAll("{x}", num(at)).replaceAll("{y}", num(y)));
    parts.push(text(drawn, at + 22, y + 4, label, L.smallSize, C.muted));
    at += 22 + textWidth(label, L.smallSize) + 22;
  };
  const cx = (dx: number): string => num(at + dx);
  item(`<circle cx="${cx(8)}" cy="{y}" r="5" fill="${C.accent}"/>`, "a day");
  item(
    `<rect x="${cx(0)}" y="${num(y - 4)}" width="16" height="8" rx="4" fill="${C.accent}"/>`,
    "from … to",
  );
  item(
    `<rect x="${cx(0)}" y="${num(y - 8)}" width="16" height="16" rx="3" fill="${C.accent}" fill-opacity="0.22" stroke="${C.accent}" stroke-opacity="0.7"/>`,
    "a month or a year, as the articles give it",
  );
  item(
    `<circle cx="${cx(8)}" cy="{y}" r="5" fill="${C.background}" stroke="${C.accent}" stroke-width="1.6" stroke-dasharray="3 2"/>`,
    "scheduled when reported",
  );
  return parts.join("");
}

/** The drawing for the events, in the order given (the timeline's order). */
export function timelineSvg(
  events: readonly TimelineEvent[],
  options: PictureOptions,
): TimelineSvg {
  const L = PICTURE_LAYOUT;
  const C = PICTURE_COLORS;
  const width = L.width;
  const rowsTop = L.headerHeight;
  const compact = events.length > L.compactAbove;
  const rowHeight = compact ? L.compactRowHeight : L.rowHeight;
  const labelLines = compact ? 1 : L.labelLines;
  const height = rowsTop + Math.max(1, events.length) * rowHeight + L.footerHeight;
  const chartX1 = width - L.margin - 8;
  const chartX0 = Math.round(width - L.margin - (width - 2 * L.margin) * L.chartShare);
  const sourcesRight = chartX0 - L.chartGap;
  const labelX = L.margin + L.dateColumn;
  const labelRoom = sourcesRight - L.sourcesColumn - labelX - 8;

  const spans = events.flatMap((e) => daySpan(e.date, e.dateEnd) ?? []);
  const axis = spans.length > 0 ? buildAxis(spans, chartX0 + 8, chartX1 - 8) : null;
  const out: string[] = [];
  const drawn: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="10" fill="${C.background}" stroke="${C.border}"/>`,
  );
  out.push(
    text(
      drawn,
      L.margin,
      40,
      fitText(oneLine(options.title), width - 2 * L.margin, L.titleSize, "bold"),
      L.titleSize,
      C.ink,
      { bold: true },
    ),
  );
  const count = options.count ?? `${events.length} event${events.length === 1 ? "" : "s"}`;
  const subtitle = [count, options.about ? oneLine(options.about) : ""].filter(Boolean).join(" ");
  out.push(
    text(
      drawn,
      L.margin,
      64,
      fitText(subtitle, width - 2 * L.margin, L.textSize),
      L.textSize,
      C.muted,
    ),
  );
  out.push(legend(drawn, L.margin, 88));

  const bottom = rowsTop + events.length * rowHeight;
  events.forEach((_, i) => {
    const y = rowsTop + i * rowHeight;
    const fill = i % 2 === 1 ? C.zebra : "";
    if (fill)
      out.push(`<rect x="1" y="${y}" width="${width - 2}" height="${rowHeight}" fill="${fill}"/>`);
  });
  if (axis) {
    for (const s of axis.stretches) {
      out.push(
        `<line x1="${num(s.x0)}" y1="${rowsTop - 6}" x2="${num(s.x1)}" y2="${rowsTop - 6}" stroke="${C.muted}"/>`,
      );
    }
    for (const b of axis.breaks) {
      // Two slanted strokes, as a broken axis is drawn on paper; the gap runs down the rows.
      out.push(
        `<path d="M${num(b - 6)} ${rowsTop - 1} l4 -10 M${num(b + 2)} ${rowsTop - 1} l4 -10" stroke="${C.muted}" stroke-width="1.4"/>`,
        `<line x1="${num(b)}" y1="${rowsTop}" x2="${num(b)}" y2="${bottom}" stroke="${C.grid}" stroke-dasharray="2 4"/>`,
      );
    }
    let lastRight = -Infinity;
    for (const t of axis.ticks) {
      out.push(
        `<line x1="${num(t.x)}" y1="${rowsTop - 10}" x2="${num(t.x)}" y2="${bottom}" stroke="${C.grid}"/>`,
      );
      const w = textWidth(t.label, L.smallSize);
      const left = Math.min(t.x - w / 2, chartX1 - w);
      if (left < lastRight + 6) continue;
      out.push(
        text(drawn, left + w / 2, rowsTop - 14, t.label, L.smallSize, C.muted, {
          anchor: "middle",
        }),
      );
      lastRight = left + w;
    }
  }
  events.forEach((event, i) => {
    const y = rowsTop + i * rowHeight;
    const base = y + rowHeight / 2 + L.textSize * 0.36;
    const scheduled = event.status === "scheduled";
    const label = `${scheduled ? "Scheduled: " : ""}${oneLine(event.summary)}`;
    const face = scheduled ? "oblique" : "regular";
    const lines = wrapText(label, labelRoom, L.textSize, labelLines, face);
    const top = base - ((lines.length - 1) * L.lineHeight) / 2;
    const ink = C.ink;
    const when = shortDateRange(event.date, event.dateEnd);
    out.push(
      text(
        drawn,
        L.margin,
        base,
        fitText(when, L.dateColumn - 8, L.textSize, "bold"),
        L.textSize,
        ink,
        {
          bold: true,
        },
      ),
    );
    lines.forEach((line, k) => {
      out.push(
        text(drawn, labelX, top + k * L.lineHeight, line, L.textSize, ink, { italic: scheduled }),
      );
    });
    const n = event.sources.length;
    out.push(
      text(drawn, sourcesRight, base, `${n} source${n === 1 ? "" : "s"}`, L.smallSize, C.muted, {
        anchor: "end",
      }),
    );
    if (axis) out.push(mark(event, axis, y + rowHeight / 2));
  });
  if (events.length === 0) {
    out.push(
      text(drawn, L.margin, rowsTop + rowHeight / 2 + 4, "No events match.", L.textSize, C.muted),
    );
  }
  const footer =
    "Each event is placed as precisely as the articles date it; sources are the articles that report it.";
  out.push(
    text(
      drawn,
      L.margin,
      height - L.footerHeight / 2 + 4,
      fitText(footer, width - 2 * L.margin, L.smallSize),
      L.smallSize,
      C.muted,
    ),
  );
  out.push("</svg>");
  return { svg: out.join(""), width, height, texts: drawn };
}
