/**
 * A budget table's total row by its label: "Totalt", "Nämnden totalt", "Summa netto", "Netto",
 * "… (netto)" (docs/report-format.md, budget tables). The one rule the budget answers, the overview
 * and the digest share.
 */
const TOTAL_ROW = /^(nämnden\s+)?totalt?$|^summa\s+netto$|^netto$|\(netto\)/i;

export function isTotalRow(rowLabel: string): boolean {
  return TOTAL_ROW.test(rowLabel.trim());
}
