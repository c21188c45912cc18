import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Indicator, type ParsedReport, StatusRule } from "@tertial/domain";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/index.ts";

const S20 = "socialnamnden-t1-2020.txt";
const S17 = "socialnamnden-t1-2017.txt";
const N21 = "norrmalm-t2-2021.txt";
const reports = new Map<string, ParsedReport>();
const parsed = (file: string): ParsedReport => {
  const cached = reports.get(file);
  if (cached) return cached;
  const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8");
  const report = parseReport(text, { file, checksum: "a".repeat(64) });
  reports.set(file, report);
  return report;
};
const at = (file: string, line: number): Pick<Indicator, "name" | "status" | "statusRule"> | undefined => {
  const indicator = parsed(file).indicators.find((i) => i.source.line === line);
  return indicator && { name: indicator.name, status: indicator.status, statusRule: indicator.statusRule };
};
const ruleAt = (file: string, line: number): StatusRule | undefined => at(file, line)?.statusRule;
const statement = (verdict: string, phrase: string, alignedByRule = false) => ({
  kind: "statement",
  basis: "analysis",
  verdict,
  phrase,
  alignedByRule,
});
const measure = (raw: string, value: number, unit: string | null) => ({ raw, value, unit });

describe("status rules on the real reports", () => {
  it("a forecast worse than the årsmål is off track even when the analysis only fears it (S20 sick leave)", () => {
    expect([at(S20, 1650), at(S20, 1652)]).toEqual([
      {
        name: "Sjukfrånvaro",
        status: "off-track",
        statusRule: {
          kind: "numbers",
          basis: "forecast",
          compared: {
            value: measure("6,5 %", 6.5, "%"),
            target: measure("5,5 %", 5.5, "%"),
            relation: "above",
            reaches: false,
          },
          direction: "lower",
          outcomeShortOfTarget: null,
          alignedByRule: false,
        },
      },
      {
        name: "Sjukfrånvaro dag 1-14",
        status: "off-track",
        statusRule: {
          kind: "numbers",
          basis: "forecast",
          compared: {
            value: measure("1,9 %", 1.9, "%"),
            target: measure("1,6 %", 1.6, "%"),
            relation: "above",
            reaches: false,
          },
          direction: "lower",
          outcomeShortOfTarget: null,
          alignedByRule: false,
        },
      },
    ]);
  });

  it("a forecast that reaches the årsmål while the period's outcome does not yet keeps that outcome (N21:1544)", () => {
    expect(at(N21, 1544)).toEqual({
      name: "Sjukfrånvaro",
      status: "on-track",
      statusRule: {
        kind: "numbers",
        basis: "forecast",
        compared: {
          value: measure("8,5 %", 8.5, "%"),
          target: measure("8,5 %", 8.5, "%"),
          relation: "equal",
          reaches: true,
        },
        direction: "lower",
        outcomeShortOfTarget: measure("9,7 %", 9.7, "%"),
        alignedByRule: false,
      },
    });
  });

  it("an annual measurement with an outcome is a final result: its outcome is the basis (N21:548, N21:590)", () => {
    expect([at(N21, 548)?.status, ruleAt(N21, 548), at(N21, 590)?.status, ruleAt(N21, 590)]).toEqual([
      "missed",
      {
        kind: "numbers",
        basis: "outcome",
        compared: {
          value: measure("86 %", 86, "%"),
          target: measure("88 %", 88, "%"),
          relation: "below",
          reaches: false,
        },
        direction: "higher",
        outcomeShortOfTarget: null,
        alignedByRule: false,
      },
      "met",
      {
        kind: "numbers",
        basis: "outcome",
        compared: {
          value: measure("82,02 %", 82.02, "%"),
          target: measure("82 %", 82, "%"),
          relation: "above",
          reaches: true,
        },
        direction: "higher",
        outcomeShortOfTarget: null,
        alignedByRule: false,
      },
    ]);
  });

  it("a positive statement with words inserted decides when there are no numbers (S20:833, S17:2752)", () => {
    expect(at(S20, 833)?.status).toBe("on-track");
    expect(ruleAt(S20, 833)).toEqual(
      statement("positive", "Förvaltningen bedömer att årsmålet trots detta kommer att uppnås"),
    );
    expect(at(S17, 2752)?.status).toBe("on-track");
    expect(ruleAt(S17, 2752)).toEqual(
      statement("positive", "varför förvaltningen räknar med att målet ska nås vid årets slut"),
    );
  });

  it('"det blir svårt att nå målet" is uncertain: at risk (S17:2824)', () => {
    expect(at(S17, 2824)).toEqual({
      name: "Andel inköpta ekologiska livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel",
      status: "at-risk",
      statusRule: statement("uncertain", "men förvaltningen bedömer att det blir svårt att nå målet på 40 %"),
    });
  });

  it('"inte … helt" is partial: at risk, never on track, quoted with its qualifier (S20:700)', () => {
    expect(at(S20, 700)?.status).toBe("at-risk");
    expect(ruleAt(S20, 700)).toEqual(
      statement("partial", "prognosen är därför att årsmålet inte kommer att uppnås helt"),
    );
  });

  it("quotes the whole clause that decided, trailing qualifiers included", () => {
    expect(ruleAt(S17, 333)).toEqual(
      statement("positive", "Enheten prognostiserar att årsmålet kommer att nås, trots stora omställningar"),
    );
    expect(ruleAt(N21, 1014)).toEqual(statement("negative", "Den kommunala hemtjänsten når inte upp till målet"));
    expect(at(N21, 1536)).toMatchObject({
      status: "missed",
      statusRule: statement("negative", "Målet att uppnå 82 även detta år är därmed inte uppnått"),
    });
  });

  it("the surviving ◆ icon decides when nothing else does (N21:1570)", () => {
    expect(at(N21, 1570)?.status).toBe("at-risk");
    expect(ruleAt(N21, 1570)).toEqual({ kind: "icon", basis: "icon", glyph: "◆", alignedByRule: false });
  });

  it("with nothing to judge by, the rule says why: no årsmål (N21:228) or no forecast to compare with it (N21:397)", () => {
    expect([at(N21, 228)?.status, ruleAt(N21, 228), at(N21, 397)?.status, ruleAt(N21, 397)]).toEqual([
      "unknown",
      { kind: "no-basis", basis: null, reason: "no-target", target: null, missing: null, alignedByRule: false },
      "unknown",
      {
        kind: "no-basis",
        basis: null,
        reason: "nothing-to-compare",
        target: measure("86 %", 86, "%"),
        missing: "forecast",
        alignedByRule: false,
      },
    ]);
  });

  it("every N21 row aligned by rule says so in its status rule, and no other row does", () => {
    const noted = (file: string) =>
      parsed(file)
        .indicators.filter((i) => i.statusRule.alignedByRule)
        .map((i) => i.source.line);
    expect(noted(N21)).toEqual([555, 556, 557, 751, 753, 754, 756, 757, 758, 1034, 1035, 1036, 1039]);
    expect(at(N21, 756)).toEqual({
      name: expect.stringMatching(/^Andel/),
      status: "off-track",
      statusRule: {
        kind: "numbers",
        basis: "forecast",
        compared: {
          value: measure("60", 60, null),
          target: measure("75", 75, null),
          relation: "below",
          reaches: false,
        },
        direction: "higher",
        outcomeShortOfTarget: null,
        alignedByRule: true,
      },
    });
    expect([...noted(S20), ...noted(S17)]).toEqual([]);
  });

  it("every rule satisfies the StatusRule schema and agrees with its status", () => {
    for (const file of [S20, S17, N21]) {
      for (const i of parsed(file).indicators) {
        const rule = i.statusRule;
        expect(StatusRule.parse(rule)).toEqual(rule);
        const good = i.status === "on-track" || i.status === "met";
        if (rule.kind === "numbers") expect([i.source.line, rule.compared.reaches]).toEqual([i.source.line, good]);
        if (rule.kind === "no-basis") expect([i.source.line, i.status]).toEqual([i.source.line, "unknown"]);
        if (rule.kind === "icon") expect([i.source.line, i.status]).toEqual([i.source.line, "at-risk"]);
      }
    }
  });

  it("no numeric forecast worse than its årsmål is on track in any of the three reports", () => {
    for (const file of [S20, S17, N21]) {
      const worse = parsed(file).indicators.filter((i) => {
        const forecast = i.forecast?.value;
        const target = i.annualTarget?.value;
        if (forecast == null || target == null || i.direction === "band") return false;
        return i.direction === "higher" ? forecast < target : forecast > target;
      });
      expect(worse.length).toBeGreaterThan(0);
      expect(worse.filter((i) => i.status === "on-track" || i.status === "met")).toEqual([]);
    }
  });
});
