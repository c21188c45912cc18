import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { REFUSAL } from "../messages/notices.ts";
import { postAnswer, postEphemeral } from "./post-answer.ts";
import { safeAnswer } from "./safe-answer.ts";

export type AppMentionArgs = SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs;

/** `@tertial <question>` in a channel: answers in the thread, keeping the thread's context. */
export function createAppMention(deps: BotDeps) {
  return async ({ event, client, context }: AppMentionArgs): Promise<void> => {
    if (event.bot_id !== undefined || event.user === undefined) return;
    const threadTs = event.thread_ts ?? event.ts;
    const target = { channel: event.channel, threadTs, userId: event.user };
    if (!isAllowed(deps.access, { userId: event.user, channelId: event.channel })) {
      await postEphemeral(client, deps, target, REFUSAL);
      return;
    }
    const message = await safeAnswer(deps, {
      rawText: event.text,
      botUserId: context.botUserId,
      channelId: event.channel,
      conversation: { channelId: event.channel, threadTs },
      replyThreadTs: threadTs,
    });
    await postAnswer(client, deps, target, message);
  };
}
