import type { webApi } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { errorText, tryToSend } from "../deliver.ts";
import { DELIVERY_FAILED } from "../messages/notices.ts";
import type { SlackMessage } from "../messages/slack-message.ts";

export interface PostTarget {
  channel: string;
  /** The thread to answer in, or undefined for the channel itself (a DM). */
  threadTs: string | undefined;
  /** Who asked: told by an ephemeral message when the answer cannot be posted. */
  userId: string;
}

/**
 * Posts an answer with chat.postMessage (the WebClient retries, honouring Retry-After on 429). When it
 * still fails, logs the error and tries once to tell the asker with an ephemeral message.
 */
export async function postAnswer(
  client: webApi.WebClient,
  deps: BotDeps,
  target: PostTarget,
  message: SlackMessage,
): Promise<void> {
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  try {
    await client.chat.postMessage({
      channel: target.channel,
      ...thread,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    deps.logger.error(`chat.postMessage to ${target.channel} failed:`, errorText(error));
    await tryToSend(
      () =>
        client.chat.postEphemeral({
          channel: target.channel,
          user: target.userId,
          ...thread,
          text: DELIVERY_FAILED.text,
          blocks: DELIVERY_FAILED.blocks,
        }),
      deps.logger,
      "telling the user the answer failed",
    );
  }
}

/** Tells only the asker (a refusal, say); failures are logged. */
export async function postEphemeral(
  client: webApi.WebClient,
  deps: BotDeps,
  target: PostTarget,
  message: SlackMessage,
): Promise<void> {
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  await tryToSend(
    () =>
      client.chat.postEphemeral({
        channel: target.channel,
        user: target.userId,
        ...thread,
        text: message.text,
        blocks: message.blocks,
      }),
    deps.logger,
    `chat.postEphemeral to ${target.channel}`,
  );
}
