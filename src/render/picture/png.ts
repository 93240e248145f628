import { createRequire } from "node:module";
import type { Resvg as ResvgClass } from "@resvg/resvg-js";

/** resvg's native module, loaded with the first picture: a start that draws none never pays for it. */
let Resvg: typeof ResvgClass | undefined;
const require = createRequire(import.meta.url);

/**
 * SVG to PNG with resvg. System fonts are never loaded: text arrives as outlines of the shipped
 * font, so the picture is the same on every machine. Drawn at twice its size for sharp text on high-density
 * screens, less when the picture is tall, so that it stays light to send.
 */

export const PNG_OPTIONS = {
  /** Pixels per SVG unit when the picture is small enough. */
  zoom: 2,
  /** At most this many pixels in all; a taller picture is drawn at a smaller zoom. */
  maxPixels: 2_400_000,
  /** Never below this zoom: text under it blurs. */
  minZoom: 1,
} as const;

export function svgToPng(svg: string, width: number, height: number): Buffer {
  const fit = Math.sqrt(PNG_OPTIONS.maxPixels / (width * height));
  const zoom = Math.max(PNG_OPTIONS.minZoom, Math.min(PNG_OPTIONS.zoom, fit));
  Resvg ??= (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg;
  const resvg = new Resvg(svg, {
    // The drawing holds no text elements (font.ts sets text as outlines); no font is loaded.
    font: { loadSystemFonts: false },
    fitTo: { mode: "width", value: Math.round(width * zoom) },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
