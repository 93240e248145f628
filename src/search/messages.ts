/** Every message the search code logs, in one place so tests can assert them exactly. */
export const searchMessages = {
  cacheMissing: "no saved search index; building one",
  cacheCorrupt: "the saved search index is not readable",
  cacheStale: "the saved search index was built from other articles",
  cacheVersion: (found: unknown, expected: number) =>
    `the saved search index has format version ${String(found)}, expected ${expected}`,
  cacheRebuilt: "search index cache rejected; rebuilt from the articles",
  cacheNotDeleted: "could not delete the damaged search index file",
  temporariesRemoved: "removed temporary index files left by an interrupted save",
  cacheNotSaved: "could not save the search index; continuing without a cache",
} as const;
