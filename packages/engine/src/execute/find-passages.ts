import { type PassageHit, searchPassages } from "@tertial/store";
import { nameWords, stemIn } from "../text/subject-words.ts";
import type { RunContext } from "./run-context.ts";

/**
 * The passages best answering the subject in the given reports: bm25 over every stem (as a prefix),
 * then those holding more of the subject's stems first. Adjacent passages of one report are kept
 * once (the better one), so the answer quotes different places.
 */
export function findPassages(ctx: RunContext, reportIds: readonly number[], limit: number): PassageHit[] {
  const stems = ctx.stems.filter((s) => s.length >= 3);
  if (stems.length === 0 || reportIds.length === 0) return [];
  const terms = stems.map((s) => (s.length >= 4 ? `${s}*` : s));
  const hits = searchPassages(ctx.db, terms, { reportIds, limit: Math.max(limit * 6, 24) });
  const coverage = (hit: PassageHit) => {
    const words = nameWords(`${hit.heading ?? ""} ${hit.text}`);
    return stems.filter((s) => stemIn(s, words)).length;
  };
  const ranked = hits
    .map((hit) => ({ hit, covered: coverage(hit) }))
    .sort((a, b) => b.covered - a.covered || b.hit.score - a.hit.score);
  const chosen: PassageHit[] = [];
  for (const { hit } of ranked) {
    const near = chosen.some(
      (c) => c.reportId === hit.reportId && Math.abs(c.source.line - hit.source.line) <= 2 && c.heading === hit.heading,
    );
    if (!near) chosen.push(hit);
    if (chosen.length >= limit) break;
  }
  return chosen;
}
