import type { BudgetRowDraft, BudgetTableDraft, EconomySection } from "../../budget/budget-draft.ts";
import { createGroupTracker, type GroupTracker } from "../../budget/budget-groups.ts";
import {
  columnsB,
  headerWordsB,
  isColumnLineB,
  isGroupLineB,
  isHeaderContinuationB,
  isStubLineB,
  type ColumnsB,
} from "./budget-header.ts";
import { fitCells, isNumberToken, rowTokens, splitLabel, type RowPart } from "./budget-row.ts";
import { stubTitle, titleAbove } from "../../budget/budget-section.ts";
import type { ScanContext } from "../scan-context.ts";

const FURNITURE = /^(Tjänsteutlåtande|Sid \d+ \(\d+\))$/;
/** A label-only line longer than this is prose, not a wrapped row label. */
const LABEL_LINE_MAX = 60;

const textAt = (ctx: ScanContext, line: number): string => ctx.lines[line - 1] ?? "";
const isBlank = (raw: string): boolean => raw.trim() === "";

interface HeaderB extends ColumnsB {
  first: number;
  end: number;
  lines: Set<string>;
}

/** The header block around the column line `line`: a group or stub line above it, continuation lines below. */
function readHeader(ctx: ScanContext, line: number, section: EconomySection): HeaderB {
  let first = line;
  let groups: string[] = [];
  let stubLine = "";
  let above = line - 1;
  while (above > section.start && isBlank(textAt(ctx, above)) && line - above < 3) above -= 1;
  if (isGroupLineB(textAt(ctx, above))) {
    groups = textAt(ctx, above)
      .trim()
      .split(/\s{2,}/);
    first = above;
  } else if (above === line - 1 && isStubLineB(textAt(ctx, above))) {
    stubLine = textAt(ctx, above);
    first = above;
  }
  const columnLines = [textAt(ctx, line)];
  let end = line;
  for (let next = line + 1; next <= section.end; next += 1) {
    const raw = textAt(ctx, next);
    if (isBlank(raw)) continue;
    if (!isColumnLineB(raw) && !isHeaderContinuationB(raw)) break;
    columnLines.push(raw);
    end = next;
  }
  const lines = new Set<string>();
  for (let at = first; at <= end; at += 1) if (!isBlank(textAt(ctx, at))) lines.add(textAt(ctx, at).trim());
  return { ...columnsB(headerWordsB(columnLines), groups, stubLine), first, end, lines };
}

/** Fits one assembled row into the header's layouts; warns when it cannot. */
function finishRow(ctx: ScanContext, parts: RowPart[], header: HeaderB, groups: GroupTracker): BudgetRowDraft | null {
  const line = parts[0]?.line ?? 0;
  const tokens = rowTokens(parts);
  for (let skip = 0; skip <= 2; skip += 1) {
    const split = splitLabel(tokens, skip);
    if (split === null) break;
    for (const layout of header.layouts) {
      const fitted = fitCells(split.values, layout);
      if (fitted === null) continue;
      if (split.label === "") {
        ctx.warn(line, "economy amounts without a row label; skipped");
        return null;
      }
      if (skip > 0)
        ctx.warn(line, `row label "${split.label}" read as ending in a number so that its amounts fit the columns`);
      if (fitted.isAmbiguous)
        ctx.warn(line, `amounts of row "${split.label}" can be split in more than one way; thousands joined`);
      return { label: split.label, group: groups.groupOf(split.label), line, cells: fitted.cells };
    }
  }
  const text = tokens
    .map((token) => token.text)
    .join(" ")
    .trim();
  ctx.warn(line, `economy row "${text}" does not fit the ${header.columns.length} columns of its table; skipped`);
  return null;
}

/** True for a line whose words after the first number are not all numbers: prose ("… 316,5 mnkr vilket …"). */
function isProse(raw: string): boolean {
  const words = raw.trim().split(/\s+/);
  const first = words.findIndex(isNumberToken);
  if (first === -1) return raw.trim().length > LABEL_LINE_MAX;
  return words.slice(first).some((word) => !isNumberToken(word) && word !== "%");
}

function readBody(
  ctx: ScanContext,
  header: HeaderB,
  section: EconomySection,
): { rows: BudgetRowDraft[]; next: number } {
  const rows: BudgetRowDraft[] = [];
  const groups = createGroupTracker();
  let parts: RowPart[] = [];
  let hasValues = false;
  const flush = (): void => {
    if (parts.length > 0 && hasValues) {
      const row = finishRow(ctx, parts, header, groups);
      if (row !== null) rows.push(row);
    } else if (parts.length > 0) {
      groups.startGroup(parts.map((part) => part.raw.trim()).join(" "), "plain");
    }
    parts = [];
    hasValues = false;
  };
  let line = header.end + 1;
  for (; line <= section.end; line += 1) {
    const raw = textAt(ctx, line);
    const text = raw.trim();
    if (text === "" || FURNITURE.test(text)) continue;
    if (ctx.isBoundary(line)) break;
    if (header.lines.has(text) || isColumnLineB(raw)) continue;
    if (isProse(raw)) break;
    const startsWithNumber = isNumberToken(text.split(/\s+/)[0] ?? "");
    const hasNumber = text.split(/\s+/).some(isNumberToken);
    if (startsWithNumber) {
      if (parts.length === 0) ctx.warn(line, `economy amounts "${text}" without a row label; skipped`);
      else parts.push({ raw, line, isLabel: false });
      hasValues ||= parts.length > 0;
      continue;
    }
    const continuesLabel = parts.length > 0 && !hasValues && /^\p{Ll}/u.test(text);
    if (!continuesLabel) flush();
    parts.push({ raw, line, isLabel: true });
    hasValues ||= hasNumber;
  }
  if (hasValues) flush();
  return { rows, next: line };
}

/**
 * Format-B economy tables (S17, docs/report-format.md §8.2): whitespace cells, header words broken over
 * lines, amounts split over lines ("1" / "678,3"). Rows end where a new label starts; labels end
 * where the first number starts; every row is fitted to its header's columns, or warned.
 */
export function scanWrappedBudgetTables(ctx: ScanContext, section: EconomySection): BudgetTableDraft[] {
  const tables: BudgetTableDraft[] = [];
  let line = section.start;
  while (line <= section.end) {
    if (!isColumnLineB(textAt(ctx, line))) {
      line += 1;
      continue;
    }
    const header = readHeader(ctx, line, section);
    const body = readBody(ctx, header, section);
    if (header.problem !== null) ctx.warn(line, header.problem);
    if (body.rows.length > 0) {
      const title = stubTitle(header.stub) ?? titleAbove(ctx, header.first, section);
      tables.push({ title, stub: header.stub, columns: header.columns, line: header.first, rows: body.rows });
    }
    line = Math.max(body.next, header.end + 1);
  }
  return tables;
}
