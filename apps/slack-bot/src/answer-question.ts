import { saveSlackAnswer, type SlackThreadKey } from "@tertial/store";
import { readConversation, saveConversation } from "./conversations.ts";
import type { BotDeps } from "./deps.ts";
import { FIRST_MESSAGE_ITEMS, renderAnswer } from "./messages/answer-blocks.ts";
import { renderNotAQuestion } from "./messages/notices.ts";
import type { SlackMessage } from "./messages/slack-message.ts";
import { cleanQuestion } from "./question-text.ts";

export interface QuestionRequest {
  /** The message text as Slack sent it (mentions and entities included). */
  rawText: string;
  /** The bot's own user id, whose mentions are dropped from the question. */
  botUserId: string | undefined;
  channelId: string;
  /** Where the conversation context lives; null answers without context. */
  conversation: SlackThreadKey | null;
  /** The thread the reply goes to (for "Show all"), or null outside a thread. */
  replyThreadTs: string | null;
}

/**
 * Answers one question: cleans the text, asks the engine with the thread's saved context, saves the new
 * context, and renders the first message (saving the answer when a "Show all" button is needed). The
 * writes wait for a load's write lock in deps.writes, without blocking the event loop.
 */
export async function answerQuestion(deps: BotDeps, request: QuestionRequest): Promise<SlackMessage> {
  const question = cleanQuestion(request.rawText, request.botUserId);
  if (question.kind !== "question") return renderNotAQuestion(question);
  const before = request.conversation === null ? undefined : readConversation(deps, request.conversation);
  const { answer, state } = await deps.engine.ask(question.text, before);
  const conversation = request.conversation;
  if (conversation !== null) await deps.writes.run(() => saveConversation(deps, conversation, state));
  let showAllId: number | null = null;
  if (answer.items.length > FIRST_MESSAGE_ITEMS) {
    showAllId = await deps.writes.run(() =>
      saveSlackAnswer(
        deps.db,
        {
          channelId: request.channelId,
          threadTs: request.replyThreadTs,
          question: question.text,
          state: before ?? null,
          shown: FIRST_MESSAGE_ITEMS,
        },
        { now: deps.now(), ttlMs: deps.retention.answerMs },
      ),
    );
  }
  return renderAnswer(answer, { showAllId, maxItems: FIRST_MESSAGE_ITEMS });
}
