import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { REFUSAL } from "../messages/notices.ts";
import { postAnswer } from "./post-answer.ts";
import { safeAnswer } from "./safe-answer.ts";

export type DirectMessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/**
 * A message in the bot's DM: answers in the DM (in the thread when the user wrote in one). The DM's
 * main stream is one conversation, so "och för T2?" works there too.
 */
export function createDirectMessage(deps: BotDeps) {
  return async ({ event, client, context }: DirectMessageArgs): Promise<void> => {
    // Edits, deletions, joins and bot posts carry a subtype; only a person's new message is a question.
    if (event.channel_type !== "im" || event.subtype !== undefined || event.bot_id !== undefined) return;
    const userId = event.user;
    const threadTs = event.thread_ts;
    const target = { channel: event.channel, threadTs, userId };
    if (!isAllowed(deps.access, { userId, channelId: event.channel })) {
      await postAnswer(client, deps, target, REFUSAL);
      return;
    }
    const message = await safeAnswer(deps, {
      rawText: event.text ?? "",
      botUserId: context.botUserId,
      channelId: event.channel,
      conversation: { channelId: event.channel, threadTs: threadTs ?? "" },
      replyThreadTs: threadTs ?? null,
    });
    await postAnswer(client, deps, target, message);
  };
}
