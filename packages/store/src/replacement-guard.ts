import type { Goal, ParsedReport } from "@tertial/domain";
import { StoreError } from "./errors.ts";
import type { Db } from "./open-database.ts";
import { statement } from "./statements.ts";

/**
 * A report the loader refuses to store without --replace: it repeats itself (concatenated copies), or
 * it would replace a stored version of itself that holds more (a truncated file). The message is one line.
 */
export class RefusedReportError extends StoreError {
  override readonly name: string = "RefusedReportError";
}

/** The text of a replacement may be this much smaller than the stored version's (a corrected typo, a re-export). */
export const TEXT_SHRINK_TOLERANCE = 0.0025;

const FORCE_HINT = "Load it with --replace if it is right.";

/**
 * Why the text looks like copies of one report put together, or null: a goal (level, number and title,
 * under the same parent) that appears twice. No real report prints a goal twice; a concatenated file
 * prints every one of them twice.
 */
export function findRepetition(report: ParsedReport): string | null {
  const keys = new Set<string>();
  const keyOf = new Map<string, string>();
  let repeated: Goal | null = null;
  let count = 0;
  for (const goal of report.goals) {
    const parent = goal.parentId === null ? "" : (keyOf.get(goal.parentId) ?? goal.parentId);
    const key = `${parent}/${goal.level}:${goal.code ?? ""}:${goal.title}`;
    keyOf.set(goal.id, key);
    if (keys.has(key)) {
      count += 1;
      repeated ??= goal;
    } else {
      keys.add(key);
    }
  }
  if (repeated === null) return null;
  const name = `${repeated.code === null ? "" : `${repeated.code} `}"${repeated.title}"`;
  return `the text repeats itself: goal ${name} appears again at line ${repeated.source.line} (${count} repeated goal(s) in all), so the file looks like copies of one report put together`;
}

/** A stored report's item counts and text size, as the guard compares them. */
interface StoredSize {
  id: number;
  source_file: string;
  goal_count: number;
  indicator_count: number;
  activity_count: number;
  budget_line_count: number;
  budget_request_count: number;
  content_bytes: number | null;
}

const KINDS = [
  ["goals", "goal_count", (r: ParsedReport) => r.goals.length],
  ["indicators", "indicator_count", (r: ParsedReport) => r.indicators.length],
  ["activities", "activity_count", (r: ParsedReport) => r.activities.length],
  ["budget lines", "budget_line_count", (r: ParsedReport) => r.budgetLines.length],
  ["budget requests", "budget_request_count", (r: ParsedReport) => r.budgetRequests.length],
] as const;

/**
 * Why `report` must not replace the stored reports `replacedIds`, or null: it holds fewer items of some
 * kind than a stored version (goals, indicators, activities, budget lines or budget requests), or less
 * text than it (non-whitespace bytes, beyond TEXT_SHRINK_TOLERANCE). A complete report's new version
 * holds at least as much; a file cut short holds less, even when the cut only lost the closing text.
 */
export function findShrinkage(
  db: Db,
  report: ParsedReport,
  contentBytes: number | null,
  replacedIds: readonly number[],
): string | null {
  for (const id of replacedIds) {
    const stored = statement<{ id: number }, StoredSize>(
      db,
      `SELECT id, source_file, goal_count, indicator_count, activity_count, budget_line_count, budget_request_count,
              content_bytes
         FROM report WHERE id = @id`,
    ).get({ id });
    if (stored === undefined) continue;
    const lost = KINDS.filter(([, column, count]) => count(report) < stored[column]).map(
      ([label, column, count]) => `${count(report)} ${label} instead of ${stored[column]}`,
    );
    const storedText = stored.content_bytes;
    const textLoss =
      storedText !== null && contentBytes !== null && contentBytes < storedText * (1 - TEXT_SHRINK_TOLERANCE)
        ? `${percent(1 - contentBytes / storedText)} % less text`
        : null;
    if (lost.length > 0 || textLoss !== null) {
      const what = [...lost, ...(textLoss === null ? [] : [textLoss])].join(", ");
      return `it holds less than the stored version (${stored.source_file}): ${what}, so the file looks cut short`;
    }
  }
  return null;
}

/** The one-line refusal: what is wrong, that nothing changed, and how to force it. */
export function refusal(report: ParsedReport, reason: string): RefusedReportError {
  return new RefusedReportError(
    `refused ${report.sourceFile} (${report.organisation} ${report.kind} ${report.year}): ${reason}; nothing was changed.`,
    FORCE_HINT,
  );
}

function percent(fraction: number): string {
  const value = fraction * 100;
  return value >= 10 ? value.toFixed(0) : value.toFixed(1);
}
