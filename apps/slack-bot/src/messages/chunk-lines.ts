/** Joins lines into texts of at most `max` characters (a line longer than `max` is cut). */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
    if (current !== "" && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? line : `${current}\n${line}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}
