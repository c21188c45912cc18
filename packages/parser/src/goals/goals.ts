import { GoalId } from "@tertial/domain";
import type { Assessment, Goal, GoalLevel } from "@tertial/domain";
import { matchUnnumberedCodes } from "./goal-codes.ts";
import {
  isEmptyLine,
  isReportSection,
  isTableHeader,
  readAssessment,
  readGoalLabel,
  readSectionLabel,
  splitCode,
} from "./goal-lines.ts";
import type { GoalLabel } from "./goal-lines.ts";
import { readGoalSections } from "./goal-sections.ts";
import { mapConfusables, type TextMapper } from "../text/markup.ts";
import type { TextFormat } from "../formats/scan-context.ts";
import type { SourceLine } from "../text/source-lines.ts";
import { readerFor } from "../formats/readers.ts";

export interface GoalScanInput {
  file: string;
  lines: readonly SourceLine[];
  format: TextFormat;
  /** Table-of-contents lines: their goal labels are not declarations. */
  toc: ReadonlySet<number>;
  /** True when wrapped-layout lines mark word ends with a trailing space (see formats/wrapped/wrapped-text.ts). */
  breaksMarked: boolean;
  warn(line: number, message: string): void;
  /** How titles and texts are finished; mapConfusables unless the report has no Cyrillic letters. */
  mapText?: TextMapper;
}

export interface GoalScan {
  goals: Goal[];
  /** The goal that owns a 1-based line (docs/report-format.md §4.4), null before the first goal. */
  ownerAt(line: number): GoalId | null;
  /** Goal labels, titles and assessments, and the table of contents. */
  isBoundary(line: number): boolean;
}

const LEVEL_DEPTH: Readonly<Record<GoalLevel, number>> = { direction: 0, area: 1, committee: 2, unit: 3 };
/** Extra lines a wrapped-layout title may wrap over before its assessment. */
const MAX_TITLE_WRAPS = 3;

interface Declaration {
  labelIndex: number;
  level: GoalLevel;
  title: string;
  titleIndexes: number[];
  assessment: Assessment;
  assessmentRaw: string | null;
  bodyStart: number;
}

/**
 * Reads the goal hierarchy (docs/report-format.md §4): a goal is declared only by a label (`KF:s
 * inriktningsmål:`, `KF:s mål för verksamhetsområdet:`, `Nämndmål:`, `Enhetsmål:`) outside the table
 * of contents, with its title inline or on the next non-empty line (wrapped-layout titles may wrap until
 * the assessment). Headings inside analyses that look like goal titles are not goals. Ids are "g1",
 * "g2" … in document order; each goal's parent is the nearest open goal of a higher level.
 */
export function scanGoals(input: GoalScanInput): GoalScan {
  const { lines } = input;
  const boundaries = new Set<number>(input.toc);
  const declarations: Declaration[] = [];
  lines.forEach((line, index) => {
    if (input.toc.has(line.number)) return;
    const label = readGoalLabel(line.text);
    if (label === null) return;
    boundaries.add(line.number);
    const declaration = readDeclaration(input, index, label);
    if (declaration === null) {
      input.warn(line.number, `"${line.text}" is not followed by a goal title; the label was skipped`);
      return;
    }
    declarations.push(declaration);
    for (const titleIndex of declaration.titleIndexes) boundaries.add(titleIndex + 1);
    if (declaration.assessmentRaw !== null) boundaries.add(declaration.bodyStart);
  });

  const goals: Goal[] = [];
  const owners: (GoalId | null)[] = new Array<GoalId | null>(lines.length + 2).fill(null);
  const open: (Goal | null)[] = [null, null, null, null];
  declarations.forEach((declaration, position) => {
    const depth = LEVEL_DEPTH[declaration.level];
    const parent =
      open
        .slice(0, depth)
        .reverse()
        .find((goal) => goal !== null) ?? null;
    const end = declarations[position + 1]?.labelIndex ?? lines.length;
    const { code, title } = splitCode(declaration.title);
    const goal: Goal = {
      id: GoalId.parse(`g${goals.length + 1}`),
      level: declaration.level,
      code,
      title,
      parentId: parent?.id ?? null,
      assessment: declaration.assessment,
      assessmentRaw: declaration.assessmentRaw,
      ...readGoalSections(lines, declaration.bodyStart, end, input.format, input.breaksMarked, input.mapText),
      source: { file: input.file, line: declaration.labelIndex + 1 },
    };
    goals.push(goal);
    open[depth] = goal;
    open.fill(null, depth + 1);
    const owner =
      open
        .slice()
        .reverse()
        .find((candidate) => candidate !== null)?.id ?? null;
    for (let lineNumber = declaration.labelIndex + 1; lineNumber <= end; lineNumber++) owners[lineNumber] = owner;
  });
  matchUnnumberedCodes(goals, lines, input.warn);
  return {
    goals,
    ownerAt: (line) => owners[line] ?? null,
    isBoundary: (line) => boundaries.has(line),
  };
}

function readDeclaration(input: GoalScanInput, labelIndex: number, label: GoalLabel): Declaration | null {
  const { lines } = input;
  let titleIndexes: number[] = [];
  let title = label.inlineTitle;
  if (title === "") {
    const first = nextContent(lines, labelIndex + 1);
    const firstLine = lines[first];
    if (firstLine === undefined || !isTitleCandidate(firstLine)) return null;
    titleIndexes = label.level === "direction" ? [first] : wrappedTitle(lines, first);
    title = titleText(
      titleIndexes.map((index) => lines[index]).filter((line) => line !== undefined),
      input,
    );
  }
  const afterTitle = (titleIndexes.at(-1) ?? labelIndex) + 1;
  const candidate = nextContent(lines, afterTitle);
  const candidateLine = lines[candidate];
  const assessment = candidateLine === undefined ? null : readAssessment(candidateLine.text);
  if (assessment === null || candidateLine === undefined) {
    return {
      labelIndex,
      level: label.level,
      title,
      titleIndexes,
      assessment: "none-given",
      assessmentRaw: null,
      bodyStart: afterTitle,
    };
  }
  return {
    labelIndex,
    level: label.level,
    title,
    titleIndexes,
    assessment,
    assessmentRaw: candidateLine.text,
    bodyStart: candidate + 1,
  };
}

/** The title's lines from `first`: more lines only when an assessment line closes them (S17 wraps). */
function wrappedTitle(lines: readonly SourceLine[], first: number): number[] {
  const indexes = [first];
  let index = first;
  for (let wraps = 0; wraps <= MAX_TITLE_WRAPS; wraps++) {
    const next = nextContent(lines, index + 1);
    const line = lines[next];
    if (line === undefined) return [first];
    if (readAssessment(line.text) !== null) return indexes;
    if (!isTitleCandidate(line)) return [first];
    indexes.push(next);
    index = next;
  }
  return [first];
}

function isTitleCandidate(line: SourceLine): boolean {
  return !(
    readGoalLabel(line.text) !== null ||
    readSectionLabel(line.text) !== null ||
    readAssessment(line.text) !== null ||
    isTableHeader(line.raw) ||
    isReportSection(line.text)
  );
}

function titleText(titleLines: readonly SourceLine[], input: GoalScanInput): string {
  const text = readerFor(input.format).joinTitle(titleLines, input.breaksMarked);
  return (input.mapText ?? mapConfusables)(text.trim());
}

/** Index of the first line at or after `from` with content (skips blank lines and page furniture). */
export function nextContent(lines: readonly SourceLine[], from: number): number {
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    if (line === undefined || !isEmptyLine(line)) return index;
    index++;
  }
  return index;
}
