import * as z from "zod";
import { GoalId } from "./goal.ts";
import { Source } from "./source.ts";

/** From the row's glyph: ✓ = completed, ▶ = ongoing; null when no glyph survived. */
export const ActivityState = z.enum(["completed", "ongoing"]);
export type ActivityState = z.infer<typeof ActivityState>;

export const Activity = z.object({
  goalId: GoalId,
  title: z.string().trim().min(1),
  glyph: z.string().nullable(),
  state: ActivityState.nullable(),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  /** True when the Avvikelse column is filled. */
  deviation: z.boolean(),
  /** The Avvikelse cell as printed, null when empty. */
  deviationText: z.string().nullable(),
  /** A delay phrase found in the analysis ("skjutits fram", "inte påbörjats" …), null when none. */
  delayHint: z.string().nullable(),
  analysis: z.string().nullable(),
  source: Source,
});
export type Activity = z.infer<typeof Activity>;
