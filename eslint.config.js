import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Folders of the domain: they take plain values and return plain data. */
const DOMAIN = [
  "corpus",
  "search",
  "answer",
  "timeline",
  "dates",
  "nlp",
  "lexicon",
  "tuning",
  "conversation",
];

export default tseslint.config(
  { ignores: ["node_modules/", "corpus/", "bench/results/", ".scratch/", "dist/", "dist.tmp-*/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // Plain Node scripts (the launcher), which have no TypeScript to declare Node's globals.
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // The layering rule: arrows point from bot/, cli/, render/ and store/ toward the domain,
    // never back, and the domain never sees Discord.
    files: DOMAIN.map((folder) => `src/${folder}/**/*.ts`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/bot/**", "**/render/**", "**/cli/**", "**/store/**"],
              message: "The domain never imports the bot, the renderers, the CLI or the store.",
            },
            {
              group: ["discord.js", "@discordjs/*", "better-sqlite3"],
              message: "The domain never imports Discord or the database.",
            },
          ],
        },
      ],
    },
  },
);
