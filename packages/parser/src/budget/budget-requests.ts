import { parseSwedishNumber } from "@tertial/domain";
import type { BudgetRequest, MoneyUnit } from "@tertial/domain";
import { readGoalLabel } from "../goals/goal-lines.ts";
import type { SourceLine } from "../text/source-lines.ts";

const PROPOSAL_HEADING = /^Förslag till beslut:?$/i;
const PROPOSAL_END = /^(?:Innehållsförteckning|Sammanfattande analys|Sammanfattning)$/i;
const MAX_PROPOSAL_LINES = 60;
/**
 * A present-tense money request (docs/report-format.md §8.4): "… ansöker hos kommunstyrelsen om (medel med)
 * 5,0 mnkr (i budgetjustering) till/för <purpose>", "… begär budgetjustering om totalt 1,5 mnkr för
 * <purpose>". "kommer att begära" (a later request) does not match.
 */
const REQUEST =
  /\b(?:ansöker|begär|söker|hemställer)\b[^.]*?\b(?:om|med|på)\s+(?:totalt\s+|sammanlagt\s+)?(?:medel\s+med\s+)?(?<amount>\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?<unit>mnkr|tkr|miljoner kronor|tusen kronor)(?:\s+i\s+[^.]*?)??\s+(?:till|för)\s+(?<purpose>[^.]+?)\s*\.?\s*$/iu;
const LIST_NUMBER = /^\d{1,2}[.)]\s+/;
/** Parts of every REQUEST match, with its flags: a line without both holds no request (most lines). */
const HAS_KR = /kr/iu;
const HAS_REQUEST_VERB = /söker|begär|hemställer/iu;

/**
 * Money requests. When the report has a "Förslag till beslut" list, only its items count (the
 * economy section repeats the same requests in prose). A report without one (an appendix such as
 * S17) is searched sentence by sentence for the same request forms.
 */
export function scanBudgetRequests(
  file: string,
  lines: readonly SourceLine[],
  toc: ReadonlySet<number>,
): BudgetRequest[] {
  const heading = lines.findIndex((line) => PROPOSAL_HEADING.test(line.text) && !toc.has(line.number));
  const scope = heading === -1 ? lines : proposalLines(lines, heading, toc);
  const requests: BudgetRequest[] = [];
  for (const line of scope) {
    if (toc.has(line.number) || line.text === "") continue;
    if (!HAS_KR.test(line.text) || !HAS_REQUEST_VERB.test(line.text)) continue;
    for (const sentence of sentences(line.text.replace(LIST_NUMBER, ""))) {
      const request = readRequest(sentence, file, line.number);
      if (request !== null) requests.push(request);
    }
  }
  return requests;
}

function proposalLines(lines: readonly SourceLine[], heading: number, toc: ReadonlySet<number>): SourceLine[] {
  const scope: SourceLine[] = [];
  for (const line of lines.slice(heading + 1, heading + 1 + MAX_PROPOSAL_LINES)) {
    if (toc.has(line.number) || PROPOSAL_END.test(line.text) || readGoalLabel(line.text) !== null) break;
    scope.push(line);
  }
  return scope;
}

function readRequest(sentence: string, file: string, line: number): BudgetRequest | null {
  const groups = REQUEST.exec(sentence)?.groups;
  if (groups === undefined) return null;
  const amount = parseSwedishNumber(groups["amount"] ?? "");
  const purpose = groups["purpose"]?.trim() ?? "";
  if (amount === null || purpose === "") return null;
  return { amount, unit: moneyUnit(groups["unit"] ?? ""), purpose, text: sentence, source: { file, line } };
}

function moneyUnit(text: string): MoneyUnit {
  return /^(?:tkr|tusen kronor)$/i.test(text) ? "tkr" : "mnkr";
}

/** Sentences of a line: split after ". " before an upper-case letter or digit (not inside "1,5"). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=\.)\s+(?=[\p{Lu}\d])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== "");
}
