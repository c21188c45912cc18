import * as z from "zod";
import { Activity } from "./activity.ts";
import { BudgetLine, BudgetRequest } from "./budget.ts";
import { Goal } from "./goal.ts";
import { Indicator } from "./indicator.ts";
import { Passage } from "./passage.ts";
import { Report } from "./report.ts";
import { ParseWarning } from "./source.ts";

/** One report as the parser emits it and `tertial parse --json` prints it. */
export const ParsedReport = Report.extend({
  goals: z.array(Goal),
  indicators: z.array(Indicator),
  activities: z.array(Activity),
  budgetLines: z.array(BudgetLine),
  budgetRequests: z.array(BudgetRequest),
  /** The prose, paragraph by paragraph; absent in reports stored before passages were read. */
  passages: z.array(Passage).default([]),
  warnings: z.array(ParseWarning),
});
export type ParsedReport = z.infer<typeof ParsedReport>;
