import * as z from "zod";
import { Language, type Answer } from "./answer.ts";
import { Query } from "./query/query.ts";

/**
 * What a conversation remembers between questions ("och för Norrmalm?", "what about T2?").
 * Plain JSON, so the Slack bot can keep it per thread in SQLite.
 */
export const ConversationState = z.object({
  organisations: z.array(z.string()),
  periods: z.array(z.string()),
  /** The last intent and what it was about (indicator name, goal code, budget row, search words; "at-risk" for an at-risk list). */
  lastIntent: z.string().nullable(),
  lastSubject: z.string().nullable(),
  /** The conversation's language, for follow-ups too short to tell ("T2?"); absent in older states. */
  language: Language.optional(),
  /** The last content question as a query, for follow-ups ("och för Norrmalm?", "varför?"); absent in older states. */
  lastQuery: Query.optional(),
});
export type ConversationState = z.infer<typeof ConversationState>;

export interface AskResult {
  answer: Answer;
  /** The state to pass with the next question of the same conversation. */
  state: ConversationState;
}

export interface Engine {
  /** Answers one question deterministically; never throws for bad input (empty, overlong, nonsense). */
  ask(question: string, state?: ConversationState): AskResult;
  /** Rebuilds the catalogue now (ask() also does so by itself when the reports have changed). */
  refresh(): void;
}
