import { answerQuestion } from "./answer/answer.js";
import { createHash } from "node:crypto";
import type { Answer } from "./answer/types.js";
import { rewriteFollowUp } from "./conversation/followUp.js";
import type { ConversationContext } from "./conversation/types.js";
import { DEFAULT_ARTICLES_DIR } from "./corpus/load.js";
import type { Corpus } from "./corpus/types.js";
import { log } from "./log/log.js";
import { openCorpus } from "./openCorpus.js";
import type { SearchIndex } from "./search/types.js";
import type { ArticleSummary, TalksService } from "./service.js";
import {
  prepareTimeline,
  queryTimeline,
  suggestTopics,
  topicsOfEvents,
  type QueryableTimeline,
} from "./timeline/timeline.js";
import type { Timeline, TimelineQuery } from "./timeline/types.js";
import { meaningFromIndex } from "./timeline/meaning.js";

export interface ServiceOptions {
  articlesDir?: string;
  cacheDir?: string;
}

/** Everything derived from one load of the corpus; replaced whole, never mutated. */
interface Snapshot {
  corpus: Corpus;
  index: SearchIndex;
  /** The timeline and its topics are decoded on first use, so /ask is ready sooner. */
  timeline(): QueryableTimeline;
  topics(): string[];
  articles: ArticleSummary[];
  version: string;
}

function buildSnapshot(options: ServiceOptions): Snapshot {
  const { corpus, index, events } = openCorpus(
    options.articlesDir ?? DEFAULT_ARTICLES_DIR,
    options.cacheDir,
  );
  for (const p of corpus.problems) log.warn({ file: p.file }, `article skipped: ${p.problem}`);
  const version = createHash("sha256")
    .update(corpus.articles.map((a) => `${a.id}\u0000${a.published}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
  let topics: string[] | null = null;
  let timeline: QueryableTimeline | null = null;
  return {
    corpus,
    index,
    version,
    // Topics match as /ask matches questions: through the same index's spellings and meanings.
    timeline: () => (timeline ??= prepareTimeline(events(), { expand: meaningFromIndex(index) })),
    topics: () => (topics ??= topicsOfEvents(events())),
    articles: corpus.articles
      .map(({ id, title, outlet, published, url }) => ({
        articleId: id,
        title,
        outlet,
        published,
        url,
      }))
      .sort(
        (a, b) => b.published.localeCompare(a.published) || a.articleId.localeCompare(b.articleId),
      ),
  };
}

export interface ReloadableService extends TalksService {
  /**
   * Loads the corpus again and swaps it in whole. A request already running finishes on the
   * snapshot it started with; a failed reload (unreadable directory, no article left) keeps
   * serving the old one. `npm start` calls it on SIGHUP.
   */
  reload(): { ok: true; articles: number; problems: number } | { ok: false; error: string };
  /**
   * Prepares what /timeline and its autocomplete read, which a start leaves until first use
   * so that /ask is ready sooner. The bot calls it once it is up.
   */
  warmUp(): void;
}

/** The domain as the bot, the console and the CLIs use it. */
export function openService(options: ServiceOptions = {}): ReloadableService {
  let current = buildSnapshot(options);
  return {
    ask(question: string, context?: ConversationContext): Answer {
      const asked = context ? rewriteFollowUp(current.index, question, context).question : question;
      return answerQuestion(current.index, asked);
    },
    corpusVersion: () => current.version,
    timeline: (query: TimelineQuery): Timeline => queryTimeline(current.timeline(), query),
    articles: () => current.articles,
    suggestTopics: (partial: string, limit: number) =>
      suggestTopics(current.topics(), partial, limit),
    warmUp() {
      current.timeline();
      current.topics();
    },
    reload() {
      try {
        const next = buildSnapshot(options);
        // An emptied or half-copied articles directory must not leave the bot with nothing.
        if (next.corpus.articles.length === 0) {
          throw new Error(
            `no article could be loaded from ${options.articlesDir ?? DEFAULT_ARTICLES_DIR}`,
          );
        }
        current = next;
        return {
          ok: true,
          articles: next.corpus.articles.length,
          problems: next.corpus.problems.length,
        };
      } catch (error) {
        log.error({ err: error }, "corpus reload failed; still serving the previous corpus");
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
