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

const read = (name: string) => readFileSync(join(import.meta.dirname, "..", name), "utf8");
/** The manifest without its comment header. */
const body = (text: string) => text.split("\n").filter((line) => !line.startsWith("#"));

describe("manifest-http.yml", () => {
  it("is manifest.yml with three request URLs and Socket Mode off, so the two stay in step", () => {
    const http = body(read("manifest-http.yml"))
      .filter((line) => !/^\s+(request_url|url): /.test(line))
      .map((line) => line.replace("socket_mode_enabled: false", "socket_mode_enabled: true"));
    expect(http).toEqual(body(read("manifest.yml")));
  });

  it("sends events, interactivity and /tertial to /slack/events, where the HTTP receiver listens", () => {
    const urls = [...read("manifest-http.yml").matchAll(/^\s+(-\s+)?(\w+): (https:\S+)$/gm)].map((m) => [m[2], m[3]]);
    expect(urls).toEqual([
      ["url", "https://tertial.example.org/slack/events"],
      ["request_url", "https://tertial.example.org/slack/events"],
      ["request_url", "https://tertial.example.org/slack/events"],
    ]);
  });
});
