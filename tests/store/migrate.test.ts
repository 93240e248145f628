import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../src/store/migrate.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "talks-migrations-"));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe("migrations", () => {
  it("are numbered from 001 without gaps in the project's folder", () => {
    const migrations = readMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it("refuse a folder with a gap in the numbers", () => {
    const dir = folder({ "001_a.sql": "CREATE TABLE a (x);", "003_c.sql": "CREATE TABLE c (x);" });
    expect(() => readMigrations(dir)).toThrow(/should be number 2/);
  });

  it("apply only what a database lacks, and refuse a database newer than the code", () => {
    const dir = folder({ "001_a.sql": "CREATE TABLE a (x);", "002_b.sql": "CREATE TABLE b (x);" });
    const db = new Database(":memory:");
    expect(migrate(db, readMigrations(dir).slice(0, 1))).toBe(1);
    expect(migrate(db, readMigrations(dir))).toBe(1);
    expect(migrate(db, readMigrations(dir))).toBe(0);
    expect(() => migrate(db, readMigrations(dir).slice(0, 1))).toThrow(/newer than this program/);
    db.close();
  });
});
