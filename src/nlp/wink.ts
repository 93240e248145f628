import { createRequire } from "node:module";
import winkNLP, { type WinkMethods } from "wink-nlp";
import type Model from "wink-eng-lite-web-model";

/**
 * One wink-nlp instance for the process, made on first use. The model package is required
 * then too, not imported: reading it costs over a tenth of a second, which a process that
 * never analyses text (a /timeline, the help, a start that fails its config) should not pay.
 */
let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  instance ??= winkNLP(createRequire(import.meta.url)("wink-eng-lite-web-model") as typeof Model, [
    "pos",
    "ner",
    "negation",
    "sbd",
  ]);
  return instance;
}
