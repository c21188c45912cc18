import type { ParsedReport } from "@tertial/domain";
import { InvalidReportError } from "./errors.ts";

/** Throws when goal ids repeat or an indicator, activity or goal points at a goal the report lacks. */
export function checkReferences(report: ParsedReport): void {
  const keys = new Set<string>();
  for (const goal of report.goals) {
    if (keys.has(goal.id)) fail(report, `goal id "${goal.id}" occurs twice (line ${goal.source.line})`);
    keys.add(goal.id);
  }
  const check = (key: string | null, what: string, line: number) => {
    if (key !== null && !keys.has(key))
      fail(report, `${what} at line ${line} refers to goal "${key}", which the report lacks`);
  };
  for (const goal of report.goals) check(goal.parentId, "goal", goal.source.line);
  for (const indicator of report.indicators) check(indicator.goalId, "indicator", indicator.source.line);
  for (const activity of report.activities) check(activity.goalId, "activity", activity.source.line);
}

function fail(report: ParsedReport, problem: string): never {
  throw new InvalidReportError(
    `${report.sourceFile}: ${problem}.`,
    "This is a parser bug; please report it with the file.",
  );
}
