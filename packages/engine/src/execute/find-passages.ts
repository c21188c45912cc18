import { type PassageHit, searchPassages } from "@tertial/store";
import { nameWords, stemIn } from "../text/subject-words.ts";
import { byReport } from "./by-report.ts";
import type { RunContext } from "./run-context.ts";

const MONEY_ABOUT = new Set(["budget", "request"]);
const MONEY_WORD = /^(under|över|over)skott|^budget|^prognos|^kostnad|^intäkt|mnkr|^deficit|^surplus/i;
const AMOUNT = /\d(?:,\d)? ?(?:mnkr|tkr|miljoner kronor|mkr)/;

/**
 * The passages best answering the subject in the given reports: bm25 over every stem (as a prefix),
 * then those holding more of the subject's stems first. Adjacent passages of one report are kept
 * once (the better one), so the answer quotes different places.
 */
export function findPassages(
  ctx: RunContext,
  reportIds: readonly number[],
  limit: number,
  perHeading = 2,
): PassageHit[] {
  const stems = searchedStems(ctx);
  if (stems.length === 0 || reportIds.length === 0) return [];
  const hits = searchPassages(ctx.db, terms(stems), { reportIds, limit: Math.max(limit * 6, 24) });
  return choosePassages(ctx, stems, hits, limit, perHeading);
}

/**
 * findPassages for each report on its own (in the order given), in one full-text query: the same
 * passages as asking for each report in turn.
 */
export function findPassagesPerReport(
  ctx: RunContext,
  reportIds: readonly number[],
  limit: number,
  perHeading = 2,
): PassageHit[] {
  const stems = searchedStems(ctx);
  if (stems.length === 0 || reportIds.length === 0) return [];
  const hits = searchPassages(ctx.db, terms(stems), {
    reportIds,
    limit: Math.max(limit * 6, 24),
    perReport: true,
  });
  const ofReport = byReport(hits, (hit) => hit.reportId);
  return reportIds.flatMap((id) => choosePassages(ctx, stems, ofReport.get(id) ?? [], limit, perHeading));
}

function searchedStems(ctx: RunContext): string[] {
  return ctx.searchStems.filter((s) => s.length >= 3);
}

/** Each stem as a full-text term: a prefix from four letters on. */
function terms(stems: readonly string[]): string[] {
  return stems.map((s) => (s.length >= 4 ? `${s}*` : s));
}

/** The passages to quote among the hits (best bm25 first). */
function choosePassages(
  ctx: RunContext,
  stems: readonly string[],
  hits: readonly PassageHit[],
  limit: number,
  perHeading: number,
): PassageHit[] {
  const coverage = (hit: PassageHit) => {
    const words = nameWords(`${hit.heading ?? ""} ${hit.text}`);
    return stems.filter((s) => stemIn(s, words)).length;
  };
  // A question about money (a deficit, a budget row, a request) is explained where the report gives amounts.
  const money = MONEY_ABOUT.has(ctx.query.about) || ctx.query.filters.searchWords.some((w) => MONEY_WORD.test(w));
  // A section headed by the subject itself ("Hemlöshet") is where the report speaks of it.
  const headedBySubject = (hit: PassageHit) => {
    const words = nameWords(hit.heading ?? "").filter((word) => word.length > 2);
    return words.length > 0 && words.every((word) => stems.some((s) => stemIn(s, [word])));
  };
  const ranked = hits
    .map((hit) => ({
      hit,
      covered: coverage(hit) + (money && AMOUNT.test(hit.text) ? 1 : 0) + (headedBySubject(hit) ? 1 : 0),
    }))
    .sort((a, b) => b.covered - a.covered || b.hit.score - a.hit.score);
  // A passage must hold two of four or more stems: a long question is not answered by a passage that
  // shares one common word with it.
  const needed = stems.length >= 4 ? 2 : 1;
  const relevant = ranked.filter(({ hit }) => coverage(hit) >= needed);
  const chosen: PassageHit[] = [];
  const sameHeading = (hit: PassageHit) =>
    chosen.filter((c) => c.reportId === hit.reportId && c.heading !== null && c.heading === hit.heading).length;
  // Different places first: at most `perHeading` passages under one heading, then the rest in rank order.
  for (const { hit } of relevant) {
    if (chosen.length >= limit) break;
    if (sameHeading(hit) < perHeading) chosen.push(hit);
  }
  for (const { hit } of relevant) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(hit)) chosen.push(hit);
  }
  return chosen;
}
