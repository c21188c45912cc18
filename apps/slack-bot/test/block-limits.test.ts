import { describe, expect, it } from "vitest";
import { blockKitViolations } from "./block-limits.ts";

const series = (name: string, labels: string[]) => ({ name, data: labels.map((label, i) => ({ label, value: i })) });

describe("blockKitViolations", () => {
  it("passes a message within the limits", () => {
    expect(
      blockKitViolations({
        text: "Sjukfrånvaro över tid",
        blocks: [
          {
            type: "data_visualization",
            title: "Sjukfrånvaro",
            chart: {
              type: "line",
              series: [series("utfall", ["T1 2017", "T1 2020"]), series("årsmål", ["T1 2017", "T1 2020"])],
              axis_config: { categories: ["T1 2017", "T1 2020"], x_label: "Period", y_label: "%" },
            },
          },
          { type: "table", rows: [[{ type: "raw_text", text: "Period" }], [{ type: "raw_text", text: "T1 2017" }]] },
        ],
      }),
    ).toEqual([]);
  });

  it("names each broken chart, table and message limit", () => {
    const chart = {
      type: "data_visualization",
      title: "x".repeat(51),
      chart: {
        type: "line",
        series: [...Array.from({ length: 6 }, (_, i) => series(`s${i}`, ["a", "b"])), series("s0", ["a"])],
        axis_config: { categories: ["a", "b"], y_label: "y".repeat(51) },
      },
    };
    const table = {
      type: "table",
      rows: [
        [{ type: "raw_text", text: "a" }],
        [
          { type: "raw_text", text: " " },
          { type: "raw_text", text: "c" },
        ],
      ],
    };
    expect(blockKitViolations({ text: "", blocks: [chart, chart, chart, table, table, { type: "video" }] })).toEqual([
      "text: missing fallback text",
      ...Array.from({ length: 3 }, (_, i) => [
        `blocks[${i}] data_visualization title: text of 51 characters (max 50)`,
        `blocks[${i}] data_visualization: 7 series`,
        `blocks[${i}] data_visualization y_label: text of 51 characters (max 50)`,
        `blocks[${i}] data_visualization: series names repeat`,
        `blocks[${i}] data_visualization: series s0 has not one point per category`,
      ]).flat(),
      ...[3, 4].flatMap((i) => [
        `blocks[${i}] table: row 1 has 2 cells, the first 1`,
        `blocks[${i}] table: row 1: an empty cell`,
      ]),
      "blocks[5] video: a block type this validator does not know",
      "blocks: 3 data_visualization blocks",
      "blocks: 2 table blocks",
    ]);
  });
});
