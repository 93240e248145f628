import { join } from "node:path";

/** Everything the benchmark generates lives under bench/.work (git-ignored). */
export const WORK_DIR = join("bench", ".work");

export interface SizePaths {
  /** The corpus as .md files, as the bot reads it at start. */
  articlesDir: string;
  /** The bot's index cache directory (search-index.json). */
  cacheDir: string;
  /** Where workers write their JSON results. */
  outDir: string;
}

export function sizePaths(label: string): SizePaths {
  const root = join(WORK_DIR, "sizes", label);
  return {
    articlesDir: join(root, "articles"),
    cacheDir: join(root, "cache"),
    outDir: join(root, "out"),
  };
}
