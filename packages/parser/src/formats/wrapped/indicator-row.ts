import { parseMeasure, spanSource } from "@tertial/domain";
import type { IndicatorDraft, ScanContext } from "../scan-context.ts";
import { joinWrappedLines } from "./wrapped-text.ts";

/** One wrapped-layout indicator row as collected from its lines, before it becomes a draft. */
export interface IndicatorRowB {
  /** 1-based line of the first name fragment (the values line when the name is printed on it). */
  line: number;
  valuesLine: number;
  /** The last line of the row's facts: the values line, or the last wrapped KF / Period fragment. */
  lastLine: number;
  /** Raw name fragments in order, including a name prefix of the values line and fragments after a page break. */
  nameLines: string[];
  /** The seven value cells of the values line; the seventh is replaced by `kfLines` when the KF target is text. */
  cells: readonly (string | null)[];
  kfIsText: boolean;
  /** Raw fragments of a textual KF target ("tas fram " / "av " / "nämnd" / "en "). */
  kfLines: string[];
  /** Raw fragments of the Period cell ("Tertial " / "1 2017 "). */
  periodLines: string[];
  /** Raw analysis lines; null when the row has no Analys label. */
  analysisLines: string[] | null;
  previousLabel: string | null;
  alignment: "exact" | "low";
}

const GLYPH = /^(?<glyph>[♀◆●▲▶✓])\s*/u;

/** Turns a collected row into an IndicatorDraft, or warns and returns null when it has no owner or name. */
export function buildIndicatorDraftB(
  ctx: ScanContext,
  row: IndicatorRowB,
  breaksMarked: boolean,
): IndicatorDraft | null {
  const printedName = joinWrappedLines(row.nameLines, breaksMarked);
  const glyph = GLYPH.exec(printedName)?.groups?.["glyph"] ?? null;
  const name = glyph === null ? printedName : printedName.replace(GLYPH, "");
  if (name === "") {
    ctx.warn(row.valuesLine, "indicator values line without a name");
    return null;
  }
  const goalId = ctx.ownerAt(row.line);
  if (goalId === null) {
    ctx.warn(row.line, `indicator "${name}" is not under any goal`);
    return null;
  }
  const kf = row.kfIsText ? joinWrappedLines(row.kfLines, breaksMarked) : (row.cells[6] ?? null);
  const period = joinWrappedLines(row.periodLines, false);
  const analysis = row.analysisLines === null ? null : joinWrappedLines(row.analysisLines, breaksMarked);
  if (analysis === "") ctx.warn(row.line, `Analys of indicator "${name}" has no text`);
  return {
    goalId,
    name,
    glyph,
    outcome: parseMeasure(row.cells[0]),
    outcomeMen: parseMeasure(row.cells[1]),
    outcomeWomen: parseMeasure(row.cells[2]),
    previousOutcome: parseMeasure(row.cells[3]),
    previousLabel: row.previousLabel,
    forecast: parseMeasure(row.cells[4]),
    annualTarget: parseMeasure(row.cells[5]),
    kfAnnualTarget: parseMeasure(kf),
    period: period === "" ? null : period,
    analysis: analysis === "" ? null : analysis,
    alignment: row.alignment,
    source: spanSource(ctx.file, row.line, row.lastLine),
  };
}
