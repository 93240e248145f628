import { kindOf, sectionView, type Kind, type Section } from "./binaryFile.js";
import type { CheckedIndexFile } from "./cache.js";

/**
 * A checked index file passed from the thread that read it to the thread that serves it, made
 * so that the receiving side does no more than wrap and parse in small pieces: the file's
 * buffer is transferred (not copied) and its sections become views of it again; the header
 * goes as JSON text in pieces, each parsed in a step of its own. Reading the file and checking
 * every checksum stays on the sending thread.
 */
export interface IndexHandOver {
  buffer: ArrayBuffer;
  sections: { name: string; kind: Kind; byteOffset: number; length: number }[];
  /** The header as JSON text, a piece per key, two levels deep: [path, json]. */
  header: [string[], string][];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The hand-over of a checked file, and what postMessage should transfer with it. */
export function handOverOf(checked: CheckedIndexFile): {
  handOver: IndexHandOver;
  transfer: ArrayBuffer[];
} {
  let buffer: ArrayBuffer | undefined;
  const sections: IndexHandOver["sections"] = [];
  for (const [name, view] of checked.sections) {
    if (buffer === undefined) buffer = view.buffer as ArrayBuffer;
    if (view.buffer !== buffer) throw new Error(`section ${name} lies in another buffer`);
    sections.push({ name, kind: kindOf(view), byteOffset: view.byteOffset, length: view.length });
  }
  buffer ??= new ArrayBuffer(0);
  const header: [string[], string][] = [];
  for (const [key, value] of Object.entries(checked.header)) {
    if (!isPlainObject(value)) {
      header.push([[key], JSON.stringify(value)]);
      continue;
    }
    // An empty object must come back too: a piece for it, then a piece per key.
    header.push([[key], "{}"]);
    for (const [inner, innerValue] of Object.entries(value)) {
      header.push([[key, inner], JSON.stringify(innerValue)]);
    }
  }
  return { handOver: { buffer, sections, header }, transfer: [buffer] };
}

/** The checked file again, parsing a header piece at a time; `pause` is awaited after each. */
export async function receiveHandOver(
  handOver: IndexHandOver,
  pause: () => Promise<void>,
): Promise<CheckedIndexFile> {
  const header: Record<string, unknown> = {};
  for (const [path, json] of handOver.header) {
    const value: unknown = JSON.parse(json);
    const [key, inner] = path as [string, string | undefined];
    if (inner === undefined) header[key] = value;
    else (header[key] as Record<string, unknown>)[inner] = value;
    await pause();
  }
  const sections = new Map<string, Section>();
  for (const { name, kind, byteOffset, length } of handOver.sections) {
    sections.set(name, sectionView(handOver.buffer, kind, byteOffset, length));
  }
  // Checked on the thread that read the file; this side trusts what it was handed.
  return { header: header as unknown as CheckedIndexFile["header"], sections };
}
