/**
 * The engine's worker thread: answers questions on its own read-only connection, so an answer (and the
 * engine re-reading its data after a load changed the reports) never holds up the bot's event loop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createEngine } from "@tertial/engine";
import { openDatabase } from "@tertial/store";
import type { EngineReply, EngineRequest, EngineWorkerData } from "./worker-engine.ts";

if (!parentPort) throw new Error("engine-worker.ts runs as a worker thread");
const port = parentPort;
const { dbPath, engineOptions } = workerData as EngineWorkerData;
const db = openDatabase(dbPath, { readonly: true });
const engine = createEngine(db, engineOptions);

port.on("message", ({ id, question, state }: EngineRequest) => {
  let reply: EngineReply;
  try {
    reply = { id, result: engine.ask(question, state) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true });
