import { describe, expect, it } from "vitest";
import { formatLines, formatSource, Source, spanSource } from "../src/index.ts";

describe("Source", () => {
  it("takes an optional endLine, never before line", () => {
    expect(Source.safeParse({ file: "a.txt", line: 3872, endLine: 3875 }).success).toBe(true);
    expect(Source.safeParse({ file: "a.txt", line: 3872, endLine: 3872 }).success).toBe(true);
    expect(Source.safeParse({ file: "a.txt", line: 3872 }).success).toBe(true);
    expect(Source.safeParse({ file: "a.txt", line: 3875, endLine: 3872 }).success).toBe(false);
  });

  it("is cited as file:line, or file:line–endLine when it spans lines", () => {
    expect(formatSource({ file: "socialnamnden-t1-2017.txt", line: 3872, endLine: 3875 })).toBe(
      "socialnamnden-t1-2017.txt:3872–3875",
    );
    expect(formatSource({ file: "socialnamnden-t1-2020.txt", line: 206 })).toBe("socialnamnden-t1-2020.txt:206");
    expect(formatLines({ line: 5, endLine: 5 })).toBe("5");
  });

  it("gets an endLine from spanSource only when the fact spans lines", () => {
    expect(spanSource("a.txt", 10, 12)).toEqual({ file: "a.txt", line: 10, endLine: 12 });
    expect(spanSource("a.txt", 10, 10)).toEqual({ file: "a.txt", line: 10 });
  });
});
