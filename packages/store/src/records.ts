import type { Activity, BudgetLine, BudgetRequest, Goal, Indicator, Passage, Report, Status } from "@tertial/domain";

/** Database id of a loaded report. */
export type ReportId = number;

export interface ReportSummary extends Report {
  id: ReportId;
  /** ISO timestamp of the load. */
  loadedAt: string;
  counts: { goals: number; indicators: number; activities: number; budgetLines: number; budgetRequests: number };
}

/** The goal a row hangs under, for display: "1.1.1 Stockholmare arbetar …". */
export interface GoalRef {
  code: string | null;
  title: string;
  level: Goal["level"];
}

export interface GoalRecord extends Goal {
  dbId: number;
  reportId: ReportId;
  parent: GoalRef | null;
}

export interface IndicatorRecord extends Indicator {
  id: number;
  reportId: ReportId;
  goal: GoalRef;
}

export interface ActivityRecord extends Activity {
  id: number;
  reportId: ReportId;
  goal: GoalRef;
}

export interface BudgetLineRecord extends BudgetLine {
  id: number;
  reportId: ReportId;
}

export interface BudgetRequestRecord extends BudgetRequest {
  id: number;
  reportId: ReportId;
}

/** Distinct names for entity resolution (small: hundreds, not one row per report). */
export interface Catalogue {
  organisations: string[];
  units: string[];
  indicatorNames: string[];
  goalTitles: { code: string | null; title: string }[];
  activityTitles: string[];
  budgetRows: string[];
}

export interface IndicatorFilter {
  reportIds?: readonly ReportId[];
  /** Exact names (as in the catalogue). */
  names?: readonly string[];
  statuses?: readonly Status[];
  goalCodes?: readonly string[];
}

export interface GoalFilter {
  reportIds?: readonly ReportId[];
  codes?: readonly string[];
  titles?: readonly string[];
  assessments?: readonly Goal["assessment"][];
}

export interface ActivityFilter {
  reportIds?: readonly ReportId[];
  goalCodes?: readonly string[];
  titles?: readonly string[];
  /** Only activities with the Avvikelse column filled or a delay phrase in the analysis. */
  deviatingOnly?: boolean;
}

export interface BudgetLineFilter {
  reportIds?: readonly ReportId[];
  rowLabels?: readonly string[];
  /** Row labels matching any of these SQL LIKE patterns ("nämnden totalt", "%(netto)%"). */
  rowLabelLike?: readonly string[];
}

/** One full-text hit, for recall when fuzzy names fail. */
export interface TextHit {
  kind: "indicator" | "goal" | "activity" | "budget";
  name: string;
  reportId: ReportId;
  rank: number;
  /** True when the entry holds every word of the query (the first two tiers), false for any word. */
  allWords: boolean;
}

/** One passage found by searchPassages; `score` is bm25 turned positive (higher is better). */
export interface PassageHit extends Passage {
  reportId: ReportId;
  score: number;
}
