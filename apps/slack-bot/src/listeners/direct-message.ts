import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, webApi } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { REFUSAL } from "../messages/notices.ts";
import { postAnswer } from "./post-answer.ts";
import { safeAnswer } from "./safe-answer.ts";

export type DirectMessageArgs = SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs;

/** A question asked in the bot's DM: typed there, in an assistant thread, or by an App Home button. */
export interface DirectQuestion {
  /** The DM's channel id (D…). */
  channel: string;
  /** The thread it was asked in, or undefined for the DM's main stream. */
  threadTs: string | undefined;
  userId: string;
  /** The message text as Slack sent it. */
  text: string;
  botUserId: string | undefined;
}

/**
 * A message in the bot's DM: answers in the DM (in the thread when the user wrote in one). The DM's
 * main stream is one conversation, so "och för T2?" works there too. Messages in an assistant thread
 * reach the assistant (listeners/assistant.ts) instead, which answers through answerDirectQuestion too.
 */
export function createDirectMessage(deps: BotDeps) {
  return async ({ event, client, context }: DirectMessageArgs): Promise<void> => {
    // Edits, deletions, joins and bot posts carry a subtype; only a person's new message is a question.
    if (event.channel_type !== "im" || event.subtype !== undefined || event.bot_id !== undefined) return;
    await answerDirectQuestion(deps, client, {
      channel: event.channel,
      threadTs: event.thread_ts,
      userId: event.user,
      text: event.text ?? "",
      botUserId: context.botUserId,
    });
  };
}

/**
 * Answers a question in the bot's DM with the conversation of its thread (or of the DM's main stream),
 * after the access check; someone outside the allow-lists gets the refusal. `whileAnswering` runs once
 * the question is allowed, before the engine is asked (the assistant's "…" status).
 */
export async function answerDirectQuestion(
  deps: BotDeps,
  client: webApi.WebClient,
  question: DirectQuestion,
  options: { whileAnswering?: () => Promise<void> } = {},
): Promise<void> {
  const target = { channel: question.channel, threadTs: question.threadTs, userId: question.userId };
  if (!isAllowed(deps.access, { userId: question.userId, channelId: question.channel })) {
    await postAnswer(client, deps, target, REFUSAL);
    return;
  }
  await options.whileAnswering?.();
  const message = await safeAnswer(deps, {
    rawText: question.text,
    botUserId: question.botUserId,
    channelId: question.channel,
    conversation: { channelId: question.channel, threadTs: question.threadTs ?? "" },
    replyThreadTs: question.threadTs ?? null,
  });
  await postAnswer(client, deps, target, message);
}
