import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deriveStatus, parseMeasure, type StatusInput, type StatusRule } from "@tertial/domain";
import { findIndicators, type IndicatorRecord } from "@tertial/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine, renderStatusRule } from "../src/index.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

/** Every indicator rule of data/reports in Swedish, as the parser worded it when the rule was prose. */
const PROSE_BEFORE: Record<string, string> = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "status-rules-sv.json"), "utf8"),
);

let real: Awaited<ReturnType<typeof openRealReportsDb>>;
let engine: Engine;
let rows: IndicatorRecord[];
beforeAll(async () => {
  real = await openRealReportsDb();
  engine = createEngine(real.db);
  rows = findIndicators(real.db, {});
});
afterAll(() => real.close());

const where = (row: IndicatorRecord) => `${row.source.file}:${row.source.line}`;
const ruleAt = (file: string, line: number): StatusRule => {
  const row = rows.find((r) => r.source.file === file && r.source.line === line);
  if (row === undefined) throw new Error(`no indicator at ${file}:${line}`);
  return row.statusRule;
};
const N21 = "norrmalm-t2-2021.txt";
const S20 = "socialnamnden-t1-2020.txt";

/** A rule deriveStatus gives for a made-up row (kinds the three real reports do not hold). */
type Printed = { forecast?: string; target?: string; outcome?: string };
function derived(overrides: Partial<Omit<StatusInput, "outcome" | "forecast" | "annualTarget">> & Printed) {
  return deriveStatus({
    name: "Antal ungdomar som fått feriejobb",
    analysis: null,
    period: "Tertial 1 2020",
    reportKind: "T1",
    glyph: null,
    alignment: "exact",
    ...overrides,
    outcome: parseMeasure(overrides.outcome),
    forecast: parseMeasure(overrides.forecast),
    annualTarget: parseMeasure(overrides.target),
  }).rule;
}

describe("renderStatusRule", () => {
  it.each([
    [
      "numbers: the forecast, with the period's outcome still short (N21:1544)",
      () => ruleAt(N21, 1544),
      "prognos 8,5 % = årsmål 8,5 % (lägre är bättre); periodens utfall 9,7 % ligger ännu över målet",
      "forecast 8,5 % = target 8,5 % (lower is better); the period's outcome 9,7 % is still above the target",
    ],
    [
      "numbers: a final outcome (N21:548)",
      () => ruleAt(N21, 548),
      "utfall 86 % < årsmål 88 % (högre är bättre)",
      "outcome 86 % < target 88 % (higher is better)",
    ],
    [
      "numbers: a forecast on the wrong side (S20:1650)",
      () => ruleAt(S20, 1650),
      "prognos 6,5 % > årsmål 5,5 % (lägre är bättre)",
      "forecast 6,5 % > target 5,5 % (lower is better)",
    ],
    [
      "numbers: inside a band",
      () => derived({ name: "Prognossäkerhet", outcome: "-3 %", forecast: "1 %", target: "+/- 1 %" }),
      "prognos 1 % inom årsmål +/- 1 %; periodens utfall -3 % ligger ännu utanför intervallet",
      "forecast 1 % within the target band +/- 1 %; the period's outcome -3 % is still outside the band",
    ],
    [
      "numbers: outside a band",
      () => derived({ name: "Prognossäkerhet", forecast: "-2 %", target: "+/- 1 %" }),
      "prognos -2 % utanför årsmål +/- 1 %",
      "forecast -2 % outside the target band +/- 1 %",
    ],
    [
      "numbers over a positive statement",
      () => derived({ forecast: "30", target: "40", analysis: "Årsmålet uppnås." }),
      'prognos 30 < årsmål 40 (högre är bättre); analysen säger ändå: "Årsmålet uppnås"',
      'forecast 30 < target 40 (higher is better); though the analysis says: "Årsmålet uppnås"',
    ],
    [
      "statement (S20:700)",
      () => ruleAt(S20, 700),
      'analysen: "prognosen är därför att årsmålet inte kommer att uppnås helt"',
      'the analysis says: "prognosen är därför att årsmålet inte kommer att uppnås helt"',
    ],
    [
      "statement on a row aligned by rule (N21:751)",
      () => ruleAt(N21, 751),
      'analysen: "Förvaltningen prognostiserar att årsmålet delvis kommer att uppnås mot bakgrund av föregående års resultat"; kolumnerna är placerade efter regel (raden har färre värden än kolumner)',
      'the analysis says: "Förvaltningen prognostiserar att årsmålet delvis kommer att uppnås mot bakgrund av föregående års resultat"; the columns were placed by rule (the row has fewer values than columns)',
    ],
    ["icon (N21:1570)", () => ruleAt(N21, 1570), "ikonen ◆ (uppfylls delvis)", "the icon ◆ (partially met)"],
    ["no basis: no target (N21:228)", () => ruleAt(N21, 228), "inget årsmål angivet", "no target given"],
    [
      "no basis: nothing to compare, aligned by rule (N21:557)",
      () => ruleAt(N21, 557),
      "ingen prognos att jämföra med årsmålet; kolumnerna är placerade efter regel (raden har färre värden än kolumner)",
      "no forecast to compare with the target; the columns were placed by rule (the row has fewer values than columns)",
    ],
    [
      "no basis: no final outcome to compare",
      () => derived({ reportKind: "VB", period: "VB 2021", forecast: "5", target: "10" }),
      "inget utfall att jämföra med årsmålet",
      "no outcome to compare with the target",
    ],
    [
      "no basis: a target that is not a number",
      () => derived({ target: "Tas fram av nämnd" }),
      'årsmålet "Tas fram av nämnd" är inte ett tal',
      'the target "Tas fram av nämnd" is not a number',
    ],
  ])("%s", (_, rule, sv, en) => {
    expect([renderStatusRule(rule(), "sv"), renderStatusRule(rule(), "en")]).toEqual([sv, en]);
  });

  it("words every rule of the real reports in Swedish exactly as the parser did when the rule was prose", () => {
    expect(rows).toHaveLength(Object.keys(PROSE_BEFORE).length);
    expect(Object.fromEntries(rows.map((row) => [where(row), renderStatusRule(row.statusRule, "sv")]))).toEqual(
      PROSE_BEFORE,
    );
  });

  it("words no rule of the real reports in English with a Swedish word: only the quoted clause and printed values are the report's", () => {
    /** The rule's text without what it quotes from the report. */
    const ownWords = (rule: StatusRule, text: string): string[] => {
      let rest = text;
      if ("phrase" in rule) rest = rest.replace(`"${rule.phrase}"`, " ");
      const printed = [
        ...("compared" in rule ? [rule.compared.value.raw, rule.compared.target.raw] : []),
        ...(rule.kind === "numbers" && rule.outcomeShortOfTarget !== null ? [rule.outcomeShortOfTarget.raw] : []),
        ...(rule.kind === "no-basis" && rule.target !== null ? [`"${rule.target.raw}"`] : []),
      ];
      for (const raw of printed) rest = rest.replace(raw, " ");
      return rest.split(/[^\p{L}]+/u).filter((word) => word !== "");
    };
    const swedish = new Set(rows.flatMap((row) => ownWords(row.statusRule, renderStatusRule(row.statusRule, "sv"))));
    expect([...swedish].filter((word) => /[åäö]/i.test(word)).length).toBeGreaterThan(5);
    const english = new Set(rows.flatMap((row) => ownWords(row.statusRule, renderStatusRule(row.statusRule, "en"))));
    expect([...english].filter((word) => swedish.has(word) || /[åäö]/i.test(word))).toEqual([]);
  });
});

describe("answers carry the rule as a record and as text in their language", () => {
  it("an English answer's rules are English around the report's own quotes; the record is the same in both languages", () => {
    const sv = engine.ask("vilka indikatorer är ej i fas i norrmalm?").answer;
    const en = engine.ask("which indicators are off track in norrmalm?").answer;
    const rules = (items: typeof sv.items) =>
      items.flatMap((item) => (item.kind === "indicator" ? [[item.source.line, item.facts.rule]] : []));
    expect(rules(en.items)).toEqual(rules(sv.items));
    expect(en.items.length).toBeGreaterThan(10);
    const swedishLeft = en.items.flatMap((item) => {
      if (item.kind !== "indicator") return [];
      const quote = "phrase" in item.facts.rule ? `"${item.facts.rule.phrase}"` : "";
      const own = (item.statusReason ?? "").replace(quote, "");
      return /analysen|prognos|årsmål|bättre|ligger ännu|kolumnerna|[åäö]/i.test(own) ? [item.source.line] : [];
    });
    expect(swedishLeft).toEqual([]);
    expect(
      en.items.every(
        (item) => item.kind !== "indicator" || item.statusReason === renderStatusRule(item.facts.rule, "en"),
      ),
    ).toBe(true);
    expect(
      sv.items.every(
        (item) => item.kind !== "indicator" || item.statusReason === renderStatusRule(item.facts.rule, "sv"),
      ),
    ).toBe(true);
  });

  it("keeps real numbers in the record: the compared values are numbers, not printed text", () => {
    const { answer } = engine.ask("sick leave in norrmalm");
    const item = answer.items[0];
    expect(item?.kind === "indicator" ? item.facts.rule : null).toEqual({
      kind: "numbers",
      basis: "forecast",
      compared: {
        value: { raw: "8,5 %", value: 8.5, unit: "%" },
        target: { raw: "8,5 %", value: 8.5, unit: "%" },
        relation: "equal",
        reaches: true,
      },
      direction: "lower",
      outcomeShortOfTarget: { raw: "9,7 %", value: 9.7, unit: "%" },
      alignedByRule: false,
    });
  });
});
