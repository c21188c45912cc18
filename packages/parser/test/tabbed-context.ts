import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GoalId } from "@tertial/domain";
import type { GoalLevel, ParsedReport } from "@tertial/domain";
import { parseReport } from "../src/parse-report.ts";
import type { ScanContext } from "../src/formats/scan-context.ts";

export interface RecordingContextA extends ScanContext {
  readonly warnings: { line: number; message: string }[];
}

const AREA_LABEL = /^(?:\*\*)?KF:s mål för verksamhetsområdet:/;
const COMMITTEE_LABEL = /^(?:\*\*)?Nämndmål:/;
const DIRECTION_LABEL = /^(?:\*\*)?KF:s inriktningsmål:/;
const isTocLine = (raw: string): boolean => raw.includes("\t") || raw.includes(".....");

/**
 * A minimal parent rule for tests (docs/report-format.md §4.4): a table belongs to the latest `Nämndmål:` label
 * after the latest `KF:s mål för verksamhetsområdet:` label, else to that KF goal. Ids are
 * `area@<line>` / `committee@<line>`; lines before any KF goal (or after an inriktningsmål label
 * with no KF goal yet) have no owner. Goal label lines are the boundaries.
 */
export function goalOwnersA(lines: readonly string[]): {
  ownerAt: (line: number) => GoalId | null;
  isBoundary: (line: number) => boolean;
} {
  const owners: (GoalId | null)[] = [null];
  const labels = new Set<number>();
  let area: GoalId | null = null;
  let committee: GoalId | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (!isTocLine(raw)) {
      if (DIRECTION_LABEL.test(raw)) {
        area = null;
        committee = null;
        labels.add(line);
      } else if (AREA_LABEL.test(raw)) {
        area = GoalId.parse(`area@${line}`);
        committee = null;
        labels.add(line);
      } else if (COMMITTEE_LABEL.test(raw)) {
        committee = GoalId.parse(`committee@${line}`);
        labels.add(line);
      }
    }
    owners.push(committee ?? area);
  });
  return { ownerAt: (line) => owners[line] ?? null, isBoundary: (line) => labels.has(line) };
}

/** A recording ScanContext over `lines`; without `owners` every line belongs to goal "g1". */
export function createFormatAContext(
  lines: readonly string[],
  owners: Partial<Pick<ScanContext, "ownerAt" | "isBoundary">> = {},
  file = "fixture.txt",
): RecordingContextA {
  const warnings: { line: number; message: string }[] = [];
  return {
    file,
    lines,
    format: "tabbed",
    reportKind: "T1",
    ownerAt: owners.ownerAt ?? (() => GoalId.parse("g1")),
    isBoundary: owners.isBoundary ?? (() => false),
    warn: (line, message) => {
      warnings.push({ line, message });
    },
    warnings,
  };
}

/** Inline fixture lines: `⇥` stands for a TAB and `·` for a space. */
export function fixtureLinesA(text: string): string[] {
  return text
    .replace(/^\n/, "")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.replaceAll("⇥", "\t").replaceAll("·", " "));
}

/** The lines of a real report in data/reports (S20 = socialnamnden-t1-2020.txt, N21 = norrmalm-t2-2021.txt). */
export function readReportLines(file: string): string[] {
  const path = join(import.meta.dirname, "..", "..", "..", "data", "reports", file);
  return readFileSync(path, "utf8").replace(/\r/g, "").split("\n");
}

/** A recording context over a real report with the test parent rule of `goalOwnersA`. */
export function createReportContextA(file: string): RecordingContextA {
  const lines = readReportLines(file);
  return createFormatAContext(lines, goalOwnersA(lines), file);
}

/** A real report through the whole parser (its own goal scanner decides the owners). */
export function parseRealReport(file: string): ParsedReport {
  const text = readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8");
  return parseReport(text, { file, checksum: createHash("sha256").update(text).digest("hex") });
}

/** How many of the items sit under goals of each level, by the report's own goals. */
export function countByGoalLevel(
  report: ParsedReport,
  items: readonly { goalId: string }[],
): Partial<Record<GoalLevel, number>> {
  const levels = new Map<string, GoalLevel>(report.goals.map((goal) => [goal.id, goal.level]));
  const counts: Partial<Record<GoalLevel, number>> = {};
  for (const item of items) {
    const level = levels.get(item.goalId);
    if (level !== undefined) counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}
