/** The one-line reason a report file could not be read or parsed, as the load summary shows it. */
export function describeLoadError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error ? error.code : undefined;
  if (code === "EACCES" || code === "EPERM") return "permission denied. Make the file readable and load it again.";
  if (code === "EISDIR") return "is a folder, not a report file.";
  if (code === "ENOENT") return "the file disappeared while loading.";
  return error.message;
}
