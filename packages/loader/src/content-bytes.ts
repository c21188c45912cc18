/** The non-whitespace bytes of a report file: its size without line breaks, indentation and padding. */
export function contentBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09 && byte !== 0x0c) count += 1;
  }
  return count;
}
