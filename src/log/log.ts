import { pino, type Logger } from "pino";

/** Secrets that must never reach a log line, whatever object or error carries them. */
const secrets = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("[redacted]");
  return out;
}

/**
 * Logs go to stderr as JSON lines so stdout stays free for the CLI's JSON contract.
 * Every line passes through redact(): pino's path-based redaction cannot see a token
 * embedded in an error message or a URL, so the whole serialized line is scrubbed.
 */
export function createLogger(level: string | undefined = process.env.LOG_LEVEL): Logger {
  const destination = {
    write(line: string): void {
      process.stderr.write(redact(line));
    },
  };
  return pino(
    {
      // An unknown level must not crash at import, before config can name the variable.
      level: level && level in pino.levels.values ? level : "info",
      base: undefined,
      redact: { paths: ["token", "*.token", "headers.authorization", "*.headers.authorization"] },
    },
    destination,
  );
}

export const log: Logger = createLogger();
