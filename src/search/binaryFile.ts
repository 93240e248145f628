import { closeSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";

/**
 * One file holding a JSON header and typed arrays. Loading reads the file once and makes the
 * arrays views of that buffer: no parsing, no copying, whatever the corpus size. The file is
 * written under a temporary name and renamed, so a reader never sees half of one.
 */

const MAGIC = "TALKSBIN";
const ALIGN = 8;

type Kind = "u8" | "u16" | "u32" | "f64";
export type Section = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const CONSTRUCTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  f64: Float64Array,
} as const;

function kindOf(section: Section): Kind {
  if (section instanceof Uint16Array) return "u16";
  if (section instanceof Uint32Array) return "u32";
  if (section instanceof Float64Array) return "f64";
  return "u8";
}

interface SectionEntry {
  name: string;
  kind: Kind;
  offset: number;
  length: number;
}

const padding = (n: number): number => (ALIGN - (n % ALIGN)) % ALIGN;

export function writeBinaryFile(
  file: string,
  header: unknown,
  sections: Record<string, Section>,
): void {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, section] of Object.entries(sections)) {
    entries.push({ name, kind: kindOf(section), offset, length: section.length });
    offset += section.byteLength + padding(section.byteLength);
  }
  const json = Buffer.from(JSON.stringify({ header, sections: entries }), "utf8");
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, "latin1");
  prefix.writeUInt32LE(json.length, MAGIC.length);
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    const headBytes = prefix.length + json.length;
    writeSync(fd, prefix);
    writeSync(fd, json);
    writeSync(fd, Buffer.alloc(padding(headBytes)));
    for (const section of Object.values(sections)) {
      writeSync(fd, new Uint8Array(section.buffer, section.byteOffset, section.byteLength));
      writeSync(fd, Buffer.alloc(padding(section.byteLength)));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export interface BinaryFile {
  header: unknown;
  sections: Map<string, Section>;
}

/** Reads a file written by writeBinaryFile; throws on anything else or on a cut-off file. */
export function readBinaryFile(file: string): BinaryFile {
  const bytes = readFileSync(file);
  if (bytes.length < MAGIC.length + 4 || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) {
    throw new Error("not an index file");
  }
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  const jsonStart = MAGIC.length + 4;
  const { header, sections } = JSON.parse(
    bytes.toString("utf8", jsonStart, jsonStart + jsonLength),
  ) as { header: unknown; sections: SectionEntry[] };
  const dataStart = jsonStart + jsonLength + padding(jsonStart + jsonLength);
  // Typed arrays need aligned offsets; a buffer Node handed back unaligned is copied once.
  const buffer = bytes.byteOffset % ALIGN === 0 ? bytes : Buffer.from(new Uint8Array(bytes).buffer);
  const out = new Map<string, Section>();
  for (const entry of sections) {
    const Type = CONSTRUCTORS[entry.kind];
    const start = buffer.byteOffset + dataStart + entry.offset;
    if (start + entry.length * Type.BYTES_PER_ELEMENT > buffer.byteOffset + buffer.length) {
      throw new Error(`index file cut short in section ${entry.name}`);
    }
    out.set(entry.name, new Type(buffer.buffer, start, entry.length));
  }
  return { header, sections: out };
}
