import type { GoalId } from "@tertial/domain";
import { readActivityRowA } from "./activity-row.ts";
import type { ActivityRowA } from "./activity-row.ts";
import { cleanText, joinFragments } from "./cell-text.ts";
import { findDelayHint } from "../delay-hints.ts";
import type { ActivityDraft, ScanContext } from "../scan-context.ts";
import { walkTablesA } from "./table-walker.ts";

interface OpenActivity {
  line: number;
  goalId: GoalId | null;
  row: ActivityRowA | null;
  titleParts: string[];
  analysisParts: string[];
  hasAnalysisLabel: boolean;
}

/**
 * Scans the tabbed-layout activity tables (docs/report-format.md §7): header `^\t?Aktivitet\t`, rows located by
 * their date cell(s), Analys rows for the activity above, page-break repeats of the header. A row
 * with text only continues the previous activity's name while no Analys has been seen for it,
 * otherwise its analysis. Rows before any goal are reported through `ctx.warn` and skipped.
 */
export function scanTabbedActivities(ctx: ScanContext): ActivityDraft[] {
  const drafts: ActivityDraft[] = [];
  let current: OpenActivity | null = null;

  const open = (lineNumber: number, row: ActivityRowA | null, title: string): void => {
    finish();
    const goalId = ctx.ownerAt(lineNumber);
    if (goalId === null) ctx.warn(lineNumber, `activity "${title}" is not under any goal; skipped`);
    current = { line: lineNumber, goalId, row, titleParts: [title], analysisParts: [], hasAnalysisLabel: false };
  };
  const finish = (): void => {
    const done: OpenActivity | null = current;
    current = null;
    if (done === null || done.goalId === null) return;
    const title = joinFragments(done.titleParts);
    if (title === null) ctx.warn(done.line, "activity row without a name; skipped");
    else drafts.push(toDraft(ctx.file, done, done.goalId, title));
  };

  walkTablesA(ctx, "activity", {
    startTable() {
      finish();
    },
    repeatHeader() {},
    analysis(lineNumber, text) {
      if (current === null) {
        ctx.warn(lineNumber, "Analys row without an activity above it");
        return;
      }
      current.hasAnalysisLabel = true;
      current.analysisParts.push(text);
    },
    row(lineNumber, cells) {
      const row = readActivityRowA(cells);
      if (row !== null) {
        open(lineNumber, row, row.title);
        return;
      }
      const text = cleanText(cells.join(" "));
      if (text === "") return;
      const last: OpenActivity | null = current;
      if (last === null) {
        ctx.warn(lineNumber, `activity without dates: "${text}"`);
        open(lineNumber, null, text);
      } else if (last.hasAnalysisLabel) last.analysisParts.push(text);
      else last.titleParts.push(text);
    },
    looseText(_lineNumber, text, afterBlank) {
      const last: OpenActivity | null = current;
      if (last === null || !last.hasAnalysisLabel) return false;
      if (afterBlank && joinFragments(last.analysisParts) !== null) return false;
      last.analysisParts.push(text);
      return true;
    },
    endTable() {
      finish();
    },
  });
  return drafts;
}

function toDraft(file: string, open: OpenActivity, goalId: GoalId, title: string): ActivityDraft {
  const analysis = joinFragments(open.analysisParts);
  const deviationText = open.row?.deviationText ?? null;
  return {
    goalId,
    title,
    glyph: open.row?.glyph ?? null,
    state: open.row?.state ?? null,
    startDate: open.row?.startDate ?? null,
    endDate: open.row?.endDate ?? null,
    deviation: deviationText !== null,
    deviationText,
    delayHint: findDelayHint(analysis),
    analysis,
    source: { file, line: open.line },
  };
}
