import type { Migration } from "./migration.ts";

/**
 * The size of each report's text as loaded: bytes of the source file that are not whitespace. The
 * replacement guard compares a new version of a report with it (a truncated file has less text even
 * when its facts are all there). NULL for reports loaded before this migration: only their item
 * counts are compared.
 */
export const migration007: Migration = {
  version: 7,
  name: "content-bytes",
  sql: `ALTER TABLE report ADD COLUMN content_bytes INTEGER;`,
};
