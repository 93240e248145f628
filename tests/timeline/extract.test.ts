import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/timeline/extract.js";
import { readClause } from "../../src/timeline/triggers.js";
import { makeArticle } from "../fixtures/articles.js";

// 2025-04-10 is a Thursday; 2025-02-28 a Friday.

function events(body: string, published = "2025-04-10") {
  return extractEvents(makeArticle(body, { published })).map((e) => ({
    date: e.date,
    dateEnd: e.dateEnd,
    precision: e.precision,
    status: e.status,
    kind: e.kind,
    summary: e.summary,
  }));
}

describe("extracting dated events", () => {
  it("a meeting announced for the weekday of publication is scheduled on that day", () => {
    const [e] = events(
      "Russian and US delegations will meet in Istanbul on Thursday for a second round.",
    );
    expect(e).toMatchObject({
      date: "2025-04-10",
      precision: "day",
      status: "scheduled",
      kind: "meeting",
    });
  });

  it("talks reported on a weekday before publication happened on that day", () => {
    const [e] = events(
      "Diplomats held talks Thursday in Istanbul on embassy operations.",
      "2025-02-28",
    );
    expect(e).toMatchObject({ date: "2025-02-27", status: "happened", kind: "meeting" });
  });

  it("a date after publication is scheduled whatever the verbs", () => {
    const [e] = events("The delegations meet on May 5 in Istanbul.", "2025-04-10");
    expect(e).toMatchObject({ date: "2025-05-05", status: "scheduled" });
  });

  it("a state at a time is not an event", () => {
    expect(
      events("In February, he was director of the ministry's North America department."),
    ).toEqual([]);
  });

  it("a copula dating an event noun is an event", () => {
    const [e] = events("The meeting was on February 27 in Istanbul.");
    expect(e).toMatchObject({ date: "2025-02-27", kind: "meeting", status: "happened" });
  });

  it("a copula placing a person is not an event", () => {
    expect(events("He was in Moscow in October.", "2025-02-28")).toEqual([]);
  });

  it("a negated happening is not an event", () => {
    expect(events("The delegations did not meet on Monday.")).toEqual([]);
  });

  it("a plan without a date is not on the timeline", () => {
    expect(events("The next round will take place in Istanbul in the coming days.")).toEqual([]);
  });

  it("a sentence without a time expression yields nothing", () => {
    expect(events("The talks were held behind closed doors.")).toEqual([]);
  });

  it("two dated clauses in one long sentence are two events, each summarised by its own clause", () => {
    const found = events(
      "The sides met in Geneva on March 3 after weeks of preparation, lengthy exchanges between the ministries and several rounds of consultations among experts on staffing, while their deputies will meet in Vienna on May 5 to prepare a broader agenda covering visas, banking, diplomatic property and the resumption of direct flights.",
    );
    expect(found.map((e) => [e.date, e.status])).toEqual([
      ["2025-03-03", "happened"],
      ["2025-05-05", "scheduled"],
    ]);
    expect(found[0]!.summary).toContain("March 3");
    expect(found[0]!.summary).not.toContain("May 5");
    expect(found[1]!.summary).toContain("May 5");
    expect(found[1]!.summary).not.toContain("March 3");
  });

  it("a copy of another article contributes no events", () => {
    const copy = makeArticle("Diplomats held talks Thursday in Istanbul.", {
      published: "2025-02-28",
      duplicateOf: "original",
    });
    expect(extractEvents(copy)).toEqual([]);
  });

  it("a year range keeps both ends at year precision", () => {
    const [e] = events(
      "Moscow seeks the return of properties seized between 2016 and 2018.",
      "2025-02-28",
    );
    expect(e).toMatchObject({
      date: "2016",
      dateEnd: "2018",
      precision: "year",
      status: "happened",
    });
  });
});

describe("reading the kind of happening", () => {
  const kind = (sentence: string, dated: string): string => {
    const start = sentence.indexOf(dated);
    return readClause(sentence, start, start + dated.length).kind;
  };

  it("an announcement is a statement even when it is about a meeting", () => {
    expect(
      kind("Plans for a new meeting were first announced last week by the minister.", "last week"),
    ).toBe("statement");
  });

  it("a round dated after the noun is a meeting even when a verb follows", () => {
    expect(
      kind("A follow-up round in Istanbul on February 27 addressed funding.", "February 27"),
    ).toBe("meeting");
  });

  it("taking office is not a meeting though meetings are mentioned", () => {
    expect(
      kind("They have held several meetings since Trump took office in January.", "January"),
    ).toBe("other");
  });

  it("took place defers to the noun that names the happening", () => {
    expect(kind("The first such meeting took place on February 27.", "February 27")).toBe(
      "meeting",
    );
  });
});

describe("sentences the splitter left together", () => {
  it("each part is summarised on its own and the passage is still the corpus sentence", () => {
    const article = makeArticle(
      "The first meeting took place on February 27. It lasted six hours.",
      {
        published: "2025-04-10",
      },
    );
    const [e] = extractEvents(article);
    expect(e!.summary).toBe("The first meeting took place on February 27.");
    expect(e!.sentence.text).toBe(article.sentences[0]!.text);
    expect(e!.kind).toBe("meeting");
  });
});
