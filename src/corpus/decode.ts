import { corpusMessages } from "./messages.js";

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Turns file bytes into text, or says plainly why they are not an article. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: corpusMessages.emptyFile };
  if (bytes.includes(0)) return { ok: false, problem: corpusMessages.binaryFile };
  try {
    const text = utf8.decode(bytes).replace(/^\uFEFF/, "");
    if (text.trim() === "") return { ok: false, problem: corpusMessages.emptyFile };
    return { ok: true, text };
  } catch {
    return { ok: false, problem: corpusMessages.invalidUtf8 };
  }
}
