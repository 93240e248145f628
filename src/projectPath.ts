import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * A path inside the project (the folder holding package.json). The code runs from src/ under
 * tsx and from dist/src/ once compiled, so files it ships beside its sources (the word vectors,
 * the eval's gold files) are found from the root, not from wherever the running module is.
 */
export function projectPath(...parts: string[]): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
    root = dir;
  }
  return join(root, ...parts);
}
