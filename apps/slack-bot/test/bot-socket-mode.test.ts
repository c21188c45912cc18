import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type BotApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import type { BotConfig } from "../src/env.ts";
import { createLogger } from "../src/logger.ts";
import { createTempDb, type TempDb } from "./bot-harness.ts";
import { createFakeEngine, type FakeEngine } from "./fake-engine.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { startFakeSocketServer, type FakeSocketServer } from "./fake-socket-server.ts";
import { eventEnvelope, mentionEvent } from "./slack-requests.ts";

/** Fake tokens, built at run time so no token-shaped string sits in the source. */
const BOT_TOKEN = ["xoxb", "test", "token"].join("-");
const APP_TOKEN = ["xapp", "test", "token"].join("-");

let temp: TempDb;
let engine: FakeEngine;
let fake: FakeSlack;
let socketServer: FakeSocketServer;
let bot: BotApp;

beforeEach(async () => {
  temp = createTempDb();
  engine = createFakeEngine();
  fake = await startFakeSlack();
  socketServer = await startFakeSocketServer();
  fake.setSocketUrl(socketServer.url);
  const config: BotConfig = {
    botToken: BOT_TOKEN,
    connection: { mode: "socket", appToken: APP_TOKEN },
    slackApiUrl: fake.apiUrl,
    logLevel: "warn",
    dbPath: undefined,
    access: { channels: [], users: [] },
    adminUserIds: [],
  };
  const logger = createLogger({ write: () => {} });
  bot = createApp({
    config,
    deps: createBotDeps({ db: temp.db, engine, logger }),
    digests: false,
    socketOptions: { autoReconnectEnabled: false },
  });
  await bot.start();
});

afterEach(async () => {
  await bot.stop();
  await socketServer.close();
  await fake.close();
  temp.remove();
});

describe("Socket Mode", () => {
  it("opens the connection through apps.connections.open with the app token and answers a mention", async () => {
    const [open] = fake.callsTo("apps.connections.open");
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const ack = await socketServer.sendEnvelope({
      envelope_id: "env-1",
      type: "events_api",
      payload: JSON.parse(eventEnvelope(mentionEvent("försenade i T2?", { ts: "1720000000.000100" }))) as unknown,
    });
    expect(ack).toEqual({ envelope_id: "env-1", payload: {} });
    const [post] = await fake.waitForCalls("chat.postMessage", 1);
    expect(post?.body).toMatchObject({
      channel: "C0000GEN",
      thread_ts: "1720000000.000100",
      text: "2 indikatorer (T2 2020)",
    });
    expect(post?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it("drops a redelivered envelope with the same event_id", async () => {
    const payload = JSON.parse(
      eventEnvelope(mentionEvent("försenade?", { ts: "1720000001.000100" }), "EvSOCKET01"),
    ) as unknown;
    await socketServer.sendEnvelope({ envelope_id: "env-2", type: "events_api", payload });
    await fake.waitForCalls("chat.postMessage", 1);
    await socketServer.sendEnvelope({
      envelope_id: "env-3",
      type: "events_api",
      payload,
      retry_attempt: 1,
      retry_reason: "timeout",
    });
    await socketServer.sendEnvelope({
      envelope_id: "env-4",
      type: "events_api",
      payload: JSON.parse(eventEnvelope(mentionEvent("lång?", { ts: "1720000002.000100" }))) as unknown,
    });
    const posts = await fake.waitForCalls("chat.postMessage", 2);
    expect(posts.map((post) => post.body["thread_ts"])).toEqual(["1720000001.000100", "1720000002.000100"]);
    expect(engine.asked.map((ask) => ask.question)).toEqual(["försenade?", "lång?"]);
  });

  it("acks a slash command envelope and answers through its response_url", async () => {
    const payload = {
      command: "/tertial",
      text: "försenade i T1?",
      user_id: "U0000ASK",
      channel_id: "C0000GEN",
      team_id: "T0000001",
      response_url: fake.responseUrl("sock1"),
      trigger_id: "1.2.3",
    };
    const ack = await socketServer.sendEnvelope({ envelope_id: "env-5", type: "slash_commands", payload });
    expect(ack).toEqual({ envelope_id: "env-5", payload: {} });
    const [reply] = await fake.waitForCalls("response_url", 1);
    expect(reply?.body).toMatchObject({ response_type: "ephemeral", text: "2 indikatorer (T1 2020)" });
  });
});
