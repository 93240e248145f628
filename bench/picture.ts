import { loadavg } from "node:os";
import { renderTimelinePicture } from "../src/render/picture/timelinePicture.js";
import type { TimelineEvent } from "../src/timeline/types.js";
import { describeMachine, type Machine } from "./machine.js";
import { seededRandom } from "./random.js";
import { summarize, type LatencySummary } from "./stats.js";

/**
 * The /timeline picture's render time: 100 events (days, months, years, ranges, some
 * scheduled, long summaries, several sources) laid out and rendered to PNG, timed one render
 * at a time after a warm-up, in this process.
 */

export const PICTURE_TARGET = { events: 100, p50Ms: 200, maxBytes: 1024 * 1024 } as const;

export interface PictureBenchResults {
  date: string;
  startedAt: string;
  machine: Machine;
  events: number;
  renders: LatencySummary;
  /** Processor time of the process per render: what the render costs when it has a core. */
  cpu: LatencySummary;
  /** Load average over the last minute when the run ended, to read the wall times by. */
  loadAverage: number;
  pngBytes: number;
  pass: boolean;
}

const SUMMARY =
  "Delegations from Russia and the United States met again to discuss the operation of their embassies, banking, visas and direct flights";

/** Events spread over ten years, denser at the end, as a news timeline is. */
export function benchEvents(count: number, seed = 14): TimelineEvent[] {
  const random = seededRandom(seed);
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2016 + Math.floor(Math.sqrt(random()) * 10);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const pad = (n: number) => String(n).padStart(2, "0");
    const kind = random();
    const event: TimelineEvent =
      kind < 0.15
        ? { date: String(year), precision: "year", summary: "", status: "happened", sources: [] }
        : kind < 0.35
          ? {
              date: `${year}-${pad(month)}`,
              precision: "month",
              summary: "",
              status: "happened",
              sources: [],
            }
          : {
              date: `${year}-${pad(month)}-${pad(day)}`,
              precision: "day",
              summary: "",
              status: "happened",
              sources: [],
            };
    if (kind > 0.95 && year < 2025) {
      event.dateEnd = String(year + 1).padStart(4, "0") + event.date.slice(4);
    }
    event.summary = `${i + 1}. ${SUMMARY.slice(0, 60 + Math.floor(random() * 70))}.`;
    event.status = random() < 0.1 ? "scheduled" : "happened";
    event.sources = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, k) => ({
      articleId: `a${k}`,
      title: "",
      outlet: "Outlet",
      published: "2025-04-10",
      url: null,
      passage: event.summary,
    }));
    events.push(event);
  }
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

export function runPictureBench(runs = 30): PictureBenchResults {
  const started = new Date();
  const events = benchEvents(PICTURE_TARGET.events);
  // The first render reads the font and warms the JIT; a serving process pays it once.
  for (let i = 0; i < 3; i++) renderTimelinePicture(events, { about: "about everything" });
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let pngBytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const picture = renderTimelinePicture(events, { about: "about everything" });
    const c = process.cpuUsage(c0);
    samples.push(performance.now() - t0);
    cpuSamples.push((c.user + c.system) / 1000);
    pngBytes = picture.png.length;
  }
  const renders = summarize(samples);
  return {
    date: started.toISOString().slice(0, 10),
    startedAt: started.toISOString(),
    machine: describeMachine(),
    events: events.length,
    renders,
    cpu: summarize(cpuSamples),
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
    pngBytes,
    pass: renders.p50 < PICTURE_TARGET.p50Ms && pngBytes < PICTURE_TARGET.maxBytes,
  };
}
