import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

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
