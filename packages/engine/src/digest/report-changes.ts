import type { Status } from "@tertial/domain";
import type { DigestReportData } from "./digest-input.ts";
import type {
  AssessmentChange,
  DigestActivity,
  DigestBudget,
  DigestChanges,
  StatusChange,
  BudgetMovement,
} from "./digest-types.ts";
import { matchItems, normaliseName } from "./match-key.ts";

const TROUBLE: readonly Status[] = ["off-track", "missed"];
const GOOD: readonly Status[] = ["on-track", "met"];

/**
 * What changed between two reports of the same organisation: indicators (matched by matchItems) that
 * became off-track or missed, that went from on track or met to at risk, or that recovered from
 * off-track/missed/at-risk to on-track/met; goals (matched by level + normalised title) whose assessment changed; deviating
 * activities that were not deviating before; and the budget total's forecast movement.
 */
export function compareReports(
  previous: DigestReportData,
  current: DigestReportData,
  deviations: { previous: readonly DigestActivity[]; current: readonly DigestActivity[] },
  budgets: { previous: DigestBudget | null; current: DigestBudget | null },
): DigestChanges {
  const toItem = (indicator: DigestReportData["indicators"][number]) => ({
    ...indicator,
    goalCode: indicator.goal.code,
  });
  const pairs = matchItems(previous.indicators.map(toItem), current.indicators.map(toItem));
  const becameOffTrack: StatusChange[] = [];
  const newRisks: StatusChange[] = [];
  const recovered: StatusChange[] = [];
  for (const [before, now] of pairs) {
    const change: StatusChange = {
      name: now.name,
      goalCode: now.goalCode,
      from: before.status,
      to: now.status,
      rule: now.statusRule,
      previousSource: before.source,
      source: now.source,
    };
    if (TROUBLE.includes(now.status) && !TROUBLE.includes(before.status)) becameOffTrack.push(change);
    else if (now.status === "at-risk" && GOOD.includes(before.status)) newRisks.push(change);
    else if (GOOD.includes(now.status) && (TROUBLE.includes(before.status) || before.status === "at-risk"))
      recovered.push(change);
  }
  return {
    becameOffTrack,
    newRisks,
    recovered,
    assessmentChanges: compareAssessments(previous, current),
    newDeviations: newDeviations(deviations.previous, deviations.current),
    budgetMovement: budgetMovement(budgets.previous, budgets.current),
  };
}

function compareAssessments(previous: DigestReportData, current: DigestReportData): AssessmentChange[] {
  const key = (goal: DigestReportData["goals"][number]) => `${goal.level}|${normaliseName(goal.title)}`;
  const before = new Map<string, DigestReportData["goals"][number]>();
  for (const goal of previous.goals) if (!before.has(key(goal))) before.set(key(goal), goal);
  const changes: AssessmentChange[] = [];
  for (const goal of current.goals) {
    const old = before.get(key(goal));
    if (old === undefined || old.assessment === goal.assessment) continue;
    changes.push({
      code: goal.code,
      title: goal.title,
      from: old.assessment,
      to: goal.assessment,
      previousSource: old.source,
      source: goal.source,
    });
  }
  return changes;
}

function newDeviations(previous: readonly DigestActivity[], current: readonly DigestActivity[]): DigestActivity[] {
  const before = new Set(previous.map((activity) => normaliseName(activity.title)));
  return current.filter((activity) => !before.has(normaliseName(activity.title)));
}

function budgetMovement(previous: DigestBudget | null, current: DigestBudget | null): BudgetMovement | null {
  if (previous === null || current === null || previous.unit !== current.unit) return null;
  return {
    row: current.row,
    unit: current.unit,
    previousForecast: previous.forecast,
    forecast: current.forecast,
    change: Math.round((current.forecast.amount - previous.forecast.amount) * 100) / 100,
    previousDeviation: previous.deviation,
    deviation: current.deviation,
  };
}
