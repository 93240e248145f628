import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.js";
import { idiomsInPlainWords } from "../../src/answer/idioms.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { makeArticle, makeCorpus, otherSubjects } from "../fixtures/articles.js";
import { talksIndex } from "./talksFixture.js";

describe("idioms read in plain words", () => {
  it("a meeting, its length and its table are said as reports say them", () => {
    expect(idiomsInPlainWords("how long did the first sit-down go on for")).toBe(
      "how long did the first meeting last",
    );
    expect(idiomsInPlainWords("Who was in charge of Freedonia's side at the table?")).toBe(
      "Who was in charge of Freedonia's side in the talks?",
    );
    expect(idiomsInPlainWords("when did the envoy pack his bags")).toBe(
      "when did the envoy return",
    );
  });

  it("the mood of a meeting is how it is described, and a sitdown is a meeting", () => {
    expect(idiomsInPlainWords("how did she rate the mood of the May sitdown")).toBe(
      "how did she describe the May meeting",
    );
    expect(idiomsInPlainWords("What was said about the tone of the talks?")).toBe(
      "What was said about the talks?",
    );
  });

  it("property grabbed is seized", () => {
    expect(idiomsInPlainWords("When were the buildings grabbed?")).toBe(
      "When were the buildings seized?",
    );
  });

  it("playing host to something is hosting it, in any tense", () => {
    expect(idiomsInPlainWords("Whose home played host to the Geneva talks?")).toBe(
      "Whose home hosted the Geneva talks?",
    );
    expect(idiomsInPlainWords("Which city plays host to the next round?")).toBe(
      "Which city hosts the next round?",
    );
  });

  it("taking part is participating", () => {
    expect(idiomsInPlainWords("Which officials took part in the May talks?")).toBe(
      "Which officials participated in the May talks?",
    );
  });

  it("what is brought to the table is raised; what is signed up to or settled on, agreed", () => {
    expect(idiomsInPlainWords("What worries did Oslo bring to the table?")).toBe(
      "What worries did Oslo raise?",
    );
    expect(idiomsInPlainWords("what did both sides sign up to in May")).toBe(
      "what did both sides agree on in May",
    );
    expect(idiomsInPlainWords("What did they settle on about fees?")).toBe(
      "What did they agree on about fees?",
    );
  });

  it("someone's man in a capital is their ambassador there, typed in lower case too", () => {
    expect(idiomsInPlainWords("who is oslo's man in berlin these days?")).toBe(
      "who is oslo's ambassador to berlin?",
    );
    expect(idiomsInPlainWords("what did Oslo's top diplomat say")).toBe(
      "what did Oslo's foreign minister say",
    );
    expect(
      idiomsInPlainWords("who was Oslo's top diplomat in Rome before the post went vacant"),
    ).toBe("who was Oslo's ambassador to Rome previously");
    // "The man in charge" is no ambassador.
    expect(idiomsInPlainWords("who is the man in charge")).toBe("who is the man in charge");
  });

  it("sending someone packing is expelling them, in any tense", () => {
    expect(idiomsInPlainWords("How many envoys did Oslo send packing?")).toBe(
      "How many envoys did Oslo expel?",
    );
    expect(idiomsInPlainWords("Who was sent packing?")).toBe("Who was expelled?");
  });

  it("a news agency or a news site is an agency or a site", () => {
    expect(idiomsInPlainWords("Which news agency filed the story?")).toBe(
      "Which agency filed the story?",
    );
    expect(idiomsInPlainWords("What did the news say?")).toBe("What did the news say?");
  });

  it("'at the time of' an event is during it", () => {
    expect(idiomsInPlainWords("Who led the side at the time of the Geneva talks?")).toBe(
      "Who led the side during the Geneva talks?",
    );
  });

  it("'the first time they met' is a clause of time, not a time the articles name", () => {
    expect(idiomsInPlainWords("How long were they in the room the first time they sat down?")).toBe(
      "How long were they in the talks when first they met?",
    );
    // "For the first time" says something happened first, and stays as written.
    const q = "Did they meet for the first time the day they arrived?";
    expect(idiomsInPlainWords(q)).toBe(q);
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Freedonia's president has sought closer ties, holding calls with Ruritanian leaders for the first time in four years.",
            "The first round of fishing talks took place in Geneva on March 3. It lasted more than five hours.",
          ].join("\n\n"),
          { id: "g1", outlet: "Harbour News" },
        ),
      ]),
    );
    const a = answerQuestion(
      index,
      "how long were they in the room the first time they sat down in Geneva",
    );
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/five hours/);
  });

  it("a question without an idiom is returned as it is", () => {
    const q = "How long did the talks in Geneva last?";
    expect(idiomsInPlainWords(q)).toBe(q);
  });

  it("a question put in idioms is answered as in plain words, and echoed as asked", () => {
    const asked = "how long did the sit-down in Geneva go on for";
    const a = answerQuestion(talksIndex(), asked);
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/five hours/);
    expect(a.question).toBe(asked);
  });

  it("an article using the idiom itself is found by it first", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          [
            "Fishing quotas are off the table at the Geneva talks, the Ruritanian minister said.",
            "The Geneva talks excluded any discussion of border controls, officials added.",
          ].join("\n\n"),
          { id: "t1", outlet: "Harbour News" },
        ),
      ]),
    );
    const a = answerQuestion(index, "What is off the table at the Geneva talks?");
    expect(a.status).toBe("answered");
    expect(a.answer).toMatch(/Fishing quotas are off the table/);
  });

  it("a yes/no question is not asked again in other words: 'yes' needs the question as asked", () => {
    const plain = answerQuestion(
      talksIndex(),
      "Did the meeting in Geneva last more than five hours?",
    );
    expect(plain.answer).toMatch(/^Yes/u);
    const idiom = "Did the sit-down in Geneva go on for more than five hours?";
    expect(answerQuestion(talksIndex(), idiom).status).toBe("not_found");
  });
});

describe("spokespeople, foreign ministries, expulsions and calls in everyday words", () => {
  it("are said as reports say them", () => {
    expect(idiomsInPlainWords("who does the talking to the press for the ministry")).toBe(
      "who is the spokesperson for the ministry",
    );
    expect(idiomsInPlainWords("Who is the public voice of the ministry?")).toBe(
      "Who is the spokesperson of the ministry?",
    );
    expect(idiomsInPlainWords("who is the ministry's mouthpiece")).toBe(
      "who is the ministry's spokesperson",
    );
    expect(idiomsInPlainWords("Who speaks for America's foreign affairs department?")).toBe(
      "Who is the spokesperson for the State Department?",
    );
    expect(idiomsInPlainWords("who leads the Norwegian diplomatic service")).toBe(
      "who leads the Norwegian foreign ministry",
    );
    expect(idiomsInPlainWords("what was said about the head count at the mission")).toBe(
      "what was said about the staffing levels at the mission",
    );
    expect(idiomsInPlainWords("how did they keep in touch while they prepped")).toBe(
      "how did they keep in contact while they prepared",
    );
    expect(idiomsInPlainWords("when did the Kremlin chief call the White House boss")).toBe(
      "when did the Russian President call the US President",
    );
    expect(idiomsInPlainWords("how many envoys were shown the door")).toBe(
      "how many envoys were expelled",
    );
    expect(idiomsInPlainWords("how often have the two leaders rung each other")).toBe(
      "how often have the two leaders held phone calls",
    );
  });

  it("'who is the ministry's mouthpiece' is answered with the spokeswoman's name", () => {
    const index = buildSearchIndex(
      makeCorpus([
        makeArticle(
          "Foreign Ministry spokeswoman Ann Berg said the ferry talks were useful. The talks will go on.",
        ),
        ...otherSubjects(["A fair came to town."]),
      ]),
    );
    const a = answerQuestion(index, "whos the foreign office mouthpiece quoted here");
    expect(a.short).toBe("Ann Berg");
  });
});
