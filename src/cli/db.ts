/**
 * `npm run db -- --backup FILE`: a consistent copy of the database through SQLite's online
 * backup, taken while the bot keeps running (on PostgreSQL, pg_dump does that job). Without
 * arguments: where the database is and whether it can be read.
 */
import { runCommand } from "./runCommand.js";
import { existsSync, statSync } from "node:fs";
import { configOrReport } from "./cliConfig.js";
import { log } from "../log/log.js";
import { openStore } from "../store/open.js";
import { describeDatabaseUrl } from "../store/postgresDatabase.js";

const USAGE = "usage: npm run db [-- --backup FILE]";

async function main(argv: string[]): Promise<number> {
  const config = configOrReport();
  if (!config) return 1;
  log.level = config.logLevel ?? "warn";
  const at = argv.indexOf("--backup");
  const file = at >= 0 ? argv[at + 1] : undefined;
  if ((at >= 0 && !file) || (at < 0 && argv.length > 0)) {
    console.error(USAGE);
    return 2;
  }
  if (config.databaseUrl !== null) {
    const store = await openStore(config, log, { readonly: true });
    const health = store.health();
    await store.close();
    if (!health.ok) {
      console.error(health.problem);
      return 1;
    }
    if (file) {
      console.error("The store is on PostgreSQL (DATABASE_URL): back it up with pg_dump.");
      return 1;
    }
    console.log(`Database ${describeDatabaseUrl(config.databaseUrl)}: readable.`);
    return 0;
  }
  const path = config.databasePath;
  if (!existsSync(path)) {
    console.error(
      `No database at ${path} yet: it is created when the bot first starts (DATABASE_PATH).`,
    );
    return 1;
  }
  const store = await openStore(config, log, { readonly: true });
  const health = store.health();
  if (!health.ok) {
    console.error(health.problem);
    return 1;
  }
  if (!file) {
    console.log(`Database ${path}: readable, ${statSync(path).size} bytes.`);
    await store.close();
    return 0;
  }
  await store.backup(file);
  await store.close();
  console.log(`Backed up ${path} to ${file} (${statSync(file).size} bytes).`);
  return 0;
}

runCommand(() => main(process.argv.slice(2)), "db command");
