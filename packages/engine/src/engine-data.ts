import { listReports, readCatalogue, type Catalogue, type Db, type ReportSummary } from "@tertial/store";
import { compareReportPeriods } from "./digest/digest-input.ts";
import { createNameIndex, type NameIndex } from "./catalogue/name-index.ts";
import { createOrganisationResolver, type OrganisationResolver } from "./catalogue/resolve-organisation.ts";
import { goalLabel } from "./answers/items.ts";
import { normaliseName } from "./digest/match-key.ts";

/** What an engine reads once per refresh: the report list and the fuzzy indexes over distinct names. */
export interface EngineData {
  /** Oldest first (year, then T1 < T2 < VB). */
  reports: ReportSummary[];
  reportById: Map<number, ReportSummary>;
  catalogue: Catalogue;
  organisations: OrganisationResolver;
  indicators: NameIndex;
  /** Over "1.2.1 Title" and the bare titles. */
  goals: NameIndex;
  /** Goal label → its code and title (the label is what the goal index returns). */
  goalByLabel: Map<string, { code: string | null; title: string }>;
  budgetRows: NameIndex;
  /** normaliseName(name) → every catalogue name with that key, per kind. */
  sameNames: { indicator: Map<string, string[]>; budget: Map<string, string[]>; goal: Map<string, string[]> };
}

export function readEngineData(db: Db): EngineData {
  const reports = listReports(db).sort(compareReportPeriods);
  const catalogue = readCatalogue(db);
  const goalByLabel = new Map<string, { code: string | null; title: string }>();
  for (const goal of catalogue.goalTitles) {
    goalByLabel.set(goalLabel(goal), goal);
    if (!goalByLabel.has(goal.title)) goalByLabel.set(goal.title, goal);
  }
  return {
    reports,
    reportById: new Map(reports.map((report) => [report.id, report])),
    catalogue,
    organisations: createOrganisationResolver(catalogue.organisations),
    indicators: createNameIndex(catalogue.indicatorNames),
    goals: createNameIndex(catalogue.goalTitles.map((goal) => goal.title)),
    goalByLabel,
    budgetRows: createNameIndex(catalogue.budgetRows),
    sameNames: {
      indicator: groupByKey(catalogue.indicatorNames),
      budget: groupByKey(catalogue.budgetRows),
      goal: groupByKey(catalogue.goalTitles.map((goal) => goal.title)),
    },
  };
}

function groupByKey(names: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const key = normaliseName(name);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return groups;
}
