import { readdirSync, readFileSync } from "node:fs";
import type Database from "better-sqlite3";
import { projectPath } from "../projectPath.js";

/** Beside the sources: compiled code runs from dist/, the .sql files stay in src/. */
export const MIGRATIONS_DIR = projectPath("src", "store", "migrations");

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every `NNN_name.sql` file of the folder, in order; a gap or a repeated number is refused. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((file) => {
      const match = /^(\d{3})_[\w-]+\.sql$/.exec(file);
      if (!match) throw new Error(`migration file ${file} is not named NNN_name.sql`);
      return { version: Number(match[1]), name: file, sql: readFileSync(`${dir}/${file}`, "utf8") };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} should be number ${i + 1}`);
  });
  return migrations;
}

/**
 * Brings the database up to the newest migration, each in its own transaction, recording the
 * version in SQLite's user_version. Returns how many were applied. A database newer than this
 * code is refused rather than written to.
 */
export function migrate(db: Database.Database, migrations: Migration[] = readMigrations()): number {
  const current = Number(db.pragma("user_version", { simple: true }));
  if (current > migrations.length) {
    throw new Error(
      `the database is at version ${current}, newer than this program knows (${migrations.length})`,
    );
  }
  let applied = 0;
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied += 1;
  }
  return applied;
}
