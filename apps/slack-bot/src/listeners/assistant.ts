import { Assistant } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import { createAssistantContextStore } from "../assistant-context.ts";
import { readConversation } from "../conversations.ts";
import { tryToSend } from "../deliver.ts";
import type { BotDeps } from "../deps.ts";
import {
  renderAssistantGreeting,
  SUGGESTED_PROMPTS_TITLE,
  suggestedPrompts,
  threadTitle,
} from "../messages/assistant-messages.ts";
import { REFUSAL } from "../messages/notices.ts";
import { cleanQuestion } from "../question-text.ts";
import { readReportOverview } from "../report-overview.ts";
import { answerDirectQuestion } from "./direct-message.ts";
import { postAnswer } from "./post-answer.ts";

/** The status shown under the thread while the engine answers (cleared by Slack when the answer is posted). */
export const ANSWERING_STATUS = "letar i rapporterna…";

/**
 * Slack's assistant panel (Bolt's Assistant). A new thread gets a greeting and up to four suggested
 * prompts drawn from the loaded reports; the context Slack sends (the channel the user is viewing) is
 * saved per thread; a message in the thread is answered exactly as a DM thread is (answerDirectQuestion:
 * the same access lists, engine path, error handling and per-thread conversation), with a status while
 * the engine works and the first question as the thread's title. Status, title and prompts are extras:
 * when Slack refuses one (an install without assistant:write), that is logged and the answer still comes.
 */
export function createAssistant(deps: BotDeps): Assistant {
  return new Assistant({
    threadContextStore: createAssistantContextStore(deps),
    threadStarted: async ({ event, client, saveThreadContext, setSuggestedPrompts }) => {
      const { user_id: userId, channel_id: channel, thread_ts: threadTs } = event.assistant_thread;
      const target = { channel, threadTs, userId };
      if (!isAllowed(deps.access, { userId, channelId: channel })) {
        await postAnswer(client, deps, target, REFUSAL);
        return;
      }
      await saveThreadContext();
      const overview = readReportOverview(deps.db);
      await postAnswer(client, deps, target, renderAssistantGreeting(overview));
      const prompts = suggestedPrompts(overview);
      if (prompts.length === 0) return;
      await tryToSend(
        () => setSuggestedPrompts({ title: SUGGESTED_PROMPTS_TITLE, prompts }),
        deps.logger,
        "assistant.threads.setSuggestedPrompts",
      );
    },
    threadContextChanged: async ({ saveThreadContext }) => {
      await saveThreadContext();
    },
    userMessage: async ({ event, client, context, setStatus, setTitle }) => {
      // Edits, deletions and the bot's own posts are no questions (Bolt passes file shares on too).
      if (event.subtype !== undefined || event.bot_id !== undefined || event.thread_ts === undefined) return;
      const threadTs = event.thread_ts;
      const question = cleanQuestion(event.text ?? "", context.botUserId);
      // The thread's first question names it in the assistant's history.
      const title =
        question.kind === "question" &&
        isAllowed(deps.access, { userId: event.user, channelId: event.channel }) &&
        readConversation(deps, { channelId: event.channel, threadTs }) === undefined
          ? threadTitle(question.text)
          : null;
      await answerDirectQuestion(
        deps,
        client,
        { channel: event.channel, threadTs, userId: event.user, text: event.text ?? "", botUserId: context.botUserId },
        {
          whileAnswering: () =>
            tryToSend(() => setStatus(ANSWERING_STATUS), deps.logger, "assistant.threads.setStatus"),
        },
      );
      if (title !== null) await tryToSend(() => setTitle(title), deps.logger, "assistant.threads.setTitle");
    },
  });
}
