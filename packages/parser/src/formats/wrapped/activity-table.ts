import { type ActivityState, spanSource } from "@tertial/domain";
import type { ActivityDraft, ScanContext } from "../scan-context.ts";
import { isPageFurniture } from "../../text/page-furniture.ts";
import { indicatorHeaderKind, isActivityHeader, isGoalLabel } from "./table-lines.ts";
import { hasMarkedLineBreaks } from "../../text/line-breaks.ts";
import { joinWrappedLines } from "./wrapped-text.ts";

const DATE_LINE = /^(?<before>.*?)\s*(?<start>\d{4}-\d{2}-\d{2})\s+(?<end>\d{4}-\d{2}-\d{2})(?<after>.*)$/;
const GLYPH_STATE: Readonly<Record<string, ActivityState>> = { "✓": "completed", "▶": "ongoing" };
const GLYPH = /^(?<glyph>[✓▶])\s*/u;

interface ActivityRowB {
  line: number;
  /** The date line, which also holds the Avvikelse cell. */
  dateLine: number;
  titleLines: string[];
  startDate: string;
  endDate: string;
  deviationText: string | null;
}

/**
 * Scans wrapped-layout (S17-style) activity tables (docs/report-format.md §7): an indented first name line, more
 * name lines, then a date line `YYYY-MM-DD YYYY-MM-DD` followed by the Avvikelse cell; a short name
 * shares the date line. Name text that is followed by no date line of its own before the next
 * activity (or the table's end) and comes after a page break is the rest of the previous activity's name.
 */
export function scanWrappedActivities(ctx: ScanContext): ActivityDraft[] {
  const breaksMarked = ctx.breaksMarked ?? hasMarkedLineBreaks(ctx.lines);
  const rows: ActivityRowB[] = [];
  let inTable = false;
  let sawPageBreak = false;
  let firstRowOfTable = 0;
  let pending: { line: number; raw: string }[] = [];

  const resolvePending = (): void => {
    const first = pending[0];
    const last = rows.length > firstRowOfTable ? rows.at(-1) : undefined;
    if (first !== undefined) {
      if (last !== undefined && sawPageBreak) last.titleLines.push(...pending.map((p) => p.raw));
      else ctx.warn(first.line, `activity text without dates: "${pending.map((p) => p.raw.trim()).join(" ")}"`);
    }
    pending = [];
  };
  const finishTable = (): void => {
    resolvePending();
    inTable = false;
  };

  for (let i = 0; i < ctx.lines.length; i++) {
    const raw = ctx.lines[i] ?? "";
    const lineNumber = i + 1;
    if (isActivityHeader(raw)) {
      if (inTable) {
        sawPageBreak = true;
      } else {
        inTable = true;
        sawPageBreak = false;
        firstRowOfTable = rows.length;
      }
      continue;
    }
    if (!inTable) continue;
    if (isPageFurniture(raw)) {
      sawPageBreak = true;
      continue;
    }
    if (indicatorHeaderKind(raw) !== null || isGoalLabel(raw) || ctx.isBoundary(lineNumber)) {
      finishTable();
      continue;
    }
    if (raw.trim() === "") continue;
    const isIndented = /^\s+\S/.test(raw);
    const dates = DATE_LINE.exec(raw)?.groups;
    if (dates?.["start"] !== undefined && dates["end"] !== undefined) {
      const before = (dates["before"] ?? "").trim();
      if (isIndented && before !== "") resolvePending();
      if (before !== "") pending.push({ line: lineNumber, raw: `${before} ` });
      const first = pending[0];
      if (first === undefined) {
        ctx.warn(lineNumber, "activity dates without an activity name");
        continue;
      }
      const deviation = (dates["after"] ?? "").trim();
      rows.push({
        line: first.line,
        dateLine: lineNumber,
        titleLines: pending.map((p) => p.raw),
        startDate: dates["start"],
        endDate: dates["end"],
        deviationText: deviation === "" ? null : deviation,
      });
      pending = [];
      sawPageBreak = false;
      continue;
    }
    if (isIndented) {
      resolvePending();
    } else if (pending.length === 0 && rows.length > firstRowOfTable && !sawPageBreak) {
      // Unindented text right after a complete activity, with no page break between: the table is over.
      finishTable();
      continue;
    }
    pending.push({ line: lineNumber, raw });
  }
  finishTable();
  return rows.flatMap((row) => toDraft(ctx, row, breaksMarked));
}

function toDraft(ctx: ScanContext, row: ActivityRowB, breaksMarked: boolean): ActivityDraft[] {
  const printed = joinWrappedLines(row.titleLines, breaksMarked);
  const glyph = GLYPH.exec(printed)?.groups?.["glyph"] ?? null;
  const title = glyph === null ? printed : printed.replace(GLYPH, "");
  const goalId = ctx.ownerAt(row.line);
  if (goalId === null) {
    ctx.warn(row.line, `activity "${title}" is not under any goal`);
    return [];
  }
  return [
    {
      goalId,
      title,
      glyph,
      state: glyph === null ? null : (GLYPH_STATE[glyph] ?? null),
      startDate: row.startDate,
      endDate: row.endDate,
      deviation: row.deviationText !== null,
      deviationText: row.deviationText,
      delayHint: null,
      analysis: null,
      source: spanSource(ctx.file, row.line, row.dateLine),
    },
  ];
}
