/**
 * A parse worker (worker_threads): reads, parses and prepares report files for the loader, which
 * stores them in order on its own thread. The parser is pure, so workers share nothing.
 */
import { parentPort } from "node:worker_threads";
import { readReportFile } from "@tertial/parser";
import type { ParseJob, WorkerMessage } from "./parse-job.ts";
import { parseFile } from "./parse-file.ts";

if (!parentPort) throw new Error("parse-worker.ts runs as a worker thread");
const port = parentPort;

const post = (message: WorkerMessage) => port.postMessage(message);

port.on("message", (job: ParseJob) => {
  const start = performance.now();
  void parseFile(readReportFile, true, job.path, job.identity).then((outcome) => {
    post({ type: "parsed", reply: { ...outcome, id: job.id, parseMs: performance.now() - start } });
  });
});
post({ type: "ready" });
