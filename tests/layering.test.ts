import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point one way: apps → digests → engine → store → parser → domain. A workspace's
 * source may import only workspaces below it, must declare each one it imports in package.json, and
 * never reaches into another workspace by relative path.
 */
const root = join(import.meta.dirname, "..");
const LAYERS = ["domain", "parser", "store", "engine", "digests"] as const;
const WORKSPACES: Record<string, string> = {
  "@tertial/domain": "packages/domain",
  "@tertial/parser": "packages/parser",
  "@tertial/store": "packages/store",
  "@tertial/engine": "packages/engine",
  "@tertial/digests": "packages/digests",
  "@tertial/cli": "apps/cli",
  "@tertial/slack-bot": "apps/slack-bot",
};

function rank(name: string): number {
  const layer = LAYERS.indexOf(name.replace("@tertial/", "") as (typeof LAYERS)[number]);
  return layer === -1 ? LAYERS.length : layer; // the apps sit above every package
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1] ?? "");
}

describe("workspace dependencies", () => {
  it("knows every workspace", () => {
    const found = ["packages", "apps"].flatMap((group) =>
      readdirSync(join(root, group)).map((name) => `${group}/${name}`),
    );
    expect(found.sort()).toEqual(Object.values(WORKSPACES).sort());
  });

  it.each(Object.entries(WORKSPACES))(
    "%s imports only workspaces below it, declared, never by relative path",
    (name, dir) => {
      const declared = Object.keys(
        JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).dependencies ?? {},
      );
      const problems: string[] = [];
      for (const file of sourceFiles(join(root, dir, "src"))) {
        const where = relative(root, file);
        for (const target of importsOf(file)) {
          if (target.startsWith("@tertial/")) {
            if (rank(target) >= rank(name)) problems.push(`${where}: imports ${target}, which is not below ${name}`);
            if (!declared.includes(target)) problems.push(`${where}: imports ${target} without declaring it`);
          } else if (target.startsWith(".") && !join(file, "..", target).startsWith(join(root, dir))) {
            problems.push(`${where}: reaches outside ${dir} by relative path (${target})`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );
});
