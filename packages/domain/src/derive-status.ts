import { directionOf } from "./direction-rules.ts";
import type { Measure } from "./measure.ts";
import type { ReportKind } from "./report.ts";
import type { Direction, Status } from "./status.ts";
import { findStatusCue } from "./status-cues.ts";

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
  /** The rule, in the report's language: "prognos 25 st < årsmål 40 st (högre är bättre)". */
  reason: string;
  direction: Direction;
}

const DIRECTION_TEXT: Record<Direction, string> = {
  higher: "högre är bättre",
  lower: "lägre är bättre",
  band: "inom intervallet",
};

/** Added to the reason of a row whose values were placed in their columns by rule. */
export const ALIGNED_BY_RULE_NOTE = "kolumnerna är placerade efter regel (raden har färre värden än kolumner)";

type Decision = Omit<StatusResult, "direction">;

/**
 * Decides whether an indicator is on track (docs/report-format.md §6), in this order:
 * 1. a negative statement in its Analys ("Årsmålet uppnås ej"): off-track, or missed for a final result;
 * 2. numbers on the wrong side of the årsmål (the final outcome of a VB report, a "VB yyyy" period or
 *    an annual measurement with an outcome; otherwise the full-year forecast): off-track / missed,
 *    whatever else the text says;
 * 3. a partial statement ("delvis", "inte … helt"): at-risk, or missed for a final result;
 * 4. a positive statement: on-track / met;
 * 5. numbers that reach the årsmål: on-track / met;
 * 6. an uncertain statement ("befaras", "svårt att nå", "osäkert om"): at-risk;
 * 7. a surviving ◆ icon: at-risk; otherwise unknown.
 * A statement is quoted as the whole clause that holds it. The KF target is never used: the nämnd's
 * årsmål is the yardstick. A row aligned by rule says so in its reason.
 */
export function deriveStatus(input: StatusInput): StatusResult {
  const direction = directionOf(input.name, input.annualTarget);
  const decision = decide(input, direction);
  const reason = input.alignment === "low" ? `${decision.reason}; ${ALIGNED_BY_RULE_NOTE}` : decision.reason;
  return { status: decision.status, reason, direction };
}

function decide(input: StatusInput, direction: Direction): Decision {
  const isFinal = isFinalResult(input);
  const cue = findStatusCue(input.analysis);
  const quoted = cue ? `analysen: "${cue.clause}"` : "";
  if (cue?.verdict === "negative") return { status: isFinal ? "missed" : "off-track", reason: quoted };
  const numbers = compareNumbers(input, isFinal, direction);
  if (numbers && !numbers.reaches) {
    const overruled = cue?.verdict === "positive" ? `; analysen säger ändå: "${cue.clause}"` : "";
    return { status: isFinal ? "missed" : "off-track", reason: numbers.reason + overruled };
  }
  if (cue?.verdict === "partial") return { status: isFinal ? "missed" : "at-risk", reason: quoted };
  if (cue?.verdict === "positive") return { status: isFinal ? "met" : "on-track", reason: quoted };
  if (numbers) return { status: isFinal ? "met" : "on-track", reason: numbers.reason };
  if (cue?.verdict === "uncertain") return { status: "at-risk", reason: quoted };
  if (input.glyph === "◆") return { status: "at-risk", reason: "ikonen ◆ (uppfylls delvis)" };
  return { status: "unknown", reason: unknownReason(input, isFinal) };
}

/**
 * The final outcome (for a final result) or the forecast against the årsmål, when both are numbers.
 * On the wrong side of the target, however little, is a miss: the values are compared as printed.
 */
function compareNumbers(
  input: StatusInput,
  isFinal: boolean,
  direction: Direction,
): { reaches: boolean; reason: string } | null {
  const target = input.annualTarget;
  if (!hasNumber(target)) return null;
  if (isFinal) {
    if (!hasNumber(input.outcome)) return null;
    return {
      reaches: reaches(input.outcome.value, target.value, direction),
      reason: compare("utfall", input.outcome, target, direction),
    };
  }
  if (!hasNumber(input.forecast)) return null;
  const ok = reaches(input.forecast.value, target.value, direction);
  let reason = compare("prognos", input.forecast, target, direction);
  if (
    ok &&
    hasNumber(input.outcome) &&
    !reaches(input.outcome.value, target.value, direction) &&
    isSameUnit(input.outcome, target)
  ) {
    reason += `; periodens utfall ${input.outcome.raw} ${OUTCOME_SHORT_OF_TARGET[direction]}`;
  }
  return { reaches: ok, reason };
}

/** The period's outcome has not reached the target yet (the forecast has): above it when lower is better. */
const OUTCOME_SHORT_OF_TARGET: Readonly<Record<Direction, string>> = {
  higher: "ligger ännu under målet",
  lower: "ligger ännu över målet",
  band: "ligger ännu utanför intervallet",
};

function isFinalResult(input: StatusInput): boolean {
  if (input.reportKind === "VB") return true;
  const period = (input.period ?? "").trim();
  if (/^VB\s*\d{4}$/i.test(period)) return true;
  return /^\d{4}$/.test(period) && hasNumber(input.outcome);
}

function hasNumber(measure: Measure | null): measure is Measure & { value: number } {
  return measure !== null && measure.value !== null;
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
  label: string,
  value: Measure & { value: number },
  target: Measure & { value: number },
  direction: Direction,
): string {
  if (direction === "band") {
    const inside = Math.abs(value.value) <= Math.abs(target.value);
    return `${label} ${value.raw} ${inside ? "inom" : "utanför"} årsmål ${target.raw}`;
  }
  const sign = value.value === target.value ? "=" : value.value > target.value ? ">" : "<";
  return `${label} ${value.raw} ${sign} årsmål ${target.raw} (${DIRECTION_TEXT[direction]})`;
}

function unknownReason(input: StatusInput, isFinal: boolean): string {
  if (input.annualTarget === null) return "inget årsmål angivet";
  if (input.annualTarget.value === null) return `årsmålet "${input.annualTarget.raw}" är inte ett tal`;
  return isFinal ? "inget utfall att jämföra med årsmålet" : "ingen prognos att jämföra med årsmålet";
}
