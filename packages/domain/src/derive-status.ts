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

/**
 * Decides whether an indicator is on track (report-format §3.5), in this order:
 * 1. an explicit statement in its Analys wins;
 * 2. a final result (VB report, "VB yyyy" period, or an annual measurement with an outcome) is
 *    compared with the årsmål: met / missed;
 * 3. in a tertial report the full-year forecast is compared with the årsmål: on-track / off-track;
 * 4. a surviving ◆ icon means at-risk; otherwise unknown.
 * The KF target is never used: the nämnd's årsmål is the yardstick.
 */
export function deriveStatus(input: StatusInput): StatusResult {
  const direction = directionOf(input.name, input.annualTarget);
  const isFinal = isFinalResult(input);
  const cue = findStatusCue(input.analysis);
  if (cue) {
    const quoted = `analysen: "${cue.phrase}"`;
    switch (cue.verdict) {
      case "negative":
        return { status: isFinal ? "missed" : "off-track", reason: quoted, direction };
      case "partial":
      case "uncertain":
        return { status: "at-risk", reason: quoted, direction };
      case "positive":
        return { status: isFinal ? "met" : "on-track", reason: quoted, direction };
    }
  }
  const target = input.annualTarget;
  if (isFinal && hasNumber(input.outcome) && hasNumber(target)) {
    const ok = reaches(input.outcome.value, target.value, direction);
    return { status: ok ? "met" : "missed", reason: compare("utfall", input.outcome, target, direction), direction };
  }
  if (!isFinal && hasNumber(input.forecast) && hasNumber(target)) {
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
    return { status: ok ? "on-track" : "off-track", reason, direction };
  }
  if (input.glyph === "◆") return { status: "at-risk", reason: "ikonen ◆ (uppfylls delvis)", direction };
  return { status: "unknown", reason: unknownReason(input, isFinal), direction };
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
