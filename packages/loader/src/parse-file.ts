import { readFileSync } from "node:fs";
import type { IdentityOverride } from "@tertial/parser";
import { InvalidReportError, prepareReport } from "@tertial/store";
import { describeLoadError } from "./load-errors.ts";
import type { ReportReader } from "./load-types.ts";
import type { ParseOutcome } from "./parse-job.ts";
import { contentBytes } from "./content-bytes.ts";

/**
 * Reads, parses and prepares one report file, in the loader's thread or a parse worker. `validated`:
 * the reader is the parser itself, which has already checked the report against the schema.
 */
export async function parseFile(
  read: ReportReader,
  validated: boolean,
  path: string,
  identity: IdentityOverride | undefined,
): Promise<ParseOutcome> {
  let report: Awaited<ReturnType<ReportReader>>;
  try {
    report = await read(path, identity);
  } catch (error) {
    return { kind: "unreadable", error: describeLoadError(error) };
  }
  try {
    return { kind: "prepared", prepared: { ...prepareReport(report, { validated }), contentBytes: measure(path) } };
  } catch (error) {
    if (error instanceof InvalidReportError) return { kind: "invalid", error: error.message };
    return { kind: "crashed", error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The file's non-whitespace bytes for the replacement guard; null when it cannot be read again. */
function measure(path: string): number | null {
  try {
    return contentBytes(readFileSync(path));
  } catch {
    return null;
  }
}
