import { readFileSync } from "node:fs";

/**
 * Peak resident set size of this process in MiB. The kernel's high-water mark (VmHWM) is the
 * same figure resourceUsage reports on Linux; the latter is the fallback elsewhere.
 */
export function peakRssMiB(): number {
  try {
    const status = readFileSync("/proc/self/status", "utf8");
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
    if (match?.[1]) return Number(match[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
