import { describe, expect, it } from "vitest";
import {
  dateCandidates,
  formatDate,
  formatMention,
  vagueTimeCandidates,
} from "../../src/answer/extract/dates.js";
import fc from "fast-check";
import {
  countCandidates,
  durationCandidates,
  statesDuration,
} from "../../src/answer/extract/numbers.js";
import { personCandidates } from "../../src/answer/extract/people.js";
import { namesPlace, placeCandidates } from "../../src/answer/extract/places.js";
import { labelsOtherInstance } from "../../src/answer/extract/labels.js";
import { reasonCandidates } from "../../src/answer/extract/reasons.js";
import { focusPhraseCandidates, roleCandidates, slotOf } from "../../src/answer/extract/roles.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { tokenize } from "../../src/search/tokens.js";
import type { IndexedSentence } from "../../src/search/types.js";
import { makeArticle, makeCorpus } from "../fixtures/articles.js";
import { indexedSentences } from "../fixtures/indexed.js";

/** The indexed form of one sentence in an article of the given date. */
function sentence(text: string, published = "2025-02-28", extra = ""): IndexedSentence {
  const index = buildSearchIndex(
    makeCorpus([makeArticle(extra ? `${extra}\n\n${text}` : text, { published })]),
  );
  const found = indexedSentences(index).find((s) => s.sentence.text === text);
  if (!found) throw new Error(`sentence not indexed as one: ${text}`);
  return found;
}

const at = (s: IndexedSentence, word: string): number => s.tokens.findIndex((t) => t.text === word);

describe("dates", () => {
  it("a weekday resolves against the article's date and is shown in full", () => {
    const [c] = dateCandidates(sentence("Diplomats held talks Thursday in Geneva."));
    expect(c?.display).toBe("Thursday, February 27, 2025");
    expect(c?.text).toBe("Thursday");
  });

  it("a month without a year is placed before the article and shown as month and year", () => {
    const [c] = dateCandidates(sentence("In November, the paper reported the appointment."));
    expect(c?.display).toBe("November 2024");
  });

  it("a month naming the other of two summits set side by side is a label, not a date", () => {
    const s = sentence("While the June summit was held in Oslo, the host of this summit is Bern.");
    const [c] = dateCandidates(s);
    expect(c?.text).toBe("June");
    expect(labelsOtherInstance(s, c!)).toBe(true);
  });

  it("a month naming the only summit of its sentence still dates it", () => {
    const s = sentence("The June summit was held in Oslo and lasted two days.");
    const [c] = dateCandidates(s);
    expect(c?.text).toBe("June");
    expect(labelsOtherInstance(s, c!)).toBe(false);
  });

  it("a time to come without a date is read as the text gives it", () => {
    const s = sentence("The ministry said a second meeting would follow in the coming weeks.");
    expect(vagueTimeCandidates(s).map((c) => c.text)).toEqual(["in the coming weeks"]);
    const after = sentence("Ferries stopped soon after the storm and resumed in the near term.");
    expect(vagueTimeCandidates(after).map((c) => c.text)).toEqual(["in the near term"]);
  });

  it("a range of years is spelt out", () => {
    expect(formatMention({ date: "2016", dateEnd: "2018" })).toBe("between 2016 and 2018");
  });

  it("formatDate never adds precision the date lacks", () => {
    expect(formatDate("2024")).toBe("2024");
    expect(formatDate("2024-11")).toBe("November 2024");
    expect(formatDate("2024-06-13")).toBe("Thursday, June 13, 2024");
  });
});

describe("numbers", () => {
  const s = sentence("In 2016, the council closed two compounds and fined 35 companies.");

  it("a count runs from the number to the counted noun", () => {
    const found = countCandidates(s, (t) => t.norm === "compounds");
    expect(found.map((c) => c.text)).toEqual(["two compounds"]);
  });

  it("a number before a possessor counts the possessor, not what it owns", () => {
    const owned = sentence("The two ports' harbour masters met the three inspectors on Monday.");
    expect(countCandidates(owned, (t) => t.norm === "masters")).toEqual([]);
    expect(countCandidates(owned, (t) => t.norm === "inspectors").map((c) => c.text)).toEqual([
      "three inspectors",
    ]);
  });

  it("a counted noun of several words runs to its last", () => {
    const calls = sentence("The ministers have held two radio calls since June.");
    expect(
      countCandidates(calls, (t) => t.norm === "radio" || t.norm === "calls").map((c) => c.text),
    ).toEqual(["two radio calls"]);
  });

  it("a year is never a count", () => {
    expect(countCandidates(s, () => true).map((c) => c.text)).not.toContain("2016");
  });

  it("two wordings of one duration get one key", () => {
    const a = durationCandidates(sentence("The talks lasted over six hours."))[0];
    const b = durationCandidates(sentence("It lasted for more than six hours."))[0];
    expect(a?.key).toBe(b?.key);
    expect(b?.display).toBe("more than six hours");
  });

  it("a duration written with many words before its unit is found", () => {
    expect(statesDuration("They met for just over two and a half more hours.")).toBe(true);
    expect(statesDuration("They met on Thursday, days after the first round.")).toBe(false);
  });

  it("a text states a duration exactly when a duration is found in it", () => {
    const piece = fc.constantFrom(
      ..."six|2.5|an|a|few|couple of|just|more than|over|more|hours|Hours|day|Thursday|years longer|longer|and a half|and|half|.|,|\n|\t|\u00a0|-|(|x"
        .split("|")
        .flatMap((p) => [p, ` ${p}`]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("");
        const found = durationCandidates({ sentence: { text } } as IndexedSentence);
        expect(statesDuration(text)).toBe(found.length > 0);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("places", () => {
  it("a location phrase after 'at' is a place, a time phrase after 'in' is not", () => {
    const s = sentence(
      "The next round will be held at the residence of the consul general in the coming days.",
    );
    const found = placeCandidates(s).map((c) => c.text);
    expect(found).toContain("at the residence of the consul general");
    expect(found.join(" ")).not.toContain("coming days");
  });

  it("any noun WordNet files under buildings or areas heads a place, not a word list's few", () => {
    const s = sentence("The envoys met at the town hall, then dined at a lakeside chalet.");
    const found = placeCandidates(s);
    expect(found.map((c) => c.text)).toEqual(["at the town hall", "at a lakeside chalet"]);
    expect(found.every((c) => c.specific)).toBe(true);
  });

  it("a word that is no place stays none after a locative ('in his view')", () => {
    const s = sentence("In his view, the envoys met at the town hall.");
    expect(placeCandidates(s).map((c) => c.text)).toEqual(["at the town hall"]);
  });

  it("a name that only qualifies another noun names no place ('in the Freedonian election')", () => {
    const s = sentence(
      "The dispute began in the Freedonian election and ended in Ruritania's favour in Zenda.",
    );
    const named = placeCandidates(s).filter((c) => namesPlace(s, c));
    expect(named.map((c) => c.text)).toEqual(["in Zenda"]);
  });

  it("a name heading the phrase before 'of' names a place ('in the Republic of Freedonia')", () => {
    const s = sentence("The envoys met in the Republic of Freedonia, at the lakeside chalet.");
    const named = placeCandidates(s).filter((c) => namesPlace(s, c));
    expect(named.map((c) => c.text)).toEqual([
      "in the Republic of Freedonia",
      "at the lakeside chalet",
    ]);
  });

  it("a venue named after 'the venue … will be' is found", () => {
    const s = sentence("The venue of this round will be the Freedonian embassy.");
    expect(placeCandidates(s).map((c) => c.text)).toContain("the Freedonian embassy");
  });
});

describe("people and roles", () => {
  const extra = "Ivan Petrovsky spoke first.";
  it("a person's name is separated from the title written before it", () => {
    const s = sentence(
      "The side was led by Deputy Foreign Minister for Baltic Affairs Ivan Petrovsky.",
      "2024-06-14",
      extra,
    );
    const index = buildSearchIndex(makeCorpus([makeArticle(`${extra}\n\n${s.sentence.text}`)]));
    expect(personCandidates(index, s).map((c) => c.text)).toEqual(["Ivan Petrovsky"]);
    expect(roleCandidates(s, at(s, "Petrovsky")).map((c) => c.text)).toEqual([
      "Deputy Foreign Minister for Baltic Affairs",
    ]);
  });

  it("an apposition after the name is its role", () => {
    const s = sentence(
      "Ivan Petrovsky, head of the Baltic Department, spoke.",
      "2024-06-14",
      extra,
    );
    expect(roleCandidates(s, at(s, "Petrovsky")).map((c) => c.text)).toEqual([
      "head of the Baltic Department",
    ]);
  });

  it("a pronoun's predicate is a role", () => {
    const s = sentence("In May, he was director of the Baltic Department.", "2024-06-14", extra);
    expect(roleCandidates(s, at(s, "he")).map((c) => c.text)).toEqual([
      "director of the Baltic Department",
    ]);
  });

  it("dating words and capitals standing for countries do not change a title", () => {
    const a = slotOf(tokenize("now Russia's ambassador to the United States"));
    const b = slotOf(tokenize("Moscow's new ambassador to Washington"));
    expect(a).toEqual(b);
  });

  it("another filling of the same title is a different version", () => {
    const a = slotOf(tokenize("Secretary for Trade"));
    const b = slotOf(tokenize("Secretary for Trade and Fisheries"));
    expect(a.head).toEqual(b.head);
    expect(a.filler).not.toEqual(b.filler);
  });

  it("a 'which X' phrase is the X with its modifiers, or the name that follows it", () => {
    const s = sentence("The newspaper Gazette said he led the North Baltic Department.");
    const dept = focusPhraseCandidates(s, (t) => t.norm === "department").map((c) => c.text);
    expect(dept).toEqual(["the North Baltic Department"]);
    const paper = focusPhraseCandidates(s, (t) => t.norm === "newspaper").map((c) => c.text);
    expect(paper).toEqual(["Gazette"]);
  });

  it("a country in 'which <country> X' only narrows X: the name after it is no answer", () => {
    const s = sentence(
      "The Norwegian Trade Ministry said the embassy in Vell needs stable staffing.",
    );
    const found = focusPhraseCandidates(s, (t) => ["norwegian", "embassy"].includes(t.norm));
    expect(found.map((c) => c.text)).not.toContain("Trade Ministry");
  });

  it("an ordinal says which X as a name would; 'next' says it only against its day", () => {
    const s = sentence(
      "The delegations will meet on Monday for the third round, after the next round was put off.",
    );
    const round = focusPhraseCandidates(s, (t) => t.norm === "round").map((c) => c.text);
    expect(round).toEqual(["the third round"]);
  });
});

describe("reasons", () => {
  it("the clause after 'in response to' is the reason", () => {
    const s = sentence("The council closed two compounds in response to alleged spying, it said.");
    expect(reasonCandidates(s).map((c) => c.text)).toContain("in response to alleged spying");
  });

  it("an infinitive of purpose after the clause's own words is a reason", () => {
    const s = sentence(
      "After the talks, the minister said Freedonia could ease some port fees to protect the ferry deal, officials said.",
    );
    expect(reasonCandidates(s).map((c) => c.text)).toContain("to protect the ferry deal");
  });

  it("an infinitive a verb of aiming or agreeing governs, or a 'to' of place, is no reason", () => {
    for (const text of [
      "Both sides agreed to revive the ferry deal in May.",
      "Ruritania plans to reopen the harbour office next week.",
      "The embassies are struggling to operate with few staff.",
      "Ivan Petrovsky, ambassador to Freedonia, led the delegation.",
    ]) {
      expect(
        reasonCandidates(sentence(text)).map((c) => c.text),
        text,
      ).toEqual([]);
    }
  });

  it("the cause is the subject of the first verb of causing, without the adverb before it", () => {
    const s = sentence(
      "The collapse of the ferry deal in 2021 further worsened ties and led to new port fees.",
    );
    expect(reasonCandidates(s).map((c) => c.text)).toContain(
      "The collapse of the ferry deal in 2021",
    );
    const named = sentence("The strike in Italy triggered delays at the port.");
    expect(reasonCandidates(named).map((c) => c.text)).toContain("The strike in Italy");
  });

  it("what a thing is a condition for is its reason, shown without a stray quotation mark", () => {
    const s = sentence(
      "He stressed the return of the harbour office, “a necessary step” for normal trade.",
    );
    const found = reasonCandidates(s);
    expect(found.map((c) => c.text)).toContain("a necessary step” for normal trade");
    expect(found.map((c) => c.display)).toContain("a necessary step for normal trade");
  });

  it("a noun-phrase reason ends before the sentence's own verb that follows it", () => {
    const s = sentence(
      "The next round of fishery talks aimed at easing quotas will open in Bergen soon.",
    );
    expect(reasonCandidates(s).map((c) => c.text)).toEqual(["aimed at easing quotas"]);
  });

  it("a noun-phrase reason keeps a relative clause of its own", () => {
    const s = sentence("Ferries stopped due to the strike that was called by dockers.");
    expect(reasonCandidates(s).map((c) => c.text)).toEqual([
      "due to the strike that was called by dockers",
    ]);
  });

  it("a reason that is a clause keeps its verb", () => {
    const s = sentence("The mayor left early because the council was stalling.");
    expect(reasonCandidates(s).map((c) => c.text)).toEqual(["because the council was stalling"]);
  });

  it("the subject of a cause verb is the reason", () => {
    const s = sentence("The storm triggered long delays, leaving ports empty.");
    expect(reasonCandidates(s).map((c) => c.text)).toContain("The storm");
  });
});
