import type { Assessment, ReportKind, Source, Status, StatusRule } from "@tertial/domain";

/** An off-track, missed or at-risk indicator of the latest report, with the rule that decided it. */
export interface DigestIndicator {
  name: string;
  goalCode: string | null;
  status: Status;
  /** The rule that decided the status; the digest words it with the Swedish phrase pack. */
  rule: StatusRule;
  source: Source;
}

/** A goal the report assesses "uppfylls delvis" or "uppfylls ej". */
export interface DigestGoal {
  code: string | null;
  title: string;
  assessment: Assessment;
  source: Source;
}

/** An activity with the Avvikelse column filled or a delay phrase in its analysis. */
export interface DigestActivity {
  title: string;
  goalCode: string | null;
  /** "Avvikelse" as printed, else the delay phrase ("skjutits fram" …). */
  deviation: string;
  source: Source;
}

/** One printed budget cell: the column header, the cell as printed and its amount. */
export interface BudgetFigure {
  column: string;
  raw: string;
  amount: number;
  source: Source;
}

/** The operating budget's total row: budget, forecast (or outcome) and deviation = budget − forecast. */
export interface DigestBudget {
  table: string;
  row: string;
  unit: string;
  budget: BudgetFigure;
  /** The first Prognos column, or Utfall when the report has no forecast (VB). */
  forecast: BudgetFigure;
  deviation: BudgetFigure;
}

/**
 * The committee's result after adjustments, by the rule budget answers lead with (findBudgetResult): the
 * last deviation column of the total row or of an "avvikelse efter …" row; positive is a surplus.
 */
export interface DigestBudgetResult {
  table: string;
  row: string;
  unit: string;
  final: BudgetFigure;
  /** The deviation before the adjustments, when the report prints one that differs. */
  before: BudgetFigure | null;
}

/** An indicator (matched across the two reports, see matchItems) whose status moved into or out of trouble. */
export interface StatusChange {
  name: string;
  goalCode: string | null;
  from: Status;
  to: Status;
  /** The rule behind the status now. */
  rule: StatusRule;
  previousSource: Source;
  source: Source;
}

export interface AssessmentChange {
  code: string | null;
  title: string;
  from: Assessment;
  to: Assessment;
  previousSource: Source;
  source: Source;
}

/** How the budget total's forecast moved since the previous report; change = forecast − previous, same unit. */
export interface BudgetMovement {
  row: string;
  unit: string;
  previousForecast: BudgetFigure;
  forecast: BudgetFigure;
  change: number;
  previousDeviation: BudgetFigure;
  deviation: BudgetFigure;
}

export interface DigestChanges {
  /** Now off-track or missed; before on track, met or at risk. */
  becameOffTrack: StatusChange[];
  /** Now at risk; before on track or met. */
  newRisks: StatusChange[];
  /** Now on track or met; before off-track, missed or at risk. */
  recovered: StatusChange[];
  assessmentChanges: AssessmentChange[];
  newDeviations: DigestActivity[];
  budgetMovement: BudgetMovement | null;
}

/** Names a report in a digest. */
export interface DigestReportRef {
  id: number;
  organisation: string;
  unit: string | null;
  kind: ReportKind;
  year: number;
  /** "T1 2020". */
  period: string;
  file: string;
  checksum: string;
}

/** One organisation's part of a digest: its latest report, compared with the one before. */
export interface OrganisationDigest {
  report: DigestReportRef;
  /** The previous report of the same organisation (and unit), null when there is none. */
  previous: DigestReportRef | null;
  /** Status off-track or missed. */
  offTrack: DigestIndicator[];
  atRisk: DigestIndicator[];
  partialGoals: DigestGoal[];
  deviatingActivities: DigestActivity[];
  budget: DigestBudget | null;
  /** The result after adjustments; the same figure the budget answers give. */
  budgetResult: DigestBudgetResult | null;
  /** Null when there is no previous report to compare with. */
  changes: DigestChanges | null;
}

export interface Digest {
  title: string;
  organisations: OrganisationDigest[];
  /** The checksums of every report the digest reads, sorted and joined: equal keys mean equal content. */
  contentKey: string;
}
