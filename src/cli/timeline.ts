import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_ARTICLES_DIR } from "../corpus/load.js";
import { openCorpus } from "../openCorpus.js";
import { log } from "../log/log.js";
import { TimelineQueryError, timelineMessages } from "../timeline/messages.js";
import { meaningFromIndex } from "../timeline/meaning.js";
import { prepareTimeline, queryTimeline } from "../timeline/query.js";
import { formatTimelineText } from "../timeline/text.js";
import type { Timeline, TimelineQuery } from "../timeline/types.js";
import { toSourceContract } from "../answer/contract.js";
import { renderTimelinePicture } from "../render/picture/timelinePicture.js";
import { describeQueryPlain } from "../render/timeline.js";

/**
 * npm run --silent timeline -- [--json] [--png FILE] [--topic T] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *
 * --png also writes the picture /timeline attaches on Discord (every event listed, none
 * highlighted) to FILE.
 * stdout carries only the timeline (JSON or text); logs and errors go to stderr. A user error
 * (unknown flag, bad date) exits 2 with a one-line message; anything else exits 1.
 */

const USAGE =
  "usage: npm run --silent timeline -- [--json] [--png FILE] [--topic T] [--from YYYY-MM-DD] [--to YYYY-MM-DD]";

/** The JSON contract, field by field and in this order, whatever else an event may carry. */
function toContract(timeline: Timeline): unknown {
  return {
    events: timeline.events.map((e) => ({
      date: e.date,
      ...(e.dateEnd !== undefined ? { dateEnd: e.dateEnd } : {}),
      precision: e.precision,
      summary: e.summary,
      status: e.status,
      sources: e.sources.map(toSourceContract),
    })),
  };
}

function parse(argv: string[]): { json: boolean; png?: string; query: TimelineQuery } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        json: { type: "boolean", default: false },
        png: { type: "string" },
        topic: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new TimelineQueryError(`${(error as Error).message}\n${USAGE}`);
  }
  const query: TimelineQuery = {};
  if (values.topic !== undefined) {
    if (!values.topic.trim()) throw new TimelineQueryError(timelineMessages.emptyTopic);
    query.topic = values.topic;
  }
  if (values.from !== undefined) query.from = values.from;
  if (values.to !== undefined) query.to = values.to;
  if (values.png !== undefined && !values.png.trim()) {
    throw new TimelineQueryError(`--png needs a file name\n${USAGE}`);
  }
  return { json: values.json ?? false, ...(values.png ? { png: values.png } : {}), query };
}

function main(argv: string[]): number {
  try {
    const { json, png, query } = parse(argv);
    const { corpus, index, events } = openCorpus(DEFAULT_ARTICLES_DIR);
    for (const p of corpus.problems) log.warn({ file: p.file }, p.problem);
    const prepared = prepareTimeline(events(), { expand: meaningFromIndex(index) });
    const timeline = queryTimeline(prepared, query);
    if (png) {
      const about = describeQueryPlain(query);
      const picture = renderTimelinePicture(timeline.events, about ? { about } : {});
      writeFileSync(png, picture.png);
      log.info({ file: png, bytes: picture.png.length }, "timeline picture written");
    }
    process.stdout.write(
      json ? `${JSON.stringify(toContract(timeline))}\n` : formatTimelineText(timeline),
    );
    return 0;
  } catch (error) {
    if (error instanceof TimelineQueryError) {
      process.stderr.write(`timeline: ${error.message}\n`);
      return 2;
    }
    log.error({ err: error }, "timeline failed");
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
