import type {
  Activity,
  Assessment,
  BudgetLine,
  Goal,
  GoalId,
  Indicator,
  ParsedReport,
  ReportKind,
  Status,
  StatusRule,
} from "@tertial/domain";
import { openDatabase, saveReport, type Db } from "@tertial/store";
import { numbersRule, statementRule } from "./status-rule-fixture.ts";

type GoalSpec = [
  key: string,
  level: Goal["level"],
  code: string | null,
  title: string,
  assessment: Assessment,
  line: number,
];
type IndicatorSpec = [goalKey: string, name: string, status: Status, rule: StatusRule, line: number];
type ActivitySpec = [goalKey: string, title: string, deviation: string | null, line: number];
type BudgetSpec = [table: string, row: string, column: string, raw: string, amount: number | null, line: number];

export interface ReportSpec {
  organisation: string;
  kind: ReportKind;
  year: number;
  file: string;
  checksum: string;
  goals: GoalSpec[];
  indicators?: IndicatorSpec[];
  activities?: ActivitySpec[];
  budget?: BudgetSpec[];
}

/** A ParsedReport from compact specs: only the fields the digest reads vary. */
export function makeReport(spec: ReportSpec): ParsedReport {
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
  const indicators: Indicator[] = (spec.indicators ?? []).map(([goalKey, name, status, statusRule, line]) => ({
    goalId: goalKey as GoalId,
    name,
    glyph: null,
    outcome: null,
    outcomeMen: null,
    outcomeWomen: null,
    previousOutcome: null,
    previousLabel: null,
    forecast: null,
    annualTarget: null,
    kfAnnualTarget: null,
    period: null,
    analysis: null,
    direction: "higher",
    status,
    statusRule,
    alignment: "exact",
    source: source(line),
  }));
  const activities: Activity[] = (spec.activities ?? []).map(([goalKey, title, deviation, line]) => ({
    goalId: goalKey as GoalId,
    title,
    glyph: null,
    state: null,
    startDate: null,
    endDate: null,
    deviation: deviation === "Avvikelse",
    deviationText: deviation === "Avvikelse" ? "Avvikelse" : null,
    delayHint: deviation !== null && deviation !== "Avvikelse" ? deviation : null,
    analysis: null,
    source: source(line),
  }));
  const budgetLines: BudgetLine[] = (spec.budget ?? []).map(([table, rowLabel, column, raw, amount, line]) => ({
    table,
    group: null,
    rowLabel,
    column,
    raw,
    amount,
    unit: raw.endsWith("%") ? "%" : "mnkr",
    source: source(line),
  }));
  return {
    organisation: spec.organisation,
    unit: null,
    kind: spec.kind,
    year: spec.year,
    date: null,
    sourceFile: spec.file,
    checksum: spec.checksum.repeat(64).slice(0, 64),
    identitySource: "header",
    goals,
    indicators,
    activities,
    budgetLines,
    budgetRequests: [],
    passages: [],
    warnings: [],
  };
}

const GOALS_2019: GoalSpec[] = [
  ["g1", "direction", "1", "En modern storstad", "none-given", 10],
  ["g1.1", "area", "1.1", "Stockholmare är självförsörjande", "helt", 12],
  ["g1.1.1", "committee", "1.1.1", "Invånare klarar sin egen försörjning", "helt", 30],
  ["g2", "committee", null, "Barn har bra uppväxtvillkor", "delvis", 40],
];

export const TEST_2019: ReportSpec = {
  organisation: "Testnämnden",
  kind: "T1",
  year: 2019,
  file: "testnamnden-t1-2019.txt",
  checksum: "a",
  goals: GOALS_2019,
  indicators: [
    ["g1.1", "Sjukfrånvaro", "on-track", numbersRule("5,0 %", "5,5 %", "lower"), 20],
    ["g1.1.1", "Andel vuxna med ekonomiskt bistånd", "off-track", numbersRule("3,1 %", "2,7 %", "lower"), 32],
    ["g2", "Antal hemlösa", "at-risk", statementRule("uncertain", "osäkert om"), 42],
    ["g1.1", "Nöjda brukare", "off-track", numbersRule("70 %", "80 %", "higher"), 22],
  ],
  activities: [
    ["g1.1.1", "Införa digital ansökan", "Avvikelse", 35],
    ["g1.1.1", "Öppna ett nytt kontor", null, 36],
  ],
  budget: [
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Budget 2019", "100,0", 100, 900],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Prognos 2019", "101,5", 101.5, 900],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Avvikelse", "-1,5", -1.5, 900],
  ],
};

export const TEST_2020: ReportSpec = {
  organisation: "Testnämnden",
  kind: "T1",
  year: 2020,
  file: "testnamnden-t1-2020.txt",
  checksum: "b",
  goals: [
    GOALS_2019[0],
    GOALS_2019[1],
    ["g1.1.1", "committee", "1.1.1", "Invånare klarar sin egen försörjning", "delvis", 31],
    ["g2", "committee", null, "Barn har bra uppväxtvillkor", "helt", 41],
  ].filter((goal): goal is GoalSpec => goal !== undefined),
  indicators: [
    ["g1.1", "Sjukfrånvaro", "off-track", numbersRule("6,5 %", "5,5 %", "lower"), 206],
    ["g1.1.1", "Andel vuxna med ekonomiskt bistånd", "on-track", numbersRule("2,5 %", "2,7 %", "lower"), 208],
    ["g1.1.1", "Antal  Hemlösa.", "met", numbersRule("2 400 st", "2 850 st", "lower", "outcome"), 210],
    ["g1.1.1", "Nöjda brukare", "off-track", numbersRule("72 %", "80 %", "higher"), 212],
    ["g1.1", "Väntetid till försörjningsstöd", "at-risk", statementRule("uncertain", "kan bli svårt att nå"), 214],
  ],
  activities: [
    ["g1.1.1", "Införa digital ansökan", "Avvikelse", 944],
    ["g1.1.1", "Öppna ett nytt kontor", "inte påbörjats", 946],
    ["g1.1", "Utbilda handläggare", null, 950],
  ],
  budget: [
    ["Investeringar, mnkr", "Totalt", "Budget 2020", "3,0", 3, 1800],
    ["Investeringar, mnkr", "Totalt", "Prognos T1 2020", "8,0", 8, 1800],
    ["Investeringar, mnkr", "Totalt", "Avvikelse", "0,0", 0, 1800],
    ["Utfall per april", "Netto", "Budget", "1 242,6", 1242.6, 1822],
    ["Utfall per april", "Netto", "Förbrukn", "30,4%", 30.4, 1822],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Budget 2020", "1 242,6", 1242.6, 1841],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Prognos 2020", "1 242,0", 1242, 1841],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Avvikelse", "0,6", 0.6, 1841],
    ["Verksamhetsområde, mnkr", "Nämnden totalt", "Justerad avvikelse", "20,0", 20, 1841],
  ],
};

export const NORRMALM_2021: ReportSpec = {
  organisation: "Norrmalms stadsdelsnämnd",
  kind: "T2",
  year: 2021,
  file: "norrmalm-t2-2021.txt",
  checksum: "c",
  goals: [["n1", "area", "1.1", "Självförsörjning", "helt", 156]],
  indicators: [["n1", "Andel elektroniska inköp", "on-track", numbersRule("66 %", "65 %", "higher"), 1570]],
};

/** An in-memory database holding the given reports, saved in order. */
export function fixtureDb(specs: readonly ReportSpec[]): Db {
  const db = openDatabase(":memory:");
  for (const spec of specs) saveReport(db, makeReport(spec));
  return db;
}
