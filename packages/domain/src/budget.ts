import * as z from "zod";
import { Source } from "./source.ts";

export const MoneyUnit = z.enum(["tkr", "mnkr"]);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** One cell of an economy table: table title, row label, column header, amount. */
export const BudgetLine = z.object({
  /** Title of the table (the heading above it, or its first header cell). */
  table: z.string().trim().min(1),
  /** Group the row belongs to ("Intäkter", an area name) when the table groups rows, else null. */
  group: z.string().nullable(),
  rowLabel: z.string().trim().min(1),
  column: z.string().trim().min(1),
  /** The cell as printed, e.g. "1 242,6", "-7,6*", "25,4%". */
  raw: z.string().min(1),
  amount: z.number().finite().nullable(),
  /** Unit of the amount; "%" cells (förbrukning) carry unit "%". */
  unit: z.enum(["tkr", "mnkr", "%"]),
  source: Source,
});
export type BudgetLine = z.infer<typeof BudgetLine>;

/** Money asked for in "Förslag till beslut" (or a budgetjustering request in the economy section). */
export const BudgetRequest = z.object({
  amount: z.number().finite(),
  unit: MoneyUnit,
  purpose: z.string().trim().min(1),
  /** The whole sentence as printed. */
  text: z.string().min(1),
  source: Source,
});
export type BudgetRequest = z.infer<typeof BudgetRequest>;
