import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALIGNED_BY_RULE_NOTE, type Indicator, type ParsedReport } from "@tertial/domain";
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
const at = (file: string, line: number): Pick<Indicator, "name" | "status" | "statusReason"> | undefined => {
  const indicator = parsed(file).indicators.find((i) => i.source.line === line);
  return indicator && { name: indicator.name, status: indicator.status, statusReason: indicator.statusReason };
};

describe("status rules on the real reports", () => {
  it("a forecast worse than the årsmål is off track even when the analysis only fears it (S20 sick leave)", () => {
    expect([at(S20, 1650), at(S20, 1652)]).toEqual([
      { name: "Sjukfrånvaro", status: "off-track", statusReason: "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)" },
      {
        name: "Sjukfrånvaro dag 1-14",
        status: "off-track",
        statusReason: "prognos 1,9 % > årsmål 1,6 % (lägre är bättre)",
      },
    ]);
  });

  it("a positive statement with words inserted decides when there are no numbers (S20:833, S17:2752)", () => {
    expect(at(S20, 833)?.status).toBe("on-track");
    expect(at(S20, 833)?.statusReason).toBe(
      'analysen: "Förvaltningen bedömer att årsmålet trots detta kommer att uppnås"',
    );
    expect(at(S17, 2752)?.status).toBe("on-track");
    expect(at(S17, 2752)?.statusReason).toBe(
      'analysen: "varför förvaltningen räknar med att målet ska nås vid årets slut"',
    );
  });

  it('"det blir svårt att nå målet" is uncertain: at risk (S17:2824)', () => {
    expect(at(S17, 2824)).toEqual({
      name: "Andel inköpta ekologiska livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel",
      status: "at-risk",
      statusReason: 'analysen: "men förvaltningen bedömer att det blir svårt att nå målet på 40 %"',
    });
  });

  it('"inte … helt" is partial: at risk, never on track, quoted with its qualifier (S20:700)', () => {
    expect(at(S20, 700)?.status).toBe("at-risk");
    expect(at(S20, 700)?.statusReason).toBe('analysen: "prognosen är därför att årsmålet inte kommer att uppnås helt"');
  });

  it("quotes the whole clause that decided, trailing qualifiers included", () => {
    expect(at(S17, 333)?.statusReason).toBe(
      'analysen: "Enheten prognostiserar att årsmålet kommer att nås, trots stora omställningar"',
    );
    expect(at(N21, 1014)?.statusReason).toBe('analysen: "Den kommunala hemtjänsten når inte upp till målet"');
    expect(at(N21, 1536)).toMatchObject({
      status: "missed",
      statusReason: 'analysen: "Målet att uppnå 82 även detta år är därmed inte uppnått"',
    });
  });

  it("every N21 row aligned by rule says so in its status rule, and no other row does", () => {
    const noted = (file: string) =>
      parsed(file)
        .indicators.filter((i) => i.statusReason.endsWith(`; ${ALIGNED_BY_RULE_NOTE}`))
        .map((i) => i.source.line);
    expect(noted(N21)).toEqual([555, 556, 557, 751, 753, 754, 756, 757, 758, 1034, 1035, 1036, 1039]);
    expect(at(N21, 756)).toEqual({
      name: expect.stringMatching(/^Andel/),
      status: "off-track",
      statusReason: `prognos 60 < årsmål 75 (högre är bättre); ${ALIGNED_BY_RULE_NOTE}`,
    });
    expect([...noted(S20), ...noted(S17)]).toEqual([]);
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
