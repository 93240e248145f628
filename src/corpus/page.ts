import { extname } from "node:path";
import { cleanRaw, type CleanResult } from "./clean.js";
import { pageMetadata, type PageMetadata } from "./metadata.js";
import type { Vocabulary } from "./vocabulary.js";

/** One raw page as ingest reads it: the clean text and what the page says about itself. */
export interface ReadPage {
  clean: CleanResult;
  meta: PageMetadata;
}

/** Cleans a raw page and reads its metadata; what ingest does to one file before the corpus. */
export function readPage(file: string, text: string, vocabulary: Vocabulary): ReadPage {
  void extname(file);
  const clean = cleanRaw(text, vocabulary.isWord, vocabulary.isCommon);
  return { clean, meta: pageMetadata(clean) };
}
