import { buildIndicatorDraftB, type IndicatorRowB } from "./indicator-row.ts";
import { isPageFurniture } from "../../text/page-furniture.ts";
import type { IndicatorDraft, ScanContext } from "../scan-context.ts";
import {
  indicatorHeaderKind,
  isActivityHeader,
  isAnalysisLabel,
  isGoalLabel,
  isWhitespaceOnly,
  readIndicatorHeader,
} from "./table-lines.ts";
import { isPeriodComplete, isPeriodFragment, parseValuesLineB, type ValuesLineB } from "./values-line.ts";
import { hasMarkedLineBreaks } from "../../text/line-breaks.ts";

/**
 * tail: right after the values line, where KF text and Period wrap; afterTail: the same after an empty
 * line; nameTail: name fragments printed after a page break; analysis: inside an Analys text.
 */
type Phase = "idle" | "name" | "tail" | "afterTail" | "nameTail" | "analysis";

/** Names are wrapped at ≈25 characters; a longer line that is not a values line is prose. */
const MAX_NAME_LINE = 45;
/** An analysis ends at an indented short line: the first line of the next name. */
const MAX_NAME_START = 35;

interface ScanState {
  readonly ctx: ScanContext;
  readonly breaksMarked: boolean;
  readonly drafts: IndicatorDraft[];
  inTable: boolean;
  previousLabel: string | null;
  phase: Phase;
  /** An empty line came after the last content line. */
  sawEmptyLine: boolean;
  /** A page break (furniture or repeated header) came after the current row's values line. */
  sawPageBreak: boolean;
  /** Name lines still waiting for their values line. */
  pending: { line: number; raw: string }[];
  /** The last row with a values line; it stays open for wrapped cells, Analys and name ends. */
  row: IndicatorRowB | null;
}

/**
 * Scans wrapped-layout (S17-style) indicator tables: a header of 17 short fragments, then per row the name
 * lines, one whitespace-encoded values line (see values-line.ts), wrapped Period / KF text, and an
 * optional `Analys` block (docs/report-format.md §5.1, §5.3).
 */
export function scanWrappedIndicators(ctx: ScanContext): IndicatorDraft[] {
  const state: ScanState = {
    ctx,
    breaksMarked: ctx.breaksMarked ?? hasMarkedLineBreaks(ctx.lines),
    drafts: [],
    inTable: false,
    previousLabel: null,
    phase: "idle",
    sawEmptyLine: false,
    sawPageBreak: false,
    pending: [],
    row: null,
  };
  for (let i = 0; i < ctx.lines.length; i++) {
    const raw = ctx.lines[i] ?? "";
    const lineNumber = i + 1;
    const header = indicatorHeaderKind(raw);
    if (header !== null) {
      if (header === "new" || !state.inTable) {
        finishTable(state);
        state.inTable = true;
        state.previousLabel = null;
      } else {
        state.sawPageBreak = true;
      }
      const read = readIndicatorHeader(ctx.lines, i);
      if (!read.isComplete) ctx.warn(lineNumber, "indicator header does not end with a Period fragment");
      state.previousLabel = read.previousLabel ?? state.previousLabel;
      i = read.lastIndex;
    } else if (!state.inTable) {
    } else if (isPageFurniture(raw)) {
      state.sawPageBreak = true;
    } else if (isActivityHeader(raw) || isGoalLabel(raw) || ctx.isBoundary(lineNumber)) {
      finishTable(state);
    } else if (raw.trim() === "") {
      // An empty line is a wrap; a line of spaces separates rows and ends an analysis.
      if (isWhitespaceOnly(raw) && state.phase !== "name") state.phase = "idle";
      state.sawEmptyLine = true;
    } else {
      readContentLine(state, raw, lineNumber);
      state.sawEmptyLine = false;
    }
  }
  finishTable(state);
  return state.drafts;
}

function readContentLine(state: ScanState, raw: string, lineNumber: number): void {
  const { ctx, row, phase } = state;
  const text = raw.trim();
  const adjacent = !state.sawEmptyLine;
  if (row !== null && phase === "tail" && adjacent) {
    if (row.kfIsText && row.periodLines.length === 0) return void pushCell(row.kfLines, row, raw, lineNumber);
    if (needsPeriod(row) && isPeriodFragment(text)) return void pushCell(row.periodLines, row, raw, lineNumber);
  }
  if (row !== null && (phase === "tail" || phase === "afterTail") && needsPeriod(row) && isPeriodFragment(text)) {
    state.phase = "afterTail";
    return void pushCell(row.periodLines, row, raw, lineNumber);
  }
  if (row !== null && phase === "nameTail" && adjacent) return void row.nameLines.push(raw);
  if (isAnalysisLabel(text)) {
    if (row === null || row.analysisLines !== null || state.pending.length > 0) {
      return void ctx.warn(lineNumber, "Analys label without an indicator row above it");
    }
    row.analysisLines = [];
    state.phase = "analysis";
    return;
  }
  const values = parseValuesLineB(raw);
  const isNameStart = /^\s+\S/.test(raw) && text.length <= MAX_NAME_START;
  if (row?.analysisLines && phase === "analysis" && values === null && !isNameStart) {
    return void row.analysisLines.push(raw);
  }
  if (row !== null && phase !== "name" && phase !== "analysis" && row.analysisLines === null && /^\p{Ll}/u.test(text)) {
    // The values line came before the end of the name, which went on after a page break.
    if (!state.sawPageBreak)
      ctx.warn(lineNumber, `lower-case text "${text}" after a values line taken as the end of the name above`);
    state.phase = "nameTail";
    return void row.nameLines.push(raw);
  }
  if (values !== null) return void startRow(state, values, raw, lineNumber);
  if (text.length > MAX_NAME_LINE) {
    if (row?.analysisLines && phase === "idle" && state.sawPageBreak) {
      state.phase = "analysis";
      return void row.analysisLines.push(raw);
    }
    ctx.warn(lineNumber, `text in an indicator table that is neither a row nor an analysis ends the table: "${text}"`);
    return void finishTable(state);
  }
  state.pending.push({ line: lineNumber, raw });
  state.phase = "name";
}

function startRow(state: ScanState, values: ValuesLineB, raw: string, lineNumber: number): void {
  finishRow(state);
  const nameLines = state.pending.map((p) => p.raw);
  if (values.namePrefix !== null) nameLines.push(`${values.namePrefix} `);
  if (values.parseCount > 1) {
    state.ctx.warn(lineNumber, `values line has ${values.parseCount} readings; the first was used`);
  }
  const kfText = values.kfIsText ? (values.cells[6] ?? "") : "";
  const isKfBroken = values.period === null && !/\s$/.test(raw);
  state.row = {
    line: state.pending[0]?.line ?? lineNumber,
    valuesLine: lineNumber,
    lastLine: lineNumber,
    nameLines,
    cells: values.cells,
    kfIsText: values.kfIsText,
    kfLines: values.kfIsText ? [isKfBroken ? kfText : `${kfText} `] : [],
    periodLines: values.period === null ? [] : [`${values.period} `],
    analysisLines: null,
    previousLabel: state.previousLabel,
    alignment: values.parseCount > 1 ? "low" : "exact",
  };
  state.pending = [];
  state.phase = "tail";
  state.sawPageBreak = false;
}

/** Adds a wrapped KF / Period fragment to the row; the row's facts now run on to its line. */
function pushCell(cell: string[], row: IndicatorRowB, raw: string, lineNumber: number): void {
  cell.push(raw);
  row.lastLine = Math.max(row.lastLine, lineNumber);
}

/** True while the row may still receive Period fragments: no Analys yet and no year printed. */
function needsPeriod(row: IndicatorRowB): boolean {
  const period = row.periodLines.join(" ").trim();
  return row.analysisLines === null && (period === "" || !isPeriodComplete(period));
}

function finishRow(state: ScanState): void {
  if (state.row !== null) {
    const draft = buildIndicatorDraftB(state.ctx, state.row, state.breaksMarked);
    if (draft !== null) state.drafts.push(draft);
  }
  state.row = null;
}

function finishTable(state: ScanState): void {
  finishRow(state);
  const first = state.pending[0];
  if (first !== undefined) {
    const text = state.pending.map((p) => p.raw.trim()).join(" ");
    state.ctx.warn(first.line, `indicator name without a values line: "${text}"`);
  }
  state.pending = [];
  state.inTable = false;
  state.phase = "idle";
}
