import type { BudgetTableDraft, EconomySection } from "./budget-draft.ts";
import type { ScanContext } from "./scan-context.ts";

export function scanTablesB(_ctx: ScanContext, _section: EconomySection): BudgetTableDraft[] {
  return [];
}
