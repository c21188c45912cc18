import { type Dirent, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { StoreError } from "@tertial/store";

/** Report files are plain text; other files in a folder (README, .DS_Store, PDFs) are not loaded. */
export function isReportFileName(name: string): boolean {
  return name.endsWith(".txt") && !name.startsWith(".");
}

/** The largest report file loaded unless the caller says otherwise (TERTIAL_MAX_REPORT_MB in the CLI). */
export const DEFAULT_MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** One path a load will read, or one it passes over with the reason (one line). */
export interface ReportEntry {
  path: string;
  /** Why the entry is not read (a special file, a bad symlink, too large, a name in another case); null to read it. */
  skip: string | null;
}

/**
 * Expands files and folders into report files: a file as given, a folder's *.txt files (not
 * recursive), each folder sorted by name. A missing path is an error before anything loads.
 * Entries that cannot be read as a report (not a regular file, a dangling symlink or a symlink loop,
 * larger than `maxBytes`, a name ending in .TXT) are returned with the reason, so the rest still loads.
 */
export function listReportEntries(paths: readonly string[], options: { maxBytes?: number } = {}): ReportEntry[] {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_REPORT_BYTES;
  const entries: ReportEntry[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      throw new StoreError(`no such file or folder: ${path}.`, "Check the path; nothing was loaded.", { cause: error });
    }
    if (!isFolder) {
      entries.push({ path, skip: checkReportFile(path, maxBytes) });
      continue;
    }
    let names: Dirent[];
    try {
      names = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      throw new StoreError(`cannot read the folder ${path}.`, "Check its permissions; nothing was loaded.", {
        cause: error,
      });
    }
    for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith(".")) continue;
      const file = join(path, entry.name);
      if (isReportFileName(entry.name)) {
        if (entry.isDirectory()) continue;
        entries.push({ path: file, skip: checkReportFile(file, maxBytes) });
      } else if (entry.name.toLowerCase().endsWith(".txt") && !entry.isDirectory()) {
        entries.push({ path: file, skip: "the name does not end in .txt (lower case); rename it to load it." });
      }
    }
  }
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
}

/** The report files of `paths` (listReportEntries without the skipped ones). */
export function expandReportPaths(paths: readonly string[], options: { maxBytes?: number } = {}): string[] {
  return listReportEntries(paths, options)
    .filter((entry) => entry.skip === null)
    .map((entry) => entry.path);
}

/** Null when `path` (symlinks followed) is a regular file of at most `maxBytes`; else why it is not read. */
export function checkReportFile(path: string, maxBytes: number): string | null {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    if (code === "ENOENT") return "a symlink to nothing (its target is missing); fix or remove the link.";
    if (code === "ELOOP") return "a symlink loop; fix or remove the link.";
    if (code === "EACCES" || code === "EPERM") return "permission denied. Make the file readable and load it again.";
    return `cannot be read (${String(code ?? error)}).`;
  }
  if (stats.isDirectory()) return "is a folder, not a report file.";
  if (!stats.isFile()) return `is not a regular file (${specialKind(stats)}); only report text files are loaded.`;
  if (stats.size > maxBytes) {
    return `is ${megabytes(stats.size)} MB, over the ${megabytes(maxBytes)} MB limit for one report; check the file (TERTIAL_MAX_REPORT_MB raises the limit).`;
  }
  return null;
}

function specialKind(stats: ReturnType<typeof statSync> & object): string {
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "a special file";
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}
