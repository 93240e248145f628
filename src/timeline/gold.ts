import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { projectPath } from "../projectPath.js";
import { z } from "zod";

/** The hand-written gold timeline the eval scores against (tests/eval/timeline-gold.json). */

const goldEvent = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  dateEnd: z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
    .optional(),
  precision: z.enum(["day", "month", "year"]),
  status: z.enum(["happened", "scheduled"]),
  keywords: z.array(z.string().min(1)).min(1),
  /** Raw file stems of the canonical articles that report it. */
  articles: z.array(z.string().min(1)).min(1),
  why: z.string().optional(),
});

const goldFile = z.object({
  events: z.array(goldEvent).min(1),
  acceptable: z.array(goldEvent).default([]),
  junk: z.array(z.string().min(1)).default([]),
});

export type GoldEvent = z.infer<typeof goldEvent>;
export type TimelineGold = z.infer<typeof goldFile>;

export const DEFAULT_GOLD_URL = pathToFileURL(projectPath("tests", "eval", "timeline-gold.json"));

export function loadTimelineGold(location: URL | string = DEFAULT_GOLD_URL): TimelineGold {
  const parsed = goldFile.safeParse(JSON.parse(readFileSync(location, "utf8")));
  if (!parsed.success) {
    throw new Error(`timeline gold ${String(location)} is malformed: ${parsed.error.message}`);
  }
  return parsed.data;
}
