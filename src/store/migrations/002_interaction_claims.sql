-- Which process answers an interaction, when several share one token (a rolling restart, two
-- processes by mistake): the first to insert the id answers, the others leave it.
CREATE TABLE interaction_claims (
  interaction_id TEXT PRIMARY KEY,
  claimed_at INTEGER NOT NULL
);
CREATE INDEX interaction_claims_by_age ON interaction_claims (claimed_at);
