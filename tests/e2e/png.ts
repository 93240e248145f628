import { inflateSync } from "node:zlib";

/**
 * Whether bytes are a PNG an image viewer would show: the signature, an IHDR first, every
 * chunk's CRC right, IDAT data that inflates to exactly the rows IHDR announces, and IEND last.
 * Written from the PNG specification, apart from the renderer that made the file.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Channels per pixel by colour type (greyscale, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface PngInfo {
  width: number;
  height: number;
}

export function pngProblems(bytes: Buffer): { problems: string[]; info?: PngInfo } {
  const problems: string[] = [];
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    return { problems: ["no PNG signature"] };
  }
  let at = 8;
  let info: (PngInfo & { depth: number; channels: number }) | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  while (at + 12 <= bytes.length && !ended) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    if (at + 12 + length > bytes.length) {
      problems.push(`chunk ${type} runs past the end`);
      break;
    }
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) {
      problems.push(`chunk ${type} has a bad CRC`);
    }
    if (at === 8 && type !== "IHDR") problems.push("IHDR is not the first chunk");
    if (type === "IHDR") {
      const channels = CHANNELS[data[9]!];
      if (channels === undefined) problems.push(`colour type ${data[9]} unknown`);
      info = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        depth: data[8]!,
        channels: channels ?? 4,
      };
      if (data[12] !== 0) problems.push("interlaced (not checked here)");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") ended = true;
    at += 12 + length;
  }
  if (!info) return { problems: [...problems, "no IHDR"] };
  if (!ended) problems.push("no IEND");
  if (info.width === 0 || info.height === 0) problems.push("empty image");
  try {
    const raw = inflateSync(Buffer.concat(idat));
    const rowBytes = 1 + Math.ceil((info.width * info.channels * info.depth) / 8);
    if (raw.length !== rowBytes * info.height) {
      problems.push(`image data is ${raw.length} bytes, expected ${rowBytes * info.height}`);
    }
  } catch (error) {
    problems.push(`image data does not inflate: ${String(error)}`);
  }
  return { problems, info: { width: info.width, height: info.height } };
}
