import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * One wink-nlp instance for the process, made on first use (loading the model takes about
 * 50 ms, which a command that never analyses text should not pay).
 */
let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model, ["pos", "ner", "negation", "sbd"]);
  return instance;
}
