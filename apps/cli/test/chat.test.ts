import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChatCommand } from "../src/commands/chat.ts";
import { type makeWorkspace, makeWorkspaceWithReport, noLoad, run } from "./cli-harness.ts";

let ws: ReturnType<typeof makeWorkspace>;

beforeEach(async () => {
  ws = await makeWorkspaceWithReport();
});
afterEach(() => ws.remove());

describe("tertial chat", () => {
  it("answers piped lines without prompts and stops at exit", async () => {
    const input = Readable.from(["help\n", "\n", "vilka rapporter finns?\n", "exit\n", "vilka mål uppfylls delvis?\n"]);
    const result = await run(
      [createChatCommand({ ...noLoad, input, isTerminal: false })],
      ["chat", "--db", "t.db"],
      ws.path,
    );
    const blocks = result.out.split("\n\n").map((block) => block.split("\n")[0]);
    expect([
      result.code,
      result.out.includes("tertial>"),
      blocks[0],
      result.out.includes("1 inlästa rapporter"),
      result.out.includes("uppfylls bara delvis"),
    ]).toEqual([
      0,
      false,
      "I answer questions about the loaded tertial reports, with a source (file and line) for every number. Examples:",
      true,
      false,
    ]);
  });

  it("keeps the conversation: a follow-up re-asks the last question with the new scope", async () => {
    const input = Readable.from(["vilka mål uppfylls delvis?\n", "och 1999?\n"]);
    const result = await run(
      [createChatCommand({ ...noLoad, input, isTerminal: false })],
      ["chat", "--db", "t.db"],
      ws.path,
    );
    expect(result.out).toContain("Det finns ingen inläst rapport för 1999.");
  });

  it("ends at end of input (Ctrl-D)", async () => {
    const result = await run(
      [createChatCommand({ ...noLoad, input: Readable.from([]), isTerminal: false })],
      ["chat", "--db", "t.db"],
      ws.path,
    );
    expect(result).toEqual({ code: 0, out: "", err: "" });
  });
});
