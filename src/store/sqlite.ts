import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Logger } from "pino";
import { migrate } from "./migrate.js";
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

export interface SqliteStoreOptions {
  path: string;
  log: Logger;
  conversation: ConversationLimits;
  /** Open read-only (the export and backup commands): nothing is created or migrated. */
  readonly?: boolean;
  now?: () => number;
  /** Waits between attempts at a write while another program holds the lock. */
  retryDelaysMs?: readonly number[];
}

/** Errors that mean the file itself is unusable, not that it is busy for a moment. */
const BROKEN = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CANTOPEN", "SQLITE_READONLY"]);

function code(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : "";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isBroken(error: unknown): boolean {
  return (
    BROKEN.has(code(error)) ||
    code(error).startsWith("SQLITE_IOERR") ||
    /not a database|malformed/i.test(describe(error))
  );
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

/**
 * The SQLite store (better-sqlite3, WAL). Reads run at once: they are small and WAL readers
 * never wait for a writer. Writes go through a queue flushed in one transaction per tick, so
 * an answer never waits for one and 200 votes at once cost a handful of transactions. The
 * connection never waits on a lock (busy_timeout 0): a busy database makes the write retry
 * later, a corrupt one turns the store off, and either is logged; stored data is left alone.
 */
export class SqliteStore implements Store {
  private db: Database.Database | null = null;
  private problem: string | null = null;
  private salt = "";
  private readonly queue: WriteQueue;
  private readonly now: () => number;

  constructor(private readonly options: SqliteStoreOptions) {
    this.now = options.now ?? Date.now;
    this.queue = new WriteQueue({
      run: (jobs) => this.inTransaction(() => jobs.forEach((job) => job())),
      isBusy: (error) => code(error).startsWith("SQLITE_BUSY") || code(error) === "SQLITE_LOCKED",
      isBroken: (error) => isBroken(error),
      onBroken: (error) => this.broken(error),
      ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    });
    this.open();
  }

  private open(): void {
    const { path, log, readonly } = this.options;
    try {
      if (!readonly && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
      const db = new Database(path, {
        readonly: readonly === true,
        fileMustExist: readonly === true,
      });
      this.db = db;
      db.pragma("busy_timeout = 0");
      if (!readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
        const applied = migrate(db);
        if (applied > 0) log.info({ path, applied }, "database migrated");
      }
      const check = String(db.pragma("quick_check", { simple: true }));
      if (check !== "ok") throw Object.assign(new Error(check), { code: "SQLITE_CORRUPT" });
      this.salt = readonly ? "" : this.ensureSalt(db);
    } catch (error) {
      this.broken(error);
    }
  }

  private ensureSalt(db: Database.Database): string {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'voter_salt'").get() as
      { value: string } | undefined;
    if (row) return row.value;
    const salt = randomBytes(32).toString("hex");
    db.prepare("INSERT INTO meta (key, value) VALUES ('voter_salt', ?)").run(salt);
    return salt;
  }

  /** Turns the store off and says why, once; the file is never touched again by this process. */
  private broken(error: unknown): void {
    const hint = code(error).startsWith("SQLITE_BUSY")
      ? "another program holds a lock on it"
      : isBroken(error)
        ? "the file is damaged or not a database; it is left as it is — restore a backup or move it aside"
        : "it could not be opened";
    const problem = `database ${this.options.path} is unavailable (${hint}): ${describe(error)}`;
    if (this.problem === null) {
      this.options.log.error(
        { path: this.options.path, err: error },
        `${problem}. Answering goes on; feedback, settings and follow-up context are not saved until it is fixed.`,
      );
    }
    this.problem = problem;
    try {
      this.db?.close();
    } catch {
      // Closing a broken handle may fail too; nothing more to do.
    }
    this.db = null;
  }

  health(): StoreHealth {
    return this.problem === null ? { ok: true } : { ok: false, problem: this.problem };
  }

  private inTransaction(work: () => void): void {
    const db = this.need();
    db.transaction(work)();
  }

  private need(): Database.Database {
    if (!this.db) throw new StoreUnavailable(this.problem ?? "the database is closed");
    return this.db;
  }

  /** Runs a read; on failure reports it and gives `fallback`, so an answer never waits on it. */
  private read<T>(what: string, fallback: T, work: (db: Database.Database) => T): T {
    if (!this.db) return fallback;
    try {
      return work(this.db);
    } catch (error) {
      if (isBroken(error)) this.broken(error);
      else this.options.log.warn({ err: error, what }, "database read failed; using defaults");
      return fallback;
    }
  }

  private write(job: (db: Database.Database) => void): Promise<void> {
    if (!this.db) return Promise.reject(new StoreUnavailable(this.problem ?? "closed"));
    return this.queue.push(() => job(this.need()));
  }

  settings(guildId: string): Promise<GuildSettings> {
    return Promise.resolve(
      this.read("settings", DEFAULT_SETTINGS, (db) => {
        const row = db
          .prepare(
            "SELECT channels, private_default, cooldown_seconds FROM guild_settings WHERE guild_id = ?",
          )
          .get(guildId) as
          | { channels: string; private_default: number; cooldown_seconds: number | null }
          | undefined;
        if (!row) return DEFAULT_SETTINGS;
        return {
          channels: JSON.parse(row.channels) as string[],
          privateByDefault: row.private_default === 1,
          cooldownSeconds: row.cooldown_seconds,
        };
      }),
    );
  }

  saveSettings(guildId: string, settings: GuildSettings): Promise<void> {
    return this.write((db) => {
      db.prepare(
        `INSERT INTO guild_settings (guild_id, channels, private_default, cooldown_seconds, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET channels = excluded.channels,
           private_default = excluded.private_default, cooldown_seconds = excluded.cooldown_seconds,
           updated_at = excluded.updated_at`,
      ).run(
        guildId,
        JSON.stringify(settings.channels),
        settings.privateByDefault ? 1 : 0,
        settings.cooldownSeconds,
        this.now(),
      );
    });
  }

  async takeCooldown(scope: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    const now = this.now();
    const db = this.need();
    // One statement: the cooldown starts only if none is running, whoever else asks at once.
    const started = db
      .prepare(
        `INSERT INTO cooldowns (scope, until_ms) VALUES (?, ?)
         ON CONFLICT (scope) DO UPDATE SET until_ms = excluded.until_ms
         WHERE cooldowns.until_ms <= ?`,
      )
      .run(scope, now + seconds * 1000, now);
    if (started.changes > 0) {
      if (Math.random() < 0.01) db.prepare("DELETE FROM cooldowns WHERE until_ms <= ?").run(now);
      return 0;
    }
    const row = db.prepare("SELECT until_ms FROM cooldowns WHERE scope = ?").get(scope) as
      { until_ms: number } | undefined;
    return row ? Math.max(1, Math.ceil((row.until_ms - now) / 1000)) : 0;
  }

  turns(conversationId: string): Promise<Turn[]> {
    const { maxTurns, ttlMs } = this.options.conversation;
    return Promise.resolve(
      this.read("turns", [] as Turn[], (db) =>
        (
          db
            .prepare(
              `SELECT question, answer FROM conversation_turns
               WHERE conversation_id = ? AND created_at > ? ORDER BY id DESC LIMIT ?`,
            )
            .all(conversationId, this.now() - ttlMs, maxTurns) as Turn[]
        ).reverse(),
      ),
    );
  }

  addTurn(conversationId: string, turn: Turn): Promise<void> {
    const { maxTurns, ttlMs } = this.options.conversation;
    const now = this.now();
    return this.write((db) => {
      db.prepare(
        "INSERT INTO conversation_turns (conversation_id, question, answer, created_at) VALUES (?, ?, ?, ?)",
      ).run(conversationId, turn.question, turn.answer, now);
      db.prepare(
        `DELETE FROM conversation_turns WHERE conversation_id = ? AND id NOT IN
           (SELECT id FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)`,
      ).run(conversationId, conversationId, maxTurns);
      db.prepare("DELETE FROM conversation_turns WHERE created_at <= ?").run(now - ttlMs);
    });
  }

  /** The salted hash a voter is stored as: enough to count one vote per person. */
  voterHash(userId: string): string {
    return createHash("sha256").update(`${this.salt}:${userId}`).digest("hex").slice(0, 32);
  }

  vote(vote: Vote): Promise<void> {
    const voter = this.voterHash(vote.userId);
    const now = this.now();
    return this.write((db) => {
      db.prepare(
        `INSERT INTO feedback (answer_key, voter, vote, reason, comment, question, status, answer,
           passage_ids, corpus_version, guild_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (answer_key, voter) DO UPDATE SET vote = excluded.vote,
           reason = excluded.reason, comment = excluded.comment, created_at = excluded.created_at`,
      ).run(
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
      );
    });
  }

  feedbackSummary(guildId: string | null, limit: number): Promise<FeedbackSummary> {
    const where = guildId === null ? "" : "WHERE guild_id = ?";
    const args = guildId === null ? [] : [guildId];
    return Promise.resolve(
      this.read("feedback summary", { up: 0, down: 0, worst: [] }, (db) => {
        const totals = db
          .prepare(
            `SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down FROM feedback ${where}`,
          )
          .get(...args) as { up: number; down: number };
        const worst = db
          .prepare(
            `SELECT question, SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM feedback ${where}
             GROUP BY question HAVING down > 0 ORDER BY down - up DESC, down DESC, question LIMIT ?`,
          )
          .all(...args, limit) as { question: string; up: number; down: number }[];
        return { up: totals.up, down: totals.down, worst };
      }),
    );
  }

  async feedback(): Promise<FeedbackRecord[]> {
    await this.queue.flush();
    const db = this.need();
    const rows = db
      .prepare(
        `SELECT vote, reason, comment, question, status, answer, passage_ids, corpus_version,
           guild_id, created_at FROM feedback ORDER BY id`,
      )
      .all() as FeedbackRow[];
    return rows.map((r): FeedbackRecord => ({
      vote: r.vote === 1 ? 1 : -1,
      reason: r.reason as FeedbackReason | null,
      comment: r.comment,
      question: r.question,
      status: r.status,
      answer: r.answer,
      passageIds: JSON.parse(r.passage_ids) as string[],
      corpusVersion: r.corpus_version,
      guildId: r.guild_id,
      createdAt: r.created_at,
    }));
  }

  async backup(file: string): Promise<void> {
    await this.queue.flush();
    await this.need().backup(file);
  }

  async close(): Promise<void> {
    await this.queue.flush().catch(() => undefined);
    this.db?.close();
    this.db = null;
    this.problem ??= "the database is closed";
  }
}
