import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { AskResult, ConversationState, EngineOptions } from "@tertial/engine";

/** What the bot needs of the engine; the worker's ask resolves later, a test's may answer at once. */
export interface BotEngine {
  ask(question: string, state?: ConversationState): AskResult | Promise<AskResult>;
}

export interface EngineRequest {
  id: number;
  question: string;
  state: ConversationState | undefined;
}

/** What the worker is started with. */
export interface EngineWorkerData {
  dbPath: string;
  engineOptions: EngineOptions;
}

export type EngineReply = { id: number; result: AskResult } | { id: number; error: string };

export interface WorkerEngine extends BotEngine {
  ask(question: string, state?: ConversationState): Promise<AskResult>;
  close(): Promise<void>;
}

/**
 * The engine in a worker thread on `dbPath` (read-only). Answering takes milliseconds to seconds of CPU
 * (more while a load keeps changing the reports); in the bot's own thread that held up every other
 * event's acknowledgement. A worker that dies fails the questions it held and is started again for the
 * next one. Resolves once the worker has built its engine. `engineOptions` go to createEngine (the
 * benchmark turns the answer cache off).
 */
export async function startWorkerEngine(dbPath: string, engineOptions: EngineOptions = {}): Promise<WorkerEngine> {
  let nextId = 0;
  let closed = false;
  const pending = new Map<number, { resolve(result: AskResult): void; reject(error: Error): void }>();
  const spawnWorker = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = startWorker(new URL(`./engine-worker${extname(import.meta.url)}`, import.meta.url), {
        dbPath,
        engineOptions,
      });
      let ready = false;
      worker.on("message", (message: EngineReply | { ready: true }) => {
        if ("ready" in message) {
          ready = true;
          resolve(worker);
          return;
        }
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if ("result" in message) waiting?.resolve(message.result);
        else waiting?.reject(new Error(`the engine failed: ${message.error}`));
      });
      const fail = (error: Error) => {
        if (!ready) reject(error);
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
        current = null;
      };
      worker.on("error", (error) => fail(new Error(`the engine worker failed: ${error.message}`, { cause: error })));
      worker.on("exit", (code) => {
        if (!closed) fail(new Error(`the engine worker stopped (exit code ${code}).`));
      });
    });
  let current: Promise<Worker> | null = spawnWorker();
  await current;
  return {
    async ask(question, state) {
      current ??= spawnWorker();
      const worker = await current;
      const id = nextId++;
      return new Promise<AskResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        const request: EngineRequest = { id, question, state };
        worker.postMessage(request);
      });
    },
    async close() {
      closed = true;
      const worker = await current?.catch(() => null);
      await worker?.terminate();
    },
  };
}

/**
 * Starts the engine worker: the compiled `.js` (dist) as it is, or the `.ts` source through tsx, whose
 * loader Node does not carry into worker threads: the worker registers tsx itself before importing the
 * module, and resolves the workspaces to their sources (as the loader's parse pool does).
 */
function startWorker(entry: URL, workerData: EngineWorkerData): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, { workerData });
  const api = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs"),
  ).href;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: ["--conditions=tertial-source"], workerData });
}
