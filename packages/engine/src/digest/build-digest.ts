import { periodName, type Status } from "@tertial/domain";
import type { ReportSummary } from "@tertial/store";
import { findBudgetTotal, findDigestBudgetResult } from "./budget-total.ts";
import type { DigestInput, DigestReportData } from "./digest-input.ts";
import type { Digest, DigestActivity, DigestIndicator, DigestReportRef, OrganisationDigest } from "./digest-types.ts";
import { compareReports } from "./report-changes.ts";

const OFF_TRACK: readonly Status[] = ["off-track", "missed"];

export interface BuildDigestOptions {
  /** Shown first; "Tertialdigest" by default. */
  title?: string;
}

/** The digest of every input (one per organisation), in input order. Pure: reads only its arguments. */
export function buildDigest(inputs: readonly DigestInput[], options: BuildDigestOptions = {}): Digest {
  const organisations = inputs.map(buildOrganisationDigest);
  const checksums = inputs.flatMap((input) => [
    input.current.report.checksum,
    ...(input.previous ? [input.previous.report.checksum] : []),
  ]);
  return {
    title: options.title ?? "Tertialdigest",
    organisations,
    contentKey: [...new Set(checksums)].sort().join(","),
  };
}

/** One organisation's digest: the latest report's problems, then the changes since the previous report. */
export function buildOrganisationDigest(input: DigestInput): OrganisationDigest {
  const { current, previous } = input;
  const indicators = current.indicators.map(toDigestIndicator);
  const deviatingActivities = deviating(current);
  const budget = findBudgetTotal(current.budgetLines);
  return {
    report: toReportRef(current.report),
    previous: previous === null ? null : toReportRef(previous.report),
    offTrack: indicators.filter((indicator) => OFF_TRACK.includes(indicator.status)),
    atRisk: indicators.filter((indicator) => indicator.status === "at-risk"),
    partialGoals: current.goals
      .filter((goal) => goal.assessment === "delvis" || goal.assessment === "ej")
      .map((goal) => ({ code: goal.code, title: goal.title, assessment: goal.assessment, source: goal.source })),
    deviatingActivities,
    budget,
    budgetResult: findDigestBudgetResult(current.budgetLines),
    changes:
      previous === null
        ? null
        : compareReports(
            previous,
            current,
            { previous: deviating(previous), current: deviatingActivities },
            {
              previous: findBudgetTotal(previous.budgetLines),
              current: budget,
            },
          ),
  };
}

/** True when the digest has nothing to tell: no reports, or no problems and no changes anywhere. */
export function isDigestEmpty(digest: Digest): boolean {
  return digest.organisations.every((part) => {
    const { changes } = part;
    const hasChanges =
      changes !== null &&
      (changes.becameOffTrack.length > 0 ||
        changes.newRisks.length > 0 ||
        changes.recovered.length > 0 ||
        changes.assessmentChanges.length > 0 ||
        changes.newDeviations.length > 0);
    return (
      !hasChanges &&
      part.offTrack.length + part.atRisk.length + part.partialGoals.length + part.deviatingActivities.length === 0
    );
  });
}

function toDigestIndicator(indicator: DigestReportData["indicators"][number]): DigestIndicator {
  return {
    name: indicator.name,
    goalCode: indicator.goal.code,
    status: indicator.status,
    rule: indicator.statusRule,
    source: indicator.source,
  };
}

function deviating(data: DigestReportData): DigestActivity[] {
  return data.activities.flatMap((activity) => {
    const deviation = activity.deviation ? (activity.deviationText ?? "Avvikelse") : activity.delayHint;
    return deviation === null
      ? []
      : [{ title: activity.title, goalCode: activity.goal.code, deviation, source: activity.source }];
  });
}

function toReportRef(report: ReportSummary): DigestReportRef {
  return {
    id: report.id,
    organisation: report.organisation,
    unit: report.unit,
    kind: report.kind,
    year: report.year,
    period: periodName(report),
    file: report.sourceFile,
    checksum: report.checksum,
  };
}
