/**
 * `npm run eval`: the ask metrics on tests/eval/ask-questions.json (the tuning set) and on
 * tests/eval/ask-heldout.json (written later and never tuned against), then the timeline
 * metrics on tests/eval/timeline-gold.json, then topic recall and precision on
 * tests/eval/timeline-topics.json. With --compare, the retrieval alternatives side by side.
 * With `--questions FILE`, only the ask metrics on that file (a dev set). The blind sets
 * (BLIND_SETS) are reported by their figures and per kind, with their misses once those have
 * been read; the misses of the one judging current work (ASK_NEWEST_BLIND_FILE) only with
 * `--blind-misses`, for the one reading at the end of a piece of work, and never those of a set
 * still waiting for a later round.
 * Results go to stdout; logs to stderr.
 */
import { loadCorpus } from "../corpus/load.js";
import { formatAskReport, runAskEval } from "../eval/ask.js";
import {
  ASK_HELDOUT_FILE,
  ASK_NEWEST_BLIND_FILE,
  BLIND_SETS,
  blindMissesShown,
  canonicalGold,
  loadAskQuestions,
} from "../eval/askQuestions.js";
import { compareAlternatives } from "../eval/compare.js";
import { buildSearchIndex } from "../search/build.js";
import { runTimelineEval } from "../timeline/eval.js";
import { meaningFromIndex } from "../timeline/meaning.js";
import { runTopicEval } from "../timeline/topicEval.js";
import { prepareTimeline, queryTimeline } from "../timeline/query.js";

function optionValue(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

function main(argv: string[]): void {
  const corpus = loadCorpus();
  // A fresh build, not the cache: the eval measures the code as it is now.
  const index = buildSearchIndex(corpus);
  const only = optionValue(argv, "--questions");
  const questions = loadAskQuestions(only);
  const { metrics, results } = runAskEval(index, questions);
  process.stdout.write(`${formatAskReport(metrics, results)}\n`);
  if (argv.includes("--compare")) {
    process.stdout.write(`\nretrieval alternatives:\n${compareAlternatives(index, questions)}\n`);
  }
  if (only !== undefined) return;
  const heldOut = runAskEval(index, loadAskQuestions(ASK_HELDOUT_FILE));
  process.stdout.write(`\nheld-out set:\n${formatAskReport(heldOut.metrics, heldOut.results)}\n`);
  const unreadMisses = argv.includes("--blind-misses");
  for (const set of BLIND_SETS) {
    const { metrics: m, results: r } = runAskEval(
      index,
      canonicalGold(loadAskQuestions(set.file), corpus),
    );
    const judging = set.file === ASK_NEWEST_BLIND_FILE;
    const misses = blindMissesShown(set, unreadMisses);
    const label = set.read ? "misses read" : judging ? "misses unread, judging" : "misses unread";
    process.stdout.write(`\n${set.name} (${label}):\n${formatAskReport(m, r, { misses })}\n`);
  }
  process.stdout.write(`\n${runTimelineEval(corpus).report}\n`);
  const topics = runTopicEval(corpus, (events) => {
    const timeline = prepareTimeline(events, { expand: meaningFromIndex(index) });
    return (topic) => queryTimeline(timeline, { topic }).events;
  });
  process.stdout.write(`\n${topics.report}\n`);
}

main(process.argv.slice(2));
