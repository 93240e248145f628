import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { z } from "zod";
import type { Corpus } from "../corpus/types.js";
import { log } from "../log.js";
import {
  assembleIndex,
  buildIndexParts,
  indexSentences,
  MINISEARCH_OPTIONS,
  type IndexParts,
} from "./build.js";
import { searchMessages } from "./messages.js";
import type { PassageDocument, SearchIndex } from "./types.js";

/**
 * Bumped whenever tokenizing, stemming or the saved shape changes: an index saved by other
 * code would silently answer differently, so it is rebuilt instead.
 */
export const INDEX_FORMAT_VERSION = 3;
export const INDEX_FILE = "search-index.json";

/** Hash of everything the index is computed from: article ids, metadata and clean bodies. */
export function corpusHash(corpus: Corpus): string {
  const hash = createHash("sha256");
  for (const a of corpus.articles) {
    hash.update(JSON.stringify([a.id, a.title, a.outlet, a.published, a.url, a.body]));
    hash.update("\u0000");
  }
  return hash.digest("hex");
}

const savedIndexSchema = z.object({
  formatVersion: z.number(),
  corpusHash: z.string(),
  miniSearch: z.record(z.string(), z.unknown()),
  vocabulary: z.object({
    passageCount: z.number(),
    documentFrequency: z.record(z.string(), z.number()),
    surfaces: z.record(z.string(), z.string()),
    nameVariants: z.record(z.string(), z.array(z.string())),
  }),
  entities: z.array(
    z.object({
      text: z.string(),
      key: z.string(),
      kind: z.enum(["person", "place", "other"]),
      mentions: z.number(),
    }),
  ),
});

type Loaded = { ok: true; parts: IndexParts } | { ok: false; reason: string };

function readSaved(file: string, hash: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { ok: false, reason: searchMessages.cacheMissing };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: searchMessages.cacheCorrupt };
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== INDEX_FORMAT_VERSION) {
    return { ok: false, reason: searchMessages.cacheVersion(version, INDEX_FORMAT_VERSION) };
  }
  const parsed = savedIndexSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: searchMessages.cacheCorrupt };
  if (parsed.data.corpusHash !== hash) return { ok: false, reason: searchMessages.cacheStale };
  try {
    const miniSearch = MiniSearch.loadJSON<PassageDocument>(
      JSON.stringify(parsed.data.miniSearch),
      MINISEARCH_OPTIONS,
    );
    return {
      ok: true,
      parts: { miniSearch, vocabulary: parsed.data.vocabulary, entities: parsed.data.entities },
    };
  } catch {
    return { ok: false, reason: searchMessages.cacheCorrupt };
  }
}

/** Temp file + rename, so a reader never sees half an index. */
function writeSaved(cacheDir: string, file: string, hash: string, parts: IndexParts): void {
  const saved = {
    formatVersion: INDEX_FORMAT_VERSION,
    corpusHash: hash,
    miniSearch: parts.miniSearch.toJSON(),
    vocabulary: parts.vocabulary,
    entities: parts.entities,
  };
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(saved));
  renameSync(tmp, file);
}

/**
 * The index the bot and CLI use: the saved one when it matches this corpus and this code,
 * otherwise a fresh build (saved for next time). A bad cache costs a rebuild and a warning,
 * never a crash; an unwritable cache directory only costs the saving.
 */
export function loadOrBuildIndex(corpus: Corpus, cacheDir = "corpus/.cache"): SearchIndex {
  const file = join(cacheDir, INDEX_FILE);
  const hash = corpusHash(corpus);
  const loaded = readSaved(file, hash);
  if (loaded.ok) return assembleIndex(corpus, loaded.parts);
  if (loaded.reason === searchMessages.cacheMissing) log.info({ file }, loaded.reason);
  else log.warn({ file, reason: loaded.reason }, searchMessages.cacheRebuilt);
  const indexed = indexSentences(corpus.articles);
  const parts = buildIndexParts(corpus, indexed);
  try {
    writeSaved(cacheDir, file, hash, parts);
  } catch (error) {
    log.warn({ file, error: String(error) }, searchMessages.cacheNotSaved);
  }
  return assembleIndex(corpus, parts, indexed);
}
