import type { Goal } from "@tertial/domain";
import { splitCode } from "./goal-lines.ts";
import { normalise } from "../text/normalised-text.ts";
import type { SourceLine } from "../text/source-lines.ts";

/**
 * Gives unnumbered nämndmål/enhetsmål the number of a matching sub-heading printed in the text
 * between their parent and their label (docs/report-format.md §4.2: S17 prints "1.2.1 Barn som far illa …"
 * inside the KF analysis while the nämndmål itself is unnumbered). A heading matches when its code
 * extends the parent's code by one level and its text and the title start the same way. Codes that
 * would be used twice are not given. Goals without a match keep code null.
 */
export function matchUnnumberedCodes(
  goals: Goal[],
  lines: readonly SourceLine[],
  warn: (line: number, message: string) => void,
): void {
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const used = new Set(goals.map((goal) => goal.code).filter((code) => code !== null));
  for (const goal of goals) {
    if (goal.code !== null || goal.level === "direction" || goal.level === "area" || goal.parentId === null) continue;
    const parent = byId.get(goal.parentId);
    if (parent?.code == null) continue;
    const code = findHeadingCode(lines, parent.source.line, goal.source.line, parent.code, goal.title);
    if (code === null || used.has(code)) continue;
    goal.code = code;
    used.add(code);
    warn(
      goal.source.line,
      `unnumbered goal "${goal.title}" given number ${code} from a matching heading in the text above`,
    );
  }
}

function findHeadingCode(
  lines: readonly SourceLine[],
  fromLine: number,
  toLine: number,
  parentCode: string,
  title: string,
): string | null {
  const wanted = normalise(title);
  for (let lineNumber = fromLine + 1; lineNumber < toLine; lineNumber++) {
    const text = lines[lineNumber - 1]?.text ?? "";
    const { code, title: heading } = splitCode(text);
    if (
      code === null ||
      !code.startsWith(`${parentCode}.`) ||
      code.split(".").length !== parentCode.split(".").length + 1
    )
      continue;
    const printed = normalise(heading);
    if (printed.length >= 10 && (wanted.startsWith(printed) || printed.startsWith(wanted))) return code;
  }
  return null;
}
