import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { choicesProblems, commandProblems, messageProblems } from "./discordLimits.js";

/**
 * A small Discord on 127.0.0.1 for end-to-end tests: the REST routes discord.js uses (under
 * /api/v10) and a gateway websocket (Hello, heartbeats, Identify → READY + GUILD_CREATE,
 * Resume with replay, INTERACTION_CREATE dispatch). It checks what a bot sends the way Discord
 * does (limits, one acknowledgement, the 3-second deadline) and records everything.
 *
 * Faults can be injected for reliability tests: REST statuses (429 with retry_after, 500) on
 * chosen routes, gateway closes with any code, abrupt termination (1006), op 7 Reconnect,
 * op 9 Invalid Session, and heartbeats left unacknowledged.
 */

type Json = Record<string, unknown>;

export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  guildId: string;
  channelId?: string;
  /** Gateway heartbeat interval sent in Hello; Discord uses ~41 s. */
  heartbeatIntervalMs?: number;
  /** Discord drops an interaction not acknowledged within 3 s. */
  ackDeadlineMs?: number;
  /**
   * Give each interaction to every session connected with the token (as two processes on one
   * token each receive it), not only to the newest.
   */
  everySession?: boolean;
  /**
   * Shards the bot must use (what GET /gateway/bot recommends): a session that identifies with
   * fewer is closed with 4011 Sharding required, as Discord does. Each session receives the
   * guilds, and the interactions from them, of its own shard: (guild_id >> 22) % shard count;
   * direct messages go to shard 0.
   */
  shardCount?: number;
  /** Guilds the bot is in beside `guildId` (each gets a text channel of its own). */
  otherGuildIds?: string[];
}

export interface RestCall {
  method: string;
  /** Path below /api/v10, e.g. /interactions/1/abc/callback */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  body: unknown;
  status: number;
  at: number;
  /** Answered by an injected fault rather than by the fake's own rules. */
  injected: boolean;
  /** Files uploaded with a multipart body (payload_json is the body), in upload order. */
  files: UploadedFile[];
}

export interface UploadedFile {
  /** The form field, files[n]: n is the attachment id payload_json's attachments refer to. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export type ResponseKind = "callback" | "edit" | "followup" | "delete";

export interface InteractionResponse {
  kind: ResponseKind;
  /** Callback type for kind "callback" (4 message, 5 deferred, 6 deferred update, 7 update, 8 choices). */
  type?: number;
  /** Message body (callback data, edit or follow-up body); choices for type 8. */
  body: Json;
  at: number;
  /** HTTP status the fake answered with. */
  status: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: Json;
  sentAt: number;
  responses: InteractionResponse[];
  /** The message the interaction's callback created or edited (@original). */
  original: Json | null;
  followups: Json[];
  /** The shard it was dispatched on; null when no session of that shard was connected. */
  shard: number | null;
}

export interface RestFault {
  method?: string;
  path: RegExp;
  /** Answer with this status instead of handling the request; omit to only delay it. */
  status?: number;
  /** Hold the request this long before answering (slow Discord). */
  delayMs?: number;
  body?: Json;
  headers?: Record<string, string>;
  /** How many matching requests fail; then the route works again. */
  times: number;
  /** Only requests this accepts (by their body): e.g. the one carrying an answer, not a notice. */
  when?: (call: RestCall) => boolean;
}

export interface GatewaySession {
  id: string;
  seq: number;
  /** Dispatched events, kept for replay on resume. */
  events: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
  identify: Json;
  /** [shard id, shard count] the session identified with ([0, 1] when it sent none). */
  shard: [number, number];
}

export interface ConnectionState {
  socket: WebSocket;
  session: GatewaySession | null;
  query: URLSearchParams;
  openedAt: number;
  /** Close code as the fake saw it (the client's code when it closed; 1006 when dropped). */
  closeCode: number | null;
  closedAt: number | null;
}

export interface UserSpec {
  id: string;
  username?: string;
}

const now = () => performance.now();

/** The shard Discord sends a guild's events on. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** A guild ID (a snowflake) whose events go to `shard` of `shardCount`. */
export function guildIdOnShard(shard: number, shardCount: number, n = 0): string {
  const ms = 300_000_000_000n + BigInt(n * shardCount + shard);
  return ((ms << 22n) | 1n).toString();
}
let snowflakeCounter = 0n;
/** A time-ordered 18–19 digit ID like Discord's. */
export function snowflake(): string {
  const ms = BigInt(Date.now()) - 1420070400000n;
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return ((ms << 22n) | snowflakeCounter).toString();
}

function userObject(spec: UserSpec): Json {
  return {
    id: spec.id,
    username: spec.username ?? `user${spec.id.slice(-4)}`,
    discriminator: "0",
    global_name: null,
    avatar: null,
    bot: false,
    public_flags: 0,
  };
}

export class FakeDiscord extends EventEmitter {
  readonly calls: RestCall[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly commands = { global: [] as Json[], guild: new Map<string, Json[]>() };
  readonly identifies: Json[] = [];
  readonly resumes: Json[] = [];
  readonly sessions = new Map<string, GatewaySession>();
  readonly connections: ConnectionState[] = [];
  readonly heartbeats: { at: number; acked: boolean }[] = [];
  readonly faults: RestFault[] = [];
  /** Requests received and not yet answered (e.g. held by a `delayMs` fault). */
  readonly pending = new Set<RestCall>();
  /** Turn off to let heartbeats go unanswered (a zombie connection). */
  ackHeartbeats = true;
  /** Messages the bot posted with the channel routes (replies to messages, thread posts). */
  readonly channelMessages: Json[] = [];
  /** Messages users sent (MESSAGE_CREATE), by id: what a reply or a fetch refers to. */
  readonly userMessages = new Map<string, Json>();
  /** Threads the bot opened, by id. */
  readonly threads = new Map<string, Json>();
  /** Turn off to answer thread creation as a channel that cannot hold threads does. */
  threadsAllowed = true;

  readonly botUser: Json;
  readonly channelId: string;
  /** Every guild the bot is in → its text channel. */
  readonly guildChannels = new Map<string, string>();
  private readonly messagesByToken = new Map<string, InteractionRecord>();
  private readonly wss: WebSocketServer;
  private port = 0;

  private constructor(
    readonly options: Required<Omit<FakeDiscordOptions, "channelId">> & { channelId: string },
    private readonly server: Server,
  ) {
    super();
    this.setMaxListeners(0);
    this.channelId = options.channelId;
    this.guildChannels.set(options.guildId, options.channelId);
    for (const id of options.otherGuildIds) this.guildChannels.set(id, snowflake());
    this.botUser = {
      id: options.applicationId,
      username: "talks-bot",
      discriminator: "0",
      global_name: null,
      avatar: null,
      bot: true,
      flags: 0,
      verified: true,
      mfa_enabled: false,
    };
    this.wss = new WebSocketServer({ server, path: "/gateway" });
    this.wss.on("connection", (socket, request) => this.onConnection(socket, request));
    server.on("request", (req, res) => void this.onRequest(req, res));
  }

  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(
      {
        heartbeatIntervalMs: 41_250,
        ackDeadlineMs: 3000,
        everySession: false,
        shardCount: 1,
        otherGuildIds: [],
        channelId: snowflake(),
        ...options,
      },
      server,
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL should be: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async close(): Promise<void> {
    for (const c of this.connections) c.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with probe()'s value once it is truthy; re-checked on every change of state. */
  until<T>(probe: () => T | undefined | null | false, label: string, timeoutMs = 5000): Promise<T> {
    const first = probe();
    if (first) return Promise.resolve(first);
    return new Promise<T>((resolve, reject) => {
      const onChange = () => {
        const value = probe();
        if (value) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${label}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.off("change", onChange);
      };
      this.on("change", onChange);
    });
  }

  private changed(): void {
    this.emit("change");
  }

  // ---------------------------------------------------------------- REST

  /**
   * The next `times` requests matching method and path get `status` (429 adds retry_after and
   * rate-limit headers), after `delayMs` if given; with only `delayMs` they are slow but served.
   */
  injectRestFault(fault: Omit<RestFault, "times"> & { times?: number }): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** Ends every injected fault not yet used up: the routes work normally again. */
  clearRestFaults(): void {
    for (const fault of this.faults) fault.times = 0;
  }

  private async readBody(req: IncomingMessage, call: RestCall): Promise<unknown> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (chunks.length === 0) return undefined;
    const raw = Buffer.concat(chunks);
    const type = req.headers["content-type"] ?? "";
    if (type.includes("multipart/form-data")) {
      // Messages with files: the JSON travels as payload_json beside files[n] parts.
      const form = await new Response(raw, { headers: { "content-type": type } }).formData();
      let body: unknown = undefined;
      for (const [field, value] of form.entries()) {
        if (field === "payload_json" && typeof value === "string") body = JSON.parse(value);
        else if (typeof value !== "string") {
          call.files.push({
            field,
            filename: value.name,
            contentType: value.type,
            bytes: Buffer.from(await value.arrayBuffer()),
          });
        }
      }
      return body;
    }
    if (!type.includes("application/json")) throw new Error(`unsupported content-type ${type}`);
    return JSON.parse(raw.toString("utf8")) as unknown;
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      res.writeHead(status, {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      });
      res.end(body === undefined ? undefined : JSON.stringify(body));
      this.pending.delete(call);
      this.calls.push(call);
      this.emit("request", call);
      this.changed();
    };
    const call: RestCall = {
      method,
      path: url.pathname.replace(/^\/api\/v10/, ""),
      query: url.searchParams,
      headers: req.headers,
      body: undefined,
      status: 0,
      at: now(),
      injected: false,
      files: [],
    };
    try {
      call.body = await this.readBody(req, call);
    } catch (error) {
      send(400, { message: String(error), code: 50109 });
      return;
    }
    this.pending.add(call);
    this.changed();
    if (!url.pathname.startsWith("/api/v10/")) {
      send(404, { message: "404: Not Found", code: 0 });
      return;
    }
    const fault = this.faults.find(
      (f) =>
        f.times > 0 &&
        (!f.method || f.method === method) &&
        f.path.test(call.path) &&
        (!f.when || f.when(call)),
    );
    if (fault) fault.times -= 1;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status !== undefined) {
      call.injected = true;
      const retryAfter = fault.status === 429 ? Number(fault.body?.retry_after ?? 0.1) : undefined;
      const headers: Record<string, string> =
        retryAfter === undefined
          ? {}
          : {
              "retry-after": String(Math.ceil(retryAfter)),
              "x-ratelimit-limit": "5",
              "x-ratelimit-remaining": "0",
              "x-ratelimit-reset-after": String(retryAfter),
              "x-ratelimit-bucket": "fake-bucket",
              "x-ratelimit-scope": "user",
            };
      send(
        fault.status,
        fault.body ??
          (fault.status === 429
            ? { message: "You are being rate limited.", retry_after: retryAfter, global: false }
            : { message: `${fault.status}: injected`, code: 0 }),
        { ...headers, ...fault.headers },
      );
      return;
    }
    try {
      const [status, body] = this.route(method, call.path, call, req);
      send(status, body);
    } catch (error) {
      send(500, { message: `fake Discord bug: ${String(error)}`, code: 0 });
    }
  }

  private authorized(req: IncomingMessage): boolean {
    return req.headers.authorization === `Bot ${this.options.token}`;
  }

  private route(
    method: string,
    path: string,
    call: RestCall,
    req: IncomingMessage,
  ): [number, unknown?] {
    const unauthorized: [number, unknown] = [401, { message: "401: Unauthorized", code: 0 }];
    const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    const [a, b, c, d, e] = parts;
    const app = this.options.applicationId;

    if (a === "gateway" && b === "bot" && parts.length === 2 && method === "GET") {
      if (!this.authorized(req)) return unauthorized;
      return [
        200,
        {
          url: this.gatewayUrl,
          shards: this.options.shardCount,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            // As for a large bot: every shard may identify at once (1 would space them 5 s).
            max_concurrency: 16,
          },
        },
      ];
    }
    if (a === "gateway" && parts.length === 1 && method === "GET")
      return [200, { url: this.gatewayUrl }];
    if (a === "users" && b === "@me" && parts.length === 2 && method === "GET") {
      return this.authorized(req) ? [200, this.botUser] : unauthorized;
    }
    if (a === "applications") {
      if (!this.authorized(req)) return unauthorized;
      if (b !== app) return [403, { message: "Missing Access", code: 50001 }];
      const list =
        c === "commands" && parts.length === 3
          ? "global"
          : c === "guilds" && e === "commands" && parts.length === 5 && d
            ? d
            : null;
      if (list === null) return [404, { message: "404: Not Found", code: 0 }];
      if (list !== "global" && list !== this.options.guildId) {
        return [403, { message: "Missing Access", code: 50001 }];
      }
      if (method === "GET") {
        return [
          200,
          list === "global" ? this.commands.global : (this.commands.guild.get(list) ?? []),
        ];
      }
      if (method !== "PUT") return [405, { message: "405: Method Not Allowed", code: 0 }];
      const problems = commandProblems(call.body);
      if (problems.length)
        return [400, { message: "Invalid Form Body", code: 50035, errors: problems }];
      const saved = (call.body as Json[]).map((cmd) => ({
        id: snowflake(),
        application_id: app,
        version: snowflake(),
        type: 1,
        default_member_permissions: null,
        nsfw: false,
        ...cmd,
        ...(list === "global" ? {} : { guild_id: list }),
      }));
      if (list === "global") this.commands.global = saved;
      else this.commands.guild.set(list, saved);
      return [200, saved];
    }
    if (a === "channels" && b) {
      if (!this.authorized(req)) return unauthorized;
      if (c === "messages" && parts.length === 3 && method === "POST") {
        return this.postChannelMessage(b, call);
      }
      if (c === "messages" && d && parts.length === 4 && method === "GET") {
        const found = this.findMessage(d);
        return found ? [200, found] : [404, { message: "Unknown Message", code: 10008 }];
      }
      if (c === "messages" && d && e === "threads" && parts.length === 5 && method === "POST") {
        return this.startThread(b, d, call);
      }
      return [404, { message: "404: Not Found", code: 0 }];
    }
    if (
      a === "interactions" &&
      b &&
      c &&
      d === "callback" &&
      parts.length === 4 &&
      method === "POST"
    ) {
      return this.callback(b, c, call);
    }
    if (a === "webhooks" && b && c) {
      if (b !== app) return [404, { message: "Unknown Webhook", code: 10015 }];
      const record = this.messagesByToken.get(c);
      if (!record) return [401, { message: "Invalid Webhook Token", code: 50027 }];
      if (!record.responses.some((r) => r.kind === "callback" && r.status < 300)) {
        return [404, { message: "Unknown Message", code: 10008 }];
      }
      if (parts.length === 3 && method === "POST") return this.followup(record, call);
      if (d === "messages" && e && parts.length === 5) {
        if (method === "PATCH") return this.edit(record, e, call);
        if (method === "DELETE") return this.remove(record, e, call);
        if (method === "GET") {
          const message =
            e === "@original" ? record.original : record.followups.find((m) => m.id === e);
          return message ? [200, message] : [404, { message: "Unknown Message", code: 10008 }];
        }
      }
    }
    return [404, { message: "404: Not Found", code: 0 }];
  }

  private respond(record: InteractionRecord, response: InteractionResponse): void {
    record.responses.push(response);
    this.emit("response", record, response);
  }

  private messageObject(record: InteractionRecord, body: Json, id = snowflake(), flags = 0): Json {
    return {
      id,
      type: record.payload.type === 2 ? 20 : 0,
      channel_id: String(record.payload.channel_id ?? this.channelId),
      guild_id: this.options.guildId,
      author: this.botUser,
      content: typeof body.content === "string" ? body.content : "",
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      attachments: Array.isArray(body.attachments) ? body.attachments : [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: typeof body.flags === "number" ? body.flags : flags,
      webhook_id: this.options.applicationId,
      application_id: this.options.applicationId,
    };
  }

  /** A message's attachments as Discord returns them: the uploaded file's name and size. */
  private withFiles(body: Json, files: readonly UploadedFile[]): Json {
    if (!Array.isArray(body.attachments)) return body;
    const attachments = body.attachments.map((a: unknown) => {
      const attachment = (typeof a === "object" && a !== null ? a : {}) as Json;
      const file = files.find((f) => f.field === `files[${String(attachment.id)}]`);
      return file
        ? {
            ...attachment,
            filename: file.filename,
            size: file.bytes.length,
            content_type: file.contentType,
          }
        : attachment;
    });
    return { ...body, attachments };
  }

  private callback(id: string, token: string, call: RestCall): [number, unknown?] {
    const record = this.interactions.get(id);
    if (!record || record.token !== token)
      return [404, { message: "Unknown interaction", code: 10062 }];
    const body = (call.body ?? {}) as Json;
    const type = typeof body.type === "number" ? body.type : -1;
    const data = this.withFiles((body.data ?? {}) as Json, call.files);
    const reject = (
      status: number,
      message: string,
      code: number,
      errors?: string[],
    ): [number, unknown] => {
      this.respond(record, { kind: "callback", type, body: data, at: call.at, status });
      return [status, { message, code, ...(errors ? { errors } : {}) }];
    };
    if (record.responses.some((r) => r.kind === "callback" && r.status < 300)) {
      return reject(400, "Interaction has already been acknowledged.", 40060);
    }
    if (call.at - record.sentAt > this.options.ackDeadlineMs)
      return reject(404, "Unknown interaction", 10062);
    const interactionType = record.payload.type;
    const allowed: Record<number, number[]> = {
      2: [4, 5, 9],
      3: [4, 5, 6, 7, 9],
      4: [8],
      5: [4, 5, 6, 7],
    };
    if (!(allowed[interactionType as number] ?? []).includes(type)) {
      return reject(
        400,
        `callback type ${type} not allowed for interaction type ${String(interactionType)}`,
        50035,
      );
    }
    if (type === 4 || type === 7) {
      const problems = messageProblems(data, { creating: type === 4, files: call.files });
      if (problems.length) return reject(400, "Invalid Form Body", 50035, problems);
    }
    if (type === 8) {
      const problems = choicesProblems(data);
      if (problems.length) return reject(400, "Invalid Form Body", 50035, problems);
    }
    if (type === 9) {
      const problems = modalProblems(data);
      if (problems.length) return reject(400, "Invalid Form Body", 50035, problems);
    }
    if (type === 4 || type === 5) {
      record.original = this.messageObject(record, type === 4 ? data : { ...data, content: "" });
    } else if (type === 7) {
      const base = (record.payload.message as Json | undefined) ?? this.messageObject(record, {});
      record.original = {
        ...base,
        ...pickMessage(data),
        edited_timestamp: new Date().toISOString(),
      };
    } else if (type === 6) {
      record.original = (record.payload.message as Json | undefined) ?? null;
    }
    this.respond(record, { kind: "callback", type, body: data, at: call.at, status: 204 });
    if (call.query.get("with_response") === "true") {
      return [
        200,
        {
          interaction: {
            id: record.id,
            type: interactionType,
            response_message_loading: type === 5,
          },
          resource: { type, ...(record.original ? { message: record.original } : {}) },
        },
      ];
    }
    return [204];
  }

  private edit(record: InteractionRecord, messageId: string, call: RestCall): [number, unknown?] {
    const body = this.withFiles((call.body ?? {}) as Json, call.files);
    const target =
      messageId === "@original"
        ? record.original
        : record.followups.find((m) => m.id === messageId);
    const problems = messageProblems(body, { creating: false, files: call.files });
    if (problems.length) {
      this.respond(record, { kind: "edit", body, at: call.at, status: 400 });
      return [400, { message: "Invalid Form Body", code: 50035, errors: problems }];
    }
    if (!target) return [404, { message: "Unknown Message", code: 10008 }];
    const updated = { ...target, ...pickMessage(body), edited_timestamp: new Date().toISOString() };
    if (messageId === "@original") record.original = updated;
    else record.followups = record.followups.map((m) => (m.id === messageId ? updated : m));
    this.respond(record, { kind: "edit", body, at: call.at, status: 200 });
    return [200, updated];
  }

  private followup(record: InteractionRecord, call: RestCall): [number, unknown?] {
    const body = this.withFiles((call.body ?? {}) as Json, call.files);
    const problems = messageProblems(body, { files: call.files });
    if (problems.length) {
      this.respond(record, { kind: "followup", body, at: call.at, status: 400 });
      return [400, { message: "Invalid Form Body", code: 50035, errors: problems }];
    }
    const message = this.messageObject(record, body);
    record.followups.push(message);
    this.respond(record, { kind: "followup", body, at: call.at, status: 200 });
    return [200, message];
  }

  private remove(record: InteractionRecord, messageId: string, call: RestCall): [number, unknown?] {
    if (messageId === "@original") record.original = null;
    else record.followups = record.followups.filter((m) => m.id !== messageId);
    this.respond(record, { kind: "delete", body: {}, at: call.at, status: 204 });
    return [204];
  }

  /** Any message the fake knows: sent by the bot (any route) or by a user. */
  findMessage(id: string): Json | null {
    for (const record of this.interactions.values()) {
      if (record.original?.id === id) return record.original;
      const followup = record.followups.find((m) => m.id === id);
      if (followup) return followup;
    }
    return this.channelMessages.find((m) => m.id === id) ?? this.userMessages.get(id) ?? null;
  }

  private postChannelMessage(channelId: string, call: RestCall): [number, unknown?] {
    const body = (call.body ?? {}) as Json;
    const problems = messageProblems(body);
    if (problems.length)
      return [400, { message: "Invalid Form Body", code: 50035, errors: problems }];
    const reference = body.message_reference as Json | undefined;
    const referenced = reference ? this.findMessage(String(reference.message_id)) : null;
    const dm = !this.isGuildChannel(channelId);
    const message: Json = {
      id: snowflake(),
      type: referenced ? 19 : 0,
      channel_id: channelId,
      ...(dm ? {} : { guild_id: this.options.guildId }),
      author: this.botUser,
      content: typeof body.content === "string" ? body.content : "",
      embeds: Array.isArray(body.embeds) ? body.embeds : [],
      components: Array.isArray(body.components) ? body.components : [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      allowed_mentions: body.allowed_mentions,
      ...(referenced
        ? {
            message_reference: { message_id: referenced.id, channel_id: channelId },
            referenced_message: referenced,
          }
        : {}),
    };
    this.channelMessages.push(message);
    this.changed();
    return [200, message];
  }

  private isGuildChannel(channelId: string): boolean {
    return channelId === this.channelId || this.threads.has(channelId);
  }

  private startThread(channelId: string, messageId: string, call: RestCall): [number, unknown?] {
    const message = this.findMessage(messageId);
    if (!message) return [404, { message: "Unknown Message", code: 10008 }];
    if (message.thread)
      return [400, { message: "A thread has already been created for this message", code: 160004 }];
    if (!this.threadsAllowed || this.threads.has(channelId) || !this.isGuildChannel(channelId)) {
      return [400, { message: "Cannot execute action on this channel type", code: 50024 }];
    }
    const body = (call.body ?? {}) as Json;
    const name = str(body.name);
    if (name.length < 1 || name.length > 100) {
      return [400, { message: "Invalid Form Body", code: 50035, errors: ["name must be 1–100"] }];
    }
    const thread: Json = {
      id: snowflake(),
      type: 11,
      guild_id: this.options.guildId,
      parent_id: channelId,
      owner_id: this.options.applicationId,
      name,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: Number(body.auto_archive_duration ?? 1440),
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
    };
    this.threads.set(String(thread.id), thread);
    message.thread = thread;
    const session = this.session;
    if (session) this.dispatchTo(session, "THREAD_CREATE", { ...thread, newly_created: true });
    this.changed();
    return [201, thread];
  }

  /** Resolves with the first message the bot posts in `channelId` after `since` messages. */
  waitForChannelMessage(channelId: string, since = 0, timeoutMs = 5000): Promise<Json> {
    return this.until(
      () => this.channelMessages.slice(since).find((m) => m.channel_id === channelId),
      `a bot message in channel ${channelId}`,
      timeoutMs,
    );
  }

  // ---------------------------------------------------------------- gateway

  private onConnection(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    const state: ConnectionState = {
      socket,
      session: null,
      query,
      openedAt: now(),
      closeCode: null,
      closedAt: null,
    };
    this.connections.push(state);
    socket.on("message", (data) => this.onGatewayMessage(state, data));
    socket.on("close", (code: number) => {
      state.closeCode = code;
      state.closedAt = now();
      if (state.session?.socket === socket) state.session.socket = null;
      this.emit("connectionClosed", state);
      this.changed();
    });
    socket.on("error", () => undefined);
    this.sendRaw(socket, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    this.changed();
  }

  private sendRaw(socket: WebSocket, payload: Json): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  private onGatewayMessage(state: ConnectionState, data: RawData): void {
    let payload: Json;
    try {
      payload = JSON.parse(data.toString()) as Json;
    } catch {
      state.socket.close(4002, "Error while decoding payload.");
      return;
    }
    const d = (payload.d ?? {}) as Json;
    switch (payload.op) {
      case 1: {
        const acked = this.ackHeartbeats;
        this.heartbeats.push({ at: now(), acked });
        if (acked) this.sendRaw(state.socket, { op: 11, d: null, s: null, t: null });
        break;
      }
      case 2: {
        if (state.session) {
          state.socket.close(4005, "Already authenticated.");
          break;
        }
        if (d.token !== this.options.token) {
          state.socket.close(4004, "Authentication failed.");
          break;
        }
        const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
        if (
          !Number.isInteger(shardId) ||
          !Number.isInteger(shardCount) ||
          shardId! < 0 ||
          shardId! >= shardCount!
        ) {
          state.socket.close(4010, "Invalid shard.");
          break;
        }
        if (shardCount! < this.options.shardCount) {
          state.socket.close(4011, "Sharding required.");
          break;
        }
        this.identifies.push(d);
        this.startSession(state, d);
        break;
      }
      case 6: {
        this.resumes.push(d);
        const session = this.sessions.get(String(d.session_id));
        if (!session || d.token !== this.options.token) {
          this.sendRaw(state.socket, { op: 9, d: false, s: null, t: null });
          break;
        }
        if (session.socket && session.socket !== state.socket) session.socket.terminate();
        session.socket = state.socket;
        state.session = session;
        const since = typeof d.seq === "number" ? d.seq : 0;
        for (const event of session.events) {
          if (event.s > since) this.sendRaw(state.socket, { op: 0, ...event });
        }
        this.dispatchTo(session, "RESUMED", {});
        this.emit("resumed", session);
        break;
      }
      default:
        break;
    }
    this.changed();
  }

  private startSession(state: ConnectionState, identify: Json): void {
    const session: GatewaySession = {
      id: randomBytes(16).toString("hex"),
      seq: 0,
      events: [],
      socket: state.socket,
      identify,
      shard: Array.isArray(identify.shard) ? (identify.shard as [number, number]) : [0, 1],
    };
    this.sessions.set(session.id, session);
    state.session = session;
    const guilds = [...this.guildChannels.keys()].filter(
      (id) => shardOfGuild(id, session.shard[1]) === session.shard[0],
    );
    this.dispatchTo(session, "READY", {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: session.shard,
      application: { id: this.options.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      user_settings: {},
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
    });
    for (const id of guilds) this.dispatchTo(session, "GUILD_CREATE", this.guildObject(id));
    this.emit("ready", session);
  }

  private guildObject(guildId: string): Json {
    return {
      id: guildId,
      name: guildId === this.options.guildId ? "Test Guild" : `Guild ${guildId.slice(-4)}`,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: "100000000000000001",
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: "en-US",
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      roles: [
        {
          id: guildId,
          name: "@everyone",
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: "2248473465835073",
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [],
      channels: [
        {
          id: this.guildChannels.get(guildId),
          type: 0,
          guild_id: guildId,
          name: "general",
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** Sends a dispatch on the session, or keeps it for replay when the session is disconnected. */
  private dispatchTo(session: GatewaySession, t: string, d: unknown): void {
    session.seq += 1;
    const event = { s: session.seq, t, d };
    if (t !== "RESUMED") {
      session.events.push(event);
      if (session.events.length > 5000) session.events.shift();
    }
    if (session.socket) this.sendRaw(session.socket, { op: 0, ...event });
  }

  /** The session interactions go to: the latest identified one. */
  get session(): GatewaySession | null {
    let latest: GatewaySession | null = null;
    for (const s of this.sessions.values()) latest = s;
    return latest;
  }

  /**
   * The sessions a guild's events go to (a direct message's, guildId null, shard 0's): with
   * `everySession` every connected one, one per process; otherwise the newest, connected or
   * not (a disconnected session keeps its events for the resume to replay).
   */
  sessionsFor(guildId: string | null): GatewaySession[] {
    const owning = [...this.sessions.values()].filter(
      (s) => (guildId === null ? 0 : shardOfGuild(guildId, s.shard[1])) === s.shard[0],
    );
    return this.options.everySession ? owning.filter((s) => s.socket !== null) : owning.slice(-1);
  }

  /** Waits for a session with an open socket (after READY or RESUMED). */
  waitForSession(timeoutMs = 10_000): Promise<GatewaySession> {
    return this.until(
      () => {
        const s = this.session;
        return s?.socket && s.socket.readyState === WebSocket.OPEN ? s : null;
      },
      "a connected gateway session",
      timeoutMs,
    );
  }

  /** Fault: close the current gateway socket with `code` (e.g. 4000 resumable, 1000). */
  closeGateway(code: number, reason = "fake close"): void {
    this.session?.socket?.close(code, reason);
  }

  /** Fault: drop the TCP connection without a close frame; the client sees 1006. */
  terminateGateway(): void {
    this.session?.socket?.terminate();
  }

  /** Fault: op 7 Reconnect. */
  sendReconnect(): void {
    const socket = this.session?.socket;
    if (socket) this.sendRaw(socket, { op: 7, d: null, s: null, t: null });
  }

  /** Fault: op 9 Invalid Session; a non-resumable one also forgets the session. */
  sendInvalidSession(resumable: boolean): void {
    const session = this.session;
    const socket = session?.socket;
    if (!session || !socket) return;
    if (!resumable) this.sessions.delete(session.id);
    this.sendRaw(socket, { op: 9, d: resumable, s: null, t: null });
  }

  // ---------------------------------------------------------------- interactions

  private baseInteraction(
    type: number,
    user: UserSpec,
    data: Json,
    extra: Json = {},
    guildId = this.options.guildId,
  ): Json {
    const channelId = this.guildChannels.get(guildId);
    if (channelId === undefined)
      throw new Error(`fake Discord: the bot is not in guild ${guildId}`);
    return {
      id: snowflake(),
      application_id: this.options.applicationId,
      type,
      token: `itk_${randomBytes(24).toString("base64url")}`,
      version: 1,
      guild_id: guildId,
      channel_id: channelId,
      channel: {
        id: channelId,
        type: 0,
        guild_id: guildId,
        name: "general",
        nsfw: false,
      },
      member: {
        user: userObject(user),
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        permissions: "2248473465835073",
      },
      app_permissions: "2248473465835073",
      locale: "en-US",
      guild_locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "0": guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      data,
      ...extra,
    };
  }

  /** Sends INTERACTION_CREATE over the gateway and starts the 3-second clock. */
  dispatchInteraction(payload: Json): InteractionRecord {
    const session = this.session;
    if (!session) throw new Error("fake Discord: no gateway session to dispatch to");
    const targets = this.sessionsFor(
      typeof payload.guild_id === "string" ? payload.guild_id : null,
    );
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      payload,
      sentAt: now(),
      responses: [],
      original: null,
      followups: [],
      shard: targets[0]?.shard[0] ?? null,
    };
    this.interactions.set(record.id, record);
    this.messagesByToken.set(record.token, record);
    for (const target of targets) this.dispatchTo(target, "INTERACTION_CREATE", payload);
    this.changed();
    return record;
  }

  private commandId(name: string): string {
    const all = [...this.commands.global, ...[...this.commands.guild.values()].flat()];
    return String(all.find((c) => c.name === name)?.id ?? snowflake());
  }

  /** A slash command as a user in the guild would send it. Options: name → value. */
  sendCommand(
    name: string,
    options: Record<string, string | boolean | number> = {},
    user: UserSpec = { id: "200000000000000001" },
    guildId = this.options.guildId,
  ): InteractionRecord {
    const typed = Object.entries(options).map(([n, value]) => ({
      name: n,
      type: typeof value === "boolean" ? 5 : typeof value === "number" ? 10 : 3,
      value,
    }));
    return this.dispatchInteraction(
      this.baseInteraction(
        2,
        user,
        {
          id: this.commandId(name),
          name,
          type: 1,
          guild_id: guildId,
          ...(typed.length ? { options: typed } : {}),
        },
        {},
        guildId,
      ),
    );
  }

  /** Autocomplete while typing `value` into `focused`; other options as already filled in. */
  sendAutocomplete(
    name: string,
    focused: string,
    value: string,
    others: Record<string, string> = {},
    user: UserSpec = { id: "200000000000000001" },
  ): InteractionRecord {
    const options = [
      ...Object.entries(others).map(([n, v]) => ({ name: n, type: 3, value: v })),
      { name: focused, type: 3, value, focused: true },
    ];
    return this.dispatchInteraction(
      this.baseInteraction(4, user, { id: this.commandId(name), name, type: 1, options }),
    );
  }

  /** Where an interaction or message happens: the guild's channel unless a thread is named. */
  private channelFields(channelId: string | undefined): Json {
    if (!channelId || channelId === this.channelId) return {};
    const thread = this.threads.get(channelId);
    return {
      channel_id: channelId,
      channel: thread ?? { id: channelId, type: 0, guild_id: this.options.guildId, name: "other" },
    };
  }

  /** A click on a button of `message` (a message object the bot sent, as stored here). */
  clickButton(
    message: Json,
    customId: string,
    user: UserSpec = { id: "200000000000000001" },
  ): InteractionRecord {
    return this.dispatchInteraction(
      this.baseInteraction(
        3,
        user,
        { custom_id: customId, component_type: 2 },
        { message, ...this.channelFields(String(message.channel_id)) },
      ),
    );
  }

  /** The message menu: `name` used on `target` (a message object). */
  sendMessageCommand(
    name: string,
    target: Json,
    user: UserSpec = { id: "200000000000000001" },
  ): InteractionRecord {
    return this.dispatchInteraction(
      this.baseInteraction(
        2,
        user,
        {
          id: this.commandId(name),
          name,
          type: 3,
          target_id: target.id,
          guild_id: this.options.guildId,
          resolved: { messages: { [String(target.id)]: target } },
        },
        this.channelFields(String(target.channel_id)),
      ),
    );
  }

  /**
   * Submits the modal the bot showed on `record` (opened from a button on `message`): each
   * value fills the field of that custom_id, a list for a select, a string for a text input.
   */
  submitModal(
    record: InteractionRecord,
    values: Record<string, string | string[]>,
    user: UserSpec = { id: "200000000000000001" },
  ): InteractionRecord {
    const modal = record.responses.find((r) => r.kind === "callback" && r.type === 9);
    if (!modal) throw new Error("fake Discord: no modal was shown on that interaction");
    const components = ((modal.body.components ?? []) as Json[]).map((label) => {
      const inner = (label.component ?? {}) as Json;
      const id = String(inner.custom_id);
      const value = values[id];
      return {
        type: 18,
        id: 1,
        component:
          inner.type === 3
            ? { type: 3, id: 2, custom_id: id, values: Array.isArray(value) ? value : [] }
            : { type: 4, id: 2, custom_id: id, value: typeof value === "string" ? value : "" },
      };
    });
    const message = record.payload.message as Json | undefined;
    return this.dispatchInteraction(
      this.baseInteraction(
        5,
        user,
        { custom_id: modal.body.custom_id, components },
        {
          ...(message ? { message } : {}),
          ...this.channelFields(String(record.payload.channel_id)),
        },
      ),
    );
  }

  /** Whether the bot identified with the privileged Message Content intent. */
  get readsMessageContent(): boolean {
    return (Number(this.identifies.at(-1)?.intents ?? 0) & (1 << 15)) !== 0;
  }

  /**
   * A user's message over the gateway (MESSAGE_CREATE). As Discord does for a bot without the
   * Message Content intent, the text is blanked unless the message mentions the bot (a reply
   * that pings counts) or is a DM.
   */
  sendMessage(options: {
    content: string;
    user?: UserSpec;
    channelId?: string;
    /** A DM with the bot: no guild, its own channel. */
    dmChannelId?: string;
    mentionsBot?: boolean;
    replyTo?: Json;
    /** A reply pings the replied-to author unless turned off. */
    replyPings?: boolean;
  }): Json {
    if (!this.session) throw new Error("fake Discord: no gateway session to dispatch to");
    const user = options.user ?? { id: "200000000000000001" };
    const dm = options.dmChannelId !== undefined;
    const channelId = options.dmChannelId ?? options.channelId ?? this.channelId;
    const repliedAuthor = options.replyTo?.author as Json | undefined;
    const mentions: Json[] = [];
    if (options.mentionsBot) mentions.push(this.botUser);
    if (repliedAuthor && options.replyPings !== false && !mentions.includes(repliedAuthor)) {
      mentions.push(repliedAuthor);
    }
    const delivered =
      dm || this.readsMessageContent || mentions.some((m) => m.id === this.botUser.id);
    const message: Json = {
      id: snowflake(),
      type: options.replyTo ? 19 : 0,
      channel_id: channelId,
      // Discord says what kind of channel a message is in (1 DM, 11 thread, 0 text).
      channel_type: dm ? 1 : this.threads.has(channelId) ? 11 : 0,
      ...(dm ? {} : { guild_id: this.options.guildId }),
      author: userObject(user),
      ...(dm
        ? {}
        : {
            member: {
              roles: [],
              joined_at: new Date().toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              pending: false,
              nick: null,
            },
          }),
      content: options.content,
      embeds: [],
      components: [],
      attachments: [],
      mentions,
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      ...(options.replyTo
        ? {
            message_reference: {
              message_id: options.replyTo.id,
              channel_id: channelId,
              ...(dm ? {} : { guild_id: this.options.guildId }),
            },
            referenced_message: options.replyTo,
          }
        : {}),
    };
    this.userMessages.set(String(message.id), message);
    // A message command still carries the full text: Discord gives it with the interaction.
    for (const target of this.sessionsFor(dm ? null : this.options.guildId)) {
      this.dispatchTo(target, "MESSAGE_CREATE", delivered ? message : { ...message, content: "" });
    }
    this.changed();
    return message;
  }

  /** Drops a finished interaction from the records (long load runs keep memory flat). */
  forget(record: InteractionRecord): void {
    this.interactions.delete(record.id);
    this.messagesByToken.delete(record.token);
  }

  /** Waits for a response on `record` matching `match`. */
  waitForResponse(
    record: InteractionRecord,
    match: (r: InteractionResponse) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<InteractionResponse> {
    return this.until(
      () => record.responses.find(match),
      `a response to interaction ${record.id}`,
      timeoutMs,
    );
  }

  /** The first response that shows the user something: a message, an update, an edit, a follow-up. */
  waitForVisible(record: InteractionRecord, timeoutMs = 5000): Promise<InteractionResponse> {
    return this.waitForResponse(
      record,
      (r) =>
        r.status < 300 &&
        (r.kind === "edit" ||
          r.kind === "followup" ||
          (r.kind === "callback" && [4, 7, 8].includes(r.type ?? -1))),
      timeoutMs,
    );
  }
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** A modal as Discord checks it: a custom_id, a title of 1–45, 1–5 labelled components. */
function modalProblems(data: Json): string[] {
  const out: string[] = [];
  const id = str(data.custom_id);
  if (id.length < 1 || id.length > 100) out.push("custom_id must be 1–100");
  const title = str(data.title);
  if (title.length < 1 || title.length > 45) out.push(`title is ${title.length} characters (1–45)`);
  const components = Array.isArray(data.components) ? (data.components as Json[]) : [];
  if (components.length < 1 || components.length > 5) out.push("a modal holds 1–5 components");
  components.forEach((c, i) => {
    const label = str(c.label);
    if (c.type !== 18) out.push(`components[${i}] is not a label`);
    if (label.length < 1 || label.length > 45) out.push(`components[${i}].label must be 1–45`);
    const inner = (c.component ?? {}) as Json;
    if (inner.type !== 3 && inner.type !== 4)
      out.push(`components[${i}] holds neither a select nor a text input`);
  });
  return out;
}

function pickMessage(body: Json): Json {
  const out: Json = {};
  for (const key of [
    "content",
    "embeds",
    "components",
    "flags",
    "allowed_mentions",
    "attachments",
  ]) {
    if (body[key] !== undefined) out[key] = body[key];
  }
  return out;
}
