import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import type { ParsedReport } from "@tertial/domain";
import type { ReportReader } from "../src/index.ts";
import { makeReport } from "../../store/test/fixture-report.ts";

/**
 * Stands in for the parser: a "report file" here is the JSON of a ParsedReport's identity overrides;
 * anything else fails to parse with a line number, like the real parser.
 */
export const fakeReader: ReportReader = async (path, identity) => {
  const text = await readFile(path, "utf8");
  if (!text.startsWith("{"))
    throw new Error(`could not parse ${basename(path)}:\n  ${basename(path)}:1 no report title found`);
  const overrides = JSON.parse(text) as Partial<ParsedReport>;
  const file = basename(path);
  const checksum = createHash("sha256").update(text).digest("hex");
  const report = makeReport({ ...overrides, sourceFile: file, checksum, ...identity });
  const source = { file, line: 1 };
  return {
    ...report,
    goals: report.goals.map((g) => ({ ...g, source })),
    passages: report.passages.map((p) => ({ ...p, source: { ...p.source, file } })),
    warnings: report.warnings.map((w) => ({ ...w, file })),
  };
};

export async function writeFakeReport(path: string, overrides: Partial<ParsedReport>): Promise<void> {
  await writeFile(path, JSON.stringify(overrides));
}
