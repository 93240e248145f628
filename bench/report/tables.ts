import { ASK_NEWEST_BLIND_FILE } from "../../src/eval/askQuestions.js";
import type { BenchResults, SizeResult } from "../results.js";
import { BASELINE_QUESTIONS } from "../sizes.js";
import { TARGETS } from "../targets.js";
import { bytesMiB, count, DASH, mib, ms, pct, seconds, times } from "./format.js";
import type { Table } from "./table.js";

const passages = (s: SizeResult): string => count(s.corpus?.passages);

function corpusTable(r: BenchResults): Table {
  return {
    title: "Corpus and index build",
    headers: [
      "size",
      "passages",
      "articles",
      "sentences",
      "copies",
      "build s",
      "index MiB",
      "build RSS MiB",
      "size wall s",
      "load avg",
    ],
    rows: r.sizes.map((s) => [
      s.label,
      passages(s),
      count(s.corpus?.articles),
      count(s.corpus?.sentences),
      s.corpus ? String(s.corpus.copies) : DASH,
      seconds(s.build?.ms),
      bytesMiB(s.build?.indexBytes),
      mib(s.build?.peakRssMiB),
      seconds(s.wallMs),
      s.loadAverage.map((l) => l.toFixed(1)).join(" → "),
    ]),
    notes: [
      `build: what the bot does on a cache miss (\`openCorpus\` with an empty cache directory), in a fresh process of its own: read and split the .md articles, build the index and the timeline, save them in one file. build RSS: that process's peak resident set, its build threads included (threads share it). Copies: how many times the SOTU distractor set is repeated (shuffled, re-dated, re-worded). size wall: everything measured for the size, baselines included. load avg: 1-minute load average before → after the size; above ${r.machine.cores} (the core count) other work shared the machine and timings are inflated.`,
    ],
  };
}

function startTable(r: BenchResults): Table {
  return {
    title: "Cold start with a prebuilt index (fresh process, spawn → first answer)",
    headers: [
      "size",
      "openService s",
      "samples",
      "/ask path s",
      "open s",
      "1st answer ms",
      "warm-up s",
      "timeline s",
      "topics s",
    ],
    rows: r.sizes.map((s) => {
      const b = s.coldStart.breakdown;
      return [
        s.label,
        s.coldStart.medianMs !== null
          ? seconds(s.coldStart.medianMs)
          : s.coldStart.lowerBoundMs !== null
            ? `≥ ${seconds(s.coldStart.lowerBoundMs)}`
            : DASH,
        String(s.coldStart.samplesMs.length),
        seconds(s.coldStart.askPathMs),
        seconds(b?.openMs),
        ms(b?.firstAnswerMs),
        seconds(b?.warmUpMs),
        seconds(b?.timelineBuildMs),
        seconds(b?.topicsMs),
      ];
    }),
    notes: [
      `openService: what \`npm start\` does before it can answer (check the articles directory against the saved index file, restore the corpus and the index from it), then one /ask, in a fresh process per sample; median of the samples. When the /ask path alone took over ${seconds(r.plan.sampleColdStartUnderMs)} s, no separate sample is taken and openService is shown as at least that (≥). /ask path: the serving process, spawn → first answer. The phase columns are timed inside the serving process: open is \`openCorpus\` on the prebuilt file; warm-up is the index's \`warmUp\` (the spelling lexicons and the word-vector matrix a question would otherwise build on first need), which the bot runs once it is up and the serving process runs before its first-seen questions; timeline is decoding the timeline saved with the index (built with it) and preparing it for queries, which the bot does right after start (\`warmUp\`); topics is \`topicsOfEvents\` on those events.`,
    ],
  };
}

function askTable(r: BenchResults): Table {
  return {
    title: "/ask latency (warm), quality and memory",
    headers: [
      "size",
      "calls",
      "p50 ms",
      "p95 ms",
      "p99 ms",
      "max ms",
      "1st-seen p50",
      "1st-seen p99",
      "retrieve p50",
      "retrieve p99",
      "recall@3 %",
      "declined %",
      "RSS /ask MiB",
      "peak RSS MiB",
    ],
    rows: r.sizes.map((s) => [
      s.label,
      count(s.ask?.n),
      ms(s.ask?.p50),
      ms(s.ask?.p95),
      ms(s.ask?.p99),
      ms(s.ask?.max),
      ms(s.askFirstSeen?.p50),
      ms(s.askFirstSeen?.p99),
      ms(s.retrieve?.p50),
      ms(s.retrieve?.p99),
      pct(s.quality?.recallAt3),
      pct(s.quality?.declinedPct),
      mib(s.peakRssAskMiB),
      mib(s.peakRssMiB),
    ]),
    notes: [
      `Every question of ${r.questions.file} (${r.questions.total}: ${r.questions.answerable} answerable, ${r.questions.notAnswerable} not) × the repetitions, after a first pass. 1st-seen: that first pass, each question once, the first time the process sees it, after the index's warm-up (the bot caches spelling corrections per word, so only a first sighting pays for a fuzzy search over the vocabulary). retrieve: the retrieval step alone (analysis, expansion, BM25). recall@3: answerable questions with a gold article among the first 3 passages retrieve() ranks. declined: not-answerable questions answered not_found. RSS /ask: peak RSS of the serving process before the timeline is built (corpus, index, /ask); peak RSS: the same process at the end (plus the timeline and its topics), shown only when the timeline was built.`,
    ],
  };
}

function timelineTable(r: BenchResults): Table {
  const queries = r.sizes.find((s) => s.timeline)?.timeline?.perQuery.map((q) => q.query) ?? [];
  const label = (q: (typeof queries)[number]): string =>
    Object.keys(q).length === 0
      ? "all"
      : Object.entries(q)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(" ");
  return {
    title: "/timeline (warm)",
    headers: ["size", "events", "prepare s", "p50 ms", "p95 ms", "p99 ms", ...queries.map(label)],
    rows: r.sizes.map((s) => [
      s.label,
      count(s.timeline?.events),
      seconds(s.timeline?.buildMs),
      ms(s.timeline?.latency.p50),
      ms(s.timeline?.latency.p95),
      ms(s.timeline?.latency.p99),
      ...queries.map((_, i) => ms(s.timeline?.perQuery[i]?.medianMs)),
    ]),
    notes: [
      "prepare: decoding the timeline saved with the index and preparing it for queries (the timeline itself is built with the index). Per-filter columns: median ms of `queryTimeline` with that filter.",
    ],
  };
}

function baselinesTable(r: BenchResults): Table {
  return {
    title: "Baselines on the same corpora and questions",
    headers: [
      "size",
      "MiniSearch build s",
      "MS questions",
      "MS n",
      "MS p50",
      "MS p99",
      "MS recall@3",
      "retrieve/MS p50",
      "retrieve/MS p99",
      "ask/MS p50",
      "ask/MS p99",
      "fuse build s",
      "fuse questions",
      "fuse n",
      "fuse p50 ms",
      "retrieve p50 (same q)",
      "ask p50 (same q)",
      "fuse/retrieve",
      "fuse/ask",
      "fuse recall@3",
      "bot recall@3 (same q)",
    ],
    rows: r.sizes.map((s) => {
      const m = s.baselines.miniSearch;
      const f = s.baselines.fuse;
      const c = s.comparison;
      return [
        s.label,
        seconds(m?.buildMs),
        m ? String(m.queries) : DASH,
        count(m?.latency.n),
        ms(m?.latency.p50),
        ms(m?.latency.p99),
        pct(m?.recallAt3),
        times(c?.retrieveOverMiniSearchP50),
        times(c?.retrieveOverMiniSearchP99),
        times(c?.botOverMiniSearchP50),
        times(c?.botOverMiniSearchP99),
        seconds(f?.buildMs),
        f ? String(f.queries) : DASH,
        count(f?.latency.n),
        ms(f?.latency.p50),
        ms(c?.botRetrieveSubsetP50Ms),
        ms(c?.botSubsetP50Ms),
        times(c?.fuseOverBotRetrieval),
        times(c?.fuseOverBot),
        pct(c?.fuseRecallSubset),
        pct(c?.botRecallSubset),
      ];
    }),
    notes: [
      `MiniSearch (MS): BM25+ over passage texts with English stop words, no stemming or fuzzy; every question × the repetitions. fuse.js: fuse.js 7 token search over passage texts (ignoreLocation, threshold 0.6) on a fixed seeded subset of the answerable questions (all of them on the seeds, ${BASELINE_QUESTIONS} at every other size), each timed once (more repetitions only on the seeds); one query over 200k passages takes tens of seconds on one core, so the questions are dealt out to ${r.plan.fuseThreads} threads, each with its own fuse.js index, searching at the same time (on a 2-core machine with other work, a query may then share its core). questions: distinct questions timed; n: timed calls (questions × repetitions). The old BM25 scorer (BM25 before) and its n are in the “What users feel” table above. The bot's figures in the same-question columns are per-question medians on that subset. Ratios: fuse/retrieve and fuse/ask = how many times faster the bot's retrieval step (retrieve(): analysis, expansion, BM25) and its whole /ask (plus answer extraction) are than fuse.js; retrieve/MS and ask/MS = how many times slower they are than MiniSearch's search alone. The targets are checked on the retrieval step, the like-for-like comparison; the whole /ask is shown beside it.`,
    ],
  };
}

/** What a user meets: a real start, questions never seen before, and the blind set's quality. */
function feltTable(r: BenchResults): Table {
  const n = (x: number | undefined): string => (x === undefined ? DASH : count(x));
  return {
    title: "What users feel: npm start, first-seen questions, the BM25 step, the blind set",
    headers: [
      "size",
      "npm start s",
      "n",
      "1st-seen p50",
      "1st-seen p99",
      "n",
      "new in warm p50",
      "new in warm p99",
      "n",
      "repeated p99",
      "n",
      "BM25 p50 ms",
      "BM25 p99 ms",
      "before p50 ms",
      "before p99 ms",
      "n",
      "speed-up",
      "same results",
      "blind accuracy %",
      "answered wrongly %",
      "declined %",
      "recall@3 %",
    ],
    rows: r.sizes.map((s) => {
      const step = s.retrievalStep;
      const b = s.blind;
      return [
        s.label,
        seconds(s.coldStart.npmStart?.medianMs),
        n(s.coldStart.npmStart?.samplesMs.length),
        ms(s.askFirstSeen?.p50),
        ms(s.askFirstSeen?.p99),
        n(s.askFirstSeen?.n),
        ms(b?.newInWarm.p50),
        ms(b?.newInWarm.p99),
        n(b?.newInWarm.n),
        ms(s.ask?.p99),
        n(s.ask?.n),
        ms(step?.impacts.p50),
        ms(step?.impacts.p99),
        ms(step?.recomputed.p50),
        ms(step?.recomputed.p99),
        n(step?.samples),
        step ? times(step.recomputed.p50 / step.impacts.p50) : DASH,
        step ? (step.identical ? "yes" : "NO") : DASH,
        pct(b?.answerAccuracyPct),
        pct(b?.answeredWronglyPct),
        pct(b?.declinedPct),
        pct(b?.recallAt3Pct),
      ];
    }),
    notes: [
      `npm start: \`npm start\` (the console, compiled code) in a fresh process with the size's prebuilt index and one question piped in, spawn → the first line of its answer; median of n samples. 1st-seen: each tuning question once, the first time a fresh process sees it (after one warm-up answer and the index's warm-up, as a bot that is up; see the cold start table). new in warm: the newest blind question set (${ASK_NEWEST_BLIND_FILE}, its misses unread), asked once each into the same process after the tuning questions' repetitions: a stream of questions it has never seen. repeated: the tuning questions asked again (the /ask table). BM25: the ranking step of /ask alone (the passage pool and the articles most about the question): precomputed per-posting impacts added in whole units, the long lists of common words skipped once the best are certain (MaxScore), the finalists scored again exactly; before: the same queries through the scorer that recomputed BM25 per posting (the one in use before issue 16) (tests/search/postings.test.ts checks both agree on generated corpora); same results: every query's documents, scores and order identical. Blind columns: aggregate figures only (answer accuracy and recall@3 over its answerable questions, answered wrongly over all, declined over the not-answerable ones); the set's individual misses are not printed.`,
    ],
  };
}

export function resultTables(r: BenchResults): Table[] {
  return [
    corpusTable(r),
    startTable(r),
    feltTable(r),
    askTable(r),
    timelineTable(r),
    baselinesTable(r),
  ];
}

export function targetsTable(r: BenchResults): Table {
  const largest = r.sizes[r.sizes.length - 1];
  const atScale = (largest?.corpus?.passages ?? 0) >= TARGETS.minPassages;
  const verdict = (pass: boolean | null): string =>
    pass === null ? (atScale ? "undecided" : "n/a (under 200k passages)") : pass ? "pass" : "FAIL";
  return {
    title: `Targets at the largest size (${largest?.label ?? DASH}, ${largest ? passages(largest) : DASH} passages)`,
    headers: ["target", "required", "measured", "verdict"],
    rows: r.targets.map((t) => [t.name, t.target, t.measured, verdict(t.pass)]),
  };
}
