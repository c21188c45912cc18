import { ConversationState } from "@tertial/engine";
import { readThreadState, saveThreadState, type SlackThreadKey } from "@tertial/store";
import type { BotDeps } from "./deps.ts";

/** The engine state saved for a thread, or undefined when there is none, it expired, or it no longer parses. */
export function readConversation(deps: BotDeps, key: SlackThreadKey): ConversationState | undefined {
  const saved = readThreadState(deps.db, key, deps.now());
  if (saved === null) return undefined;
  const parsed = ConversationState.safeParse(saved);
  if (!parsed.success) {
    deps.logger.warn(`ignoring a saved conversation state that no longer fits (${key.channelId}/${key.threadTs})`);
    return undefined;
  }
  return parsed.data;
}

export function saveConversation(deps: BotDeps, key: SlackThreadKey, state: ConversationState): void {
  saveThreadState(deps.db, key, state, { now: deps.now(), ttlMs: deps.retention.threadStateMs });
}
