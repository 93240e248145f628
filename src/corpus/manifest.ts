import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { projectPath } from "../projectPath.js";
import { z } from "zod";

/**
 * What the last ingest learnt from each raw file, so that a file unchanged since then is not
 * cleaned again: the hash of its content, the hash of the body it gave (the body itself is in
 * its article file), and the little the corpus-wide steps need (metadata, repairs, the days
 * it mentions). Kept in corpus/.cache/, beside the index, and never committed.
 */
export const INGEST_MANIFEST_FILE = "ingest-manifest.json";

const statedDate = z.object({
  year: z.number().nullable(),
  month: z.number(),
  day: z.number(),
  text: z.string(),
});

const entrySchema = z.object({
  /** sha256 of the raw file's bytes. */
  raw: z.string(),
  /** sha256 of the clean body the file gave. */
  body: z.string(),
  repairs: z.number(),
  meta: z.object({
    title: z.string(),
    outlet: z.string(),
    republishedBy: z.string().nullable(),
    url: z.string().nullable(),
    date: statedDate.nullable(),
    dateSource: z.string().nullable(),
    inferred: z.array(z.enum(["title", "outlet", "republished_by", "published", "url"])),
    evidence: z.record(z.string(), z.object({ line: z.string(), how: z.string() })).default({}),
    captions: z.array(z.object({ text: z.string(), credit: z.string() })).default([]),
  }),
  /** Words outside the dictionary the body uses: how articles of the same story are found. */
  names: z.array(z.string()).default([]),
  /**
   * The answers the corpus vocabulary gave for words outside the dictionary while cleaning:
   * another file can make such a word known (used twice) or unknown, which changes how glued
   * words are split, so the file is cleaned again when any answer would now differ.
   */
  words: z.record(z.string(), z.boolean()),
  /** For a dated article, the days with a year it mentions (see anchorMentions). */
  anchors: z.array(z.tuple([z.string(), z.number()])),
  /** For an article whose year is missing, the days it mentions (see mentionedDays). */
  days: z.array(z.string()),
});

export type ManifestEntry = z.infer<typeof entrySchema>;

const manifestSchema = z.object({
  version: z.string(),
  files: z.record(z.string(), entrySchema),
});

export type IngestManifest = z.infer<typeof manifestSchema>;

export function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** A dependency's version, from the package.json above its entry point (not all export it). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (json.name === name) return String(json.version);
    } catch {
      // no package.json here: keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

let codeVersion: string | null = null;

/**
 * Everything cleaning depends on besides the file: the corpus code (its source files), the
 * dictionary and the date parser's versions and Node's Unicode data. Any change to them
 * re-processes every file, as a change to the code should.
 */
export function ingestCodeVersion(): string {
  if (codeVersion) return codeVersion;
  // The sources, not the running module's folder: compiled code (dist/) must hash the same.
  const here = projectPath("src", "corpus");
  const hash = createHash("sha256");
  // The corpus code and the word lists it reads (src/lexicon).
  const lexicon = projectPath("src", "lexicon");
  const sources = [here, lexicon].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => join(dir, f)),
  );
  const src = join(here, "..");
  for (const file of sources) hash.update(relative(src, file)).update(readFileSync(file));
  for (const pkg of ["chrono-node", "word-list", "entities", "linkedom", "@mozilla/readability"]) hash.update(`${pkg}@${packageVersion(pkg)}`);
  hash.update(`unicode ${process.versions.unicode ?? ""}`);
  codeVersion = hash.digest("hex");
  return codeVersion;
}

/** The manifest of the last ingest, or null when there is none usable (missing, other code). */
export function readManifest(file: string): IngestManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success || parsed.data.version !== ingestCodeVersion()) return null;
  return parsed.data;
}
