import { Source, Status } from "@tertial/domain";
import * as z from "zod";

export const Language = z.enum(["sv", "en"]);
export type Language = z.infer<typeof Language>;

export const Intent = z.enum([
  "overview", // how an organisation is doing: counts, budget total, what is off track
  "off-track", // försenade / off track indicators
  "partial-goals", // mål som uppfylls delvis / ej
  "activity-deviations", // aktiviteter med avvikelse / försenade
  "indicator-lookup", // one indicator's values
  "goal-lookup", // one goal with its indicators and activities
  "budget", // budget rows, deviation, forecast
  "budget-requests", // Förslag till beslut money requests
  "trend", // the same indicator over time
  "compare", // one indicator across organisations
  "search", // what the reports say about a theme (full-text)
  "explain", // an indicator's or goal's analysis text ("varför …?")
  "reports", // which reports are loaded
  "help",
  "not-understood",
]);
export type Intent = z.infer<typeof Intent>;

/** Which reports an answer covers; `periodIsDefault` is true when "this tertial" meant the latest period. */
export const Scope = z.object({
  organisations: z.array(z.string()),
  /** Periods as "T1 2020", "VB 2021". */
  periods: z.array(z.string()),
  periodIsDefault: z.boolean(),
});
export type Scope = z.infer<typeof Scope>;

/** Names a report in an answer: "Socialnämnden T1 2020". */
export const ReportRef = z.object({
  organisation: z.string(),
  unit: z.string().nullable(),
  period: z.string(),
  file: z.string(),
});
export type ReportRef = z.infer<typeof ReportRef>;

export const AnswerItem = z.object({
  kind: z.enum(["indicator", "goal", "activity", "budget-line", "budget-request", "report"]),
  name: z.string(),
  report: ReportRef,
  status: Status.nullable(),
  statusReason: z.string().nullable(),
  /** Printed values by label, e.g. { utfall: "5,4 %", prognos: "6,5 %", årsmål: "5,5 %" }. */
  values: z.record(z.string(), z.string()),
  source: Source,
});
export type AnswerItem = z.infer<typeof AnswerItem>;

export const Answer = z.object({
  question: z.string(),
  language: Language,
  intent: Intent,
  scope: Scope,
  /** The whole answer as plain text, ready for a terminal; renderers may rebuild it from items. */
  answerText: z.string(),
  items: z.array(AnswerItem),
  /** "Did you mean …" candidates when nothing matched. */
  suggestions: z.array(z.string()),
  /** The lines before the items (what was asked, which reports, counts); absent in answers built elsewhere. */
  lead: z.array(z.string()).optional(),
  /** The lines after the items (at-risk count, "15 of 40 shown", hints). */
  notes: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof Answer>;
