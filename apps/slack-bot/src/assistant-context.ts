import type { AssistantConfig } from "@slack/bolt";
import { readThreadState, saveThreadState, type SlackThreadKey } from "@tertial/store";
import * as z from "zod";
import type { BotDeps } from "./deps.ts";

type ThreadContextStore = NonNullable<AssistantConfig["threadContextStore"]>;
type StoreArgs = Parameters<ThreadContextStore["get"]>[0];

/** What Slack tells about where the user is while the assistant panel is open: the channel they are viewing. */
const AssistantThreadContext = z.object({
  channel_id: z.string().optional(),
  team_id: z.string().optional(),
  enterprise_id: z.string().nullable().optional(),
});
type AssistantThreadContext = z.infer<typeof AssistantThreadContext>;

/**
 * The assistant threads' Slack context (the channel the user is viewing), kept per thread in SQLite
 * beside the thread's conversation state, under its own key, for as long (BotRetention.threadStateMs).
 * Bolt's default store keeps the last context of any thread in memory and rewrites the thread's first
 * message (chat.update) to persist it; this one survives a restart and never mixes up two users' threads.
 * A failed save is logged, not thrown.
 */
export function createAssistantContextStore(deps: BotDeps): ThreadContextStore {
  return {
    async get({ payload }: StoreArgs) {
      const key = contextKey(payload);
      if (key === null) return {};
      const saved = AssistantThreadContext.safeParse(readThreadState(deps.db, key, deps.now()));
      return saved.success ? saved.data : {};
    },
    async save({ payload }: StoreArgs) {
      const key = contextKey(payload);
      const started = ThreadEvent.safeParse(payload);
      const context = AssistantThreadContext.safeParse(started.success ? started.data.assistant_thread.context : null);
      if (key === null || !context.success) return;
      try {
        await deps.writes.run(() =>
          saveThreadState(deps.db, key, context.data satisfies AssistantThreadContext, {
            now: deps.now(),
            ttlMs: deps.retention.threadStateMs,
          }),
        );
      } catch (error) {
        // Nothing the bot says depends on it: a greeting must not wait for, or fail with, this write.
        deps.logger.error(`saving the assistant thread's context (${key.channelId}/${key.threadTs}) failed:`, error);
      }
    },
  };
}

/** assistant_thread_started and assistant_thread_context_changed: the thread and the context. */
const ThreadEvent = z.object({
  assistant_thread: z.object({ channel_id: z.string(), thread_ts: z.string(), context: z.unknown() }),
});
/** A message in the thread. */
const ThreadMessage = z.object({ channel: z.string(), thread_ts: z.string() });

/** The row of a thread's context: its DM channel, and "assistant-context:" + the thread's ts. */
function contextKey(payload: unknown): SlackThreadKey | null {
  const event = ThreadEvent.safeParse(payload);
  if (event.success) {
    const thread = event.data.assistant_thread;
    return { channelId: thread.channel_id, threadTs: `assistant-context:${thread.thread_ts}` };
  }
  const message = ThreadMessage.safeParse(payload);
  return message.success
    ? { channelId: message.data.channel, threadTs: `assistant-context:${message.data.thread_ts}` }
    : null;
}
