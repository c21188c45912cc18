import type { ReportKind } from "@tertial/domain";
import { districtMentions, speaksOfOwnDistrict } from "./district-mentions.ts";
import type { SourceLine } from "../text/source-lines.ts";

/** A fact guessed from the report's text, with the evidence shown to the user in a warning. */
export interface Inferred<T> {
  value: T;
  evidence: string;
}

/** "Socialförvaltningen", "socialförvaltningens" → the administration of "Socialnämnden". */
const ADMINISTRATION = /\b(?<prefix>\p{L}+?)förvaltning(?:en|ens)\b/giu;
/** "Socialnämnden ska …": the city budget's assignments, many of them to the report's own nämnd. */
const ASSIGNMENT = /\b(?<prefix>\p{L}+?)nämnden ska\b/giu;
const NOT_A_PREFIX = /^(?:stadsdels|stadsdel|huvud)$/i;
/**
 * Cheap tests that a line may hold a mention: every match of the patterns above contains these
 * letters (case-folded alike with or without the u flag; "k" and "s" are left out because /iu also
 * folds the Kelvin sign and long s to them; "ö" and "ä" fold to themselves and Ö, Ä only, so a
 * line without either is ruled out by a plain search first). Most lines skip the slower patterns.
 */
const MAY_HAVE_ADMINISTRATION = /förvaltning/i;
const MAY_HAVE_ASSIGNMENT = /nämnden/i;
/** Runs of whitespace other than one plain space. */
const SPACE_RUN = /\s{2,}|[^\S ]/g;
/** A Period cell "Tertial 1 2017", matched where a "Tertial" was found. */
const TERTIAL_CELL_AT = /\bTertial (?<n>[123]) (?<year>\d{4})\b/y;
const ANNUAL_CELL = /(?<!utfall )\b(?:VB|Verksamhetsberättelse(?: VB)?) (?<year>\d{4})\b/g;
const DATE = /\b(\d{4})-\d{2}-\d{2}\b/g;
const MIN_SCORE = 6;

/**
 * The nämnd that wrote the report, from the prose (docs/report-format.md §2.2): mentions of
 * its administration ("Socialförvaltningen" → Socialnämnden) and named mentions of a Stockholm
 * district ("Skärholmens SDF", "Norrmalms stadsdelsområde" → that district's stadsdelsnämnd) weigh 3,
 * "<X>nämnden ska" and, in a report that speaks of its own district ("i stadsdelsområdet"), a
 * district's bare name weigh 1. Null unless one candidate scores at least 6 and 1.5 times the next.
 * The evidence names the top mentions with the line each was first seen on.
 */
export function inferOrganisation(lines: readonly SourceLine[]): Inferred<string> | null {
  const scores = new Map<string, { score: number; mentions: Map<string, { count: number; line: number }> }>();
  const add = (organisation: string, mention: string, weight: number, line: number): void => {
    const entry = scores.get(organisation) ?? { score: 0, mentions: new Map() };
    entry.score += weight;
    const seen = entry.mentions.get(mention);
    entry.mentions.set(mention, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? line });
    scores.set(organisation, entry);
  };
  const bareDistricts: { committee: string; mention: string; line: number }[] = [];
  let ownDistrict = false;
  for (const { text, number } of lines) {
    if ((text.includes("ö") || text.includes("Ö")) && MAY_HAVE_ADMINISTRATION.test(text)) {
      for (const match of text.matchAll(ADMINISTRATION)) {
        const prefix = match.groups?.["prefix"] ?? "";
        if (!NOT_A_PREFIX.test(prefix)) add(`${capitalise(prefix)}nämnden`, capitalise(match[0]), 3, number);
      }
    }
    for (const { committee, mention, named } of districtMentions(text)) {
      if (named) add(committee, mention, 3, number);
      else bareDistricts.push({ committee, mention, line: number });
    }
    ownDistrict ||= speaksOfOwnDistrict(text);
    if ((!text.includes("ä") && !text.includes("Ä")) || !MAY_HAVE_ASSIGNMENT.test(text)) continue;
    for (const match of text.matchAll(ASSIGNMENT)) {
      const prefix = match.groups?.["prefix"] ?? "";
      if (!NOT_A_PREFIX.test(prefix)) add(`${capitalise(prefix)}nämnden`, capitalise(match[0]), 1, number);
    }
  }
  if (ownDistrict) for (const { committee, mention, line } of bareDistricts) add(committee, mention, 1, line);
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (
    best === undefined ||
    best[1].score < MIN_SCORE ||
    (second !== undefined && best[1].score < 1.5 * second[1].score)
  )
    return null;
  const mentions = [...best[1].mentions.entries()].sort((a, b) => b[1].count - a[1].count).slice(0, 3);
  return {
    value: best[0],
    evidence: mentions
      .map(([mention, { count, line }]) => `${count} × "${mention}" (first on line ${line})`)
      .join(", "),
  };
}

/**
 * The report period from the text (docs/report-format.md §2.2): indicator Period cells "Tertial 1 2017"
 * (also when broken over lines) decide kind and year; without them, "VB <year>" cells that are not
 * a previous-outcome column label ("Periodens utfall VB 2016") or "Verksamhetsberättelse <year>"
 * make a VB report. Null when neither is found.
 */
export function inferPeriod(lines: readonly SourceLine[]): Inferred<{ kind: ReportKind; year: number }> | null {
  const tertials = countTertialCells(lines);
  const topTertial = mostFrequent(tertials);
  if (topTertial !== null) {
    const [n, year] = topTertial.key.split(" ");
    const kind: ReportKind = n === "1" ? "T1" : n === "2" ? "T2" : "VB";
    return {
      value: { kind, year: Number(year) },
      evidence: `${topTertial.count} × "Tertial ${topTertial.key}" in indicator Period cells`,
    };
  }
  const text = lines
    .map((line) => line.text)
    .join(" ")
    .replace(SPACE_RUN, " ");
  const annual = countMatches(text, ANNUAL_CELL, (groups) => groups["year"] ?? "");
  const topAnnual = mostFrequent(annual);
  if (topAnnual === null) return null;
  return { value: { kind: "VB", year: Number(topAnnual.key) }, evidence: `${topAnnual.count} × "VB ${topAnnual.key}"` };
}

/** Text after "Tertial" that a cell can span: " 1 2017" and the character that ends the year. */
const TERTIAL_REACH = 8;

/**
 * Counts "Tertial N YYYY" (TERTIAL_CELL_AT) in the lines' texts joined by spaces, in text order,
 * without joining the whole report: each match starts at a "Tertial" inside one line's text (the
 * texts are trimmed and single-spaced, so the joined text differs only by the joining spaces), and
 * is read in that text followed by as many of the next non-empty texts as the cell can reach.
 */
function countTertialCells(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]?.text ?? "";
    if (!text.includes("Tertial")) continue;
    let window = text;
    for (let next = index + 1; next < lines.length && window.length < text.length + TERTIAL_REACH; next++) {
      const following = lines[next]?.text ?? "";
      if (following !== "") window += ` ${following}`;
    }
    window += " ";
    for (let at = text.indexOf("Tertial"); at !== -1; at = text.indexOf("Tertial", at + 1)) {
      TERTIAL_CELL_AT.lastIndex = at;
      const groups = TERTIAL_CELL_AT.exec(window)?.groups;
      if (groups === undefined) continue;
      const key = `${groups["n"]} ${groups["year"]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The most frequent year of activity dates (YYYY-MM-DD), a cross-check for an inferred year. */
export function dominantDateYear(lines: readonly SourceLine[]): number | null {
  const years = new Map<string, number>();
  for (const { text } of lines) {
    if (!text.includes("-")) continue;
    for (const match of text.matchAll(DATE)) years.set(match[1] ?? "", (years.get(match[1] ?? "") ?? 0) + 1);
  }
  const top = mostFrequent(years);
  return top === null ? null : Number(top.key);
}

function countMatches(
  text: string,
  pattern: RegExp,
  key: (groups: Record<string, string | undefined>) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(pattern)) {
    const name = key(match.groups ?? {});
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function mostFrequent(counts: ReadonlyMap<string, number>): { key: string; count: number } | null {
  let best: { key: string; count: number } | null = null;
  for (const [key, count] of counts) if (best === null || count > best.count) best = { key, count };
  return best;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}
