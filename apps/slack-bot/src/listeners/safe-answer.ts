import { answerQuestion, type QuestionRequest } from "../answer-question.ts";
import type { BotDeps } from "../deps.ts";
import { ANSWER_FAILED } from "../messages/notices.ts";
import type { SlackMessage } from "../messages/slack-message.ts";

/** answerQuestion, but an unexpected failure is logged and becomes a polite message instead of silence. */
export async function safeAnswer(deps: BotDeps, request: QuestionRequest): Promise<SlackMessage> {
  try {
    return await answerQuestion(deps, request);
  } catch (error) {
    deps.logger.error("answering a question failed:", error);
    return ANSWER_FAILED;
  }
}
