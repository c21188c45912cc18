import * as z from "zod";
import { GoalId } from "./goal.ts";
import { Measure } from "./measure.ts";
import { Source } from "./source.ts";
import { Direction, Status } from "./status.ts";
import { StatusRule } from "./status-rule.ts";

export const Indicator = z.object({
  goalId: GoalId,
  name: z.string().trim().min(1),
  /** A glyph that survived the PDF conversion in front of the name (♀, ◆ …), else null. */
  glyph: z.string().nullable(),
  outcome: Measure.nullable(),
  outcomeMen: Measure.nullable(),
  outcomeWomen: Measure.nullable(),
  previousOutcome: Measure.nullable(),
  /** Label of the previous-outcome column, e.g. "VB 2019". */
  previousLabel: z.string().nullable(),
  forecast: Measure.nullable(),
  annualTarget: Measure.nullable(),
  kfAnnualTarget: Measure.nullable(),
  /** The measurement period as printed: "Tertial 1 2020", "Halvår 1 2017", "2021", "VB 2019". */
  period: z.string().nullable(),
  analysis: z.string().nullable(),
  direction: Direction,
  status: Status,
  /** The rule behind the status, as data (status-rule.ts): what decided, the values compared, the quoted clause. */
  statusRule: StatusRule,
  /** "low" when the columns of the row had to be aligned by a heuristic. */
  alignment: z.enum(["exact", "low"]),
  source: Source,
});
export type Indicator = z.infer<typeof Indicator>;
