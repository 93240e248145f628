import { describe, expect, it } from "vitest";
import { CommandDefinitionError, commands, loadCommands } from "../../commands/index.js";
import { commandProblems } from "../e2e/discordLimits.js";
import { optionsOf, type CommandModule } from "../../commands/types.js";
import { renderNotice } from "../../src/render/help.js";

const valid: CommandModule = {
  data: { name: "ping", description: "Ping." },
  examples: [],
  defer: false,
  execute: () => renderNotice("pong"),
};

describe("the command list", () => {
  it("holds the slash commands and the message menu command, each a definition Discord accepts", () => {
    const registry = loadCommands();
    expect(registry.list.map((c) => c.data.name)).toEqual([
      "ask",
      "timeline",
      "sources",
      "help",
      "Ask the bot about this",
      "settings",
      "feedback",
    ]);
    expect(commandProblems(commands.map((c) => c.data))).toEqual([]);
  });

  it("declares the options the issue asks for", () => {
    const registry = loadCommands();
    const ask = optionsOf(registry.byName.get("ask")!.data);
    expect(ask.map((o) => [o.name, "required" in o ? (o.required ?? false) : false])).toEqual([
      ["question", true],
      ["private", false],
    ]);
    expect(ask[0]).toMatchObject({ min_length: 3, max_length: 300 });
    const timeline = optionsOf(registry.byName.get("timeline")!.data);
    expect(timeline.map((o) => o.name)).toEqual(["topic", "from", "to"]);
    expect(timeline[0]).toMatchObject({ autocomplete: true });
  });

  it("routes every button prefix to the command that owns it", () => {
    const registry = loadCommands();
    expect([...registry.byPrefix.keys()]).toEqual(["ask", "tl", "src"]);
  });
});

describe("loadCommands refuses malformed modules, naming each problem", () => {
  const cases: [string, unknown[], string][] = [
    [
      "a module without execute",
      [{ ...valid, execute: undefined }],
      "/ping: execute is not a function",
    ],
    [
      "an upper-case name",
      [{ ...valid, data: { name: "Ping", description: "x" } }],
      "/Ping: name must be",
    ],
    [
      "a description over 100",
      [{ ...valid, data: { name: "ping", description: "x".repeat(101) } }],
      "description must be 1–100",
    ],
    ["two commands with one name", [valid, valid], "/ping: defined twice"],
    [
      "an autocompleting option without autocomplete()",
      [
        {
          ...valid,
          data: {
            name: "ping",
            description: "x",
            options: [{ type: 3, name: "t", description: "t", autocomplete: true }],
          },
        },
      ],
      "has no autocomplete()",
    ],
    [
      "a required option after an optional one",
      [
        {
          ...valid,
          data: {
            name: "ping",
            description: "x",
            options: [
              { type: 3, name: "a", description: "a" },
              { type: 3, name: "b", description: "b", required: true },
            ],
          },
        },
      ],
      'required option "b" follows an optional one',
    ],
    [
      "a shared button prefix",
      [
        { ...valid, component: { prefix: "p", defer: false, handle: () => renderNotice("") } },
        {
          ...valid,
          data: { name: "pong", description: "x" },
          component: { prefix: "p", defer: false, handle: () => renderNotice("") },
        },
      ],
      'prefix "p" taken',
    ],
    ["something that is not a module", [null], "entry 0 is not an object"],
  ];
  it.each(cases)("%s", (_label, list, message) => {
    expect(() => loadCommands(list)).toThrow(CommandDefinitionError);
    expect(() => loadCommands(list)).toThrow(message);
  });
});
