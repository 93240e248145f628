import type { APIEmbed } from "discord.js";
import type { ArticleSummary } from "../service.js";
import { sourcesPageId } from "./customIds.js";
import { formatPublished } from "./dates.js";
import { Limits } from "./limits.js";
import { Messages } from "./messages.js";
import { clampPage, pageCount, pagerRows, rangeLabel } from "./pager.js";
import { buildPayload, type ReplyPayload } from "./payload.js";
import { escapeWithin, link, oneLine, truncate } from "./text.js";

export const ARTICLES_PER_PAGE = 10;
export const SOURCES_COLOR = 0x3b8a5a;
const LINE_MAX = Math.floor((Limits.embedDescription - 200) / ARTICLES_PER_PAGE);

function articleLine(article: ArticleSummary, n: number): string {
  const title = link(truncate(oneLine(article.title) || "(untitled)", 140), article.url);
  const outlet = escapeWithin(oneLine(article.outlet) || "Unknown outlet", 60);
  return truncate(
    `**${n}.** ${title}\n${outlet} · ${formatPublished(article.published)}`,
    LINE_MAX,
  );
}

/** /sources: the articles the bot answers from, with outlet, date and link, 10 a page. */
export function renderSources(articles: readonly ArticleSummary[], page = 0): ReplyPayload {
  const pages = pageCount(articles.length, ARTICLES_PER_PAGE);
  const current = clampPage(page, pages);
  const first = current * ARTICLES_PER_PAGE;
  const lines = articles
    .slice(first, first + ARTICLES_PER_PAGE)
    .map((a, i) => articleLine(a, first + i + 1));
  const embed: APIEmbed = {
    color: SOURCES_COLOR,
    title: "Articles I answer from",
    description: lines.length ? lines.join("\n\n") : Messages.noArticles,
    footer: {
      text:
        pages > 1
          ? `Articles ${rangeLabel(current, ARTICLES_PER_PAGE, articles.length)} · page ${current + 1}/${pages}`
          : `${articles.length} article${articles.length === 1 ? "" : "s"}`,
    },
  };
  return buildPayload({ embeds: [embed], components: pagerRows(current, pages, sourcesPageId) });
}
