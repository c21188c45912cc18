import type { Activity, BudgetLine, Goal, GoalId, Indicator, Measure, ParsedReport } from "@tertial/domain";

const FILE = "testnamnden-t1-2020.txt";

function id(key: string): GoalId {
  return key as GoalId;
}

function measure(raw: string, value: number | null, unit: string | null = null): Measure {
  return { raw, value, unit };
}

function goal(
  key: string,
  level: Goal["level"],
  code: string | null,
  title: string,
  parent: string | null,
  line: number,
  extra: Partial<Goal> = {},
): Goal {
  return {
    id: id(key),
    level,
    code,
    title,
    parentId: parent === null ? null : id(parent),
    assessment: "helt",
    assessmentRaw: " Uppfylls helt",
    description: null,
    expectedResult: null,
    analysis: null,
    source: { file: FILE, line },
    ...extra,
  };
}

function indicator(goalKey: string, name: string, line: number, extra: Partial<Indicator> = {}): Indicator {
  return {
    goalId: id(goalKey),
    name,
    glyph: null,
    outcome: measure("5,4 %", 5.4, "%"),
    outcomeMen: null,
    outcomeWomen: null,
    previousOutcome: measure("-0,0", -0),
    previousLabel: "VB 2019",
    forecast: measure("6,5 %", 6.5, "%"),
    annualTarget: measure("5,5 %", 5.5, "%"),
    kfAnnualTarget: measure("Tas fram av nämnd", null),
    period: "Tertial 1 2020",
    analysis: null,
    direction: "lower",
    status: "off-track",
    statusRule: {
      kind: "numbers",
      basis: "forecast",
      compared: {
        value: { raw: "6,5 %", value: 6.5, unit: "%" },
        target: { raw: "5,5 %", value: 5.5, unit: "%" },
        relation: "above",
        reaches: false,
      },
      direction: "lower",
      outcomeShortOfTarget: null,
      alignedByRule: false,
    },
    alignment: "exact",
    source: { file: FILE, line },
    ...extra,
  };
}

function activity(goalKey: string, title: string, line: number, extra: Partial<Activity> = {}): Activity {
  return {
    goalId: id(goalKey),
    title,
    glyph: null,
    state: null,
    startDate: "2020-01-01",
    endDate: "2020-12-31",
    deviation: false,
    deviationText: null,
    delayHint: null,
    analysis: null,
    source: { file: FILE, line },
    ...extra,
  };
}

function budgetLine(rowLabel: string, column: string, raw: string, amount: number | null, line: number): BudgetLine {
  return {
    table: "Verksamhetsområde, mnkr",
    group: null,
    rowLabel,
    column,
    raw,
    amount,
    unit: "mnkr",
    source: { file: FILE, line },
  };
}

/** A small report built by hand: every field kind, nulls, -0, Swedish letters, a child goal before its parent. */
export function makeReport(overrides: Partial<ParsedReport> = {}): ParsedReport {
  return {
    organisation: "Testnämnden",
    unit: null,
    kind: "T1",
    year: 2020,
    date: "2020-05-26",
    sourceFile: FILE,
    checksum: "a".repeat(64),
    identitySource: "header",
    goals: [
      goal("g1", "direction", "1", "En modern storstad", null, 10),
      goal("g1.1", "area", "1.1", "Stockholmare är självförsörjande", "g1", 12, {
        analysis: "Arbetet är försenat på grund av pandemin.",
      }),
      goal("g1.1.1", "committee", "1.1.1", "Invånare klarar sin egen försörjning", "g1.1", 30, {
        assessment: "delvis",
        assessmentRaw: "Uppfylls delvis",
        description: "Beskrivning",
        expectedResult: "Fler i arbete",
      }),
      goal("g2.1", "area", null, "Ett klimatsmart Stockholm", "g2", 50),
      goal("g2", "direction", "2", "En hållbart växande stad", null, 48),
    ],
    indicators: [
      indicator("g1.1", "Sjukfrånvaro", 20),
      indicator("g1.1.1", "Andel vuxna med ekonomiskt bistånd", 32, {
        status: "on-track",
        direction: "lower",
        outcomeMen: measure("3", 3),
        outcomeWomen: measure("4 st", 4, "st"),
        glyph: "♀",
        analysis: "Årsmålet uppnås.",
        alignment: "low",
        statusRule: {
          kind: "statement",
          basis: "analysis",
          verdict: "positive",
          phrase: "Årsmålet uppnås",
          alignedByRule: true,
        },
        previousOutcome: null,
        previousLabel: null,
      }),
      indicator("g2.1", "Klimatpåverkan från livsmedel", 52, {
        status: "unknown",
        forecast: null,
        period: null,
        statusRule: {
          kind: "no-basis",
          basis: null,
          reason: "nothing-to-compare",
          target: { raw: "5,5 %", value: 5.5, unit: "%" },
          missing: "forecast",
          alignedByRule: false,
        },
      }),
    ],
    activities: [
      activity("g1.1", "Kommunstyrelsen ska utreda åtgärder", 25, { glyph: "✓", state: "completed" }),
      activity("g1.1.1", "Införa digital ansökan", 35, {
        deviation: true,
        deviationText: "Försenad",
        analysis: "Projektet har skjutits fram.",
      }),
      activity("g1.1.1", "Öppna ett nytt kontor", 36, { delayHint: "inte påbörjats", startDate: null, endDate: null }),
    ],
    budgetLines: [
      budgetLine("Barn och ungdom", "Budget 2020", "94,6", 94.6, 1829),
      budgetLine("Barn och ungdom", "Avvikelse", "-3,5", -3.5, 1829),
      budgetLine("Övrig verksamhet", "Avvikelse", "-0,0", -0, 1835),
      { ...budgetLine("Nämnden totalt", "Förbrukn", "25,4%", 25.4, 1841), unit: "%", group: "Kostnader" },
    ],
    budgetRequests: [
      {
        amount: 5,
        unit: "mnkr",
        purpose: "klimatinvesteringar för utbyte till LED-belysning",
        text: "Testnämnden ansöker hos kommunstyrelsen om medel med 5,0 mnkr till klimatinvesteringar för utbyte till LED-belysning.",
        source: { file: FILE, line: 16 },
      },
    ],
    passages: [
      {
        heading: "Ekonomiskt bistånd",
        text: "I mars månad erhöll 8 530 hushåll ekonomiskt bistånd, en ökning med 40 hushåll sedan januari.",
        source: { file: FILE, line: 60 },
        endLine: 61,
      },
    ],
    warnings: [{ file: FILE, line: 756, message: "column alignment inferred" }],
    ...overrides,
  };
}
