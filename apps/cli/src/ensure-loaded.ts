import { ensureLoaded, type LoadSummary } from "@tertial/loader";
import type { CliIo } from "./command.ts";
import { formatLoadSummary } from "./load-summary.ts";
import { defaultReportsDir, displayPath } from "./paths.ts";
import { createLoadProgress } from "./progress.ts";

/**
 * For ask / chat / digest --preview on the default database (no --db): when it does not exist yet,
 * loads data/reports into a new one, showing progress and a short summary on stderr. An existing
 * database is never written. Returns the summary, or null.
 */
export async function ensureLoadedForCli(
  io: CliIo,
  dbPath: string,
  reportsDir: string = defaultReportsDir(),
): Promise<LoadSummary | null> {
  const progress = createLoadProgress(io);
  let summary: LoadSummary | null;
  try {
    summary = await ensureLoaded({ dbPath, reportsDir, onProgress: (event) => progress.onProgress(event) });
  } finally {
    progress.stop();
  }
  if (summary !== null) {
    const [outcomes] = formatLoadSummary(
      summary,
      `First use: no database at ${displayPath(dbPath, io.env)} yet; loaded ${displayPath(reportsDir, io.env)} into a new one`,
    );
    if (outcomes !== undefined) io.err(outcomes);
    if (summary.failed > 0)
      io.err(
        `  ${summary.failed} report(s) failed; run "tertial load ${displayPath(reportsDir, io.env)}" for details.`,
      );
  }
  return summary;
}
