import type { types } from "@slack/bolt";

export type Block = types.KnownBlock;

/** A message ready for chat.postMessage / respond(): blocks plus the plain-text fallback Slack requires. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Slack's limits that the renderers respect. */
export const SLACK_MESSAGE_LIMITS = {
  blocksPerMessage: 50,
  blocksPerHomeView: 100,
  sectionText: 3000,
  headerText: 150,
  fallbackText: 3000,
  buttonText: 75,
} as const;

export function header(text: string): Block {
  return {
    type: "header",
    text: { type: "plain_text", text: truncatePlain(text, SLACK_MESSAGE_LIMITS.headerText), emoji: true },
  };
}

/** A mrkdwn section; `text` must already be escaped and within the section limit. */
export function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function context(text: string): Block {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

function truncatePlain(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
