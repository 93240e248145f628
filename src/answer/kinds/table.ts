import { background } from "./background.js";
import { choice } from "./choice.js";
import { count } from "./count.js";
import { definition } from "./definition.js";
import { duration } from "./duration.js";
import { effect } from "./effect.js";
import { gap } from "./gap.js";
import { list } from "./list.js";
import { overview } from "./overview.js";
import { photo } from "./photo.js";
import type { QuestionKind } from "./types.js";
import { published } from "./published.js";
import { publisher } from "./publisher.js";
import { quoted } from "./quoted.js";
import { sidesWant } from "./sidesWant.js";
import { spelling } from "./spelling.js";
import { what } from "./what.js";
import { when } from "./when.js";
import { where } from "./where.js";
import { who } from "./who.js";
import { why } from "./why.js";
import { wording } from "./wording.js";
import { yesno } from "./yesno.js";

/** Every kind of question, tried in order; the last one takes whatever is left. */
export const KINDS: readonly QuestionKind[] = [
  spelling,
  photo,
  background,
  sidesWant,
  overview,
  wording,
  definition,
  choice,
  yesno,
  who,
  published,
  publisher,
  when,
  where,
  count,
  gap,
  duration,
  why,
  effect,
  quoted,
  list,
  what,
];
