import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { isAllowed } from "../access.ts";
import type { BotDeps } from "../deps.ts";
import { sendWithRetry } from "../deliver.ts";
import { renderHelp } from "../messages/help-message.ts";
import { ANSWER_FAILED, DELIVERY_FAILED, REFUSAL } from "../messages/notices.ts";
import type { SlackMessage } from "../messages/slack-message.ts";
import { postEphemeral } from "./post-answer.ts";
import { safeAnswer } from "./safe-answer.ts";

export type TertialCommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The digest helper's `/tertial digest …` handler, when digests are enabled. */
export interface DigestRoute {
  help: string;
  handle: (args: {
    text: string;
    userId: string;
    channelId: string;
    respond: (message: {
      text: string;
      blocks?: unknown[];
      response_type?: "ephemeral" | "in_channel";
    }) => Promise<unknown>;
  }) => Promise<void>;
}

export type CommandRequest =
  | { kind: "help" }
  | { kind: "digest"; text: string }
  | { kind: "question"; text: string; visibility: "ephemeral" | "in_channel" };

/** `help`/`hjälp` (or nothing), `digest …`, `public <question>` / `publik <question>`, or a question. */
export function parseCommandText(text: string): CommandRequest {
  const trimmed = text.trim();
  const [first = "", ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  if (word === "" || word === "help" || word === "hjälp" || word === "hjalp" || word === "?") return { kind: "help" };
  if (word === "digest") return { kind: "digest", text: trimmed };
  if (word === "public" || word === "publik")
    return { kind: "question", text: rest.join(" "), visibility: "in_channel" };
  return { kind: "question", text: trimmed, visibility: "ephemeral" };
}

/** `/tertial …`: acks at once, then answers through the response_url (ephemeral unless `public`). */
export function createTertialCommand(deps: BotDeps, digest: DigestRoute | null) {
  return async ({ command, ack, respond, client, context }: TertialCommandArgs): Promise<void> => {
    await ack();
    const who = { userId: command.user_id, channelId: command.channel_id };
    const reply = async (message: SlackMessage, visibility: "ephemeral" | "in_channel") => {
      const args: RespondArguments = { response_type: visibility, text: message.text, blocks: message.blocks };
      const sent = await sendWithRetry(() => respond(args), {
        delaysMs: deps.replyRetryDelaysMs,
        logger: deps.logger,
        what: "/tertial response",
      });
      if (!sent)
        await postEphemeral(
          client,
          deps,
          { channel: command.channel_id, threadTs: undefined, userId: command.user_id },
          DELIVERY_FAILED,
        );
    };
    if (!isAllowed(deps.access, who)) {
      await reply(REFUSAL, "ephemeral");
      return;
    }
    const request = parseCommandText(command.text);
    switch (request.kind) {
      case "help":
        await reply(renderHelp({ digestHelp: digest?.help ?? null }), "ephemeral");
        return;
      case "digest":
        if (digest === null) {
          await reply({ text: "Digester är inte påslagna i den här boten.", blocks: [] }, "ephemeral");
          return;
        }
        try {
          await digest.handle({
            text: request.text,
            userId: command.user_id,
            channelId: command.channel_id,
            respond: (message) => respond(message as RespondArguments),
          });
        } catch (error) {
          deps.logger.error("/tertial digest failed:", error);
          await reply(ANSWER_FAILED, "ephemeral");
        }
        return;
      case "question": {
        const message = await safeAnswer(deps, {
          rawText: request.text,
          botUserId: context.botUserId,
          channelId: command.channel_id,
          // A command has no thread; each person's commands in a channel form one conversation.
          conversation: { channelId: command.channel_id, threadTs: `command:${command.user_id}` },
          replyThreadTs: null,
        });
        await reply(message, request.visibility);
        return;
      }
    }
  };
}
