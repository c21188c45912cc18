import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "./errors.ts";

/** Report files are plain text; other files in a folder (README, .DS_Store, PDFs) are not loaded. */
export function isReportFileName(name: string): boolean {
  return name.endsWith(".txt") && !name.startsWith(".");
}

/**
 * Expands files and folders into report files: a file as given, a folder's *.txt files (not
 * recursive), each folder sorted by name. A missing path is an error before anything loads.
 */
export function expandReportPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      throw new StoreError(`no such file or folder: ${path}.`, "Check the path; nothing was loaded.", { cause: error });
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    let names: string[];
    try {
      names = readdirSync(path);
    } catch (error) {
      throw new StoreError(`cannot read the folder ${path}.`, "Check its permissions; nothing was loaded.", {
        cause: error,
      });
    }
    const inFolder = names
      .filter(isReportFileName)
      .sort()
      .map((name) => join(path, name));
    files.push(...inFolder.filter((file) => statSync(file).isFile()));
  }
  return [...new Set(files)];
}
