import { deriveSeed, randomInt, seededRandom, type Random } from "../random.js";
import { distractorDocuments, distractorPiece, type DistractorPiece } from "./generate.js";
import { loadSpeeches } from "./sotu.js";

/** One generated page as a scraper would have saved it to corpus/raw. */
export interface RawPage {
  file: string;
  text: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const AGENCIES = ["Reuters", "AP", "AFP", "Interfax"];
const PLACES = ["WASHINGTON", "NEW YORK", "MOSCOW", "ISTANBUL", "LONDON"];
/** Site chrome of the kinds corpus/raw pages carry, which ingest has to drop. */
const CHROME = ["Share", "Tweet", "Advertisement", "Sign up for the Morning Wire newsletter"];
const SECTIONS = ["Home | World | Politics", "Home | US | Congress", "World"];

/** Hard-wraps a paragraph at about `width` columns, as text copied from a page often is. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A piece as a scraped news page: section label, headline, by-line date, share buttons, an
 * agency dateline, paragraphs hard-wrapped (some not at all), an advert between paragraphs,
 * a newsletter blurb and a copyright line. Every choice comes from the piece's own stream.
 */
export function rawPageText(piece: DistractorPiece, random: Random): string {
  const [year, month, day] = piece.meta.published.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  const monthName = MONTHS[month - 1] ?? "January";
  const agency = AGENCIES[randomInt(random, 0, AGENCIES.length - 1)] ?? "Reuters";
  const place = PLACES[randomInt(random, 0, PLACES.length - 1)] ?? "WASHINGTON";
  const lines: string[] = [];
  if (random() < 0.5)
    lines.push(SECTIONS[randomInt(random, 0, SECTIONS.length - 1)] ?? "World", "");
  lines.push(`# ${piece.meta.title}`, "");
  lines.push(`Updated: ${day} ${monthName} ${year}, 0${randomInt(random, 0, 9)}:15 GMT`, "");
  lines.push(CHROME[0] ?? "", CHROME[1] ?? "", "");
  const width = randomInt(random, 70, 110);
  piece.paragraphs.forEach((p, i) => {
    const text = i === 0 ? `${place}, ${monthName} ${day} (${agency}) - ${p}` : p;
    lines.push(...(random() < 0.7 ? wrap(text, width) : [text]), "");
    if (i === 1 && random() < 0.5) lines.push(CHROME[2] ?? "", "");
  });
  lines.push(CHROME[3] ?? "", `© ${year} Northern Wire. All rights reserved.`);
  return `${lines.join("\n")}\n`;
}

/**
 * The first `count` generated pages of the fixed sequence the distractor corpora use (page i
 * is copy ⌊i / D⌋ of document i mod D), so a larger corpus extends a smaller one, and later
 * copies are re-worded, shuffled near-duplicates of earlier ones, as syndicated news is.
 */
export function rawPages(count: number, seed: number): RawPage[] {
  const documents = distractorDocuments(loadSpeeches(), seed);
  const pages: RawPage[] = [];
  for (let i = 0; i < count; i++) {
    const doc = documents[i % documents.length];
    if (!doc) break;
    const piece = distractorPiece(doc, Math.floor(i / documents.length), seed);
    const random = seededRandom(deriveSeed(seed, "raw page", piece.meta.id));
    pages.push({ file: `${piece.meta.id}.txt`, text: rawPageText(piece, random) });
  }
  return pages;
}
