import { createHash, randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { describeError, type SqlDatabase, type SqlFailure, type SqlRunner } from "./sql.js";
import { WriteQueue } from "./writeQueue.js";
import {
  DEFAULT_SETTINGS,
  StoreUnavailable,
  type ConversationLimits,
  type FeedbackReason,
  type FeedbackRecord,
  type FeedbackSummary,
  type GuildSettings,
  type Store,
  type StoreHealth,
  type Turn,
  type Vote,
} from "./types.js";

export interface SqlStoreOptions {
  /** The database, or why it could not be opened (then the store starts turned off). */
  database: SqlDatabase | { failed: unknown; where: string };
  log: Logger;
  conversation: ConversationLimits;
  /** The export and backup commands: nothing is created or migrated. */
  readonly?: boolean;
  now?: () => number;
  /** Waits between attempts at a write while the database is locked or out of reach. */
  retryDelaysMs?: readonly number[];
  /** While the database is out of reach, how often a call may try to reach it again. */
  retryOpenMs?: number;
}

interface FeedbackRow {
  vote: number;
  reason: string | null;
  comment: string | null;
  question: string;
  status: string;
  answer: string;
  passage_ids: string;
  corpus_version: string;
  guild_id: string | null;
  created_at: number;
}

type Job = (tx: SqlRunner) => Promise<void>;

/** Counts written so both databases read them alike (PostgreSQL sums no booleans). */
const UP = "SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END)";
const DOWN = "SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END)";

/**
 * The store, on whichever database it is given (SQLite or PostgreSQL, the same SQL for both).
 * Reads run at once and fall back to defaults when they fail, so an answer never waits on a
 * broken database. Writes go through a queue flushed in one transaction per tick, so an answer
 * never waits for one and 200 votes at once cost a handful of transactions.
 *
 * Two kinds of failure: a damaged database (a corrupt SQLite file) turns the store off for good
 * and the file is left alone; an unreachable one (PostgreSQL down or restarting) refuses calls
 * while it lasts and is tried again, at most every few seconds, by the calls that follow.
 */
export class SqlStore implements Store {
  private db: SqlDatabase | null;
  private problem: string | null = null;
  private outage: string | null = null;
  private prepared = false;
  private preparing: Promise<void> | null = null;
  private lastAttempt = 0;
  private salt = "";
  private readonly queue: WriteQueue<Job>;
  private readonly now: () => number;
  readonly where: string;

  /** Opens the store: migrated and ready, or reporting through health() why it is not. */
  static async open(options: SqlStoreOptions): Promise<SqlStore> {
    const store = new SqlStore(options);
    await store.ready();
    return store;
  }

  private constructor(private readonly options: SqlStoreOptions) {
    this.now = options.now ?? Date.now;
    const { database } = options;
    this.where = database.where;
    this.db = "failed" in database ? null : database;
    this.queue = new WriteQueue<Job>({
      run: (jobs) =>
        this.need().transaction(async (tx) => {
          for (const job of jobs) await job(tx);
        }),
      isBusy: (error) => {
        const kind = this.classify(error);
        return kind === "busy" || kind === "unreachable";
      },
      onRefused: (error) => this.failed(error, "write"),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    });
    if ("failed" in database) this.failed(database.failed, "open");
  }

  private classify(error: unknown): SqlFailure {
    return this.db?.classify(error) ?? "other";
  }

  /** True once migrated; while the database is out of reach, tries again now and then. */
  private async ready(): Promise<boolean> {
    if (this.prepared) return true;
    if (!this.db) return false;
    const retryMs = this.options.retryOpenMs ?? 5000;
    if (!this.preparing && (this.lastAttempt === 0 || Date.now() - this.lastAttempt >= retryMs)) {
      this.lastAttempt = Date.now();
      this.preparing = this.prepare().finally(() => (this.preparing = null));
    }
    if (this.preparing) await this.preparing;
    return this.prepared;
  }

  private async prepare(): Promise<void> {
    const db = this.db;
    if (!db) return;
    try {
      if (!this.options.readonly) {
        const applied = await db.migrate();
        if (applied > 0) this.options.log.info({ at: db.where, applied }, "database migrated");
        this.salt = await this.ensureSalt(db);
      } else {
        await db.get("SELECT 1 AS ok");
      }
      this.prepared = true;
      this.reached();
    } catch (error) {
      this.failed(error, "open");
    }
  }

  private async ensureSalt(db: SqlDatabase): Promise<string> {
    // Two processes opening a new database at once keep whichever salt was written first.
    await db.run(
      "INSERT INTO meta (key, value) VALUES ('voter_salt', ?) ON CONFLICT (key) DO NOTHING",
      [randomBytes(32).toString("hex")],
    );
    const row = await db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'voter_salt'");
    if (!row) throw new Error("the voter salt could not be stored");
    return row.value;
  }

  /** Says once why the database cannot be used; a damaged one is turned off for good. */
  private failed(error: unknown, what: string): void {
    const kind = this.classify(error);
    const where = this.where;
    if (kind === "unreachable") {
      if (this.outage === null) {
        this.options.log.error(
          { at: where, err: error, what },
          `database ${where} is out of reach: ${describeError(error)}. Answering goes on; feedback, settings and follow-up context are not saved until it is back.`,
        );
      }
      this.outage = `database ${where} is out of reach: ${describeError(error)}`;
      return;
    }
    if (kind === "broken" || what === "open") {
      this.turnOff(error, kind);
      return;
    }
    this.options.log.warn({ at: where, err: error, what }, "database call failed");
  }

  private turnOff(error: unknown, kind: SqlFailure): void {
    const hint =
      kind === "broken"
        ? "the file is damaged or not a database; it is left as it is — restore a backup or move it aside"
        : "it could not be opened";
    const problem = `database ${this.where} is unavailable (${hint}): ${describeError(error)}`;
    if (this.problem === null) {
      this.options.log.error(
        { at: this.where, err: error },
        `${problem}. Answering goes on; feedback, settings and follow-up context are not saved until it is fixed.`,
      );
    }
    this.problem = problem;
    const db = this.db;
    this.db = null;
    // Closing a broken handle may fail too; nothing more to do.
    db?.close().catch(() => undefined);
  }

  private reached(): void {
    if (this.outage === null) return;
    this.outage = null;
    this.options.log.info({ at: this.where }, "database reachable again");
  }

  health(): StoreHealth {
    const problem = this.problem ?? this.outage;
    return problem === null ? { ok: true } : { ok: false, problem };
  }

  private need(): SqlDatabase {
    if (!this.db) throw new StoreUnavailable(this.problem ?? "the database is closed");
    return this.db;
  }

  private async usable(): Promise<SqlDatabase> {
    if (!(await this.ready())) {
      throw new StoreUnavailable(this.problem ?? this.outage ?? "the database is closed");
    }
    return this.need();
  }

  /** Runs a read; on failure reports it and gives `fallback`, so an answer never waits on it. */
  private async read<T>(
    what: string,
    fallback: T,
    work: (db: SqlRunner) => Promise<T>,
  ): Promise<T> {
    if (!(await this.ready()) || !this.db) return fallback;
    try {
      const result = await work(this.db);
      this.reached();
      return result;
    } catch (error) {
      if (this.classify(error) === "broken" || this.classify(error) === "unreachable") {
        this.failed(error, what);
      } else {
        this.options.log.warn({ err: error, what }, "database read failed; using defaults");
      }
      return fallback;
    }
  }

  private async write(job: Job): Promise<void> {
    await this.usable();
    await this.queue.push(job);
    this.reached();
  }

  settings(guildId: string): Promise<GuildSettings> {
    return this.read("settings", DEFAULT_SETTINGS, async (db) => {
      const row = await db.get<{
        channels: string;
        private_default: number;
        cooldown_seconds: number | null;
      }>(
        "SELECT channels, private_default, cooldown_seconds FROM guild_settings WHERE guild_id = ?",
        [guildId],
      );
      if (!row) return DEFAULT_SETTINGS;
      return {
        channels: JSON.parse(row.channels) as string[],
        privateByDefault: Number(row.private_default) === 1,
        cooldownSeconds: row.cooldown_seconds === null ? null : Number(row.cooldown_seconds),
      };
    });
  }

  saveSettings(guildId: string, settings: GuildSettings): Promise<void> {
    const now = this.now();
    return this.write(async (tx) => {
      await tx.run(
        `INSERT INTO guild_settings (guild_id, channels, private_default, cooldown_seconds, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET channels = excluded.channels,
           private_default = excluded.private_default, cooldown_seconds = excluded.cooldown_seconds,
           updated_at = excluded.updated_at`,
        [
          guildId,
          JSON.stringify(settings.channels),
          settings.privateByDefault ? 1 : 0,
          settings.cooldownSeconds,
          now,
        ],
      );
    });
  }

  async takeCooldown(scope: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    const db = await this.usable();
    const now = this.now();
    try {
      // One statement: the cooldown starts only if none is running, whoever else asks at once
      // (another shard or process included).
      const started = await db.run(
        `INSERT INTO cooldowns (scope, until_ms) VALUES (?, ?)
         ON CONFLICT (scope) DO UPDATE SET until_ms = excluded.until_ms
         WHERE cooldowns.until_ms <= ?`,
        [scope, now + seconds * 1000, now],
      );
      this.reached();
      if (started > 0) {
        if (Math.random() < 0.01) await db.run("DELETE FROM cooldowns WHERE until_ms <= ?", [now]);
        return 0;
      }
      const row = await db.get<{ until_ms: number }>(
        "SELECT until_ms FROM cooldowns WHERE scope = ?",
        [scope],
      );
      return row ? Math.max(1, Math.ceil((Number(row.until_ms) - now) / 1000)) : 0;
    } catch (error) {
      this.failed(error, "cooldown");
      throw new StoreUnavailable(describeError(error));
    }
  }

  async claim(interactionId: string): Promise<boolean> {
    if (!(await this.ready()) || !this.db) return true;
    const now = this.now();
    try {
      const claimed = await this.db.run(
        `INSERT INTO interaction_claims (interaction_id, claimed_at) VALUES (?, ?)
         ON CONFLICT (interaction_id) DO NOTHING`,
        [interactionId, now],
      );
      // Discord gives an interaction 15 minutes at most: older claims can go.
      if (Math.random() < 0.01) {
        await this.db.run("DELETE FROM interaction_claims WHERE claimed_at < ?", [now - 3_600_000]);
      }
      return claimed > 0;
    } catch (error) {
      this.failed(error, "claim");
      return true;
    }
  }

  turns(conversationId: string): Promise<Turn[]> {
    const { maxTurns, ttlMs } = this.options.conversation;
    return this.read("turns", [] as Turn[], async (db) =>
      (
        await db.all<Turn>(
          `SELECT question, answer FROM conversation_turns
           WHERE conversation_id = ? AND created_at > ? ORDER BY id DESC LIMIT ?`,
          [conversationId, this.now() - ttlMs, maxTurns],
        )
      ).reverse(),
    );
  }

  addTurn(conversationId: string, turn: Turn): Promise<void> {
    const { maxTurns, ttlMs } = this.options.conversation;
    const now = this.now();
    return this.write(async (tx) => {
      await tx.run(
        "INSERT INTO conversation_turns (conversation_id, question, answer, created_at) VALUES (?, ?, ?, ?)",
        [conversationId, turn.question, turn.answer, now],
      );
      await tx.run(
        `DELETE FROM conversation_turns WHERE conversation_id = ? AND id NOT IN
           (SELECT id FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)`,
        [conversationId, conversationId, maxTurns],
      );
      await tx.run("DELETE FROM conversation_turns WHERE created_at <= ?", [now - ttlMs]);
    });
  }

  /** The salted hash a voter is stored as: enough to count one vote per person. */
  private voterHash(userId: string): string {
    return createHash("sha256").update(`${this.salt}:${userId}`).digest("hex").slice(0, 32);
  }

  async vote(vote: Vote): Promise<void> {
    await this.usable();
    const voter = this.voterHash(vote.userId);
    const now = this.now();
    return this.write(async (tx) => {
      await tx.run(
        `INSERT INTO feedback (answer_key, voter, vote, reason, comment, question, status, answer,
           passage_ids, corpus_version, guild_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (answer_key, voter) DO UPDATE SET vote = excluded.vote,
           reason = excluded.reason, comment = excluded.comment, created_at = excluded.created_at`,
        [
          vote.answerKey,
          voter,
          vote.vote,
          vote.reason,
          vote.comment,
          vote.question,
          vote.status,
          vote.answer,
          JSON.stringify(vote.passageIds),
          vote.corpusVersion,
          vote.guildId,
          now,
        ],
      );
    });
  }

  feedbackSummary(guildId: string | null, limit: number): Promise<FeedbackSummary> {
    const where = guildId === null ? "" : "WHERE guild_id = ?";
    const args = guildId === null ? [] : [guildId];
    return this.read("feedback summary", { up: 0, down: 0, worst: [] }, async (db) => {
      const totals = await db.get<{ up: number | null; down: number | null }>(
        `SELECT ${UP} AS up, ${DOWN} AS down FROM feedback ${where}`,
        args,
      );
      const worst = await db.all<{ question: string; up: number; down: number }>(
        `SELECT question, ${UP} AS up, ${DOWN} AS down FROM feedback ${where}
         GROUP BY question HAVING ${DOWN} > 0
         ORDER BY SUM(vote) ASC, ${DOWN} DESC, question LIMIT ?`,
        [...args, limit],
      );
      return {
        up: Number(totals?.up ?? 0),
        down: Number(totals?.down ?? 0),
        worst: worst.map((w) => ({ question: w.question, up: Number(w.up), down: Number(w.down) })),
      };
    });
  }

  async feedback(): Promise<FeedbackRecord[]> {
    await this.queue.flush();
    const db = await this.usable();
    const rows = await db.all<FeedbackRow>(
      `SELECT vote, reason, comment, question, status, answer, passage_ids, corpus_version,
         guild_id, created_at FROM feedback ORDER BY id`,
    );
    return rows.map((r): FeedbackRecord => ({
      vote: Number(r.vote) === 1 ? 1 : -1,
      reason: r.reason as FeedbackReason | null,
      comment: r.comment,
      question: r.question,
      status: r.status,
      answer: r.answer,
      passageIds: JSON.parse(r.passage_ids) as string[],
      corpusVersion: r.corpus_version,
      guildId: r.guild_id,
      createdAt: Number(r.created_at),
    }));
  }

  async backup(file: string): Promise<void> {
    await this.queue.flush();
    await (await this.usable()).backup(file);
  }

  async close(): Promise<void> {
    await this.queue.flush().catch(() => undefined);
    const db = this.db;
    this.db = null;
    this.problem ??= "the database is closed";
    await db?.close();
  }
}
