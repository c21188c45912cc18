import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDotEnv } from "../src/dot-env.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tertial-dotenv-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadDotEnv", () => {
  it("adds the file's variables; a variable already set wins", () => {
    const file = join(dir, ".env");
    writeFileSync(
      file,
      [
        "# the digest settings",
        "TERTIAL_DIGEST_CATCHUP_HOURS=6",
        'SLACK_API_URL="http://127.0.0.1:9/api/"',
        "TERTIAL_DB=x.db",
      ].join("\n"),
    );
    const env: NodeJS.ProcessEnv = { TERTIAL_DB: "set.db" };
    expect(loadDotEnv(file, env)).toEqual(["SLACK_API_URL", "TERTIAL_DIGEST_CATCHUP_HOURS"]);
    expect(env).toEqual({
      TERTIAL_DB: "set.db",
      TERTIAL_DIGEST_CATCHUP_HOURS: "6",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
  });

  it("does nothing without a file", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(join(dir, ".env"), env)).toEqual([]);
    expect(env).toEqual({});
  });

  it("says in one line which .env cannot be read (a folder), instead of a stack trace", () => {
    const folder = join(dir, ".env");
    mkdirSync(folder);
    expect(() => loadDotEnv(folder, {})).toThrowError(
      new RegExp(`^cannot read ${folder.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: EISDIR: [^\n]*$`),
    );
  });
});
