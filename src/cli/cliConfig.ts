import { ConfigError, loadConfig, type Config, type LoadOptions } from "../config.js";

/**
 * The validated config for a command-line tool, or undefined after printing what is wrong
 * with it (the variable's name and the problem): the caller then exits with status 1.
 */
export function configOrReport(options?: LoadOptions): Config | undefined {
  try {
    return loadConfig(options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return undefined;
  }
}
