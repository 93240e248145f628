import { describe, expect, it } from "vitest";
import { applySettings } from "../../commands/settings.js";
import { DEFAULT_SETTINGS } from "../../src/store/types.js";

describe("applySettings", () => {
  it("adds and removes channels, and every_channel clears the list", () => {
    const one = applySettings(DEFAULT_SETTINGS, { allow_channel: "1" });
    const two = applySettings(one, { allow_channel: "2" });
    expect(two.channels).toEqual(["1", "2"]);
    expect(applySettings(two, { remove_channel: "1" }).channels).toEqual(["2"]);
    expect(applySettings(two, { every_channel: true }).channels).toEqual([]);
  });

  it("changes only what is given", () => {
    const set = applySettings(DEFAULT_SETTINGS, { private_by_default: true, cooldown: 30 });
    expect(set).toEqual({ channels: [], privateByDefault: true, cooldownSeconds: 30 });
    expect(applySettings(set, { allow_channel: "1" })).toEqual({
      channels: ["1"],
      privateByDefault: true,
      cooldownSeconds: 30,
    });
  });

  it("refuses a cooldown outside 0–3600 seconds, whatever Discord let through", () => {
    expect(() => applySettings(DEFAULT_SETTINGS, { cooldown: -1 })).toThrow(/cooldown must be/);
    expect(() => applySettings(DEFAULT_SETTINGS, { cooldown: 1.5 })).toThrow(/cooldown must be/);
    expect(() => applySettings(DEFAULT_SETTINGS, { cooldown: 3601 })).toThrow(/cooldown must be/);
  });
});
