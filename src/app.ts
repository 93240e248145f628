import { createHash } from "node:crypto";
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { answerQuestion } from "./answer/answer.js";
import type { Answer } from "./answer/types.js";
import { rewriteFollowUp } from "./conversation/followUp.js";
import type { ConversationContext } from "./conversation/types.js";
import { DEFAULT_ARTICLES_DIR } from "./corpus/load.js";
import type { Corpus } from "./corpus/types.js";
import { log } from "./log/log.js";
import { openCorpusInBackground } from "./backgroundBuild.js";
import { openCorpus, type OpenedCorpus } from "./openCorpus.js";
import type { SearchIndex } from "./search/types.js";
import { NotReadyError, type ArticleSummary, type TalksService } from "./service.js";
import {
  prepareTimeline,
  prepareTimelineInSteps,
  queryTimeline,
  suggestTopics,
  topicsOfEvents,
  topicsOfEventsInSteps,
  type QueryableTimeline,
} from "./timeline/timeline.js";
import { timeSlices } from "./timeSlices.js";
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
  /** Prepares both in short steps, yielding to the event loop between them. */
  prepareInSteps(): Promise<void>;
  articles: ArticleSummary[];
  /** Changes whenever the set of articles changes: recorded with feedback. */
  version: string;
}

function snapshotOf({ corpus, index, events }: OpenedCorpus): Snapshot {
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
    async prepareInSteps() {
      // What a rarer question would otherwise build on first need (spelling lexicons, the
      // word-vector matrix): paid here once rather than by a user's question, a part at a time.
      await index.warmUpInSteps(yieldToLoop);
      // A few thousand events take a second or more to prepare: done whole, that would hold
      // the event loop (answers, heartbeats) for as long.
      const pause = timeSlices();
      if (!timeline) {
        const prepared = await prepareTimelineInSteps(events(), pause, {
          expand: meaningFromIndex(index),
        });
        timeline ??= prepared;
      }
      if (!topics) {
        const found = await topicsOfEventsInSteps(events(), pause);
        topics ??= found;
      }
    },
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

export type ReloadResult =
  { ok: true; articles: number; problems: number; ms: number } | { ok: false; error: string };

export interface ReloadableService extends TalksService {
  /**
   * Loads the corpus again on a worker thread and swaps it in whole when it is ready. Until
   * then, and during it, questions are answered from the snapshot already in use; a request
   * already running finishes on the snapshot it started with; a failed reload (unreadable
   * directory, no article left) keeps serving the old one. A reload asked for while one runs
   * is run once more after it. `npm start` calls it on SIGHUP.
   */
  reload(): Promise<ReloadResult>;
  /** False until the first corpus is in (startService); the domain calls throw NotReadyError. */
  ready(): boolean;
  /** Resolves once the first corpus is in; rejects when the first load failed. */
  whenReady: Promise<void>;
  /**
   * Prepares what /ask's rarer questions (a misspelling, a word the articles never use) and
   * /timeline and its autocomplete read, which a start leaves until first use so that /ask is
   * ready sooner, in steps that leave the event loop free between them. The bot calls it once
   * it is up.
   */
  warmUp(): Promise<void>;
}

function serviceOver(initial: Snapshot | null, options: ServiceOptions): ReloadableService {
  const articlesDir = options.articlesDir ?? DEFAULT_ARTICLES_DIR;
  let current = initial;
  const now = (): Snapshot => {
    if (!current) throw new NotReadyError();
    return current;
  };

  const loadNext = async (): Promise<ReloadResult> => {
    const started = performance.now();
    try {
      const opened = await openCorpusInBackground(articlesDir, options.cacheDir);
      // An emptied or half-copied articles directory must not leave the bot with nothing.
      if (opened.corpus.articles.length === 0) {
        throw new Error(`no article could be loaded from ${articlesDir}`);
      }
      const next = snapshotOf(opened);
      if (current) {
        // A reload prepares the timeline before the swap, a step per turn of the event loop,
        // so neither /timeline nor /ask waits for it afterwards. The first load swaps at once:
        // /ask is wanted sooner than /timeline.
        await next.prepareInSteps();
        await yieldToLoop();
      }
      current = next;
      return {
        ok: true,
        articles: next.corpus.articles.length,
        problems: next.corpus.problems.length,
        ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      log.error(
        { err: error },
        current
          ? "corpus reload failed; still serving the previous corpus"
          : "corpus load failed; nothing to serve",
      );
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };

  let running: Promise<ReloadResult> | null = null;
  let queued: Promise<ReloadResult> | null = null;
  const reload = (): Promise<ReloadResult> => {
    if (!running) {
      running = loadNext().finally(() => (running = null));
      return running;
    }
    // Articles changed again while a reload reads them: one more after it covers every change.
    queued ??= running.then(() => {
      queued = null;
      return reload();
    });
    return queued;
  };

  const whenReady = initial
    ? Promise.resolve()
    : reload().then((result) => {
        if (!result.ok) throw new Error(result.error);
      });
  whenReady.catch(() => undefined);

  return {
    ask(question: string, context?: ConversationContext): Answer {
      const { index } = now();
      const asked = context ? rewriteFollowUp(index, question, context).question : question;
      return answerQuestion(index, asked);
    },
    corpusVersion: () => now().version,
    timeline: (query: TimelineQuery): Timeline => queryTimeline(now().timeline(), query),
    articles: () => now().articles,
    suggestTopics: (partial: string, limit: number) =>
      current ? suggestTopics(current.topics(), partial, limit) : [],
    ready: () => current !== null,
    whenReady,
    warmUp: () => current?.prepareInSteps() ?? Promise.resolve(),
    reload,
  };
}

/** The domain as the CLIs use it: the corpus opened before this returns. */
export function openService(options: ServiceOptions = {}): ReloadableService {
  const opened = openCorpus(options.articlesDir ?? DEFAULT_ARTICLES_DIR, options.cacheDir);
  return serviceOver(snapshotOf(opened), options);
}

/**
 * The domain as the bot uses it: returns at once and opens the corpus on a worker thread, so
 * the bot can connect and acknowledge meanwhile; until the corpus is in, questions get
 * NotReadyError ("still reading the articles").
 */
export function startService(options: ServiceOptions = {}): ReloadableService {
  return serviceOver(null, options);
}
