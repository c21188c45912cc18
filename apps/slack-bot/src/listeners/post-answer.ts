import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { webApi } from "@slack/bolt";
import type { BotDeps } from "../deps.ts";
import { errorText, tryToSend } from "../deliver.ts";
import { DELIVERY_FAILED } from "../messages/notices.ts";
import { hasChartOrTable, type SlackMessage, withoutChartsAndTables } from "../messages/slack-message.ts";

export interface PostTarget {
  channel: string;
  /** The thread to answer in, or undefined for the channel itself (a DM). */
  threadTs: string | undefined;
  /** Who asked: told by an ephemeral message when the answer cannot be posted. */
  userId: string;
}

/** The metadata event type of an answer, by which a retry finds it in the channel. */
export const ANSWER_EVENT = "tertial_answer";
/** Slack's clock and ours may differ a little: look this far back for an answer already posted. */
const CLOCK_MARGIN_S = 600;

/**
 * Posts an answer with chat.postMessage exactly once. The message carries metadata with a fresh answer
 * id, and it goes through `deps.answerClient`, which does not retry by itself. When a post fails in a way
 * Slack may have stored it anyway (a 5xx, a timeout, a lost connection; a 429 too), this waits
 * `deps.replyRetryDelaysMs[i]`, looks for the answer in the thread (conversations.replies) or the DM
 * (conversations.history), and posts again only when it is not there. When every attempt failed, or the
 * check itself failed, the asker is told with an ephemeral message.
 */
export async function postAnswer(
  client: webApi.WebClient,
  deps: BotDeps,
  target: PostTarget,
  message: SlackMessage,
): Promise<void> {
  const poster = deps.answerClient ?? client;
  const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
  const answerId = randomUUID();
  const oldest = String(Math.floor(Date.now() / 1000) - CLOCK_MARGIN_S);
  let sending = message;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await poster.chat.postMessage({
        channel: target.channel,
        ...thread,
        text: sending.text,
        blocks: sending.blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: ANSWER_EVENT, event_payload: { answer: answerId } },
      });
      return;
    } catch (error) {
      // Slack refused the blocks and stored nothing: a chart or table it does not take (a client or
      // workspace without them, a limit it enforces differently). The answer goes out without them once.
      if (platformError(error) === "invalid_blocks" && hasChartOrTable(sending)) {
        deps.logger.warn(
          `chat.postMessage to ${target.channel} failed with invalid_blocks: posting the answer without its charts and table`,
        );
        sending = withoutChartsAndTables(sending);
        attempt -= 1;
        continue;
      }
      const delay = deps.replyRetryDelaysMs[attempt];
      if (delay === undefined || !mayHaveFailedInTransit(error)) {
        deps.logger.error(`chat.postMessage to ${target.channel} failed:`, errorText(error));
        break;
      }
      deps.logger.warn(`chat.postMessage to ${target.channel} failed (attempt ${attempt + 1}):`, errorText(error));
      await sleep(delay);
      try {
        if (await isPosted(client, target, answerId, oldest)) {
          deps.logger.info(`the answer to ${target.channel} was stored despite the error; not posting it again`);
          return;
        }
      } catch (checkError) {
        deps.logger.error(`checking whether the answer reached ${target.channel} failed:`, errorText(checkError));
        break;
      }
    }
  }
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

/** Whether the message with this answer id is in the thread (or the DM's history) since `oldest`. */
async function isPosted(
  client: webApi.WebClient,
  target: PostTarget,
  answerId: string,
  oldest: string,
): Promise<boolean> {
  const query = { channel: target.channel, oldest, limit: 200, include_all_metadata: true };
  const result =
    target.threadTs === undefined
      ? await client.conversations.history(query)
      : await client.conversations.replies({ ...query, ts: target.threadTs });
  return (result.messages ?? []).some(
    (found) =>
      found.metadata?.event_type === ANSWER_EVENT &&
      (found.metadata.event_payload as Record<string, unknown> | undefined)?.["answer"] === answerId,
  );
}

/** The Slack error code of a platform error (HTTP 200 with ok: false), such as "invalid_blocks"; else null. */
function platformError(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error) || !("data" in error)) return null;
  if (error.code !== "slack_webapi_platform_error") return null;
  const data = error.data;
  return typeof data === "object" && data !== null && "error" in data && typeof data.error === "string"
    ? data.error
    : null;
}

/** An error after which Slack may have stored the message: anything but a platform error (ok: false). */
function mayHaveFailedInTransit(error: unknown): boolean {
  if (typeof error === "object" && error !== null && "code" in error) {
    return error.code !== "slack_webapi_platform_error";
  }
  return true;
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
