import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let dictionary: Set<string> | null = null;

/** English words (the word-list package), loaded once on first use. */
function englishWords(): Set<string> {
  dictionary ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return dictionary;
}

/** Whether a word is in the English dictionary (lower case): an ordinary word, not a name. */
export function isEnglishWord(word: string): boolean {
  return englishWords().has(word.toLowerCase());
}

/**
 * Known words: the English dictionary plus words the corpus itself uses at least twice, so
 * names ("Oslo", "Lindqvist") count as words while a one-off glued token does not.
 */
export function vocabularyFrom(texts: string[]): (word: string) => boolean {
  return vocabularyOf(texts).isWord;
}

/** What the corpus's words tell a repair: which are words, and which are common ones. */
export interface Vocabulary {
  /** In the dictionary, or used at least twice in the corpus (names). */
  isWord: (word: string) => boolean;
  /** An ordinary word the corpus itself uses on its own: safe as half of a split. */
  isCommon: (word: string) => boolean;
}

export function vocabularyOf(texts: string[]): Vocabulary {
  const counter = new WordCounter();
  for (const text of texts) counter.add(text);
  return counter.vocabulary();
}

/**
 * Counts the corpus's words a text at a time, so a caller can read its pages one by one and
 * keep only the counts, not every page.
 */
export class WordCounter {
  private readonly counts = new Map<string, number>();

  add(text: string): void {
    const { counts } = this;
    for (const token of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }

  vocabulary(): Vocabulary {
    const { counts } = this;
    const words = englishWords();
    return {
      isWord: (word: string) => {
        const lower = word.toLowerCase();
        return words.has(lower) || (counts.get(lower) ?? 0) >= 2;
      },
      isCommon: (word: string) => {
        const lower = word.toLowerCase();
        return words.has(lower) && (counts.get(lower) ?? 0) >= 1;
      },
    };
  }
}
