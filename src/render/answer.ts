import type { APIEmbed, APIEmbedField } from "discord.js";
import type { Answer, Source } from "../answer/types.js";
import { answerActionRow } from "./actions.js";
import { answerPageId } from "./customIds.js";
import { formatPublished } from "./dates.js";
import { Limits } from "./limits.js";
import { Messages } from "./messages.js";
import { clampPage, pageCount, pagerRows, rangeLabel } from "./pager.js";
import { buildPayload, type ReplyPayload } from "./payload.js";
import {
  escapeMarkdown,
  escapeWithin,
  link,
  neutralizeMentions,
  normalizeQuestion,
  oneLine,
  truncate,
} from "./text.js";

export const SOURCES_PER_PAGE = 4;
const ANSWER_MAX = 2400;
const NOTES_MAX = 600;
const SOURCE_TITLE_MAX = 150;
const CITATIONS_SHOWN = 12;

export const Colors = { answered: 0x2f6fb3, notFound: 0x8a8f98 } as const;

/** Separates the page line from the question in the footer; the footer is plain text. */
const ASKED = " · asked: ";

export function confidenceLabel(confidence: number): string {
  if (confidence >= 0.7) return "high";
  if (confidence >= 0.4) return "medium";
  return "low";
}

/**
 * The footer ends with the question exactly as asked (one line, invisible characters removed)
 * so a page button can ask it again after a restart: custom_ids are too short to hold it.
 */
export function answerFooter(head: string, question: string): string {
  return `${head}${ASKED}${neutralizeMentions(question)}`;
}

/** The answer's text as the message shows it, citation numbers dropped: a follow-up's context. */
export function answerTextOf(description: string | undefined): string {
  return (description ?? "").split("\n\n")[0]!.replace(/(?: \[\d+\])+(?: … \[\d+\])?$/, "");
}

export function questionFromFooter(footer: string | undefined): string | null {
  if (!footer) return null;
  const at = footer.indexOf(ASKED);
  return at < 0 ? null : normalizeQuestion(footer.slice(at + ASKED.length));
}

function citations(count: number): string {
  if (count === 0) return "";
  const shown = Array.from({ length: Math.min(count, CITATIONS_SHOWN) }, (_, i) => `[${i + 1}]`);
  return shown.join(" ") + (count > CITATIONS_SHOWN ? ` … [${count}]` : "");
}

function sourceField(source: Source, n: number, valueBudget: number): APIEmbedField {
  const outlet = oneLine(source.outlet) || "Unknown outlet";
  const name = truncate(
    `[${n}] ${escapeMarkdown(outlet)} · ${formatPublished(source.published)}`,
    200,
  );
  const title = link(truncate(oneLine(source.title) || "(untitled)", SOURCE_TITLE_MAX), source.url);
  const quoteBudget = Math.min(Limits.embedFieldValue, valueBudget) - title.length - 6;
  const passage = oneLine(source.passage);
  const quote = passage && quoteBudget > 20 ? `\n> “${escapeWithin(passage, quoteBudget)}”` : "";
  return { name, value: truncate(title + quote, Limits.embedFieldValue) };
}

/**
 * /ask: the answer first with its citation numbers, then the sources of this page (outlet,
 * date, linked title, quoted passage), Previous / Next when the sources do not fit one page.
 * `question` is the normalized question, shown escaped in the title and verbatim in the footer.
 */
export function renderAnswer(answer: Answer, question: string, page = 0): ReplyPayload {
  const found = answer.status === "answered";
  const sources = answer.sources;
  const pages = pageCount(sources.length, SOURCES_PER_PAGE);
  const current = clampPage(page, pages);
  const onPage = sources.slice(current * SOURCES_PER_PAGE, (current + 1) * SOURCES_PER_PAGE);

  const title = escapeWithin(question, Limits.embedTitle);
  const body = found ? escapeWithin(oneLine(answer.answer), ANSWER_MAX) : Messages.notFound;
  const cites = found ? citations(sources.length) : "";
  const notes = answer.notes
    .map((note) => oneLine(note))
    .filter(Boolean)
    .map((note) => `*${escapeWithin(note, 300)}*`)
    .join("\n");
  let description = cites ? `${body} ${cites}` : body;
  if (notes) description += `\n\n${truncate(notes, NOTES_MAX)}`;
  if (!found && sources.length > 0) description += "\n\nThe closest passages I found:";

  const count = sources.length;
  const head = [
    found ? null : "not found",
    pages > 1
      ? `Sources ${rangeLabel(current, SOURCES_PER_PAGE, count)}`
      : count > 0
        ? `${count} source${count === 1 ? "" : "s"}`
        : null,
    found ? `confidence: ${confidenceLabel(answer.confidence)}` : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const footer = truncate(answerFooter(head, question), Limits.embedFooter);

  const fixed = title.length + description.length + footer.length;
  const perField = Math.floor((Limits.embedTotal - fixed - 50) / Math.max(1, onPage.length)) - 210;
  const fields = onPage.map((s, i) => sourceField(s, current * SOURCES_PER_PAGE + i + 1, perField));

  const embed: APIEmbed = {
    color: found ? Colors.answered : Colors.notFound,
    title,
    description,
    fields,
    footer: { text: footer },
  };
  return buildPayload({
    embeds: [embed],
    components: [
      ...pagerRows(current, pages, (p) => answerPageId(p, question)),
      answerActionRow(question),
    ],
  });
}
