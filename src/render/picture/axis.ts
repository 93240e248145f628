import { dateInterval } from "../../dates/calendar.js";
import { monthShortName } from "../../dates/names.js";

/**
 * The picture's date axis. Events cluster (a few years of background, then weeks of talks), so a
 * plain linear axis would squeeze the talks into a sliver. Where the events leave a long empty
 * gap the axis breaks; each stretch between breaks is linear and gets room by both the time it
 * spans and the number of events in it, so a dense month is as legible as a sparse decade.
 */

export interface AxisOptions {
  /** A gap longer than this share of the whole span (and than minGapDays) breaks the axis. */
  breakShare: number;
  minGapDays: number;
  /** Pixels given to each break. */
  breakWidth: number;
  /** Stretches shorter than this are widened around their middle, so one day is not a pixel. */
  minStretchDays: number;
  /** Least distance between tick labels, px. */
  minTickSpacing: number;
}

export const AXIS_DEFAULTS: AxisOptions = {
  breakShare: 0.15,
  minGapDays: 75,
  breakWidth: 18,
  minStretchDays: 21,
  minTickSpacing: 48,
};

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD day. */
export function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** [start, end) in epoch days of a date at its precision, or of a range's two ends. */
export function daySpan(date: string, dateEnd?: string): { start: number; end: number } | null {
  const first = dateInterval(date)?.first;
  const last = dateInterval(dateEnd ?? date)?.last;
  if (!first || !last) return null;
  return { start: epochDay(first), end: epochDay(last) + 1 };
}

export interface Stretch {
  start: number;
  end: number;
  x0: number;
  x1: number;
}

export interface Tick {
  x: number;
  label: string;
}

export interface Axis {
  stretches: Stretch[];
  /** x of each break's middle. */
  breaks: number[];
  ticks: Tick[];
  x(day: number): number;
}

type Unit = { kind: "year" | "month"; step: number } | { kind: "day"; step: number };

const UNITS: Unit[] = [
  { kind: "day", step: 1 },
  { kind: "day", step: 7 },
  { kind: "day", step: 14 },
  { kind: "month", step: 1 },
  { kind: "month", step: 3 },
  { kind: "month", step: 6 },
  { kind: "year", step: 1 },
  { kind: "year", step: 2 },
  { kind: "year", step: 5 },
  { kind: "year", step: 10 },
];

function unitDays(unit: Unit): number {
  return unit.kind === "day"
    ? unit.step
    : unit.kind === "month"
      ? unit.step * 30.4
      : unit.step * 365.25;
}

function tickDays(unit: Unit, start: number, end: number): number[] {
  const out: number[] = [];
  const from = new Date(start * DAY_MS);
  if (unit.kind === "day") {
    // Weekly ticks fall on Mondays, as calendars print them.
    const first = unit.step === 1 ? start : start + ((8 - from.getUTCDay()) % 7);
    for (let d = first; d < end; d += unit.step) out.push(d);
    return out;
  }
  let year = from.getUTCFullYear();
  let month = unit.kind === "year" ? 0 : from.getUTCMonth();
  if (unit.kind === "year") year = Math.ceil(year / unit.step) * unit.step;
  else month = Math.ceil(month / unit.step) * unit.step;
  for (;;) {
    const d = Math.round(Date.UTC(year, month, 1) / DAY_MS);
    if (d >= end) break;
    if (d >= start) out.push(d);
    if (unit.kind === "year") year += unit.step;
    else month += unit.step;
  }
  return out;
}

function tickLabel(unit: Unit, day: number, withYear: boolean): string {
  const [y, m, d] = isoOf(day).split("-").map(Number) as [number, number, number];
  if (unit.kind === "year") return String(y);
  const month = monthShortName(m) ?? "";
  if (unit.kind === "month") return withYear || m === 1 ? `${month} ${y}` : month;
  return withYear || (m === 1 && d <= unit.step) ? `${d} ${month} ${y}` : `${d} ${month}`;
}

/** The axis over [x0, x1] px for the given event spans (at least one). */
export function buildAxis(
  spans: ReadonlyArray<{ start: number; end: number }>,
  x0: number,
  x1: number,
  options: AxisOptions = AXIS_DEFAULTS,
): Axis {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const whole = Math.max(1, Math.max(...sorted.map((s) => s.end)) - sorted[0]!.start);
  const gap = Math.max(options.minGapDays, whole * options.breakShare);
  const groups: Array<{ start: number; end: number; count: number }> = [];
  for (const s of sorted) {
    const last = groups.at(-1);
    if (last && s.start - last.end <= gap) {
      last.end = Math.max(last.end, s.end);
      last.count++;
    } else groups.push({ start: s.start, end: s.end, count: 1 });
  }
  // A little room either side of each stretch, so marks at its ends are not cut.
  for (const g of groups) {
    const length = g.end - g.start;
    const widen = Math.max(0, options.minStretchDays - length) / 2;
    const pad = Math.max(1, Math.round(length * 0.04));
    g.start = Math.floor(g.start - widen - pad);
    g.end = Math.ceil(g.end + widen + pad);
  }
  const totalDays = groups.reduce((n, g) => n + (g.end - g.start), 0);
  const room = x1 - x0 - options.breakWidth * (groups.length - 1);
  const weights = groups.map(
    (g) => 0.5 * (g.count / sorted.length) + 0.5 * ((g.end - g.start) / totalDays),
  );
  const stretches: Stretch[] = [];
  const breaks: number[] = [];
  let x = x0;
  groups.forEach((g, i) => {
    const width = room * weights[i]!;
    stretches.push({ start: g.start, end: g.end, x0: x, x1: x + width });
    x += width;
    if (i < groups.length - 1) {
      breaks.push(x + options.breakWidth / 2);
      x += options.breakWidth;
    }
  });
  const at = (day: number): number => {
    const s =
      stretches.find((t) => day >= t.start && day <= t.end) ??
      (day < stretches[0]!.start ? stretches[0]! : stretches.at(-1)!);
    const clamped = Math.min(s.end, Math.max(s.start, day));
    return s.x0 + ((clamped - s.start) / (s.end - s.start)) * (s.x1 - s.x0);
  };
  const ticks: Tick[] = [];
  stretches.forEach((s, i) => {
    const pxPerDay = (s.x1 - s.x0) / (s.end - s.start);
    const unit =
      UNITS.find((u) => unitDays(u) * pxPerDay >= options.minTickSpacing) ?? UNITS.at(-1)!;
    // A stretch that no tick falls in still shows where it is: one label at its start.
    const days = tickDays(unit, s.start, s.end);
    const shown = days.length > 0 ? days : [s.start];
    shown.forEach((d, k) => {
      ticks.push({
        x: at(d),
        label: tickLabel(unit, d, k === 0 && (i > 0 || unit.kind === "day")),
      });
    });
  });
  return { stretches, breaks, ticks, x: at };
}
