import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultReportsDir, openDatabase, type Db } from "@tertial/store";
import { loadPaths } from "@tertial/loader";
import { afterAll, beforeAll } from "vitest";
import { createEngine, type Engine } from "../src/index.ts";

/** A database in a temp folder with every report of data/reports loaded; close() removes it. */
export async function openRealReportsDb(): Promise<{ db: Db; close(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "tertial-engine-"));
  const db = openDatabase(join(dir, "t.db"));
  const summary = await loadPaths(db, [defaultReportsDir()]);
  if (summary.failed > 0) throw new Error(`reports failed to load: ${JSON.stringify(summary.files)}`);
  return {
    db,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: an engine over the real reports, opened before the file's tests and closed after
 * them. Call it at the file's top level.
 */
export function useRealReportsEngine(): Pick<Engine, "ask"> {
  let real: Awaited<ReturnType<typeof openRealReportsDb>> | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    real = await openRealReportsDb();
    engine = createEngine(real.db);
  }, 120_000);
  afterAll(() => real?.close());
  return {
    ask(question, state) {
      if (engine === undefined) throw new Error("the real-reports engine is used before beforeAll ran");
      return engine.ask(question, state);
    },
  };
}
