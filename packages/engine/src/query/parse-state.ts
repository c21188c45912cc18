import type { Language } from "../answer.ts";
import type { OrganisationResolver } from "../catalogue/resolve-organisation.ts";
import type { Signal } from "./lexicon.ts";
import type { DateCondition, PeriodSpec } from "./query.ts";
import type { Token } from "./tokens.ts";

/** A signal with where it stood in the question (its first word). */
export interface Finding {
  signal: Signal;
  at: number;
}

/** What the recognisers read from one question; each takes its own words and marks them used. */
export interface ParseState {
  readonly tokens: readonly Token[];
  readonly organisationsKnown: OrganisationResolver;
  readonly used: Set<number>;
  /** Words taken by topical signals ("underskott", "investeringar"): the prose is searched by them too. */
  readonly topical: Set<number>;
  findings: Finding[];
  organisations: string[];
  /** Stockholm committees named that have no loaded report. */
  unloaded: string[];
  fuzzyOrganisation: boolean;
  periods: PeriodSpec[];
  goalCodes: { code: string; at: number }[];
  dates: DateCondition[];
  language: Language;
}

/** One kind of phrase: reads the tokens not yet used and records what it finds. */
export type Recogniser = (state: ParseState) => void;

export function take(state: ParseState, start: number, end: number): void {
  for (let i = start; i < end; i += 1) state.used.add(i);
}

export function isFree(state: ParseState, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (state.used.has(i)) return false;
  return true;
}
