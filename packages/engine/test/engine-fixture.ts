import type {
  Activity,
  BudgetLine,
  BudgetRequest,
  Goal,
  GoalId,
  Indicator,
  Measure,
  ParsedReport,
  ReportKind,
  Status,
  StatusRule,
} from "@tertial/domain";
import { openDatabase, saveReport, type Db } from "@tertial/store";
import { noForecastRule, numbersRule, statementRule } from "./status-rule-fixture.ts";

type GoalSpec = [
  key: string,
  level: Goal["level"],
  code: string | null,
  title: string,
  assessment: Goal["assessment"],
  line: number,
];
/** goal, name, outcome, men, women, forecast, target, status, rule, line */
type IndicatorSpec = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  Status,
  StatusRule,
  number,
];
type ActivitySpec = [
  goalKey: string,
  title: string,
  deviationText: string | null,
  delayHint: string | null,
  line: number,
];
type BudgetSpec = [table: string, row: string, cells: [column: string, raw: string][], line: number];

interface Spec {
  organisation: string;
  kind: ReportKind;
  year: number;
  file: string;
  goals: GoalSpec[];
  indicators: IndicatorSpec[];
  activities: ActivitySpec[];
  budget: BudgetSpec[];
  requests: [amount: number, purpose: string, line: number][];
}

function measure(raw: string | null): Measure | null {
  if (raw === null) return null;
  const value = Number(raw.replace(/[^\d,-]/g, "").replace(",", "."));
  const unit = raw.includes("%") ? "%" : raw.includes("st") ? "st" : null;
  return { raw, value: Number.isFinite(value) && /\d/.test(raw) ? value : null, unit };
}

function build(spec: Spec, checksum: string): ParsedReport {
  const source = (line: number) => ({ file: spec.file, line });
  const goals: Goal[] = spec.goals.map(([key, level, code, title, assessment, line]) => ({
    id: key as GoalId,
    level,
    code,
    title,
    parentId: null,
    assessment,
    assessmentRaw: null,
    description: null,
    expectedResult: null,
    analysis: null,
    source: source(line),
  }));
  const indicators: Indicator[] = spec.indicators.map(
    ([goal, name, outcome, men, women, forecast, target, status, statusRule, line]) => ({
      goalId: goal as GoalId,
      name,
      glyph: null,
      outcome: measure(outcome),
      outcomeMen: measure(men),
      outcomeWomen: measure(women),
      previousOutcome: null,
      previousLabel: null,
      forecast: measure(forecast),
      annualTarget: measure(target),
      kfAnnualTarget: null,
      period: `Tertial ${spec.kind === "T1" ? 1 : 2} ${spec.year}`,
      analysis: null,
      direction: "higher",
      status,
      statusRule,
      alignment: "exact",
      source: source(line),
    }),
  );
  const activities: Activity[] = spec.activities.map(([goal, title, deviationText, delayHint, line]) => ({
    goalId: goal as GoalId,
    title,
    glyph: null,
    state: null,
    startDate: "2020-01-01",
    endDate: "2020-12-31",
    deviation: deviationText !== null,
    deviationText,
    delayHint,
    analysis: null,
    source: source(line),
  }));
  const budgetLines: BudgetLine[] = spec.budget.flatMap(([table, rowLabel, cells, line]) =>
    cells.map(([column, raw]) => ({
      table,
      group: null,
      rowLabel,
      column,
      raw,
      amount: Number(raw.replace(/\s/g, "").replace(",", ".")),
      unit: "mnkr" as const,
      source: source(line),
    })),
  );
  const budgetRequests: BudgetRequest[] = spec.requests.map(([amount, purpose, line]) => ({
    amount,
    unit: "mnkr",
    purpose,
    text: `Nämnden ansöker om ${amount} mnkr ${purpose}.`,
    source: source(line),
  }));
  return {
    organisation: spec.organisation,
    unit: null,
    kind: spec.kind,
    year: spec.year,
    date: null,
    sourceFile: spec.file,
    checksum: checksum.repeat(64).slice(0, 64),
    identitySource: "header",
    goals,
    indicators,
    activities,
    budgetLines,
    budgetRequests,
    passages: [],
    warnings: [],
  };
}

const GOALS: GoalSpec[] = [
  ["g1", "direction", "1", "Ett Stockholm som håller ihop", "none-given", 30],
  ["g1.2", "area", "1.2", "Barn och unga har goda uppväxtvillkor", "helt", 40],
  ["g1.2.1", "committee", "1.2.1", "Barn som far illa får stöd i tid", "delvis", 50],
  ["g2.1", "area", "2.1", "Stockholm har en god och jämlik hälsa", "ej", 60],
];

export const SOC_2017: Spec = {
  organisation: "Socialnämnden",
  kind: "T1",
  year: 2017,
  file: "soc-t1-2017.txt",
  goals: GOALS,
  indicators: [
    [
      "g1.2",
      "Sjukfrånvaro",
      "6,2 %",
      "5,1 %",
      "6,7 %",
      "5,5 %",
      "5,5 %",
      "on-track",
      numbersRule("5,5 %", "5,5 %", "lower"),
      3908,
    ],
    ["g1.2.1", "Antal hemlösa", "2 420 st", null, null, null, "2 850 st", "unknown", noForecastRule("2 850 st"), 1523],
  ],
  activities: [],
  budget: [],
  requests: [],
};

export const SOC_2020: Spec = {
  organisation: "Socialnämnden",
  kind: "T1",
  year: 2020,
  file: "soc-t1-2020.txt",
  goals: GOALS,
  indicators: [
    [
      "g1.2",
      "Sjukfrånvaro",
      "5,4 %",
      "4,4 %",
      "5,8 %",
      "6,5 %",
      "5,5 %",
      "off-track",
      numbersRule("6,5 %", "5,5 %", "lower"),
      1650,
    ],
    [
      "g1.2.1",
      "Antal hemlösa",
      "2 300 st",
      null,
      null,
      "2 900 st",
      "2 850 st",
      "off-track",
      numbersRule("2 900 st", "2 850 st", "lower"),
      1523,
    ],
    [
      "g1.2.1",
      "Andel barn som lever i familjer som har ekonomiskt bistånd",
      "0,3 %",
      null,
      null,
      "0,3 %",
      "2,7 %",
      "on-track",
      numbersRule("0,3 %", "2,7 %", "lower"),
      206,
    ],
    [
      "g2.1",
      "Antal ungdomar som fått feriejobb i stadens regi",
      "0 st",
      null,
      null,
      "10 st",
      "10 st",
      "at-risk",
      statementRule("uncertain", "osäkert om"),
      216,
    ],
  ],
  activities: [
    ["g1.2.1", "Utveckla arbetet med barnahus", "Avvikelse", null, 944],
    ["g1.2.1", "Införa digital ansökan", null, null, 946],
    ["g2.1", "Översyn av boendeplatser", null, "skjutits fram", 960],
  ],
  budget: [
    [
      "Verksamhetsområde, mnkr",
      "Barn och ungdom",
      [
        ["Budget 2020", "94,6"],
        ["Prognos 2020", "98,1"],
        ["Avvikelse", "-3,5"],
      ],
      1829,
    ],
    [
      "Verksamhetsområde, mnkr",
      "Nämnden totalt",
      [
        ["Budget 2020", "1 242,6"],
        ["Prognos 2020", "1 242,0"],
        ["Avvikelse", "0,6"],
      ],
      1841,
    ],
  ],
  requests: [
    [5, "till klimatinvesteringar för utbyte till LED-belysning", 16],
    [0.7, "i budgetjustering för ökade lokalkostnader", 17],
  ],
};

export const NORRMALM_2021: Spec = {
  organisation: "Norrmalms stadsdelsnämnd",
  kind: "T2",
  year: 2021,
  file: "norrmalm-t2-2021.txt",
  goals: GOALS,
  indicators: [
    [
      "g1.2",
      "Sjukfrånvaro",
      "6,0 %",
      null,
      null,
      "6,0 %",
      "6,5 %",
      "on-track",
      numbersRule("6,0 %", "6,5 %", "lower"),
      1540,
    ],
    [
      "g2.1",
      "Antal ungdomar som fått feriejobb i stadens regi",
      "262 st",
      null,
      null,
      "262 st",
      "300 st",
      "off-track",
      numbersRule("262 st", "300 st", "higher"),
      230,
    ],
  ],
  activities: [["g1.2.1", "Öppna familjecentral", "Avvikelse", null, 700]],
  budget: [
    [
      "Mnkr",
      "Äldreomsorg",
      [
        ["Budget 2021", "543,6"],
        ["Prognos 2021", "524,3"],
        ["Avvikelse", "19,3"],
      ],
      1662,
    ],
    [
      "Mnkr",
      "Ekonomiskt bistånd",
      [
        ["Budget 2021", "27,2"],
        ["Prognos 2021", "34,7"],
        ["Avvikelse", "-7,5"],
      ],
      1666,
    ],
    [
      "Mnkr",
      "Totalt",
      [
        ["Budget 2021", "1258,8"],
        ["Prognos 2021", "1239,8"],
        ["Avvikelse", "20,5"],
      ],
      1668,
    ],
  ],
  requests: [[1.5, "för kommunalt bostadsbidrag", 16]],
};

const FIXTURE_SPECS = [SOC_2017, SOC_2020, NORRMALM_2021];

/** Saves the fixture reports (all, or the first `count`) into `db`. */
export function saveFixtureReports(db: Db, count = FIXTURE_SPECS.length): Db {
  FIXTURE_SPECS.slice(0, count).forEach((spec, i) => saveReport(db, build(spec, String.fromCharCode(97 + i))));
  return db;
}

/** Saves one fixture report under another organisation and file name (checksum: one letter, repeated). */
export function saveFixtureAs(db: Db, spec: Spec, organisation: string, file: string, checksum: string): void {
  saveReport(db, build({ ...spec, organisation, file }, checksum));
}

/** An in-memory database with three small reports: Socialnämnden T1 2017 and T1 2020, Norrmalm T2 2021. */
export function makeFixtureDb(): Db {
  return saveFixtureReports(openDatabase(":memory:"));
}
