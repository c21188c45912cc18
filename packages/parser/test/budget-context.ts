import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ScanContext, TextFormat } from "../src/formats/scan-context.ts";

export interface RecordingBudgetContext extends ScanContext {
  readonly warnings: { line: number; message: string }[];
}

/** A ScanContext for the economy scanner: no goals, no boundaries, warnings recorded. */
export function createBudgetContext(
  lines: readonly string[],
  format: TextFormat,
  file = "fixture.txt",
): RecordingBudgetContext {
  const warnings: { line: number; message: string }[] = [];
  return {
    file,
    lines,
    format,
    reportKind: "T1",
    ownerAt: () => null,
    isBoundary: () => false,
    warn: (line, message) => {
      warnings.push({ line, message });
    },
    warnings,
  };
}

/** A context over a real report in data/reports (S20, N21: tabbed; S17: wrapped). */
export function createReportBudgetContext(file: string, format: TextFormat): RecordingBudgetContext {
  const path = join(import.meta.dirname, "..", "..", "..", "data", "reports", file);
  return createBudgetContext(readFileSync(path, "utf8").replace(/\r/g, "").split("\n"), format, file);
}

/** Inline fixture lines: `⇥` stands for a TAB and `·` for a space. */
export function budgetFixture(text: string): string[] {
  return text
    .replace(/^\n/, "")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.replaceAll("⇥", "\t").replaceAll("·", " "));
}
