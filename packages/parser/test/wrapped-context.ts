import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GoalId } from "@tertial/domain";
import type { ScanContext } from "../src/formats/scan-context.ts";

export interface RecordingContext extends ScanContext {
  readonly warnings: { line: number; message: string }[];
}

/** A ScanContext over `lines` where every line belongs to goal "g1" unless `ownerAt` says otherwise. */
export function createFormatBContext(
  lines: readonly string[],
  ownerAt: (lineNumber: number) => GoalId | null = () => GoalId.parse("g1"),
): RecordingContext {
  const warnings: { line: number; message: string }[] = [];
  return {
    file: "fixture.txt",
    lines,
    format: "wrapped",
    reportKind: "T1",
    ownerAt,
    isBoundary: () => false,
    warn: (line, message) => {
      warnings.push({ line, message });
    },
    warnings,
  };
}

/** Inline fixture lines: `·` stands for a space so that significant trailing spaces stay visible. */
export function fixtureLines(text: string): string[] {
  return text
    .replace(/^\n/, "")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.replaceAll("·", " "));
}

/** The lines of the real report S17 (socialnamnden-t1-2017.txt). */
export function readS17Lines(): string[] {
  const path = join(import.meta.dirname, "..", "..", "..", "data", "reports", "socialnamnden-t1-2017.txt");
  return readFileSync(path, "utf8").replace(/\r/g, "").split("\n");
}
