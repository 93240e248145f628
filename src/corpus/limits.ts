/** 5 MB: a news page saved from a browser, scripts and all, is well under it. */
export const DEFAULT_MAX_PAGE_BYTES = 5_000_000;
