import { describe, expect, it } from "vitest";
import { reviewedRelated } from "../../src/lexicon/related.js";
import { stem } from "../../src/nlp/stem.js";

const related = (a: string, b: string): number | undefined =>
  reviewedRelated()
    .get(stem(a))
    ?.find((r) => r.stem === stem(b))?.weight;

describe("the reviewed paraphrase list", () => {
  it("relates a word both ways, below an exact match", () => {
    const w = related("touch", "contact");
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(1);
    expect(related("contact", "touch")).toBe(w);
  });

  it("reads the seat of a government as its capital and country", () => {
    expect(related("kremlin", "moscow")).toBeGreaterThan(0);
    expect(related("kremlin", "russia")).toBeGreaterThan(0);
  });

  it("reads commenting as saying and the outcome of a meeting as what was agreed", () => {
    expect(related("comment", "say")).toBeGreaterThan(0);
    expect(related("insist", "stress")).toBeGreaterThan(0);
    expect(related("length", "last")).toBeGreaterThan(0);
    expect(related("outcome", "agree")).toBeGreaterThan(0);
  });

  it("reads complaining as voicing a concern, and banking as money but not as funding", () => {
    expect(related("grumble", "concern")).toBeGreaterThan(0);
    expect(related("unhappy", "concern")).toBeGreaterThan(0);
    expect(related("money", "banking")).toBeGreaterThan(0);
    expect(related("funding", "banking")).toBeUndefined();
    expect(related("participate", "involve")).toBeGreaterThan(0);
    expect(related("attend", "involve")).toBeUndefined();
  });

  it("reads a clip or footage as a video", () => {
    expect(related("clip", "video")).toBeGreaterThan(0);
    expect(related("footage", "video")).toBeGreaterThan(0);
  });

  it("reads a season as its months, but no month as its season, and never 'may'", () => {
    expect(related("spring", "april")).toBeGreaterThan(0);
    expect(related("winter", "february")).toBeGreaterThan(0);
    expect(related("april", "spring")).toBeUndefined();
    expect(related("spring", "may")).toBeUndefined();
  });

  it("reads someone's people as their staff, officials or administration, and no further", () => {
    expect(related("people", "staff")).toBeGreaterThan(0);
    expect(related("people", "administration")).toBeGreaterThan(0);
    expect(related("staff", "diplomat")).toBeUndefined();
  });

  it("reads things getting worse as their escalating or being exacerbated", () => {
    expect(related("worse", "exacerbate")).toBeGreaterThan(0);
    expect(related("escalation", "worsen")).toBeGreaterThan(0);
  });

  it("leaves unrelated words apart", () => {
    expect(related("touch", "agree")).toBeUndefined();
  });

  it("reads what a side expects to do as what it plans or intends to", () => {
    expect(related("expect", "plan")).toBeGreaterThan(0);
    expect(related("intend", "expect")).toBeGreaterThan(0);
  });

  it("relates everyday words for meetings, envoys, homes and wars to the reports' words", () => {
    expect(related("session", "meeting")).toBeGreaterThan(0);
    expect(related("envoy", "diplomat")).toBeGreaterThan(0);
    expect(related("home", "residence")).toBeGreaterThan(0);
    expect(related("fighting", "conflict")).toBeGreaterThan(0);
    expect(related("nonstop", "direct")).toBeGreaterThan(0);
    expect(related("mouthpiece", "spokeswoman")).toBeGreaterThan(0);
    expect(related("leader", "lead")).toBeGreaterThan(0);
  });
});
