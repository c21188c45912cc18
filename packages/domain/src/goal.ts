import * as z from "zod";
import { Source } from "./source.ts";

export const GoalId = z.string().min(1).brand<"GoalId">();
export type GoalId = z.infer<typeof GoalId>;

/**
 * direction = KF:s inriktningsmål, area = KF:s mål för verksamhetsområdet,
 * committee = nämndmål, unit = enhetsmål.
 */
export const GoalLevel = z.enum(["direction", "area", "committee", "unit"]);
export type GoalLevel = z.infer<typeof GoalLevel>;

/** The report's own assessment words: uppfylls helt / delvis / ej, or none given ("Ingen", absent). */
export const Assessment = z.enum(["helt", "delvis", "ej", "none-given"]);
export type Assessment = z.infer<typeof Assessment>;

export const Goal = z.object({
  id: GoalId,
  level: GoalLevel,
  /** "1", "1.1", "1.1.1" without trailing dot; null when the report prints no number. */
  code: z
    .string()
    .regex(/^\d+(\.\d+)*$/)
    .nullable(),
  title: z.string().trim().min(1),
  parentId: GoalId.nullable(),
  assessment: Assessment,
  /** The assessment line as printed, e.g. "● Uppfylls helt"; null when there was none. */
  assessmentRaw: z.string().nullable(),
  description: z.string().nullable(),
  expectedResult: z.string().nullable(),
  analysis: z.string().nullable(),
  source: Source,
});
export type Goal = z.infer<typeof Goal>;
