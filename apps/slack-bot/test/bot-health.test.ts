import { join } from "node:path";
import { createEngine } from "@tertial/engine";
import { loadPaths } from "@tertial/loader";
import { openDatabase } from "@tertial/store";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type BotApp } from "../src/app.ts";
import { createBotDeps } from "../src/deps.ts";
import { createLogger } from "../src/logger.ts";
import { startWorkerEngine, type WorkerEngine } from "../src/worker-engine.ts";
import { createReportsDb, createTempDb, startBot, type BotHarness, type TempDb } from "./bot-harness.ts";
import { startFakeSlack, type FakeSlack } from "./fake-slack.ts";
import { startFakeSocketServer, type FakeSocketServer } from "./fake-socket-server.ts";
import { mentionEvent, postEvent, postSigned } from "./slack-requests.ts";

const reportsDir = join(import.meta.dirname, "..", "..", "..", "data", "reports");

/** Cleaned up after each test, last opened first. */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function getHealth(port: number | null, path = "/healthz") {
  const response = await fetch(`http://127.0.0.1:${port ?? 0}${path}`);
  return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
}

async function httpBot(temp: TempDb): Promise<BotHarness> {
  const harness = await startBot({ db: temp.db, engine: createEngine(temp.db) });
  cleanups.push(() => harness.close());
  return harness;
}

describe("GET /healthz in HTTP mode (Bolt customRoutes, on PORT)", () => {
  it("answers 200 with the number of reports in data/reports, unsigned", async () => {
    const temp = await createReportsDb();
    cleanups.push(() => temp.remove());
    const harness = await httpBot(temp);
    const { port } = new URL(harness.url);
    expect(await getHealth(Number(port))).toEqual({
      status: 200,
      type: "application/json; charset=utf-8",
      body: JSON.stringify({ status: "ok", mode: "http", database: "ok", reports: 3 }),
    });
    expect(harness.logs.filter((line) => /WARN|ERROR/.test(line))).toEqual([]);
  });

  it("answers 503 with a one-line reason when the database does not answer", async () => {
    const temp = await createReportsDb();
    cleanups.push(() => temp.remove());
    const harness = await httpBot(temp);
    temp.db.close();
    const { port } = new URL(harness.url);
    expect(await getHealth(Number(port))).toEqual({
      status: 503,
      type: "application/json; charset=utf-8",
      body: JSON.stringify({
        status: "error",
        mode: "http",
        database: "error",
        reason: "the database does not answer: The database connection is not open",
      }),
    });
  });
});

describe("setting up HTTP mode", () => {
  it("answers Slack's url_verification challenge when the Request URL is saved", async () => {
    const temp = createTempDb();
    cleanups.push(() => temp.remove());
    const harness = await httpBot(temp);
    const body = JSON.stringify({
      token: "legacy",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const response = await postSigned(harness.url, body, "application/json");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });
});

describe("a report loaded while the bot runs (tertial load in another process)", () => {
  it("is counted by /healthz and answered from at the next question, without a restart", async () => {
    const temp = createTempDb();
    cleanups.push(() => temp.remove());
    const first = await loadPaths(temp.db, [
      join(reportsDir, "socialnamnden-t1-2017.txt"),
      join(reportsDir, "socialnamnden-t1-2020.txt"),
    ]);
    expect(first.added).toBe(2);
    // As main.ts runs it: the engine in a worker thread, on its own read-only connection.
    const engine: WorkerEngine = await startWorkerEngine(temp.path);
    cleanups.push(() => engine.close());
    const harness = await startBot({ db: temp.db, engine });
    cleanups.push(() => harness.close());
    const port = Number(new URL(harness.url).port);
    const ask = async (ts: string) => {
      await postEvent(harness.url, mentionEvent("vilka rapporter finns?", { ts }));
      const posts = await harness.fake.waitForCalls(
        "chat.postMessage",
        harness.fake.callsTo("chat.postMessage").length + 1,
      );
      return JSON.stringify(posts.find((post) => post.body["thread_ts"] === ts)?.body);
    };

    expect(JSON.parse((await getHealth(port)).body)).toMatchObject({ reports: 2 });
    const before = await ask("1710000100.000100");
    expect(before).toContain("socialnamnden-t1-2020.txt:1");
    expect(before).not.toContain("norrmalm-t2-2021.txt");

    const loader = openDatabase(temp.path);
    const second = await loadPaths(loader, [join(reportsDir, "norrmalm-t2-2021.txt")]);
    loader.close();
    expect(second.added).toBe(1);

    expect(JSON.parse((await getHealth(port)).body)).toMatchObject({ reports: 3 });
    const after = await ask("1710000100.000200");
    expect(after).toContain("norrmalm-t2-2021.txt:1");
  }, 120_000);
});

describe("HEALTH_PORT in Socket Mode", () => {
  async function socketBot(temp: TempDb, healthPort: number | undefined): Promise<BotApp> {
    return (await socketBotWithSlack(temp, healthPort)).bot;
  }

  async function socketBotWithSlack(
    temp: TempDb,
    healthPort: number | undefined,
  ): Promise<{ bot: BotApp; fake: FakeSlack }> {
    const fake: FakeSlack = await startFakeSlack();
    cleanups.push(() => fake.close());
    const socketServer: FakeSocketServer = await startFakeSocketServer();
    cleanups.push(() => socketServer.close());
    fake.setSocketUrl(socketServer.url);
    const bot = createApp({
      config: {
        botToken: ["xoxb", "health", "test"].join("-"),
        connection: {
          mode: "socket",
          appToken: ["xapp", "health", "test"].join("-"),
          ...(healthPort === undefined ? {} : { healthPort }),
        },
        slackApiUrl: fake.apiUrl,
        logLevel: "warn",
        dbPath: undefined,
        access: { channels: [], users: [] },
        adminUserIds: [],
      },
      deps: createBotDeps({ db: temp.db, engine: createEngine(temp.db), logger: createLogger({ write: () => {} }) }),
      host: "127.0.0.1",
      digests: false,
      socketOptions: { autoReconnectEnabled: false },
    });
    return { bot, fake };
  }

  it("serves GET /healthz on HEALTH_PORT with the report count, 404 elsewhere, and closes it on stop", async () => {
    const temp = await createReportsDb();
    cleanups.push(() => temp.remove());
    const bot = await socketBot(temp, 0);
    const started = await bot.start();
    expect(started.port).toBeNull();
    expect(started.healthPort).toEqual(expect.any(Number));
    expect(await getHealth(started.healthPort)).toEqual({
      status: 200,
      type: "application/json; charset=utf-8",
      body: JSON.stringify({ status: "ok", mode: "socket", database: "ok", reports: 3 }),
    });
    expect((await getHealth(started.healthPort, "/slack/events")).status).toBe(404);
    await bot.stop();
    await expect(fetch(`http://127.0.0.1:${started.healthPort}/healthz`)).rejects.toThrowError("fetch failed");
  });

  it("serves nothing without HEALTH_PORT", async () => {
    const temp = createTempDb();
    cleanups.push(() => temp.remove());
    const bot = await socketBot(temp, undefined);
    expect(await bot.start()).toEqual({ port: null, healthPort: null });
    cleanups.push(() => bot.stop());
  });

  it("stops with one line when HEALTH_PORT is taken", async () => {
    const temp = createTempDb();
    cleanups.push(() => temp.remove());
    const first = await socketBot(temp, 0);
    const { healthPort } = await first.start();
    cleanups.push(() => first.stop());
    const { bot: second, fake } = await socketBotWithSlack(temp, healthPort ?? 0);
    cleanups.push(() => second.stop());
    await expect(second.start()).rejects.toThrowError(
      `The Slack bot cannot start: HEALTH_PORT ${healthPort} cannot be used: listen EADDRINUSE: address already in use 127.0.0.1:${healthPort}.`,
    );
    // A start that fails leaves nothing running: no Socket Mode connection was opened to receive events.
    expect(fake.callsTo("apps.connections.open")).toEqual([]);
  });
});
