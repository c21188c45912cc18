import {
  type Direction,
  type NumericMeasure,
  parseMeasure,
  type StatementVerdict,
  type StatusRule,
} from "@tertial/domain";

/** A printed number as the rule keeps it: "6,5 %" → { raw: "6,5 %", value: 6.5, unit: "%" }. */
export function printed(raw: string): NumericMeasure {
  const measure = parseMeasure(raw);
  if (measure === null || measure.value === null) throw new Error(`not a number: ${raw}`);
  return { raw: measure.raw, value: measure.value, unit: measure.unit };
}

/** A comparison of the forecast (or the final outcome) with the årsmål, as deriveStatus records it. */
export function numbersRule(
  value: string,
  target: string,
  direction: Direction,
  basis: "forecast" | "outcome" = "forecast",
): StatusRule {
  const [v, t] = [printed(value), printed(target)];
  const relation =
    direction === "band"
      ? Math.abs(v.value) <= Math.abs(t.value)
        ? "inside"
        : "outside"
      : v.value === t.value
        ? "equal"
        : v.value > t.value
          ? "above"
          : "below";
  const reaches =
    relation === "inside" || relation === "equal" || relation === (direction === "higher" ? "above" : "below");
  return {
    kind: "numbers",
    basis,
    compared: { value: v, target: t, relation, reaches },
    direction,
    outcomeShortOfTarget: null,
    alignedByRule: false,
  };
}

/** A clause of the analysis that decided. */
export function statementRule(verdict: StatementVerdict, phrase: string): StatusRule {
  return { kind: "statement", basis: "analysis", verdict, phrase, alignedByRule: false };
}

/** An årsmål with no forecast to compare it with. */
export function noForecastRule(target: string): StatusRule {
  return {
    kind: "no-basis",
    basis: null,
    reason: "nothing-to-compare",
    target: printed(target),
    missing: "forecast",
    alignedByRule: false,
  };
}
