import {
  isEmptyLine,
  isReportSection,
  isTableHeader,
  readGoalLabel,
  readSectionLabel,
  type SectionName,
} from "./goal-lines.ts";
import { readerFor } from "../formats/readers.ts";
import type { TextFormat } from "../formats/scan-context.ts";
import type { TextFormatReader } from "../formats/text-format-reader.ts";
import { mapConfusables, type TextMapper } from "../text/markup.ts";
import type { SourceLine } from "../text/source-lines.ts";

export type GoalSections = Record<SectionName, string | null>;

/**
 * The Beskrivning / Förväntat resultat / Analys text of one goal (docs/report-format.md §4.3), read from
 * `lines[start]` up to `end` (exclusive). Text before any section label counts as analysis (KF
 * goals' prose). A section ends at the next section label; all sections end at the goal's first
 * table header (Analys rows inside tables belong to indicators and activities), at a report section
 * such as "Uppföljning av ekonomi", or at a goal label. Paragraphs are joined with "\n"; wrapped-layout
 * lines wrapped inside a paragraph are re-joined.
 */
export function readGoalSections(
  lines: readonly SourceLine[],
  start: number,
  end: number,
  format: TextFormat,
  breaksMarked: boolean,
  mapText: TextMapper = mapConfusables,
): GoalSections {
  const reader = readerFor(format);
  const parts: Record<SectionName, SourceLine[][]> = { description: [], expectedResult: [], analysis: [] };
  let section: SectionName = "analysis";
  let paragraph: SourceLine[] = [];
  const close = (): void => {
    if (paragraph.length > 0) parts[section].push(paragraph);
    paragraph = [];
  };
  for (let i = start; i < end; i++) {
    const line = lines[i];
    if (line === undefined) break;
    if (isTableHeader(line.raw) || isReportSection(line.text) || readGoalLabel(line.text) !== null) break;
    if (isEmptyLine(line)) {
      if (reader.endsParagraph(line)) close();
      continue;
    }
    const label = readSectionLabel(line.text);
    if (label !== null) {
      close();
      section = label;
      continue;
    }
    paragraph.push(line);
  }
  close();
  return {
    description: toText(parts.description, reader, breaksMarked, mapText),
    expectedResult: toText(parts.expectedResult, reader, breaksMarked, mapText),
    analysis: toText(parts.analysis, reader, breaksMarked, mapText),
  };
}

function toText(
  paragraphs: readonly SourceLine[][],
  reader: TextFormatReader,
  breaksMarked: boolean,
  mapText: TextMapper,
): string | null {
  const texts = paragraphs
    .map((paragraph) => reader.joinParagraph(paragraph, breaksMarked))
    .filter((text) => text !== "");
  return texts.length === 0 ? null : mapText(texts.join("\n"));
}
