import type { EngineData } from "../engine-data.ts";
import { normaliseName } from "../digest/match-key.ts";
import { translateSubject } from "./subject-synonyms.ts";

export type SubjectKind = "indicator" | "goal" | "budget";

export interface SubjectMatch {
  kind: SubjectKind;
  /** The catalogue name that matched best. */
  name: string;
  /** Every catalogue name that reads the same once case, diacritics and punctuation are ignored. */
  names: string[];
  score: number;
  exact: boolean;
}

const PREFERENCE: Readonly<Record<SubjectKind, number>> = { indicator: 0, budget: 1, goal: 2 };

/**
 * The catalogue entries a subject names, best first across kinds: an exact (folded) name beats a
 * fuzzy one, then the lower score, then indicator before budget row before goal.
 */
export function resolveSubject(
  subject: string,
  data: EngineData,
  kinds: readonly SubjectKind[] = ["indicator", "budget", "goal"],
): SubjectMatch[] {
  if (subject.trim() === "") return [];
  const query = translateSubject(subject);
  const matches: SubjectMatch[] = [];
  for (const kind of kinds) {
    const index = kind === "indicator" ? data.indicators : kind === "budget" ? data.budgetRows : data.goals;
    for (const hit of index.search(query, 5)) {
      const names = data.sameNames[kind].get(normaliseName(hit.name)) ?? [hit.name];
      matches.push({ kind, name: hit.name, names, score: hit.score, exact: hit.exact });
    }
  }
  return matches.sort(
    (a, b) => Number(b.exact) - Number(a.exact) || a.score - b.score || PREFERENCE[a.kind] - PREFERENCE[b.kind],
  );
}
