import type { Pick } from "./select.js";

/** One way the articles fill a slot, with the best pick of each article that writes it so. */
export interface Version {
  filler: string;
  /** The fullest wording of this version, and the pick it comes from (quoted with it). */
  phrase: string;
  /** The words the phrase stands in, when it is part of them ("Sergei" in "Sergei Lavrov"). */
  within?: string;
  phrasePick: Pick;
  picks: Pick[];
}

/** Answers about one slot of one entity (a title, a department), however many versions. */
export interface SlotGroup {
  head: Set<string>;
  versions: Version[];
  /** Picks whose phrase names the slot but not its filling ("Ambassador Darchiev"). */
  unspecific: Pick[];
}

const overlaps = (a: Set<string>, b: readonly string[]): boolean => b.some((h) => a.has(h));

/**
 * Groups slot-filling phrases: same role or body words = same slot; within a slot, the same
 * filling words = the same version. Several versions of one slot from different articles is
 * a disagreement between the sources, whatever the words are.
 */
export function groupSlots(picks: Pick[]): SlotGroup[] {
  const groups: SlotGroup[] = [];
  for (const pick of picks) {
    const slot = pick.candidate?.slot;
    if (!slot || slot.head.length === 0) continue;
    let group = groups.find((g) => overlaps(g.head, slot.head));
    if (!group) {
      group = { head: new Set(), versions: [], unspecific: [] };
      groups.push(group);
    }
    for (const h of slot.head) group.head.add(h);
    const article = pick.evidence.entry.article.id;
    const already = [...group.versions.flatMap((v) => v.picks), ...group.unspecific].some(
      (p) => p.evidence.entry.article.id === article,
    );
    // Picks arrive best first: an article's first phrase for a slot is its version.
    if (already) continue;
    if (slot.filler.length === 0) {
      group.unspecific.push(pick);
      continue;
    }
    const filler = slot.filler.join(" ");
    const version = group.versions.find((v) => v.filler === filler);
    const display = pick.candidate!.display;
    if (version) {
      version.picks.push(pick);
      // The fullest wording of a version is the one shown.
      if (display.length > version.phrase.length) {
        version.phrase = display;
        version.phrasePick = pick;
      }
    } else group.versions.push({ filler, phrase: display, phrasePick: pick, picks: [pick] });
  }
  for (const g of groups) {
    // A title that is all role words ("US State Department spokeswoman") is a version of its
    // own when no article gives the slot a filling.
    if (g.versions.length === 0 && g.unspecific.length > 0) {
      const longest = [...g.unspecific].sort(
        (a, b) => b.candidate!.display.length - a.candidate!.display.length,
      )[0]!;
      g.versions.push({
        filler: "",
        phrase: longest.candidate!.display,
        phrasePick: longest,
        picks: g.unspecific,
      });
      g.unspecific = [];
    }
    g.versions.sort((a, b) => b.picks.length - a.picks.length);
  }
  return groups.sort((a, b) => articleCount(b) - articleCount(a) || bestScore(b) - bestScore(a));
}

export function articleCount(group: SlotGroup): number {
  return group.versions.reduce((n, v) => n + v.picks.length, 0) + group.unspecific.length;
}

function bestScore(group: SlotGroup): number {
  return Math.max(
    ...group.versions.flatMap((v) => v.picks.map((p) => p.score)),
    ...group.unspecific.map((p) => p.score),
  );
}
