import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { ReportKind } from "@tertial/domain";
import type { ParsedReport } from "@tertial/domain";
import * as z from "zod";
import { ReportParseError } from "./errors.ts";
import type { IdentityOverride } from "./identity/identity-override.ts";
import { decodeLines } from "./decode-lines.ts";
import { parseReportLines, parseReportText } from "./parse-report.ts";

const SIDECAR = z.strictObject({
  organisation: z.string().trim().min(1).optional(),
  unit: z.string().trim().min(1).optional(),
  /** "T1-2017", "T2 2021", "VB-2020". */
  period: z
    .string()
    .regex(/^(?:T1|T2|VB)[\s-]?\d{4}$/i, 'period must look like "T1-2017", "T2 2021" or "VB-2020"')
    .optional(),
  date: z.iso.date().optional(),
});

const EXPORT_HINT = "export the report from the PDF as UTF-8 text (e.g. pdftotext -enc UTF-8) and load that file";

/**
 * Reads a report file and parses it: rejects binary and non-UTF-8 files, computes the sha256 of the
 * bytes, reads an optional sidecar `<file>.meta.json` (or `<name without .txt>.meta.json`) beside it
 * with { organisation, unit, period: "T1-2017", date }, and merges identity as flags > sidecar >
 * header > inference. `sourceFile` is the file's base name.
 */
export async function readReportFile(path: string, identity?: IdentityOverride): Promise<ParsedReport> {
  const file = basename(path);
  // Read synchronously: the same buffers and errors as an asynchronous read, without the thread-pool
  // round trips (≈ 1 ms a file); parsing right after is synchronous work of several milliseconds anyway.
  const bytes = readFileSync(path);
  rejectNul(file, bytes);
  // Valid UTF-8 is decoded line by line in pieces; anything else takes the decoder's own path and error.
  const decoded = decodeLines(bytes);
  const text = decoded === null ? decodeUtf8(file, bytes) : "";
  const checksum = createHash("sha256").update(bytes).digest("hex");
  const sidecar = readSidecar(path);
  const options = { file, checksum, flags: identity, sidecar };
  return decoded === null ? parseReportText(text, options) : parseReportLines(decoded.lines, decoded, options);
}

function rejectNul(file: string, bytes: Buffer): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const line = lineAt(bytes, nul);
    throw new ReportParseError(file, line, [
      { line, message: `the file is binary (a NUL byte at line ${line}), not report text; ${EXPORT_HINT}` },
    ]);
  }
}

function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    const lines = new TextDecoder("utf-8").decode(bytes).split(/\r?\n/);
    const line = lines.findIndex((text) => text.includes("\uFFFD")) + 1;
    throw new ReportParseError(
      file,
      line,
      [{ line, message: `the file is not UTF-8 text (an invalid byte on line ${line}); ${EXPORT_HINT}` }],
      { cause: error },
    );
  }
}

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

function readSidecar(path: string): IdentityOverride | undefined {
  for (const candidate of [`${path}.meta.json`, `${path.replace(/\.txt$/i, "")}.meta.json`]) {
    let text: string;
    try {
      text = readFileSync(candidate, "utf8");
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    return parseSidecar(basename(candidate), text);
  }
  return undefined;
}

function parseSidecar(name: string, text: string): IdentityOverride {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReportParseError(
      name,
      1,
      [
        {
          line: 1,
          message: `the sidecar is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix it or remove it`,
        },
      ],
      { cause: error },
    );
  }
  const result = SIDECAR.safeParse(json);
  if (!result.success) {
    throw new ReportParseError(name, 1, [
      {
        line: 1,
        message: `the sidecar is not valid: ${z.prettifyError(result.error).split("\n").join(" ")}; it may hold organisation, unit, period ("T1-2017") and date ("YYYY-MM-DD")`,
      },
    ]);
  }
  const { organisation, unit, period, date } = result.data;
  const override: IdentityOverride = {};
  if (organisation !== undefined) override.organisation = organisation;
  if (unit !== undefined) override.unit = unit;
  if (date !== undefined) override.date = date;
  if (period !== undefined) {
    override.kind = ReportKind.parse(period.slice(0, 2).toUpperCase());
    override.year = Number(period.slice(-4));
  }
  return override;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
