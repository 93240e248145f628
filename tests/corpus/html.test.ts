import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/frontMatter.js";
import { readHtml, withoutSiteSuffix } from "../../src/corpus/html.js";
import { ingest } from "../../src/corpus/ingest.js";
import { readPage } from "../../src/corpus/page.js";
import { vocabularyOf } from "../../src/corpus/vocabulary.js";

const story = [
  "The two governments agreed on Monday to restore full diplomatic relations after talks in the capital, officials said.",
  "Under the deal each side may keep up to 18 diplomats, and the visa section will reopen within a month of the signing.",
  "&ldquo;This is a practical step,&rdquo; the minister said after the talks ended on Monday evening in the capital.",
];

function page(head: string, extra = ""): string {
  return `<!doctype html><html><head>${head}</head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <main><article>
      <h1>Envoys agree to restore embassy staff after talks</h1>
      <figure><img src="a.jpg"><figcaption>Delegates at the table. Photo: Jane Roe</figcaption></figure>
      ${story.map((p) => `<p>${p}</p>`).join("\n")}
      ${extra}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/x">Floods close the airport road</a></li></ul></aside></main>
    <footer><p>&copy; 2025 Valley Post Ltd. All rights reserved.</p></footer>
  </body></html>`;
}

const read = (html: string) => readPage("page.html", html, vocabularyOf([]));

describe("saved HTML pages", () => {
  it("takes the story's paragraphs through Readability, entities decoded, caption and chrome left out", () => {
    const { clean } = read(page(""));
    expect(clean.body.split("\n\n")).toEqual([
      story[0],
      story[1],
      "“This is a practical step,” the minister said after the talks ended on Monday evening in the capital.",
    ]);
    expect(clean.removed).toContainEqual({ line: "Delegates at the table. Photo: Jane Roe", reason: "photo caption (figcaption)" });
    expect(clean.removed).toContainEqual({ line: "Home World Sport", reason: "outside the story Readability found" });
  });

  it("reads headline, publisher, date and URL from JSON-LD inside @graph, the publisher by @id", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", "@id": "https://valley.test/a", name: "Envoys agree — Valley Post" },
        {
          "@type": "NewsArticle",
          headline: "Envoys agree to restore embassy staff after talks",
          datePublished: "2025-04-10T23:30:00-04:00",
          dateModified: "2025-04-12T10:00:00-04:00",
          publisher: { "@id": "https://valley.test/#org" },
        },
        { "@type": "Organization", "@id": "https://valley.test/#org", name: "Valley Post" },
      ],
    };
    const { meta } = read(
      page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>
        <link rel="canonical" href="https://valley.test/world/envoys-agree">`),
    );
    expect(meta).toMatchObject({
      title: "Envoys agree to restore embassy staff after talks",
      outlet: "Valley Post",
      url: "https://valley.test/world/envoys-agree",
      date: { year: 2025, month: 4, day: 10 },
    });
    expect(meta.evidence.published?.how).toBe("JSON-LD datePublished");
    expect(meta.evidence.outlet?.how).toBe("JSON-LD publisher");
  });

  it("falls back to og:site_name, article:published_time and the h1, never an SEO og:title", () => {
    const { meta } = read(
      page(`<meta property="og:site_name" content="Valley Post">
        <meta property="og:title" content="Envoys, staff and talks: what the deal means">
        <meta property="article:published_time" content="2025-05-06T09:00:00Z">
        <meta property="og:url" content="https://valley.test/b">
        <script type="application/ld+json">{ not json</script>`),
    );
    expect(meta).toMatchObject({
      title: "Envoys agree to restore embassy staff after talks",
      outlet: "Valley Post",
      url: "https://valley.test/b",
      date: { year: 2025, month: 5, day: 6 },
    });
  });

  it("without dates or names in its markup, reads the visible by-line and the footer's copyright", () => {
    const html = page("").replace(
      "<figure>",
      '<p class="byline">By Jane Roe</p><p><time>Tue 6 May 2025 09.00 EDT</time></p><figure>',
    );
    const { meta } = read(html);
    expect(meta).toMatchObject({ outlet: "Valley Post", date: { year: 2025, month: 5, day: 6 } });
    expect(meta.evidence.outlet?.how).toBe("the copyright holder");
  });

  it("leaves out a box of a short heading over a list, and keeps a list the story runs into", () => {
    const { clean } = read(
      page(
        "",
        `<h3>Fact box</h3><ul><li>Valley has released 200 detainees since 2024.</li><li>Travel is advised against.</li></ul>
        <p>The agreement covers the following points, officials said on Monday evening in the capital:</p>
        <ul><li>Embassies may keep up to 18 diplomats each under the new arrangement, officials said.</li></ul>`,
      ),
    );
    expect(clean.body).not.toMatch(/Fact box|200 detainees|Travel is advised/);
    expect(clean.body).toContain("Embassies may keep up to 18 diplomats each under the new arrangement, officials said.");
    expect(clean.body).toContain("The agreement covers the following points, officials said on Monday evening in the capital:");
  });

  it("strips the site's name from a <title> or og:title", () => {
    expect(withoutSiteSuffix("Envoys agree to talks | Valley Post", "Valley Post")).toBe("Envoys agree to talks");
    expect(withoutSiteSuffix("Envoys agree to talks — Valley Post", "Valley Post")).toBe("Envoys agree to talks");
    expect(withoutSiteSuffix("Russia-US talks resume", "Valley Post")).toBe("Russia-US talks resume");
  });

  it("drops an editor's note and an inline link inside the story body", () => {
    const { clean } = read(
      page("", `<p>Read more: <a href="/y">Floods close the airport road</a></p>
        <p><em>This article was updated on 11 April to add comment from the chamber of commerce.</em></p>`),
    );
    expect(clean.body).not.toMatch(/Read more|was updated/);
  });

  it("is ingested beside text pages, and a text copy of the same story is recorded as its duplicate", () => {
    const root = mkdtempSync(join(tmpdir(), "html-"));
    const raw = join(root, "raw");
    mkdirSync(raw);
    writeFileSync(join(raw, "a.html"), page('<meta property="og:site_name" content="Valley Post">'));
    writeFileSync(
      join(raw, "b.txt"),
      ["Envoys agree to restore embassy staff after talks", "April 10, 2025", ...story, "(Valley Post)"].join("\n"),
    );
    const out = join(root, "articles");
    const report = ingest({ rawDir: raw, articlesDir: out });
    expect(report.problems).toEqual([]);
    const a = parseArticle(readFileSync(join(out, "a.md"), "utf8"));
    expect(a.ok && a.meta.outlet).toBe("Valley Post");
    expect(report.duplicates.map((d) => [d.id, d.duplicateOf].sort())).toEqual([["a", "b"]]);
  });

  it("reads a page Readability finds no story in from its body's blocks", () => {
    const html = readHtml("<html><body><p>Short note.</p></body></html>");
    expect(html.text).toBe("Short note.");
  });
});
