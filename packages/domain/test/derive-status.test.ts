import { describe, expect, it } from "vitest";
import { deriveStatus, parseMeasure, StatusRule, type StatusInput } from "../src/index.ts";

function input(
  overrides: Partial<Omit<StatusInput, "outcome" | "forecast" | "annualTarget">> & {
    outcome?: string;
    forecast?: string;
    target?: string;
  },
): StatusInput {
  return {
    name: overrides.name ?? "Antal ungdomar som fått feriejobb",
    analysis: overrides.analysis ?? null,
    outcome: parseMeasure(overrides.outcome),
    forecast: parseMeasure(overrides.forecast),
    annualTarget: parseMeasure(overrides.target),
    period: overrides.period ?? "Tertial 1 2020",
    reportKind: overrides.reportKind ?? "T1",
    glyph: overrides.glyph ?? null,
    alignment: overrides.alignment ?? "exact",
  };
}

/** A printed number as a compared Measure: "25 st" → { raw: "25 st", value: 25, unit: "st" }. */
function n(raw: string) {
  const measure = parseMeasure(raw);
  if (measure?.value == null) throw new Error(`not a number: ${raw}`);
  return { raw: measure.raw, value: measure.value, unit: measure.unit };
}

function numbers(
  basis: "outcome" | "forecast",
  value: string,
  target: string,
  relation: string,
  reaches: boolean,
  direction: string,
  outcomeShortOfTarget: string | null = null,
) {
  return {
    kind: "numbers",
    basis,
    compared: { value: n(value), target: n(target), relation, reaches },
    direction,
    outcomeShortOfTarget: outcomeShortOfTarget === null ? null : n(outcomeShortOfTarget),
    alignedByRule: false,
  };
}

const statement = (verdict: string, phrase: string) => ({
  kind: "statement",
  basis: "analysis",
  verdict,
  phrase,
  alignedByRule: false,
});

describe("deriveStatus", () => {
  it.each([
    // forecast vs årsmål in a tertial report
    [
      { forecast: "25 st", target: "40 st" },
      "off-track",
      numbers("forecast", "25 st", "40 st", "below", false, "higher"),
    ],
    [{ forecast: "10", target: "10 st" }, "on-track", numbers("forecast", "10", "10 st", "equal", true, "higher")],
    [
      { name: "Sjukfrånvaro", forecast: "6,5 %", target: "5,5 %" },
      "off-track",
      numbers("forecast", "6,5 %", "5,5 %", "above", false, "lower"),
    ],
    [
      { name: "Sjukfrånvaro", forecast: "5,2 %", target: "5,5 %" },
      "on-track",
      numbers("forecast", "5,2 %", "5,5 %", "below", true, "lower"),
    ],
    // the pitfall: forecast meets the target while the period value is behind
    [
      { outcome: "62 %", forecast: "70 %", target: "70 %" },
      "on-track",
      numbers("forecast", "70 %", "70 %", "equal", true, "higher", "62 %"),
    ],
    [
      { name: "Sjukfrånvaro", outcome: "9,7 %", forecast: "8,5 %", target: "8,5 %" },
      "on-track",
      numbers("forecast", "8,5 %", "8,5 %", "equal", true, "lower", "9,7 %"),
    ],
    [
      { name: "Prognossäkerhet", outcome: "-3 %", forecast: "1 %", target: "+/- 1 %" },
      "on-track",
      numbers("forecast", "1 %", "+/- 1 %", "inside", true, "band", "-3 %"),
    ],
    // an outcome short of the target in another unit is not compared with it
    [
      { outcome: "3 st", forecast: "70 %", target: "70 %" },
      "on-track",
      numbers("forecast", "70 %", "70 %", "equal", true, "higher"),
    ],
    // band and ceiling targets
    [
      { name: "Prognossäkerhet", forecast: "-1 %", target: "+/- 1 %" },
      "on-track",
      numbers("forecast", "-1 %", "+/- 1 %", "inside", true, "band"),
    ],
    [
      { name: "Prognossäkerhet", forecast: "-2 %", target: "+/- 1 %" },
      "off-track",
      numbers("forecast", "-2 %", "+/- 1 %", "outside", false, "band"),
    ],
    [
      { name: "Antal personal", forecast: "11,9", target: "Max 10 personer" },
      "off-track",
      numbers("forecast", "11,9", "Max 10 personer", "above", false, "lower"),
    ],
    // final results: VB reports, VB periods and annual measurements with an outcome
    [
      { reportKind: "VB", period: "VB 2021", outcome: "86 %", target: "88 %" },
      "missed",
      numbers("outcome", "86 %", "88 %", "below", false, "higher"),
    ],
    [
      { period: "2020", outcome: "81", target: "82" },
      "missed",
      numbers("outcome", "81", "82", "below", false, "higher"),
    ],
    [
      { period: "2020", outcome: "83", target: "82", forecast: "80" },
      "met",
      numbers("outcome", "83", "82", "above", true, "higher"),
    ],
    // an explicit statement in the analysis wins
    [
      { forecast: "50", target: "40", analysis: "Årsmålet uppnås ej. Orsaken är …" },
      "off-track",
      statement("negative", "Årsmålet uppnås ej"),
    ],
    [
      { reportKind: "VB", period: "VB 2021", outcome: "50", target: "40", analysis: "Målet uppnåddes inte." },
      "missed",
      statement("negative", "Målet uppnåddes inte"),
    ],
    // numbers on the wrong side of the årsmål beat every other statement
    [
      { forecast: "30", target: "40", analysis: "Målet bedöms delvis kommer att uppnås." },
      "off-track",
      numbers("forecast", "30", "40", "below", false, "higher"),
    ],
    [
      { forecast: "30", target: "40", analysis: "Det är osäkert om målet nås." },
      "off-track",
      numbers("forecast", "30", "40", "below", false, "higher"),
    ],
    [
      { forecast: "30", target: "40", analysis: "Årsmålet uppnås." },
      "off-track",
      {
        kind: "numbers-over-statement",
        basis: "forecast",
        compared: { value: n("30"), target: n("40"), relation: "below", reaches: false },
        direction: "higher",
        verdict: "positive",
        phrase: "Årsmålet uppnås",
        alignedByRule: false,
      },
    ],
    [
      { reportKind: "VB", period: "VB 2021", outcome: "30", target: "40", analysis: "Målet uppnåddes." },
      "missed",
      {
        kind: "numbers-over-statement",
        basis: "outcome",
        compared: { value: n("30"), target: n("40"), relation: "below", reaches: false },
        direction: "higher",
        verdict: "positive",
        phrase: "Målet uppnåddes",
        alignedByRule: false,
      },
    ],
    // numbers that reach the årsmål beat an uncertain statement, not a partial one
    [
      { forecast: "40", target: "40", analysis: "Det är osäkert om målet nås." },
      "on-track",
      numbers("forecast", "40", "40", "equal", true, "higher"),
    ],
    [
      { forecast: "40", target: "40", analysis: "Målet bedöms delvis kommer att uppnås." },
      "at-risk",
      statement("partial", "Målet bedöms delvis kommer att uppnås"),
    ],
    // statements decide when there are no numbers
    [
      { target: "40", analysis: "Det är osäkert om målet nås." },
      "at-risk",
      statement("uncertain", "Det är osäkert om målet nås"),
    ],
    [
      { target: "40", analysis: "Årsmålet kommer inte att uppnås helt, trots insatserna." },
      "at-risk",
      statement("partial", "Årsmålet kommer inte att uppnås helt, trots insatserna"),
    ],
    [
      { reportKind: "VB", period: "VB 2021", target: "40", analysis: "Målet uppnåddes delvis." },
      "missed",
      statement("partial", "Målet uppnåddes delvis"),
    ],
    [{ target: "40", analysis: "Årsmålet uppnås." }, "on-track", statement("positive", "Årsmålet uppnås")],
    // a row aligned by rule says so
    [
      { forecast: "60", target: "75", alignment: "low" },
      "off-track",
      { ...numbers("forecast", "60", "75", "below", false, "higher"), alignedByRule: true },
    ],
    [
      { target: "40", analysis: "Årsmålet uppnås.", alignment: "low" },
      "on-track",
      { ...statement("positive", "Årsmålet uppnås"), alignedByRule: true },
    ],
    // nothing to judge by
    [
      { target: "Tas fram av nämnd" },
      "unknown",
      {
        kind: "no-basis",
        basis: null,
        reason: "target-not-a-number",
        target: { raw: "Tas fram av nämnd", value: null, unit: null },
        missing: null,
        alignedByRule: false,
      },
    ],
    [
      { outcome: "5" },
      "unknown",
      { kind: "no-basis", basis: null, reason: "no-target", target: null, missing: null, alignedByRule: false },
    ],
    [
      { outcome: "5", target: "10" },
      "unknown",
      {
        kind: "no-basis",
        basis: null,
        reason: "nothing-to-compare",
        target: n("10"),
        missing: "forecast",
        alignedByRule: false,
      },
    ],
    [
      { reportKind: "VB", period: "VB 2021", forecast: "5", target: "10" },
      "unknown",
      {
        kind: "no-basis",
        basis: null,
        reason: "nothing-to-compare",
        target: n("10"),
        missing: "outcome",
        alignedByRule: false,
      },
    ],
    [{ target: "65 %", glyph: "◆" }, "at-risk", { kind: "icon", basis: "icon", glyph: "◆", alignedByRule: false }],
  ] as const)("%j → %s", (overrides, status, rule) => {
    const result = deriveStatus(input(overrides));
    expect(result.status).toBe(status);
    expect(result.rule).toEqual(rule);
    expect(StatusRule.parse(result.rule)).toEqual(result.rule);
  });

  it("judges against the årsmål, never the KF target", () => {
    // N21: årsmål 0,8 % while the KF target is 2,7 %; only the årsmål is an input.
    const result = deriveStatus(
      input({ name: "Andel barn som lever i familjer som har ekonomiskt bistånd", forecast: "1 %", target: "0,8 %" }),
    );
    expect(result).toEqual({
      status: "off-track",
      rule: numbers("forecast", "1 %", "0,8 %", "above", false, "lower"),
      direction: "lower",
    });
  });
});
