import { directionOf } from "./direction-rules.ts";
import type { Measure } from "./measure.ts";
import type { ReportKind } from "./report.ts";
import type { Direction, Status } from "./status.ts";
import { findStatusCue } from "./status-cues.ts";
import type { Compared, NumericMeasure, Relation, StatusRule } from "./status-rule.ts";

export interface StatusInput {
  name: string;
  analysis: string | null;
  outcome: Measure | null;
  forecast: Measure | null;
  annualTarget: Measure | null;
  /** The indicator's Period cell ("Tertial 1 2020", "2021", "VB 2019"). */
  period: string | null;
  reportKind: ReportKind;
  glyph: string | null;
  /** "low" when the row's values were placed in their columns by rule rather than read as printed. */
  alignment: "exact" | "low";
}

export interface StatusResult {
  status: Status;
  /** The rule that decided, as data (status-rule.ts); the engine's renderers word it. */
  rule: StatusRule;
  direction: Direction;
}

/** A rule as decide() makes it; deriveStatus adds whether the row was aligned by rule. */
type RuleOf<T> = T extends StatusRule ? Omit<T, "alignedByRule"> : never;
type Decision = { status: Status; rule: RuleOf<StatusRule> };

/**
 * Decides whether an indicator is on track (docs/report-format.md §6), in this order:
 * 1. a negative statement in its Analys ("Årsmålet uppnås ej"): off-track, or missed for a final result;
 * 2. numbers on the wrong side of the årsmål (the final outcome of a VB report, a "VB yyyy" period or
 *    an annual measurement with an outcome; otherwise the full-year forecast): off-track / missed,
 *    whatever else the text says (a positive statement they overrule is kept with them);
 * 3. a partial statement ("delvis", "inte … helt"): at-risk, or missed for a final result;
 * 4. a positive statement: on-track / met;
 * 5. numbers that reach the årsmål: on-track / met;
 * 6. an uncertain statement ("befaras", "svårt att nå", "osäkert om"): at-risk;
 * 7. a surviving ◆ icon: at-risk; otherwise unknown.
 * A statement is quoted as the whole clause that holds it. The KF target is never used: the nämnd's
 * årsmål is the yardstick. A row aligned by rule says so in its rule (`alignedByRule`).
 */
export function deriveStatus(input: StatusInput): StatusResult {
  const direction = directionOf(input.name, input.annualTarget);
  const decision = decide(input, direction);
  const rule: StatusRule = { ...decision.rule, alignedByRule: input.alignment === "low" };
  return { status: decision.status, rule, direction };
}

function decide(input: StatusInput, direction: Direction): Decision {
  const isFinal = isFinalResult(input);
  const cue = findStatusCue(input.analysis);
  const statement =
    cue && ({ kind: "statement", basis: "analysis", verdict: cue.verdict, phrase: cue.clause } as const);
  if (statement?.verdict === "negative") return { status: isFinal ? "missed" : "off-track", rule: statement };
  const numbers = compareNumbers(input, isFinal, direction);
  if (numbers && !numbers.compared.reaches) {
    const status = isFinal ? "missed" : "off-track";
    if (statement?.verdict !== "positive") return { status, rule: numbers };
    const { basis, compared } = numbers;
    const overruled = { kind: "numbers-over-statement", basis, compared, direction } as const;
    return { status, rule: { ...overruled, verdict: "positive", phrase: statement.phrase } };
  }
  if (statement?.verdict === "partial") return { status: isFinal ? "missed" : "at-risk", rule: statement };
  if (statement?.verdict === "positive") return { status: isFinal ? "met" : "on-track", rule: statement };
  if (numbers) return { status: isFinal ? "met" : "on-track", rule: numbers };
  if (statement?.verdict === "uncertain") return { status: "at-risk", rule: statement };
  if (input.glyph === "◆") return { status: "at-risk", rule: { kind: "icon", basis: "icon", glyph: "◆" } };
  return { status: "unknown", rule: noBasis(input, isFinal) };
}

type NumbersRule = RuleOf<Extract<StatusRule, { kind: "numbers" }>>;

/**
 * The final outcome (for a final result) or the forecast against the årsmål, when both are numbers.
 * On the wrong side of the target, however little, is a miss: the values are compared as printed.
 */
function compareNumbers(input: StatusInput, isFinal: boolean, direction: Direction): NumbersRule | null {
  const target = input.annualTarget;
  if (!hasNumber(target)) return null;
  if (isFinal) {
    if (!hasNumber(input.outcome)) return null;
    return {
      kind: "numbers",
      basis: "outcome",
      compared: compare(input.outcome, target, direction),
      direction,
      outcomeShortOfTarget: null,
    };
  }
  if (!hasNumber(input.forecast)) return null;
  const compared = compare(input.forecast, target, direction);
  const outcome = input.outcome;
  const outcomeShort =
    compared.reaches &&
    hasNumber(outcome) &&
    !reaches(outcome.value, target.value, direction) &&
    isSameUnit(outcome, target);
  return {
    kind: "numbers",
    basis: "forecast",
    compared,
    direction,
    outcomeShortOfTarget: outcomeShort ? numeric(outcome) : null,
  };
}

function isFinalResult(input: StatusInput): boolean {
  if (input.reportKind === "VB") return true;
  const period = (input.period ?? "").trim();
  if (/^VB\s*\d{4}$/i.test(period)) return true;
  return /^\d{4}$/.test(period) && hasNumber(input.outcome);
}

function hasNumber(measure: Measure | null): measure is Measure & { value: number } {
  return measure !== null && measure.value !== null;
}

/** A copy holding only the Measure's own fields. */
function numeric(measure: Measure & { value: number }): NumericMeasure {
  return { raw: measure.raw, value: measure.value, unit: measure.unit };
}

function isSameUnit(a: Measure, b: Measure): boolean {
  return a.unit === b.unit || a.unit === null || b.unit === null;
}

function reaches(value: number, target: number, direction: Direction): boolean {
  switch (direction) {
    case "higher":
      return value >= target;
    case "lower":
      return value <= target;
    case "band":
      return Math.abs(value) <= Math.abs(target);
  }
}

function compare(
  value: Measure & { value: number },
  target: Measure & { value: number },
  direction: Direction,
): Compared {
  const ok = reaches(value.value, target.value, direction);
  const relation: Relation =
    direction === "band"
      ? ok
        ? "inside"
        : "outside"
      : value.value === target.value
        ? "equal"
        : value.value > target.value
          ? "above"
          : "below";
  return { value: numeric(value), target: numeric(target), relation, reaches: ok };
}

function noBasis(input: StatusInput, isFinal: boolean): RuleOf<Extract<StatusRule, { kind: "no-basis" }>> {
  const target = input.annualTarget;
  const base = { kind: "no-basis" as const, basis: null };
  if (target === null) return { ...base, reason: "no-target", target: null, missing: null };
  if (target.value === null) return { ...base, reason: "target-not-a-number", target, missing: null };
  return { ...base, reason: "nothing-to-compare", target, missing: isFinal ? "outcome" : "forecast" };
}
