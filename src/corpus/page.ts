import { extname } from "node:path";
import { cleanRaw, type CleanResult } from "./clean.js";
import { readHtml } from "./html.js";
import { pageMetadata, type PageMetadata } from "./metadata.js";
import type { Vocabulary } from "./vocabulary.js";

/** One raw page as ingest reads it: the clean text and what the page says about itself. */
export interface ReadPage {
  clean: CleanResult;
  meta: PageMetadata;
}

/** Cleans a raw page and reads its metadata; what ingest does to one file before the corpus. */
export function readPage(file: string, text: string, vocabulary: Vocabulary): ReadPage {
  if (HTML.test(extname(file))) {
    // A saved HTML page: Readability finds the story, the markup states the metadata, and
    // then the story is cleaned, dated and de-duplicated as any text page is.
    const html = readHtml(text);
    const clean = cleanRaw(html.text, vocabulary.isWord, vocabulary.isCommon);
    clean.removed.unshift(...html.removed);
    // What the markup does not state may stand in page chrome Readability left out: the
    // by-line, the footer's copyright line.
    const inStory = new Set(html.text.split("\n\n"));
    const outside = html.pageText.split("\n\n").filter((line) => line !== "" && !inStory.has(line));
    clean.removed.push(...outside.map((line) => ({ line, reason: "outside the story Readability found" })));
    const whole = cleanRaw(html.pageText, () => true).hints;
    clean.hints = { ...whole, dateline: clean.hints.dateline, urls: clean.hints.urls, sites: clean.hints.sites };
    return { clean, meta: pageMetadata(clean, html.markup) };
  }
  const clean = cleanRaw(text, vocabulary.isWord, vocabulary.isCommon);
  return { clean, meta: pageMetadata(clean) };
}

const HTML = /^\.x?html?$/i;
