import { createHmac } from "node:crypto";
import { FAKE_BOT } from "./fake-slack.ts";

export const TEST_SIGNING_SECRET = "testsigningsecret0123456789";

export interface SignedOptions {
  /** Seconds since the epoch for X-Slack-Request-Timestamp; now by default. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
  retryNum?: number;
}

/** Posts `body` to the bot exactly as Slack does: v0 HMAC-SHA256 over `v0:${ts}:${body}`. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignedOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", options.secret ?? TEST_SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex")}`;
  const headers: Record<string, string> = {
    "content-type": contentType,
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": signature,
  };
  if (options.retryNum !== undefined) {
    headers["x-slack-retry-num"] = String(options.retryNum);
    headers["x-slack-retry-reason"] = "http_timeout";
  }
  return fetch(url, { method: "POST", headers, body });
}

let eventCounter = 0;

/** An Events API envelope around `event`; a fresh event_id unless one is given. */
export function eventEnvelope(event: Record<string, unknown>, eventId?: string): string {
  eventCounter += 1;
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: FAKE_BOT.teamId,
    api_app_id: "A0000001",
    event,
    type: "event_callback",
    event_id: eventId ?? `Ev${String(eventCounter).padStart(8, "0")}`,
    event_time: 1_700_000_000,
    authorizations: [
      { team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  });
}

export function postEvent(
  url: string,
  event: Record<string, unknown>,
  options: SignedOptions & { eventId?: string } = {},
): Promise<Response> {
  return postSigned(url, eventEnvelope(event, options.eventId), "application/json", options);
}

export function mentionEvent(
  text: string,
  options: { channel?: string; user?: string; ts: string; threadTs?: string },
): Record<string, unknown> {
  return {
    type: "app_mention",
    user: options.user ?? "U0000ASK",
    text: `<@${FAKE_BOT.userId}> ${text}`,
    ts: options.ts,
    ...(options.threadTs === undefined ? {} : { thread_ts: options.threadTs }),
    channel: options.channel ?? "C0000GEN",
    event_ts: options.ts,
  };
}

export function directMessageEvent(
  text: string,
  options: { channel?: string; user?: string; ts: string },
): Record<string, unknown> {
  return {
    type: "message",
    channel_type: "im",
    user: options.user ?? "U0000ASK",
    text,
    ts: options.ts,
    channel: options.channel ?? "D0000DM1",
    event_ts: options.ts,
  };
}

/** A slash command as Slack posts it (form fields). */
export function postCommand(
  url: string,
  fields: { text: string; responseUrl: string; channel?: string; user?: string },
  options: SignedOptions = {},
): Promise<Response> {
  const body = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: FAKE_BOT.teamId,
    team_domain: "tertial-test",
    channel_id: fields.channel ?? "C0000GEN",
    channel_name: "general",
    user_id: fields.user ?? "U0000ASK",
    user_name: "anna",
    command: "/tertial",
    text: fields.text,
    api_app_id: "A0000001",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: "1.2.3",
  }).toString();
  return postSigned(url, body, "application/x-www-form-urlencoded", options);
}

/** A block_actions payload for a button click on a posted (or ephemeral) message. */
export function postButtonClick(
  url: string,
  fields: {
    actionId: string;
    value: string;
    channel: string;
    messageTs: string;
    threadTs?: string;
    responseUrl: string;
    ephemeral?: boolean;
    user?: string;
  },
): Promise<Response> {
  const payload = {
    type: "block_actions",
    user: { id: fields.user ?? "U0000ASK", username: "anna", team_id: FAKE_BOT.teamId },
    api_app_id: "A0000001",
    token: "legacy-verification-token",
    container: {
      type: "message",
      message_ts: fields.messageTs,
      channel_id: fields.channel,
      is_ephemeral: fields.ephemeral ?? false,
    },
    trigger_id: "1.2.3",
    team: { id: FAKE_BOT.teamId, domain: "tertial-test" },
    channel: { id: fields.channel, name: "general" },
    ...(fields.ephemeral === true
      ? {}
      : {
          message: {
            type: "message",
            ts: fields.messageTs,
            ...(fields.threadTs === undefined ? {} : { thread_ts: fields.threadTs }),
            text: "",
            user: FAKE_BOT.userId,
          },
        }),
    response_url: fields.responseUrl,
    actions: [buttonAction(fields.actionId, "Visa alla", fields.value)],
  };
  return postInteraction(url, payload);
}

/** assistant_thread_started / assistant_thread_context_changed: the user opened the panel or moved to a channel. */
export function assistantThreadEvent(
  type: "assistant_thread_started" | "assistant_thread_context_changed",
  options: { channel: string; threadTs: string; user?: string; contextChannel?: string },
): Record<string, unknown> {
  return {
    type,
    assistant_thread: {
      user_id: options.user ?? "U0000ASK",
      context: {
        ...(options.contextChannel === undefined ? {} : { channel_id: options.contextChannel }),
        team_id: FAKE_BOT.teamId,
        enterprise_id: null,
      },
      channel_id: options.channel,
      thread_ts: options.threadTs,
    },
    event_ts: options.threadTs,
  };
}

/** A person's message in a DM thread (an assistant thread is one), as message.im delivers it. */
export function threadMessageEvent(
  text: string,
  options: { channel: string; threadTs: string; ts: string; user?: string },
): Record<string, unknown> {
  return { ...directMessageEvent(text, options), thread_ts: options.threadTs };
}

/** A block_actions payload for a button on the App Home tab (no channel, message or response_url). */
export function postHomeButtonClick(
  url: string,
  fields: { actionId: string; value: string; privateMetadata: string; user?: string },
): Promise<Response> {
  const payload = {
    type: "block_actions",
    user: { id: fields.user ?? "U0000ASK", username: "anna", team_id: FAKE_BOT.teamId },
    api_app_id: "A0000001",
    token: "legacy-verification-token",
    container: { type: "view", view_id: "V0000001" },
    trigger_id: "1.2.3",
    team: { id: FAKE_BOT.teamId, domain: "tertial-test" },
    view: {
      id: "V0000001",
      type: "home",
      team_id: FAKE_BOT.teamId,
      blocks: [],
      private_metadata: fields.privateMetadata,
      callback_id: "",
      state: { values: {} },
      hash: "1700000000.abcdef",
      app_id: "A0000001",
      bot_id: FAKE_BOT.botId,
    },
    actions: [buttonAction(fields.actionId, "Ej i fas", fields.value)],
  };
  return postInteraction(url, payload);
}

/** One clicked button as block_actions lists it. */
function buttonAction(actionId: string, text: string, value: string): Record<string, unknown> {
  return {
    action_id: actionId,
    block_id: "b1",
    text: { type: "plain_text", text },
    value,
    type: "button",
    action_ts: "1700000001.000000",
  };
}

/** An interaction payload, signed and form-encoded as Slack posts it. */
function postInteraction(url: string, payload: Record<string, unknown>): Promise<Response> {
  return postSigned(
    url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
  );
}
