import { createEngine } from "@tertial/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockKitViolations } from "./block-limits.ts";
import { createReportsDb, startBot, type BotHarness, type TempDb } from "./bot-harness.ts";
import { mentionEvent, postEvent } from "./slack-requests.ts";

/** The real engine on data/reports, with a Slack that refuses the first answer's blocks. */
let temp: TempDb;
let harness: BotHarness;

beforeAll(async () => {
  temp = await createReportsDb();
  harness = await startBot({ db: temp.db, engine: createEngine(temp.db) });
});

afterAll(async () => {
  await harness.close();
  temp.remove();
});

describe("a trend whose chart or table Slack refuses (invalid_blocks)", () => {
  it("is posted again without the chart and the table, with the text table instead", async () => {
    harness.fake.errorNext("chat.postMessage", "invalid_blocks", 1);
    await postEvent(
      harness.url,
      mentionEvent("sjukfrånvaro över tid i socialnämnden", { ts: "1710000105.000000", channel: "C0000INV" }),
    );
    const [post] = await harness.fake.waitForCalls("chat.postMessage", 1);
    const blocks = (post?.body["blocks"] ?? []) as { type: string; text?: { text: string } }[];
    expect([
      post?.body["thread_ts"],
      blocks.filter((block) => block.type === "data_visualization" || block.type === "table").length,
      blocks.some((block) => block.text?.text.includes("utfall: █▁  (T1 2017 → T1 2020)") === true),
      blocks.some((block) => block.text?.text.includes("socialnamnden-t1-2020.txt:1650") === true),
      blockKitViolations(post?.body ?? {}),
      harness.fake.callsTo("chat.postEphemeral"),
    ]).toEqual(["1710000105.000000", 0, true, true, [], []]);
  });
});
