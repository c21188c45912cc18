import type { Answer, ConversationState, Engine } from "@tertial/engine";
import { indicatorItem } from "./sample-answers.ts";

export interface FakeEngine extends Engine {
  asked: { question: string; state: ConversationState | undefined }[];
}

/**
 * A predictable engine for the bot's mechanics: "lång" asks give 25 items, others 2; a question naming
 * T1/T2 sets the period, a follow-up without one keeps the state's period (like the real engine).
 */
export function createFakeEngine(): FakeEngine {
  const asked: FakeEngine["asked"] = [];
  return {
    asked,
    refresh() {},
    ask(question, state) {
      asked.push({ question, state });
      const period = /\bT[12]\b/.exec(question)?.[0] ?? state?.periods[0]?.split(" ")[0] ?? "T1";
      const periods = [`${period} 2020`];
      const count = question.includes("lång") ? 25 : 2;
      const answer: Answer = {
        question,
        language: "sv",
        intent: "indicator-list",
        scope: { organisations: ["Socialnämnden"], periods, periodIsDefault: false },
        answerText: `${count} indikatorer (${periods[0] ?? ""})`,
        items: Array.from({ length: count }, (_, i) =>
          indicatorItem(i + 1, {
            report: { organisation: "Socialnämnden", unit: null, period: periods[0] ?? "", file: "s.txt" },
          }),
        ),
        suggestions: [],
      };
      return {
        answer,
        state: { organisations: ["Socialnämnden"], periods, lastIntent: "off-track", lastSubject: question },
      };
    },
  };
}
