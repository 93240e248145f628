import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createMetrics } from "../../src/ops/metrics.js";
import { startOpsServer } from "../../src/ops/server.js";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("the health and metrics server", () => {
  let server: Server | undefined;
  afterAll(() => new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined))));

  it("says alive at once, ready only when ready, and serves the counters in Prometheus' form", async () => {
    let ready = false;
    const metrics = createMetrics();
    const port = await freePort();
    server = await startOpsServer({ port, host: "127.0.0.1", metrics, ready: () => ready });
    const get = (path: string, method = "GET") =>
      fetch(`http://127.0.0.1:${port}${path}`, { method });

    expect((await get("/healthz")).status).toBe(200);
    expect((await get("/readyz")).status).toBe(503);
    ready = true;
    expect((await get("/readyz")).status).toBe(200);

    metrics.interactions.inc({ command: "ask", outcome: "busy" });
    metrics.gatewayUp.set({ shard: "0" }, 1);
    const response = await get("/metrics");
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('talks_interactions_total{command="ask",outcome="busy"} 1');
    expect(text).toContain('talks_gateway_up{shard="0"} 1');
    expect(text).toContain("# TYPE talks_answer_seconds histogram");
    expect(text).toContain("talks_process_resident_memory_bytes");

    expect((await get("/other")).status).toBe(404);
    expect((await get("/metrics", "POST")).status).toBe(405);
  });
});
