import { basename } from "node:path";
import type { LoadSummary } from "@tertial/loader";

/** The closing summary of a load: outcomes, item counts, failures with their reasons, every warning as file:line. */
export function formatLoadSummary(summary: LoadSummary, dbLabel: string): string[] {
  const { counts } = summary;
  const lines = [
    `${dbLabel}: ${summary.added} added, ${summary.unchanged} unchanged, ${summary.replaced} replaced, ${summary.failed} failed`,
    `Read: ${counts.goals} goals, ${counts.indicators} indicators, ${counts.activities} activities, ` +
      `${counts.budgetLines} budget lines, ${counts.budgetRequests} budget requests`,
  ];
  const failed = summary.files.filter((file) => file.outcome === "failed");
  if (failed.length > 0) {
    lines.push(`Failed (${failed.length}): fix or remove these files and load again; the other reports were loaded.`);
    for (const file of failed) {
      const [first = "", ...rest] = (file.error ?? "").split("\n");
      lines.push(`  ${basename(file.path)}: ${first}`, ...rest.map((line) => `    ${line.trim()}`));
    }
  }
  if (summary.warnings.length > 0) {
    lines.push(`Warnings (${summary.warnings.length}):`);
    for (const warning of summary.warnings) lines.push(`  ${warning.file}:${warning.line} ${warning.message}`);
  }
  return lines;
}
