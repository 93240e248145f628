import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.js";
import { creditParts, photoWordFor } from "../../../src/answer/kinds/photo.js";
import { answerMessages } from "../../../src/answer/messages.js";
import { buildSearchIndex } from "../../../src/search/build.js";
import { makeArticle, makeCorpus } from "../../fixtures/articles.js";

const body =
  "Delegations from Ruritania and Freedonia met in Oslo on Thursday to discuss ferry routes. The talks lasted four hours.";
const index = buildSearchIndex(
  makeCorpus([
    makeArticle(body, {
      id: "f1",
      outlet: "Harbour News",
      captions: [
        {
          text: "The Ruritanian delegation leaves the harbour office in Oslo.",
          credit: "Jan Berg / Nordic Wire",
        },
      ],
    }),
    makeArticle("Freedonia's minister Maria Lindqvist spoke to reporters after the ferry talks.", {
      id: "f2",
      outlet: "Daily Courier",
      captions: [
        {
          text: "Maria Lindqvist speaks to reporters in Bergen.",
          credit: "Photo: Ola Dahl for the Courier",
        },
      ],
    }),
  ]),
);
const ask = (q: string) => answerQuestion(index, q);

describe("photo questions", () => {
  it("what a caption says or describes is its text; its article may be named by outlet and day", () => {
    const dated = buildSearchIndex(
      makeCorpus([
        makeArticle(body, {
          id: "d1",
          outlet: "Harbour News",
          published: "2024-06-14",
          captions: [
            {
              text: "The Ruritanian delegation leaves the harbour office in Oslo.",
              credit: "Jan Berg / Nordic Wire",
            },
          ],
        }),
        makeArticle("Freedonia's minister spoke to reporters after the ferry talks.", {
          id: "d2",
          outlet: "Daily Courier",
          published: "2024-07-02",
          captions: [
            { text: "Maria Lindqvist speaks to reporters in Bergen.", credit: "Ola Dahl" },
          ],
        }),
      ]),
    );
    const says = answerQuestion(
      dated,
      "What does the photo caption in the Harbour News article say?",
    );
    expect(says.short).toBe("The Ruritanian delegation leaves the harbour office in Oslo.");
    const byDay = answerQuestion(
      dated,
      "What does the photo caption in the article of June 14 describe?",
    );
    expect(byDay.short).toBe("The Ruritanian delegation leaves the harbour office in Oslo.");
    const used = answerQuestion(dated, "Who took the photo used in the article of July 2?");
    expect(used.short).toBe("Ola Dahl");
  });

  it("a photo noun spelt as it sounds ('foto') is asked as the photo noun", () => {
    const a = ask("who took the foto of the ruritanian delegation leaving the harbour office");
    expect(a.kind).toBe("photo");
    expect(a.short).toBe("Jan Berg (Nordic Wire)");
    expect(photoWordFor("fotograph")).toBe("photograph");
    // Words that only share a sound, or nothing like it, are no photo.
    for (const word of ["food", "fort", "football", "photon"]) {
      expect(photoWordFor(word)).toBeUndefined();
    }
  });

  it("'who took the photo of …' is the caption's credit, photographer and agency, quoting the caption", () => {
    const a = ask("Who took the photo of the Ruritanian delegation leaving the harbour office?");
    expect(a.kind).toBe("photo");
    expect(a.short).toBe("Jan Berg (Nordic Wire)");
    expect(a.sources[0]?.passage).toBe(
      "The Ruritanian delegation leaves the harbour office in Oslo. Jan Berg / Nordic Wire",
    );
    expect(a.sources[0]?.outlet).toBe("Harbour News");
    expect(a.notes).toContain(answerMessages.fromCaption);
    expect(a.quotes).toEqual([{ sentence: a.sources[0]?.passage, articleId: "f1", caption: true }]);
  });

  it("the caption meant is the one the question's other words are in", () => {
    expect(ask("Who took the picture of Lindqvist speaking to reporters?").short).toBe(
      "Ola Dahl (the Courier)",
    );
  });

  it("'which agency supplied the photo of …' is the agency alone", () => {
    expect(
      ask("Which agency supplied the photo of the delegation leaving the harbour office?").short,
    ).toBe("Nordic Wire");
  });

  it("'what does the photo … show' is the caption's text", () => {
    expect(ask("What does the photo in the Daily Courier piece show?").short).toBe(
      "Maria Lindqvist speaks to reporters in Bergen.",
    );
  });

  it("a photo no caption describes is declined, not credited to another photo", () => {
    const a = ask("Who took the photo of the minister signing the treaty in Geneva?");
    expect(a.status).toBe("not_found");
    expect(a.answer).toBe(answerMessages.noPhoto);
  });

  it("with several photos and nothing saying which, the reply asks which one", () => {
    const a = ask("Who took the photo?");
    expect(a.status).toBe("not_found");
    expect(a.answer).toBe(answerMessages.whichPhoto(2));
  });

  it("an 'image' used as a figure of speech is no photo question", () => {
    expect(ask("What image did the minister use for the ferry routes?").kind).not.toBe("photo");
  });
});

describe("creditParts", () => {
  it.each([
    ["Jan Berg / Nordic Wire", { by: "Jan Berg", agency: "Nordic Wire" }],
    ["Photo: Jan Berg/Nordic Wire", { by: "Jan Berg", agency: "Nordic Wire" }],
    ["(Photo by Jan Berg/Nordic Wire)", { by: "Jan Berg", agency: "Nordic Wire" }],
    ["Ola Dahl for the Courier", { by: "Ola Dahl", agency: "the Courier" }],
    ["Nordic Wire", { by: "Nordic Wire" }],
  ])("reads %s", (credit, parts) => {
    expect(creditParts(credit)).toEqual(parts);
  });
});

describe("where the photo sits on the page", () => {
  it("'the main photo in the Harbour News piece' is that article's photo", () => {
    // Another article uses the placing words, so they count as words a caption could hold.
    const placed = buildSearchIndex(
      makeCorpus([
        makeArticle(body, {
          id: "f1",
          outlet: "Harbour News",
          captions: [
            { text: "The delegation leaves the harbour office.", credit: "Jan Berg / Nordic Wire" },
          ],
        }),
        makeArticle("The top official said the main ferry line will reopen.", {
          id: "f3",
          outlet: "Post",
        }),
      ]),
    );
    const a = answerQuestion(placed, "who took the main photo in the Harbour News piece");
    expect(a.kind).toBe("photo");
    expect(a.short).toBe("Jan Berg (Nordic Wire)");
  });
});
