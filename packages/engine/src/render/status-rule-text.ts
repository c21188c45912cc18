import type { StatusRule } from "@tertial/domain";
import type { Language } from "../answer.ts";
import { PHRASES } from "./phrases.ts";

/**
 * A status rule as text in the answer's language, its pieces joined by "; ": the comparison or the
 * quoted clause (or why there was nothing to judge by), then what the rule adds (the period's outcome
 * still short of the target, a statement the numbers overruled, columns placed by rule).
 * "prognos 8,5 % = årsmål 8,5 % (lägre är bättre); periodens utfall 9,7 % ligger ännu över målet".
 */
export function renderStatusRule(rule: StatusRule, language: Language): string {
  const words = PHRASES[language].rule;
  const parts: string[] = [];
  switch (rule.kind) {
    case "statement":
      parts.push(words.statement(rule.phrase));
      break;
    case "numbers":
      parts.push(words.compared(rule.basis, rule.compared, rule.direction));
      if (rule.outcomeShortOfTarget !== null)
        parts.push(words.outcomeShortOfTarget(rule.outcomeShortOfTarget, rule.direction));
      break;
    case "numbers-over-statement":
      parts.push(words.compared(rule.basis, rule.compared, rule.direction), words.overruledStatement(rule.phrase));
      break;
    case "icon":
      parts.push(words.icon(rule.glyph));
      break;
    case "no-basis":
      parts.push(words.noBasis(rule.reason, rule.target, rule.missing));
      break;
  }
  if (rule.alignedByRule) parts.push(words.alignedByRule);
  return parts.join("; ");
}
