import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** manifest.yml, read as lines: the YAML is flat enough that a list is the "- item" lines under its key. */
const MANIFEST = readFileSync(join(import.meta.dirname, "..", "manifest.yml"), "utf8").split("\n");

function listUnder(key: string): string[] {
  const start = MANIFEST.findIndex((line) => line.trim() === `${key}:`);
  const indent = (MANIFEST[start + 1] ?? "").search(/\S/);
  const items: string[] = [];
  for (const line of MANIFEST.slice(start + 1)) {
    if (line.search(/\S/) !== indent || !line.trim().startsWith("- ")) break;
    items.push(line.trim().slice(2).split(" #")[0]?.trim() ?? "");
  }
  return items;
}

describe("manifest.yml", () => {
  it("subscribes to every event the bot listens to, the assistant panel's included", () => {
    expect(listUnder("bot_events")).toEqual([
      "app_mention",
      "message.im",
      "app_home_opened",
      "assistant_thread_started",
      "assistant_thread_context_changed",
    ]);
  });

  it("asks for assistant:write and turns the assistant view on", () => {
    expect(listUnder("bot")).toContain("assistant:write");
    expect(MANIFEST).toContain(
      "  assistant_view: # the assistant panel: greeting, suggested prompts from the loaded reports, answers in threads",
    );
    expect(MANIFEST.some((line) => line.startsWith("    assistant_description: "))).toBe(true);
  });
});
