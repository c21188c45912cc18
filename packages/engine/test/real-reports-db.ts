import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultReportsDir, openDatabase, type Db } from "@tertial/store";
import { loadPaths } from "@tertial/loader";

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
