import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { ConversationState } from "@tertial/engine";
import { readSlackAnswer } from "@tertial/store";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { sendWithRetry } from "../deliver.ts";
import { renderRemainingItems } from "../messages/answer-blocks.ts";
import { ANSWER_EXPIRED, REFUSAL } from "../messages/notices.ts";
import type { SlackMessage } from "../messages/slack-message.ts";
import { postAnswer } from "./post-answer.ts";

export type ShowAllArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * The "Visa alla" / "Show all" button: asks the saved question again with its saved context and posts the
 * items after the first message in the thread (or, under an ephemeral answer, as ephemeral replies).
 */
export function createShowAllAction(deps: BotDeps) {
  return async ({ ack, body, action, client, respond }: ShowAllArgs): Promise<void> => {
    await ack();
    const userId = body.user.id;
    const channelId = body.channel?.id ?? null;
    const isEphemeral = body.container["is_ephemeral"] === true || body.message === undefined;
    const tell = async (message: SlackMessage) => {
      await sendWithRetry(
        () =>
          respond({ response_type: "ephemeral", replace_original: false, text: message.text, blocks: message.blocks }),
        {
          delaysMs: deps.replyRetryDelaysMs,
          logger: deps.logger,
          what: "show-all response",
        },
      );
    };
    if (!isAllowed(deps.access, { userId, channelId })) {
      await tell(REFUSAL);
      return;
    }
    const saved = /^\d+$/.test(action.value ?? "") ? readSlackAnswer(deps.db, Number(action.value), deps.now()) : null;
    if (saved === null) {
      await tell(ANSWER_EXPIRED);
      return;
    }
    const state = ConversationState.safeParse(saved.state);
    const { answer } = await deps.engine.ask(saved.question, state.success ? state.data : undefined);
    const messages = renderRemainingItems(answer, saved.shown);
    if (isEphemeral || channelId === null) {
      for (const message of messages) await tell(message);
      return;
    }
    const threadTs = saved.threadTs ?? body.message?.["thread_ts"] ?? body.message?.ts;
    for (const message of messages) {
      await postAnswer(
        client,
        deps,
        { channel: channelId, threadTs: typeof threadTs === "string" ? threadTs : undefined, userId },
        message,
      );
    }
  };
}
