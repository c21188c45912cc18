import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../src/formats/detect-format.ts";
import { readerFor, TEXT_FORMAT_READERS } from "../src/formats/readers.ts";
import { isTableHeader } from "../src/goals/goal-lines.ts";

const linesOf = (file: string): string[] =>
  readFileSync(join(import.meta.dirname, "..", "..", "..", "data", "reports", file), "utf8").split("\n");

describe("text format readers", () => {
  it("has one reader per layout, each for its own layout", () => {
    expect(TEXT_FORMAT_READERS.map((reader) => reader.format)).toEqual(["tabbed", "wrapped"]);
    expect([readerFor("tabbed").format, readerFor("wrapped").format]).toEqual(["tabbed", "wrapped"]);
  });

  it.each([
    ["socialnamnden-t1-2020.txt", "tabbed", 54],
    ["norrmalm-t2-2021.txt", "tabbed", 62],
    ["socialnamnden-t1-2017.txt", "wrapped", 59],
  ])("%s is %s; its reader and the goal scanner agree on its %i table headers", (file, format, headers) => {
    const lines = linesOf(file);
    const reader = readerFor(detectFormat(lines));
    expect(reader.format).toBe(format);
    const ownHeaders = lines.filter((line) => reader.isTableHeader(line));
    expect(ownHeaders.length).toBe(headers);
    expect(lines.filter(isTableHeader)).toEqual(ownHeaders);
  });
});
