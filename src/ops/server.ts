import { createServer, type Server } from "node:http";
import type { BotMetrics } from "./metrics.js";

export interface OpsServerOptions {
  port: number;
  host?: string;
  metrics: BotMetrics;
  /** Ready: the corpus is in and the gateway is connected; a balancer sends traffic then. */
  ready(): boolean;
}

/**
 * GET /healthz (the process answers), /readyz (200 when ready, 503 otherwise) and /metrics
 * (Prometheus text). Nothing else; no request body is read.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<Server> {
  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    const send = (status: number, body: string, type = "text/plain; charset=utf-8") => {
      response.writeHead(status, { "content-type": type });
      response.end(body);
    };
    if (request.method !== "GET") return send(405, "method not allowed\n");
    if (path === "/healthz") return send(200, "ok\n");
    if (path === "/readyz")
      return options.ready() ? send(200, "ready\n") : send(503, "not ready\n");
    if (path === "/metrics") {
      options.metrics.registry.metrics().then(
        (text) => send(200, text, options.metrics.registry.contentType),
        () => send(500, "metrics unavailable\n"),
      );
      return;
    }
    send(404, "not found\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  return server;
}
