import { ButtonStyle, ComponentType } from "discord-api-types/v10";
import type { ButtonRow } from "./payload.js";

export const PREVIOUS_LABEL = "◀ Previous";
export const NEXT_LABEL = "Next ▶";

export function pageCount(items: number, perPage: number): number {
  return Math.max(1, Math.ceil(items / perPage));
}

/** Any requested page, even a tampered one, lands on a page that exists. */
export function clampPage(page: number, pages: number): number {
  if (!Number.isFinite(page) || page < 0) return 0;
  return Math.min(Math.floor(page), pages - 1);
}

/** Previous / Next buttons, or no row at all when everything fits on one page. */
export function pagerRows(
  page: number,
  pages: number,
  idFor: (page: number) => string,
): ButtonRow[] {
  if (pages <= 1) return [];
  const previous = Math.max(0, page - 1);
  const next = Math.min(pages - 1, page + 1);
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: PREVIOUS_LABEL,
          custom_id: idFor(previous),
          disabled: page === 0,
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Primary,
          label: NEXT_LABEL,
          custom_id: idFor(next),
          disabled: page >= pages - 1,
        },
      ],
    },
  ];
}

/** "1–4 of 12" */
export function rangeLabel(page: number, perPage: number, total: number): string {
  const first = page * perPage + 1;
  const last = Math.min(total, first + perPage - 1);
  return first === last ? `${first} of ${total}` : `${first}–${last} of ${total}`;
}
