import { describe, expect, it } from "vitest";
import { createLogger, redact, registerSecret } from "../src/log/log.js";

describe("createLogger", () => {
  it("falls back to info for an unknown level instead of throwing", () => {
    expect(createLogger("loud").level).toBe("info");
    expect(createLogger(undefined).level).toBe("info");
    expect(createLogger("debug").level).toBe("debug");
  });
});

describe("redact", () => {
  it("removes every registered secret wherever it appears in a line", () => {
    registerSecret("super-secret-token-value");
    expect(redact('{"msg":"failed with super-secret-token-value in url"}')).toBe(
      '{"msg":"failed with [redacted] in url"}',
    );
  });
});
