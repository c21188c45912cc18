import { Assessment, Direction, GoalLevel, Measure, Source, Status, StatusRule } from "@tertial/domain";
import * as z from "zod";

export const Language = z.enum(["sv", "en"]);
export type Language = z.infer<typeof Language>;

export const Intent = z.enum([
  "overview", // how an organisation is doing: counts, budget total, what is off track
  "indicator-lookup", // one indicator's values
  "goal-lookup", // one goal with its indicators and activities
  "budget", // budget rows, deviation, forecast
  "budget-requests", // Förslag till beslut money requests
  "trend", // the same indicator over time
  "compare", // one indicator across organisations
  "explain", // an indicator's or goal's analysis text ("varför …?")
  "reports", // which reports are loaded
  "indicator-list", // indicators that pass filters (status, goal, comparison with the target)
  "goal-list", // goals that pass filters (level, parent, assessment)
  "activity-list", // activities that pass filters (state, dates, deviation, goal, words)
  "count", // how many items pass the filters
  "passages", // the reports' own prose on a why- or theme-question
  "changes", // what changed since the previous report
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

/** A goal as an item hangs under it: its number (null when unnumbered) and title. */
export const GoalRefFact = z.object({ code: z.string().nullable(), title: z.string() });

const itemBase = {
  /** What the item is called: an indicator's name, a goal's title (its number is `code`), a row label. */
  name: z.string(),
  report: ReportRef,
  status: Status.nullable(),
  /** The rule behind the status as text in the answer's language (an indicator's is `facts.rule` rendered). */
  statusReason: z.string().nullable(),
  /** Printed values by label, e.g. { utfall: "5,4 %", prognos: "6,5 %", årsmål: "5,5 %" }: what renderers show. */
  values: z.record(z.string(), z.string()),
  source: Source,
};

/**
 * One fact of an answer, by kind, with its typed facts beside the printed `values`. Numbers are
 * `Measure`s ({raw, value, unit}) or amounts exactly as the report prints them; `source` is the
 * report line they stand on.
 */
export const AnswerItem = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("indicator"),
    ...itemBase,
    facts: z.object({
      outcome: Measure.nullable(),
      men: Measure.nullable(),
      women: Measure.nullable(),
      previous: Measure.nullable(),
      previousLabel: z.string().nullable(),
      forecast: Measure.nullable(),
      target: Measure.nullable(),
      kfTarget: Measure.nullable(),
      period: z.string().nullable(),
      direction: Direction,
      /** "low" when the report's columns were placed by rule. */
      alignment: z.enum(["exact", "low"]),
      goal: GoalRefFact,
      /** The rule behind the status as a record (English keys, numbers as numbers); `statusReason` words it. */
      rule: StatusRule,
    }),
  }),
  z.object({
    kind: z.literal("goal"),
    ...itemBase,
    facts: z.object({
      code: z.string().nullable(),
      level: GoalLevel,
      assessment: Assessment,
      parent: GoalRefFact.nullable(),
    }),
  }),
  z.object({
    kind: z.literal("activity"),
    ...itemBase,
    facts: z.object({
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      state: z.enum(["completed", "ongoing"]).nullable(),
      deviation: z.string().nullable(),
      delayHint: z.string().nullable(),
      goal: GoalRefFact,
    }),
  }),
  z.object({
    kind: z.literal("budget-line"),
    ...itemBase,
    facts: z.object({
      table: z.string(),
      group: z.string().nullable(),
      cells: z.array(
        z.object({ column: z.string(), raw: z.string(), amount: z.number().nullable(), unit: z.string() }),
      ),
    }),
  }),
  z.object({
    kind: z.literal("budget-request"),
    ...itemBase,
    facts: z.object({ amount: z.number(), unit: z.string(), purpose: z.string(), text: z.string() }),
  }),
  z.object({
    kind: z.literal("report"),
    ...itemBase,
    facts: z.object({
      goals: z.number().int(),
      indicators: z.number().int(),
      activities: z.number().int(),
      budgetLines: z.number().int(),
    }),
  }),
  z.object({
    kind: z.literal("passage"),
    ...itemBase,
    facts: z.object({ heading: z.string().nullable(), text: z.string(), endLine: z.number().int() }),
  }),
]);
export type AnswerItem = z.infer<typeof AnswerItem>;
export type AnswerItemKind = AnswerItem["kind"];

/** A number the engine computed (a count, a sum, a difference), with the items it is computed from. */
export const ComputedFigure = z.object({
  label: z.string(),
  value: z.number(),
  /** How it is computed: "count" of the listed items, or "sum"/"difference" of their amounts. */
  method: z.enum(["count", "sum", "difference"]),
  /** Indices into `items` of what it counts or adds. */
  of: z.array(z.number().int()),
});
export type ComputedFigure = z.infer<typeof ComputedFigure>;

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
  /** Numbers the engine computed rather than read (counts), each recomputable from `items`. */
  computed: z.array(ComputedFigure).optional(),
});
export type Answer = z.infer<typeof Answer>;
