import type { MoneyUnit } from "@tertial/domain";
import { hasDecimals } from "./budget-cell.ts";

const TKR = /\b(tkr|tusen(tals)? kronor)\b/i;
const MNKR = /\b(mnkr|mkr|miljoner kronor)\b/i;
const AMOUNTS_STATED = /beloppen (anges|redovisas) i (?<unit>tkr|mnkr|tusen(tals)? kronor|miljoner kronor)/i;

/** The unit named in a table's own header, stub or title ("Verksamhetsområde, mnkr", "tkr"), else null. */
export function statedUnit(text: string): MoneyUnit | null {
  if (TKR.test(text)) return "tkr";
  if (MNKR.test(text)) return "mnkr";
  return null;
}

/** The unit of a "Beloppen anges i Tkr" line (unit-level reports), else null. */
export function amountsStatement(line: string): MoneyUnit | null {
  const unit = AMOUNTS_STATED.exec(line)?.groups?.["unit"];
  return unit === undefined ? null : statedUnit(unit);
}

/** The unit the section's prose uses most ("20,5 mnkr"), null when it names none. */
export function proseUnit(lines: readonly string[]): MoneyUnit | null {
  let mnkr = 0;
  let tkr = 0;
  for (const line of lines) {
    mnkr += (line.match(/\bmnkr\b/gi) ?? []).length;
    tkr += (line.match(/\btkr\b/gi) ?? []).length;
  }
  if (mnkr === 0 && tkr === 0) return null;
  return tkr > mnkr ? "tkr" : "mnkr";
}

export interface UnitEvidence {
  /** Stub, column titles and title of the table. */
  headerText: string;
  /** Unit of the latest "Beloppen anges i …" line above the table in its section. */
  statement: MoneyUnit | null;
  /** Unit used by the section's prose. */
  prose: MoneyUnit | null;
  /** Printed money cells of the table (no "%" cells). */
  printedAmounts: readonly { raw: string; amount: number }[];
}

export interface UnitDecision {
  unit: MoneyUnit;
  /** Why the unit was guessed; null when the report states it. */
  guess: string | null;
}

/**
 * The unit of an economy table, in this order:
 * 1. a unit in the table's header or title (`Verksamhetsområde, mnkr`, `Mnkr, netto`, `tkr`);
 * 2. the latest `Beloppen anges i Tkr|Mnkr` line above the table in the economy section;
 * 3. whole numbers only, at least one of thousands scale (`212 902`): tkr — a guess, a nämnd's
 *    mnkr tables print one decimal ("1 242,6") while tkr tables print whole kronor thousands;
 * 4. the unit the section's prose uses (mnkr in nämnd reports: "överskott om 20,5 mnkr");
 * 5. mnkr, the nämnd default — a guess.
 */
export function decideUnit(evidence: UnitEvidence): UnitDecision {
  const fromHeader = statedUnit(evidence.headerText);
  if (fromHeader !== null) return { unit: fromHeader, guess: null };
  if (evidence.statement !== null) return { unit: evidence.statement, guess: null };
  const amounts = evidence.printedAmounts;
  const isWholeThousands =
    amounts.length > 0 &&
    amounts.every((cell) => !hasDecimals(cell.raw)) &&
    amounts.some((cell) => Math.abs(cell.amount) >= 1000);
  if (isWholeThousands)
    return { unit: "tkr", guess: "no unit stated and the amounts are whole thousands-scale numbers: read as tkr" };
  if (evidence.prose !== null) return { unit: evidence.prose, guess: null };
  return { unit: "mnkr", guess: "no unit stated in the table or the section: read as mnkr" };
}
