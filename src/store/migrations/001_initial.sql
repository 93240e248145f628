-- Per-server settings set through /settings. channels: JSON list of channel ids; empty = all.
CREATE TABLE guild_settings (
  guild_id TEXT PRIMARY KEY,
  channels TEXT NOT NULL DEFAULT '[]',
  private_default INTEGER NOT NULL DEFAULT 0,
  cooldown_seconds INTEGER,
  updated_at INTEGER NOT NULL
);

-- Per-user cooldowns, kept here so a restart does not reset them.
CREATE TABLE cooldowns (
  scope TEXT PRIMARY KEY,
  until_ms INTEGER NOT NULL
);

-- The last turns of each conversation (a thread), bounded and expiring.
CREATE TABLE conversation_turns (
  id INTEGER PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX conversation_turns_by_conversation ON conversation_turns (conversation_id, id);
CREATE INDEX conversation_turns_by_age ON conversation_turns (created_at);

-- One vote per person per answer message; the voter is a salted hash, never the user id.
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY,
  answer_key TEXT NOT NULL,
  voter TEXT NOT NULL,
  vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
  reason TEXT,
  comment TEXT,
  question TEXT NOT NULL,
  status TEXT NOT NULL,
  answer TEXT NOT NULL,
  passage_ids TEXT NOT NULL,
  corpus_version TEXT NOT NULL,
  guild_id TEXT,
  created_at INTEGER NOT NULL,
  UNIQUE (answer_key, voter)
);
CREATE INDEX feedback_by_guild ON feedback (guild_id);

-- Values the store keeps for itself (the voter hash's salt).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
