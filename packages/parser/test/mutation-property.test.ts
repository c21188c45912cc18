import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ParsedReport } from "@tertial/domain";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport, ReportParseError } from "../src/index.ts";

const FILES = ["socialnamnden-t1-2020.txt", "socialnamnden-t1-2017.txt", "norrmalm-t2-2021.txt"] as const;
const texts = FILES.map((file) =>
  readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8"),
);
const RUNS_PER_REPORT = 34;

type Mutation =
  | { kind: "delete"; at: number; count: number }
  | { kind: "duplicate"; at: number; count: number }
  | { kind: "move"; at: number; count: number; to: number }
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; mask: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: position, count: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: position, count: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant("move" as const), at: position, count: fc.integer({ min: 1, max: 80 }), to: position }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({ kind: fc.constant("flip" as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
);

/** Applies the mutations to the text: line edits on lines, byte flips on the UTF-8 bytes. */
function mutate(text: string, mutations: readonly Mutation[]): string {
  let current = text;
  for (const m of mutations) {
    if (m.kind === "flip") {
      const bytes = Buffer.from(current, "utf8");
      const index = Math.floor(m.at * bytes.length);
      bytes[index] = (bytes[index] ?? 0) ^ m.mask;
      current = new TextDecoder("utf-8").decode(bytes);
      continue;
    }
    const lines = current.split("\n");
    const at = Math.floor(m.at * lines.length);
    if (m.kind === "delete") lines.splice(at, m.count);
    else if (m.kind === "duplicate") lines.splice(at, 0, ...lines.slice(at, at + m.count));
    else if (m.kind === "truncate") lines.length = at;
    else {
      const moved = lines.splice(at, m.count);
      lines.splice(Math.floor(m.to * lines.length), 0, ...moved);
    }
    current = lines.join("\n");
  }
  return current;
}

describe("parseReport on mutated real reports", () => {
  it.each(FILES.map((file, index) => [file, index] as const))(
    "%s: returns a valid ParsedReport or throws ReportParseError, nothing else",
    (file, index) => {
      const text = texts[index] ?? "";
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const mutated = mutate(text, mutations);
          try {
            const report = parseReport(mutated, { file, checksum: "f".repeat(64) });
            expect(ParsedReport.safeParse(report).success).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ReportParseError);
            if (error instanceof ReportParseError) {
              expect(error.message).toMatch(new RegExp(`^${file.replace(/\./g, "\\.")}:\\d+: `));
              expect(error.issues.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: RUNS_PER_REPORT, seed: 20240502 + index },
      );
    },
    60_000,
  );
});
