import type { Answer } from "./answer/types.js";
import type { ConversationContext } from "./conversation/types.js";
import type { Timeline, TimelineQuery } from "./timeline/types.js";

/** What /sources lists: one line per canonical article. */
export interface ArticleSummary {
  articleId: string;
  title: string;
  outlet: string;
  published: string;
  url: string | null;
}

/**
 * The whole domain as the renderers see it: Discord, the console and the JSON CLI all call
 * these and nothing else, so every surface shows the same results.
 */
export interface TalksService {
  /**
   * Answers a question; with a context (the last turns of a conversation) its pronouns are
   * first resolved against them, and `answer.question` is the question as resolved.
   */
  ask(question: string, context?: ConversationContext): Answer;
  /** Changes whenever the set of articles changes: recorded with feedback. */
  corpusVersion(): string;
  /** False while the corpus is still being read; then every call but suggestTopics throws NotReadyError. */
  ready?(): boolean;
  timeline(query: TimelineQuery): Timeline;
  articles(): ArticleSummary[];
  /** Autocomplete for /timeline topic: people, places and topics from the corpus, fuzzy. */
  suggestTopics(partial: string, limit: number): string[];
}

/**
 * The corpus is still being read (the first load after a start): not a fault, the user is
 * told privately to ask again in a few seconds.
 */
export class NotReadyError extends Error {
  override name = "NotReadyError";
  constructor() {
    super("the corpus is still being read");
  }
}
