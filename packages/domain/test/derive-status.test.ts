import { describe, expect, it } from "vitest";
import { deriveStatus, parseMeasure, type StatusInput } from "../src/index.ts";

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

describe("deriveStatus", () => {
  it.each([
    // forecast vs årsmål in a tertial report
    [{ forecast: "25 st", target: "40 st" }, "off-track", "prognos 25 st < årsmål 40 st (högre är bättre)"],
    [{ forecast: "10", target: "10 st" }, "on-track", "prognos 10 = årsmål 10 st (högre är bättre)"],
    [
      { name: "Sjukfrånvaro", forecast: "6,5 %", target: "5,5 %" },
      "off-track",
      "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
    ],
    [
      { name: "Sjukfrånvaro", forecast: "5,2 %", target: "5,5 %" },
      "on-track",
      "prognos 5,2 % < årsmål 5,5 % (lägre är bättre)",
    ],
    // the pitfall: forecast meets the target while the period value is behind
    [
      { outcome: "62 %", forecast: "70 %", target: "70 %" },
      "on-track",
      "prognos 70 % = årsmål 70 % (högre är bättre); periodens utfall 62 % ligger ännu under målet",
    ],
    [
      { name: "Sjukfrånvaro", outcome: "9,7 %", forecast: "8,5 %", target: "8,5 %" },
      "on-track",
      "prognos 8,5 % = årsmål 8,5 % (lägre är bättre); periodens utfall 9,7 % ligger ännu över målet",
    ],
    [
      { name: "Prognossäkerhet", outcome: "-3 %", forecast: "1 %", target: "+/- 1 %" },
      "on-track",
      "prognos 1 % inom årsmål +/- 1 %; periodens utfall -3 % ligger ännu utanför intervallet",
    ],
    // band and ceiling targets
    [{ name: "Prognossäkerhet", forecast: "-1 %", target: "+/- 1 %" }, "on-track", "prognos -1 % inom årsmål +/- 1 %"],
    [
      { name: "Prognossäkerhet", forecast: "-2 %", target: "+/- 1 %" },
      "off-track",
      "prognos -2 % utanför årsmål +/- 1 %",
    ],
    [
      { name: "Antal personal", forecast: "11,9", target: "Max 10 personer" },
      "off-track",
      "prognos 11,9 > årsmål Max 10 personer (lägre är bättre)",
    ],
    // final results: VB reports, VB periods and annual measurements with an outcome
    [
      { reportKind: "VB", period: "VB 2021", outcome: "86 %", target: "88 %" },
      "missed",
      "utfall 86 % < årsmål 88 % (högre är bättre)",
    ],
    [{ period: "2020", outcome: "81", target: "82" }, "missed", "utfall 81 < årsmål 82 (högre är bättre)"],
    [{ period: "2020", outcome: "83", target: "82", forecast: "80" }, "met", "utfall 83 > årsmål 82 (högre är bättre)"],
    // an explicit statement in the analysis wins
    [
      { forecast: "50", target: "40", analysis: "Årsmålet uppnås ej. Orsaken är …" },
      "off-track",
      'analysen: "Årsmålet uppnås ej"',
    ],
    [
      { reportKind: "VB", period: "VB 2021", outcome: "50", target: "40", analysis: "Målet uppnåddes inte." },
      "missed",
      'analysen: "Målet uppnåddes inte"',
    ],
    // numbers on the wrong side of the årsmål beat every other statement
    [
      { forecast: "30", target: "40", analysis: "Målet bedöms delvis kommer att uppnås." },
      "off-track",
      "prognos 30 < årsmål 40 (högre är bättre)",
    ],
    [
      { forecast: "30", target: "40", analysis: "Det är osäkert om målet nås." },
      "off-track",
      "prognos 30 < årsmål 40 (högre är bättre)",
    ],
    [
      { forecast: "30", target: "40", analysis: "Årsmålet uppnås." },
      "off-track",
      'prognos 30 < årsmål 40 (högre är bättre); analysen säger ändå: "Årsmålet uppnås"',
    ],
    // numbers that reach the årsmål beat an uncertain statement, not a partial one
    [
      { forecast: "40", target: "40", analysis: "Det är osäkert om målet nås." },
      "on-track",
      "prognos 40 = årsmål 40 (högre är bättre)",
    ],
    [
      { forecast: "40", target: "40", analysis: "Målet bedöms delvis kommer att uppnås." },
      "at-risk",
      'analysen: "Målet bedöms delvis kommer att uppnås"',
    ],
    // statements decide when there are no numbers
    [{ target: "40", analysis: "Det är osäkert om målet nås." }, "at-risk", 'analysen: "Det är osäkert om målet nås"'],
    [
      { target: "40", analysis: "Årsmålet kommer inte att uppnås helt, trots insatserna." },
      "at-risk",
      'analysen: "Årsmålet kommer inte att uppnås helt, trots insatserna"',
    ],
    [
      { reportKind: "VB", period: "VB 2021", target: "40", analysis: "Målet uppnåddes delvis." },
      "missed",
      'analysen: "Målet uppnåddes delvis"',
    ],
    [{ target: "40", analysis: "Årsmålet uppnås." }, "on-track", 'analysen: "Årsmålet uppnås"'],
    // a row aligned by rule says so
    [
      { forecast: "60", target: "75", alignment: "low" },
      "off-track",
      "prognos 60 < årsmål 75 (högre är bättre); kolumnerna är placerade efter regel (raden har färre värden än kolumner)",
    ],
    // nothing to judge by
    [{ target: "Tas fram av nämnd" }, "unknown", 'årsmålet "Tas fram av nämnd" är inte ett tal'],
    [{ outcome: "5" }, "unknown", "inget årsmål angivet"],
    [{ outcome: "5", target: "10" }, "unknown", "ingen prognos att jämföra med årsmålet"],
    [{ target: "65 %", glyph: "◆" }, "at-risk", "ikonen ◆ (uppfylls delvis)"],
  ] as const)("%j → %s", (overrides, status, reason) => {
    const result = deriveStatus(input(overrides));
    expect(result.status).toBe(status);
    expect(result.reason).toBe(reason);
  });

  it("judges against the årsmål, never the KF target", () => {
    // N21: årsmål 0,8 % while the KF target is 2,7 %; only the årsmål is an input.
    const result = deriveStatus(
      input({ name: "Andel barn som lever i familjer som har ekonomiskt bistånd", forecast: "1 %", target: "0,8 %" }),
    );
    expect(result).toEqual({
      status: "off-track",
      reason: "prognos 1 % > årsmål 0,8 % (lägre är bättre)",
      direction: "lower",
    });
  });
});
