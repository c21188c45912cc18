import type { Migration } from "./migration.ts";

/**
 * digest_delivery.parts: the delivery's messages as rendered when its first attempt began (a JSON
 * array), so that every retry posts the same content, resuming after the parts already in Slack,
 * even when reports were loaded in between. Set once (never overwritten) and cleared when the
 * delivery is sent or fails for good. NULL for deliveries that began before this migration: a retry
 * of one renders the digest again, as before, and stores that.
 */
export const migration010: Migration = {
  version: 10,
  name: "delivery-parts",
  sql: `
ALTER TABLE digest_delivery ADD COLUMN parts TEXT CHECK (json_valid(parts));
`,
};
