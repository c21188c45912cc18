import type { TextFormat } from "./scan-context.ts";
import { tabbedReader } from "./tabbed/reader.ts";
import type { TextFormatReader } from "./text-format-reader.ts";
import { wrappedReader } from "./wrapped/reader.ts";

/** One reader per layout: a TextFormat without a reader, or a reader missing a part, does not compile. */
const READERS: { readonly [F in TextFormat]: TextFormatReader & { readonly format: F } } = {
  tabbed: tabbedReader,
  wrapped: wrappedReader,
};

export const TEXT_FORMAT_READERS: readonly TextFormatReader[] = Object.values(READERS);

export function readerFor(format: TextFormat): TextFormatReader {
  return READERS[format];
}
