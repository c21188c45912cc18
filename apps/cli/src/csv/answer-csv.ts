import { formatSource } from "@tertial/domain";
import type { Answer } from "@tertial/engine";
import { type Cell, excelCsv } from "./excel-csv.ts";

/**
 * An answer's items as CSV: kind, name, report, one column per value label (in the order they first
 * appear; the printed values, already with a decimal comma), status and source (file:line, or
 * file:line–endLine for a fact printed over several lines).
 */
export function answerCsv(answer: Answer): string {
  const labels = [...new Set(answer.items.flatMap((item) => Object.keys(item.values)))];
  const rows = answer.items.map((item): Cell[] => [
    item.kind,
    item.name,
    [item.report.organisation, item.report.unit, item.report.period].filter((part) => part !== null).join(" "),
    ...labels.map((label) => item.values[label] ?? null),
    item.status,
    item.statusReason,
    formatSource(item.source),
  ]);
  return excelCsv(["typ", "namn", "rapport", ...labels, "status", "statusskäl", "källa"], rows);
}
