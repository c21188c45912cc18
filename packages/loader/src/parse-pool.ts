import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { IdentityOverride } from "@tertial/parser";
import type { ParseJob, ParseOutcome, WorkerMessage } from "./parse-job.ts";

export type Parsed = ParseOutcome & { parseMs: number };

interface Pending {
  resolve(parsed: Parsed): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
}

/**
 * Parse workers for one load. A worker takes jobs once it has loaded its modules (about a second
 * under tsx); jobs go to the ready worker with the fewest in flight, and each answer resolves its
 * job's promise, so the loader can await files in order while later ones are parsed. A worker that
 * dies fails every job it held.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closed = false;

  constructor(size: number) {
    for (let i = 0; i < size; i += 1) {
      const slot: Slot = {
        worker: startWorker(new URL(`./parse-worker${extname(import.meta.url)}`, import.meta.url)),
        ready: false,
        pending: new Map(),
      };
      slot.worker.on("message", (message: WorkerMessage) => {
        if (message.type === "ready") {
          slot.ready = true;
          return;
        }
        const { id, ...parsed } = message.reply;
        const pending = slot.pending.get(id);
        slot.pending.delete(id);
        pending?.resolve(parsed);
      });
      const failAll = (error: Error) => {
        slot.ready = false;
        for (const pending of slot.pending.values()) pending.reject(error);
        slot.pending.clear();
      };
      slot.worker.on("error", (error) =>
        failAll(new Error(`a parse worker failed: ${error.message}`, { cause: error })),
      );
      slot.worker.on("exit", (code) => {
        if (!this.closed) failAll(new Error(`a parse worker stopped (exit code ${code}).`));
      });
      this.slots.push(slot);
    }
  }

  /** Whether a worker can take a job now. */
  get ready(): boolean {
    return this.slots.some((slot) => slot.ready);
  }

  /** Reads, parses and prepares one file in a ready worker (check `ready` first). */
  parse(path: string, identity: IdentityOverride | undefined): Promise<Parsed> {
    const ready = this.slots.filter((slot) => slot.ready);
    const slot = ready.reduce<Slot | undefined>(
      (best, candidate) => (best === undefined || candidate.pending.size < best.pending.size ? candidate : best),
      undefined,
    );
    if (!slot) return Promise.reject(new Error("no parse worker is ready"));
    const id = this.nextId++;
    const job: ParseJob = { id, path, identity };
    return new Promise((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map(({ worker }) => worker.terminate()));
  }
}

/**
 * Starts a worker on a module of this package: the compiled `.js` (dist) as it is, or the `.ts`
 * source (development: tsx, vitest). tsx's loader is not carried into worker threads by Node 20
 * (neither from `tsx`'s execArgv nor from register()), so a source worker registers tsx itself
 * before importing the module, and resolves the other workspaces to their sources as well
 * (the `tertial-source` export condition).
 */
function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry);
  const api = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs"),
  ).href;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: ["--conditions=tertial-source"] });
}
