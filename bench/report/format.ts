/** Number formatting shared by the stdout table and BENCHMARKS.md, so both show the same digits. */

export const DASH = "–";

/** Milliseconds with precision that matches their size: 0.42, 4.21, 42.1, 421. */
export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export function seconds(valueMs: number | null | undefined): string {
  if (valueMs === null || valueMs === undefined || !Number.isFinite(valueMs)) return DASH;
  return (valueMs / 1000).toFixed(valueMs < 10_000 ? 2 : 1);
}

export function mib(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toFixed(0);
}

export function bytesMiB(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return DASH;
  return (bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 2 : 1);
}

export function pct(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toFixed(1);
}

export function times(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value >= 100 ? `${value.toFixed(0)}×` : `${value.toFixed(value >= 10 ? 1 : 2)}×`;
}

export function count(value: number | null | undefined): string {
  if (value === null || value === undefined) return DASH;
  return value.toLocaleString("en-US");
}
