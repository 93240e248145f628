import { log } from "../log/log.js";

/**
 * Runs a command's main and exits with its code; a failure is logged with its stack and told
 * on stderr in one line, with exit code 1.
 */
export function runCommand(main: () => Promise<number>, what: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      log.fatal({ err: error }, `${what} failed`);
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
