import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point one way: apps → digests → engine → store; loader → parser, store; parser → domain.
 * Every package may use domain; an app may use every package. A workspace's source may import only
 * the workspaces its arrows reach, must declare each one it imports in package.json, and never reaches
 * into another workspace by relative path. So the store knows nothing of parsing, and the parser
 * nothing of storage.
 */
const root = join(import.meta.dirname, "..");
const WORKSPACES: Record<string, string> = {
  "@tertial/domain": "packages/domain",
  "@tertial/parser": "packages/parser",
  "@tertial/store": "packages/store",
  "@tertial/loader": "packages/loader",
  "@tertial/engine": "packages/engine",
  "@tertial/digests": "packages/digests",
  "@tertial/cli": "apps/cli",
  "@tertial/slack-bot": "apps/slack-bot",
};
const PACKAGES = Object.keys(WORKSPACES).filter((name) => WORKSPACES[name]?.startsWith("packages/"));
/** The workspaces each one's source may import. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  "@tertial/domain": [],
  "@tertial/parser": ["@tertial/domain"],
  "@tertial/store": ["@tertial/domain"],
  "@tertial/loader": ["@tertial/domain", "@tertial/parser", "@tertial/store"],
  "@tertial/engine": ["@tertial/domain", "@tertial/store"],
  "@tertial/digests": ["@tertial/domain", "@tertial/store", "@tertial/engine"],
  "@tertial/cli": PACKAGES,
  "@tertial/slack-bot": PACKAGES,
};

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
    "%s imports only the workspaces its arrows reach, declared, never by relative path",
    (name, dir) => {
      const declared = Object.keys(
        JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8")).dependencies ?? {},
      );
      const problems: string[] = [];
      for (const file of sourceFiles(join(root, dir, "src"))) {
        const where = relative(root, file);
        for (const target of importsOf(file)) {
          if (target.startsWith("@tertial/")) {
            if (!MAY_IMPORT[name]?.includes(target))
              problems.push(`${where}: imports ${target}, which ${name} may not depend on`);
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
