import { describe, expect, it } from "vitest";
import { countryOf, countryOfPair, isCapital } from "../../src/lexicon/countries.js";

describe("country words", () => {
  it("a country's name, demonym and capital name one country", () => {
    expect(countryOf("norway")).toBeDefined();
    expect(countryOf("norwegian")).toBe(countryOf("norway"));
    expect(countryOf("oslo")).toBe(countryOf("norway"));
    expect(countryOf("danish")).not.toBe(countryOf("norway"));
  });

  it("reads the spellings news writing uses for a country", () => {
    expect(countryOf("us")).toBe(countryOf("american"));
    expect(countryOf("america")).toBe(countryOf("washington"));
    expect(countryOf("uk")).toBe(countryOf("british"));
    expect(countryOf("turkey")).toBe(countryOf("turkiye"));
  });

  it("leaves out two-letter codes that are everyday words, and words of longer names", () => {
    for (const word of ["in", "it", "no", "is", "the", "new", "san", "united", "states"]) {
      expect(countryOf(word), word).toBeUndefined();
    }
  });

  it("knows a capital as a city", () => {
    expect(isCapital("oslo")).toBe(true);
    expect(isCapital("norway")).toBe(false);
  });
});

describe("countries named in two words", () => {
  it("are read as the pair, not word by word", () => {
    expect(countryOfPair("united", "states")).toBe("USA");
    expect(countryOfPair("saudi", "arabia")).toBe("SAU");
    expect(countryOfPair("united", "talks")).toBeUndefined();
  });
});
