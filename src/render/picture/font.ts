import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type opentypeModule from "opentype.js";
import type { Font } from "opentype.js";

/**
 * The font the timeline picture is drawn with, shipped as an npm package (DejaVu, under the
 * Bitstream Vera licence) so that the picture is the same on every machine: no system font is
 * ever consulted. Text is set here, glyph by glyph, into outlines the SVG carries as paths:
 * resvg lays out each text element anew (about 5 ms for a line), while outlines cached per
 * character cost it nothing to lay out; and widths measured here are the widths drawn.
 */

const require = createRequire(import.meta.url);

/** opentype.js, loaded with the first font: a start that draws no picture never pays for it. */
let opentype: typeof opentypeModule | undefined;

export const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  oblique: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf"),
} as const;

export type FontFace = keyof typeof FONT_FILES;

interface Metrics {
  unitsPerEm: number;
  /** Advance width by character, filled as characters are met. */
  advance: Map<string, number>;
  /** Relative path data by size and character. */
  outline: Map<string, string>;
  font: Font;
}

const loaded = new Map<FontFace, Metrics>();

function metrics(face: FontFace): Metrics {
  let m = loaded.get(face);
  if (!m) {
    const bytes = readFileSync(FONT_FILES[face]);
    opentype ??= require("opentype.js") as typeof opentypeModule;
    const font = opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      { lowMemory: true },
    );
    m = { unitsPerEm: font.unitsPerEm, advance: new Map(), outline: new Map(), font };
    loaded.set(face, m);
  }
  return m;
}

/** Width in pixels of text set at `size` in the face; kerning is ignored (it only narrows). */
export function textWidth(text: string, size: number, face: FontFace = "regular"): number {
  const m = metrics(face);
  let units = 0;
  for (const char of text) {
    let w = m.advance.get(char);
    if (w === undefined) {
      const measured = m.font.charToGlyph(char).advanceWidth ?? m.unitsPerEm / 2;
      m.advance.set(char, measured);
      w = measured;
    }
    units += w;
  }
  return (units * size) / m.unitsPerEm;
}

/** The text, cut at a word boundary and ended with "…" when it is wider than maxWidth. */
export function fitText(
  text: string,
  maxWidth: number,
  size: number,
  face: FontFace = "regular",
): string {
  if (textWidth(text, size, face) <= maxWidth) return text;
  const ellipsis = "…";
  const room = maxWidth - textWidth(ellipsis, size, face);
  let cut = "";
  let width = 0;
  for (const char of text) {
    const w = textWidth(char, size, face);
    if (width + w > room) break;
    cut += char;
    width += w;
  }
  const atWord = cut.replace(/\s+\S*$/, "");
  const kept = (atWord.length >= cut.length * 0.6 ? atWord : cut).replace(/[\s,;:.–—-]+$/, "");
  return kept ? `${kept}${ellipsis}` : "";
}

/** The text broken into at most `lines` lines of at most maxWidth, the last cut with "…". */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  lines: number,
  face: FontFace = "regular",
): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest && out.length < lines - 1) {
    if (textWidth(rest, size, face) <= maxWidth) break;
    const words = rest.split(/\s+/);
    let line = "";
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (textWidth(next, size, face) > maxWidth) break;
      line = next;
    }
    // A single word wider than the line is cut rather than left to overflow.
    if (!line) line = fitText(words[0]!, maxWidth, size, face).replace(/…$/, "");
    out.push(line);
    rest = rest.slice(line.length).trim();
  }
  if (rest) out.push(fitText(rest, maxWidth, size, face));
  return out;
}

const r2 = (n: number): number => Math.round(n * 10) / 10;
const fmt = (n: number): string => String(r2(n));

/**
 * A glyph's outline at one size as relative path data from the pen position, made once per
 * character and size: text is then a string of these, each after an absolute move to its pen.
 * Relative steps are differences of rounded absolute points, so rounding never accumulates.
 */
function glyphPath(m: Metrics, char: string, size: number): string {
  const key = `${size}\u0000${char}`;
  let d = m.outline.get(key);
  if (d !== undefined) return d;
  const path = m.font.charToGlyph(char).path;
  const commands = (typeof path === "function" ? path() : path).commands;
  const scale = size / m.unitsPerEm;
  const parts: string[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const px = (u: number | undefined): number => r2((u ?? 0) * scale);
  const py = (u: number | undefined): number => r2(-(u ?? 0) * scale);
  for (const c of commands) {
    if (c.type === "Z") {
      parts.push("z");
      cx = sx;
      cy = sy;
      continue;
    }
    const x = px(c.x);
    const y = py(c.y);
    if (c.type === "Q") {
      parts.push(`q${fmt(px(c.x1) - cx)} ${fmt(py(c.y1) - cy)} ${fmt(x - cx)} ${fmt(y - cy)}`);
    } else if (c.type === "C") {
      parts.push(
        `c${fmt(px(c.x1) - cx)} ${fmt(py(c.y1) - cy)} ${fmt(px(c.x2) - cx)} ${fmt(py(c.y2) - cy)} ${fmt(x - cx)} ${fmt(y - cy)}`,
      );
    } else parts.push(`${c.type === "M" ? "m" : "l"}${fmt(x - cx)} ${fmt(y - cy)}`);
    if (c.type === "M") {
      sx = x;
      sy = y;
    }
    cx = x;
    cy = y;
  }
  d = parts.join("");
  m.outline.set(key, d);
  return d;
}

/**
 * SVG path data for text set at (x, baseline y), starting there or, with anchor "end" or
 * "middle", ending or centred there.
 */
export function textPath(
  text: string,
  x: number,
  y: number,
  size: number,
  face: FontFace = "regular",
  anchor: "start" | "middle" | "end" = "start",
): string {
  const m = metrics(face);
  const width = textWidth(text, size, face);
  let pen = anchor === "end" ? x - width : anchor === "middle" ? x - width / 2 : x;
  const out: string[] = [];
  for (const char of text) {
    const glyph = glyphPath(m, char, size);
    if (glyph) out.push(`M${fmt(pen)} ${fmt(y)}${glyph}`);
    pen += textWidth(char, size, face);
  }
  return out.join("");
}
