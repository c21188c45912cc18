import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAssistantContextStore } from "../src/assistant-context.ts";
import { createBotDeps } from "../src/deps.ts";
import { createLogger } from "../src/logger.ts";
import { WriteQueue } from "../src/when-unlocked.ts";
import { createTempDb, type TempDb } from "./bot-harness.ts";
import { createFakeEngine } from "./fake-engine.ts";

/** The assistant threads' Slack context in SQLite, per thread. */
let temp: TempDb;
let logs: string[];

beforeEach(() => {
  temp = createTempDb();
  logs = [];
});
afterEach(() => temp.remove());

function started(threadTs: string, viewing: string) {
  return {
    type: "assistant_thread_started",
    assistant_thread: {
      user_id: "U0000ASK",
      context: { channel_id: viewing, team_id: "T0000001", enterprise_id: null },
      channel_id: "D0000CTX",
      thread_ts: threadTs,
    },
    event_ts: threadTs,
  };
}

/** Bolt passes the whole middleware args; the store reads only the payload. */
function args(payload: unknown) {
  return { payload } as unknown as Parameters<ReturnType<typeof createAssistantContextStore>["get"]>[0];
}

function deps(writes = new WriteQueue()) {
  return createBotDeps({
    db: temp.db,
    engine: createFakeEngine(),
    logger: createLogger({ write: (line) => logs.push(line) }),
    writes,
  });
}

describe("createAssistantContextStore", () => {
  it("keeps each thread's context apart, and a message in the thread reads its own", async () => {
    const store = createAssistantContextStore(deps());
    await store.save(args(started("1730000000.000001", "C0000ONE")));
    await store.save(args(started("1730000000.000002", "C0000TWO")));
    const message = { type: "message", channel: "D0000CTX", thread_ts: "1730000000.000001", text: "hej" };
    expect(await store.get(args(message))).toEqual({
      channel_id: "C0000ONE",
      team_id: "T0000001",
      enterprise_id: null,
    });
    expect(await store.get(args(started("1730000000.000002", "C0000XXX")))).toEqual({
      channel_id: "C0000TWO",
      team_id: "T0000001",
      enterprise_id: null,
    });
    expect(await store.get(args({ type: "message", channel: "D0000CTX", text: "no thread" }))).toEqual({});
  });

  it("logs a failed save instead of throwing, so the greeting still comes", async () => {
    const failing = new WriteQueue();
    failing.run = () => Promise.reject(new Error("database is locked"));
    const store = createAssistantContextStore(deps(failing));
    await expect(store.save(args(started("1730000000.000003", "C0000ONE")))).resolves.toBeUndefined();
    expect(
      logs.some((line) =>
        line.includes(
          "saving the assistant thread's context (D0000CTX/assistant-context:1730000000.000003) failed: Error: database is locked",
        ),
      ),
    ).toBe(true);
  });
});
