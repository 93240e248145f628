/** Every problem the corpus code reports, in one place so tests can assert them exactly. */
export const corpusMessages = {
  emptyFile: "the file is empty",
  binaryFile: "the file is binary (it contains NUL bytes), not text",
  invalidUtf8: "the file is not valid UTF-8 text",
  noFrontMatter: "the file has no front matter (it must start with a line '---')",
  unclosedFrontMatter: "the front matter is not closed by a line '---'",
  frontMatterYaml: (detail: string) => `the front matter is not valid YAML: ${detail}`,
  frontMatterField: (field: string, detail: string) =>
    `front matter field '${field}' is invalid: ${detail}`,
  idMismatch: (id: string, expected: string) =>
    `front matter id '${id}' does not match the file name (expected '${expected}')`,
  noArticleText: "the file has no article text",
  pageTooLarge: (bytes: number, limit: number) =>
    `the page is ${bytes.toLocaleString("en")} bytes, over the limit of ${limit.toLocaleString("en")} (INGEST_MAX_PAGE_BYTES); save only the article, or raise the limit`,
  fieldNotFound: (field: string) => `${field} not found in the raw text; left empty`,
  fieldInferred: (field: string, value: string, how: string) =>
    `${field} inferred as '${value}' (${how})`,
  keptReviewed: (field: string, kept: string, found: string) =>
    `keeping the reviewed ${field} '${kept}' (ingest found '${found}'; use --force to replace it)`,
  duplicate: (of: string, similarity: number) =>
    `same story as ${of} (similarity ${similarity.toFixed(2)}); recorded as duplicate_of`,
} as const;
