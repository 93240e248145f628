import { createHash } from "node:crypto";
import {
  closeSync,
  fstatSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * One file holding a JSON header and typed arrays. Loading reads the file once and makes the
 * arrays views of that buffer: no parsing, no copying, whatever the corpus size.
 *
 * Every byte is covered by a checksum: the JSON by one in the fixed prefix, each section by one
 * in its table entry. They are made here, around whatever sections the caller passes, so a
 * section added later is covered without anyone remembering to. A damaged file (a flipped bit,
 * a cut-off copy, a hand edit) is refused as a whole rather than served in part.
 *
 * The file is written under a temporary name, flushed to disk, then renamed, so a reader never
 * sees half of one, even after a power cut; a write killed half way leaves only its temporary
 * file, which the next start removes (removeStaleTemporaries).
 */

const MAGIC = "TALKSBI2";
const ALIGN = 8;
const DIGEST = "sha256";
const DIGEST_BYTES = 32;
const PREFIX_BYTES = MAGIC.length + 4 + DIGEST_BYTES;

export type Kind = "u8" | "u16" | "u32" | "f64";
export type Section = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  f64: Float64Array,
} as const;

export function kindOf(section: Section): Kind {
  if (section instanceof Uint16Array) return "u16";
  if (section instanceof Uint32Array) return "u32";
  if (section instanceof Float64Array) return "f64";
  return "u8";
}

/** A section again, from where it lies in a buffer (one handed over from another thread). */
export function sectionView(
  buffer: ArrayBuffer,
  kind: Kind,
  byteOffset: number,
  length: number,
): Section {
  return new CONSTRUCTORS[kind](buffer, byteOffset, length);
}

interface SectionEntry {
  name: string;
  kind: Kind;
  offset: number;
  length: number;
  /** Hex digest of the section's bytes. */
  sum: string;
}

/** Any way a file fails to be what writeBinaryFile wrote: the caller deletes and rebuilds it. */
export class DamagedFileError extends Error {
  override name = "DamagedFileError";
}

const padding = (n: number): number => (ALIGN - (n % ALIGN)) % ALIGN;
const bytesOf = (s: Section) => new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
const digest = (bytes: Uint8Array) => createHash(DIGEST).update(bytes).digest();

const TEMP_SUFFIX = /^\.(\d+)\.tmp$/;
const temporaryName = (file: string) => `${file}.${process.pid}.tmp`;

export function writeBinaryFile(
  file: string,
  header: unknown,
  sections: Record<string, Section>,
): void {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    const sum = digest(bytesOf(section)).toString("hex");
    entries.push({ name, kind: kindOf(section), offset, length: section.length, sum });
    offset += section.byteLength + padding(section.byteLength);
  }
  const json = Buffer.from(JSON.stringify({ header, sections: entries }), "utf8");
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(json.length, MAGIC.length);
  digest(json).copy(prefix, MAGIC.length + 4);
  const tmp = temporaryName(file);
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, prefix);
    writeSync(fd, json);
    writeSync(fd, Buffer.alloc(padding(prefix.length + json.length)));
    for (const section of Object.values(sections)) {
      writeSync(fd, bytesOf(section));
      writeSync(fd, Buffer.alloc(padding(section.byteLength)));
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(tmp, file);
  syncDirectory(dirname(file));
}

/** Makes the rename itself durable; not every platform lets a directory be opened for it. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // best effort: the data itself is on disk already
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files that writes of `file` killed half way left behind. A temporary
 * file whose writer is still running (another process saving at the same time) is left alone.
 * Returns the names removed.
 */
export function removeStaleTemporaries(file: string): string[] {
  const dir = dirname(file);
  const base = basename(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base)) continue;
    const pid = TEMP_SUFFIX.exec(name.slice(base.length))?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

function zeros(bytes: Buffer, from: number, to: number): boolean {
  if (to > bytes.length) return false;
  for (let i = from; i < to; i++) if (bytes[i] !== 0) return false;
  return true;
}

export interface BinaryFile {
  header: unknown;
  /** Views of one buffer holding the whole file, which nothing else shares (transferable). */
  sections: Map<string, Section>;
}

/**
 * The file's bytes in a buffer of their own, exactly as long: aligned for typed arrays, and
 * transferable to another thread whole (Node may hand out small reads inside a shared pool).
 */
function readWhole(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.from(new ArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

function damaged(why: string): never {
  throw new DamagedFileError(why);
}

/**
 * Reads a file written by writeBinaryFile. Throws DamagedFileError on anything else: another
 * format, a cut-off file, a byte that differs from what was written; a missing file throws
 * the file system's ENOENT.
 */
export function readBinaryFile(file: string): BinaryFile {
  const buffer = readWhole(file);
  if (buffer.length < PREFIX_BYTES || buffer.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    damaged("not an index file");
  }
  const jsonLength = buffer.readUInt32LE(MAGIC.length);
  const jsonEnd = PREFIX_BYTES + jsonLength;
  if (jsonEnd > buffer.length) damaged("cut short in its header");
  const json = buffer.subarray(PREFIX_BYTES, jsonEnd);
  if (!digest(json).equals(buffer.subarray(MAGIC.length + 4, PREFIX_BYTES))) {
    damaged("header checksum differs");
  }
  let parsed: { header: unknown; sections: SectionEntry[] };
  try {
    parsed = JSON.parse(json.toString("utf8")) as typeof parsed;
  } catch {
    damaged("header is not JSON");
  }
  if (!Array.isArray(parsed.sections)) damaged("no section table");
  const dataStart = jsonEnd + padding(jsonEnd);
  const out = new Map<string, Section>();
  // Bytes no checksum covers (the padding) must be the zeros that were written, and nothing
  // may follow the last section: every byte of the file is accounted for.
  let expectedEnd = dataStart;
  if (!zeros(buffer, jsonEnd, dataStart)) damaged("padding after the header changed");
  for (const entry of parsed.sections) {
    const Type = CONSTRUCTORS[entry.kind];
    if (!Type || !Number.isSafeInteger(entry.offset) || !Number.isSafeInteger(entry.length)) {
      damaged(`section ${String(entry.name)} is malformed`);
    }
    const start = dataStart + entry.offset;
    const byteLength = entry.length * Type.BYTES_PER_ELEMENT;
    if (entry.offset < 0 || entry.length < 0 || start + byteLength > buffer.length) {
      damaged(`cut short in section ${entry.name}`);
    }
    const view = new Type(buffer.buffer as ArrayBuffer, buffer.byteOffset + start, entry.length);
    if (digest(bytesOf(view)).toString("hex") !== entry.sum) {
      damaged(`checksum differs in section ${entry.name}`);
    }
    out.set(entry.name, view);
    const end = start + byteLength;
    if (!zeros(buffer, end, end + padding(byteLength)))
      damaged(`padding changed after ${entry.name}`);
    expectedEnd = Math.max(expectedEnd, end + padding(byteLength));
  }
  if (buffer.length !== expectedEnd)
    damaged(`${buffer.length - expectedEnd} bytes more or fewer than written`);
  return { header: parsed.header, sections: out };
}

/** Where each part of a file lies, in bytes from its start: for tests that damage one part. */
export function layoutOf(file: string): {
  header: { start: number; end: number };
  sections: { name: string; start: number; end: number }[];
} {
  const bytes = readFileSync(file);
  const jsonEnd = PREFIX_BYTES + bytes.readUInt32LE(MAGIC.length);
  const { sections } = JSON.parse(bytes.toString("utf8", PREFIX_BYTES, jsonEnd)) as {
    sections: SectionEntry[];
  };
  const dataStart = jsonEnd + padding(jsonEnd);
  return {
    header: { start: PREFIX_BYTES, end: jsonEnd },
    sections: sections.map((s) => {
      const start = dataStart + s.offset;
      return {
        name: s.name,
        start,
        end: start + s.length * CONSTRUCTORS[s.kind].BYTES_PER_ELEMENT,
      };
    }),
  };
}
