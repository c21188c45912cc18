import type { Migration } from "./migration.ts";

/**
 * The Slack bot's own state: the engine's ConversationState per (channel, thread) so follow-ups in a thread
 * survive a restart, the Events API event ids already handled (Slack redelivers unacknowledged events), and
 * answers whose remaining items a "Show all" button can post later. Every row expires (ISO time).
 */
export const migration002: Migration = {
  version: 2,
  name: "slack",
  sql: `
CREATE TABLE slack_thread_state (
  channel_id TEXT NOT NULL,
  thread_ts TEXT NOT NULL,
  state TEXT NOT NULL CHECK (json_valid(state)),
  updated_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (channel_id, thread_ts)
) STRICT;
CREATE INDEX slack_thread_state_expiry ON slack_thread_state (expires_at);

CREATE TABLE slack_event (
  event_id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX slack_event_expiry ON slack_event (expires_at);

CREATE TABLE slack_answer (
  id INTEGER PRIMARY KEY,
  channel_id TEXT NOT NULL,
  thread_ts TEXT,
  question TEXT NOT NULL,
  state TEXT CHECK (state IS NULL OR json_valid(state)),
  shown INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX slack_answer_expiry ON slack_answer (expires_at);
`,
};
