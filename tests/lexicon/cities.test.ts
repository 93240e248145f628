import { describe, expect, it } from "vitest";
import { largeCitiesOf } from "../../src/lexicon/cities.js";
import { countryOf, isCountryName } from "../../src/lexicon/countries.js";

describe("large cities by country", () => {
  it("gives a country's large cities, its capital left to the country's own words", () => {
    const japan = countryOf("japan")!;
    expect(largeCitiesOf(japan)).toContain("osaka");
    expect(largeCitiesOf(japan)).not.toContain("tokyo");
    expect(largeCitiesOf(countryOf("canada")!)).toContain("toronto");
  });

  it("leaves out towns too small to stand for their country, and a key naming none", () => {
    // Both in the data set, with a few hundred thousand people: "Reading" is also a word.
    const uk = largeCitiesOf(countryOf("uk")!);
    expect(uk).toContain("manchester");
    expect(uk).not.toContain("reading");
    expect(uk).not.toContain("bristol");
    expect(largeCitiesOf("XYZ")).toEqual([]);
  });
});

describe("country names", () => {
  it("tells a country's name from its people's or its capital's", () => {
    expect(isCountryName("japan")).toBe(true);
    expect(isCountryName("turkiye")).toBe(true);
    expect(isCountryName("japanese")).toBe(false);
    expect(isCountryName("tokyo")).toBe(false);
  });
});
