import type {
  Assessment,
  Compared,
  ComparedBasis,
  Direction,
  Measure,
  NoBasisReason,
  NumericMeasure,
  Status,
} from "@tertial/domain";
import type { Language } from "../answer.ts";

/** The labels an item's printed `values` go under, in the order items list them. */
export interface ValueLabels {
  outcome: string;
  men: string;
  women: string;
  /** The previous period's outcome, followed by that period's label ("utfall VB 2019"). */
  previous: string;
  forecast: string;
  target: string;
  kfTarget: string;
  period: string;
  goal: string;
  assessment: string;
  deviation: string;
  dates: string;
  analysis: string;
  amount: string;
  table: string;
  requestText: string;
}

/**
 * How a language words a StatusRule (domain status-rule.ts), piece by piece; renderStatusRule joins
 * the pieces. Everything quoted from the report (the clause, the printed values) is passed in as printed.
 */
export interface RulePhrases {
  /** "prognos 25 st < årsmål 40 st (högre är bättre)", "prognos 1 % inom årsmål +/- 1 %". */
  compared(basis: ComparedBasis, compared: Compared, direction: Direction): string;
  /** The period's outcome that has not reached the target yet, though the forecast has. */
  outcomeShortOfTarget(outcome: NumericMeasure, direction: Direction): string;
  /** The clause of the analysis that decided: `analysen: "…"`. */
  statement(phrase: string): string;
  /** A positive clause the numbers overruled. */
  overruledStatement(phrase: string): string;
  /** The ◆ glyph that decided. */
  icon(glyph: string): string;
  /** Why there was nothing to judge by. */
  noBasis(reason: NoBasisReason, target: Measure | null, missing: ComparedBasis | null): string;
  /** Said of a row whose values were placed in their columns by rule. */
  alignedByRule: string;
}

/** The fixed words renderText puts around the items. */
export interface TextPhrases {
  source: string;
  didYouMean: string;
  /** The heading of a quoted passage without a heading of its own. */
  fromTheText: string;
  /** The first column of a comparison across organisations. */
  committee: string;
  /** The column of a trend's or comparison's table that holds each status's rule. */
  rule: string;
  /** The note after a list cut at `shown` items. */
  moreItems(rest: number, total: number): string;
}

/**
 * One language's words for answers: the status vocabulary, assessments, value labels, the status rule
 * and renderText's fixed words. `sv.ts` and `en.ts` each implement it, so a phrase missing in one
 * language does not compile.
 */
export interface PhrasePack {
  language: Language;
  status: Readonly<Record<Status, string>>;
  assessment: Readonly<Record<Assessment, string>>;
  valueLabel: Readonly<ValueLabels>;
  rule: Readonly<RulePhrases>;
  text: Readonly<TextPhrases>;
}
