import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { z } from "zod";
import { restoreCorpus, snapshotCorpus, type CorpusSnapshot } from "../corpus/snapshot.js";
import type { ArticleMeta, Corpus } from "../corpus/types.js";
import { log } from "../log/log.js";
import { DamagedFileError, readBinaryFile, writeBinaryFile, type Section } from "./binaryFile.js";
import { FIELDS, type IndexParts } from "./build.js";
import { searchMessages } from "./messages.js";
import type { PostingsData } from "./postings.js";
import { analysisFromSections, analysisSections } from "./storedAnalysis.js";

/**
 * Bumped whenever tokenizing, stemming or the saved shape changes: an index saved by other
 * code would silently answer differently, so it is rebuilt instead.
 */
export const INDEX_FORMAT_VERSION = 13;
export const INDEX_FILE = "search-index.bin";

/** corpusHash taken article by article, in corpus order. */
export class CorpusHasher {
  private readonly hash = createHash("sha256");

  add(a: ArticleMeta, body: string): void {
    this.hash.update(JSON.stringify([a.id, a.title, a.outlet, a.published, a.url, body]));
    this.hash.update("\u0000");
  }

  digest(): string {
    return this.hash.digest("hex");
  }
}

/** Hash of everything the index is computed from: article ids, metadata and clean bodies. */
export function corpusHash(corpus: Corpus): string {
  const hasher = new CorpusHasher();
  for (const a of corpus.articles) hasher.add(a, a.body);
  return hasher.digest();
}

const table = <T>() =>
  z.custom<Record<string, T>>((v) => typeof v === "object" && v !== null && !Array.isArray(v));

const entitySchema = z.object({
  text: z.string(),
  key: z.string(),
  kind: z.enum(["person", "place", "other"]),
  mentions: z.number(),
});

const headerSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  /** Hash of the corpus content (corpusHash). */
  contentHash: z.string(),
  /** What the corpus was read from, when it was read from a directory (see openCorpus). */
  sourceKey: z.string().nullable(),
  vocabulary: z.object({
    passageCount: z.number(),
    // Tables of tens of thousands of words: their shape is checked, not every entry (the
    // file is versioned and written whole by this code; a cut-off file fails elsewhere).
    documentFrequency: table<number>(),
    surfaces: table<string>(),
    nameVariants: z.record(z.string(), z.array(z.string())),
  }),
  entities: z.array(entitySchema),
  analysis: z.object({
    dateStems: z.array(z.string()),
    dateStrings: z.array(z.string()),
    stemTable: z.array(z.string()),
  }),
  nameStems: z.object({
    surnames: z.array(z.string()),
    nameParts: z.array(z.string()),
    placeStems: z.array(z.string()),
  }),
  postings: z.object({
    documentCount: z.number(),
    terms: z.array(z.string()),
    averageLengths: z.array(z.number()),
  }),
  articlePostings: z.object({
    documentCount: z.number(),
    terms: z.array(z.string()),
    averageLengths: z.array(z.number()),
  }),
  corpus: z.object({
    articles: z.array(
      z.custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null),
    ),
    duplicates: z.array(z.record(z.string(), z.unknown())),
    problems: z.array(z.object({ file: z.string(), problem: z.string() })),
  }),
});

type Header = z.infer<typeof headerSchema>;

/** What an index file holds, the corpus restored only when asked for. */
export interface SavedIndex {
  contentHash: string;
  sourceKey: string | null;
  parts: IndexParts;
  corpus(): Corpus;
  /** Extra blocks saved alongside (the timeline), undecoded. */
  extra(name: string): Uint8Array | undefined;
}

export type ReadResult =
  | { ok: true; saved: SavedIndex }
  /** `detail` says what was wrong with a damaged file (which section, which check). */
  | { ok: false; reason: string; detail?: string };

function section<T extends Section>(
  sections: Map<string, Section>,
  name: string,
  type: new (...args: never[]) => T,
): T {
  const s = sections.get(name);
  if (!(s instanceof type)) throw new Error(`index file has no ${name}`);
  return s;
}

/** An index file read whole and checked (every checksum, the header's shape), not yet decoded. */
export interface CheckedIndexFile {
  header: Header;
  /** Views of one buffer holding the whole file. */
  sections: Map<string, Section>;
}

export type CheckResult =
  { ok: true; checked: CheckedIndexFile } | { ok: false; reason: string; detail?: string };

/** Reads the file and checks every byte of it, without decoding anything but its header. */
export function checkIndexFile(file: string): CheckResult {
  let raw;
  try {
    raw = readBinaryFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { ok: false, reason: searchMessages.cacheMissing };
    }
    const detail = error instanceof DamagedFileError ? error.message : String(error);
    return { ok: false, reason: searchMessages.cacheCorrupt, detail };
  }
  const version = (raw.header as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== INDEX_FORMAT_VERSION) {
    return { ok: false, reason: searchMessages.cacheVersion(version, INDEX_FORMAT_VERSION) };
  }
  const parsed = headerSchema.safeParse(raw.header);
  if (!parsed.success) {
    return { ok: false, reason: searchMessages.cacheCorrupt, detail: "header has the wrong shape" };
  }
  return { ok: true, checked: { header: parsed.data, sections: raw.sections } };
}

export function readIndexFile(file: string): ReadResult {
  const read = checkIndexFile(file);
  if (!read.ok) return read;
  try {
    return { ok: true, saved: savedIndexOf(read.checked) };
  } catch (error) {
    return { ok: false, reason: searchMessages.cacheCorrupt, detail: String(error) };
  }
}

/**
 * The index a checked file holds: typed arrays are used where they lie, the corpus restored
 * when asked for. Throws when a section is missing or the parts do not fit together.
 */
export function savedIndexOf({ header, sections: s }: CheckedIndexFile): SavedIndex {
  const postingsOf = (name: string, saved: Header["postings"], fields: number): PostingsData => ({
    documentCount: saved.documentCount,
    terms: saved.terms,
    fields: Array.from({ length: fields }, (_, f) => ({
      offsets: section(s, `${name}.${f}.offsets`, Uint32Array),
      docs: section(s, `${name}.${f}.docs`, Uint32Array),
      freqs: section(s, `${name}.${f}.freqs`, Uint16Array),
      lengths: section(s, `${name}.${f}.lengths`, Uint16Array),
      averageLength: saved.averageLengths[f] ?? 0,
    })),
  });
  const postings = postingsOf("postings", header.postings, FIELDS.length);
  const articlePostings = postingsOf("articlePostings", header.articlePostings, 1);
  const snapshot = {
    meta: header.corpus as unknown as CorpusSnapshot["meta"],
    sections: {
      bodies: section(s, "corpus.bodies", Uint8Array),
      bodyOffsets: section(s, "corpus.bodyOffsets", Uint32Array),
      sentenceRanges: section(s, "corpus.sentenceRanges", Uint32Array),
      sentenceCounts: section(s, "corpus.sentenceCounts", Uint32Array),
      passageSizes: section(s, "corpus.passageSizes", Uint16Array),
      passageCounts: section(s, "corpus.passageCounts", Uint32Array),
    },
  };
  const documentArticles = section(s, "documentArticles", Uint32Array);
  if (documentArticles.length !== postings.documentCount) throw new Error("documents differ");
  const analysis = analysisFromSections(
    header.analysis.dateStems,
    header.analysis.dateStrings,
    header.analysis.stemTable,
    (name) => s.get(name),
  );
  if (analysis.documentSentences.length !== postings.documentCount + 1) {
    throw new Error("documents differ from the stored analysis");
  }
  return {
    contentHash: header.contentHash,
    sourceKey: header.sourceKey,
    parts: {
      postings,
      articlePostings,
      documentArticles,
      vocabulary: header.vocabulary,
      entities: header.entities,
      analysis,
      nameStems: header.nameStems,
    },
    corpus: () => restoreCorpus(snapshot),
    extra: (name) => {
      const block = s.get(`extra.${name}`);
      return block instanceof Uint8Array ? block : undefined;
    },
  };
}

function postingsHeader(data: PostingsData): Header["postings"] {
  return {
    documentCount: data.documentCount,
    terms: data.terms,
    averageLengths: data.fields.map((f) => f.averageLength),
  };
}

export interface IndexFileContents {
  contentHash: string;
  sourceKey: string | null;
  corpus: Corpus;
  /** The corpus's snapshot, when the build made it already (taken of `corpus` otherwise). */
  snapshot?: CorpusSnapshot;
  parts: IndexParts;
  extras?: Record<string, Uint8Array>;
}

export function writeIndexFile(file: string, contents: IndexFileContents): void {
  const { parts } = contents;
  const snapshot = contents.snapshot ?? snapshotCorpus(contents.corpus);
  const header: Header = {
    formatVersion: INDEX_FORMAT_VERSION,
    contentHash: contents.contentHash,
    sourceKey: contents.sourceKey,
    vocabulary: parts.vocabulary,
    entities: parts.entities,
    analysis: {
      dateStems: parts.analysis.dateStems,
      dateStrings: parts.analysis.dateStrings,
      stemTable: parts.analysis.stemTable,
    },
    nameStems: parts.nameStems,
    postings: postingsHeader(parts.postings),
    articlePostings: postingsHeader(parts.articlePostings),
    corpus: snapshot.meta as unknown as Header["corpus"],
  };
  const sections: Record<string, Section> = {
    documentArticles: parts.documentArticles,
    ...analysisSections(parts.analysis),
  };
  for (const [name, data] of [
    ["postings", parts.postings],
    ["articlePostings", parts.articlePostings],
  ] as const) {
    data.fields.forEach((f, i) => {
      sections[`${name}.${i}.offsets`] = f.offsets;
      sections[`${name}.${i}.docs`] = f.docs;
      sections[`${name}.${i}.freqs`] = f.freqs;
      sections[`${name}.${i}.lengths`] = f.lengths;
    });
  }
  for (const [name, value] of Object.entries(snapshot.sections)) sections[`corpus.${name}`] = value;
  for (const [name, value] of Object.entries(contents.extras ?? {})) {
    sections[`extra.${name}`] = value;
  }
  writeBinaryFile(file, header, sections);
}

/** Saves the index file; an unwritable cache directory only costs the saving, with a warning. */
export function saveQuietly(cacheDir: string, file: string, contents: IndexFileContents): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeIndexFile(file, contents);
  } catch (error) {
    log.warn({ file, error: String(error) }, searchMessages.cacheNotSaved);
  }
}
