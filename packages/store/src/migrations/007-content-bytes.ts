import type { Migration } from "./migration.ts";

/**
 * report.content_bytes: the size of each report's text as loaded, bytes of the source file that are
 * not whitespace. The replacement guard compares a new version of a report with it (a truncated file
 * has less text even when its facts are all there). NULL for reports loaded before this migration:
 * only their item counts are compared.
 *
 * digest_delivery.owner_pid: the process posting a delivery ("sending"), so a delivery whose process
 * died (kill -9) is resumed at once instead of after the stale timeout.
 */
export const migration007: Migration = {
  version: 7,
  name: "content-bytes-and-delivery-owner",
  sql: `
ALTER TABLE report ADD COLUMN content_bytes INTEGER;
ALTER TABLE digest_delivery ADD COLUMN owner_pid INTEGER;
`,
};
