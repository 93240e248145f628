import type { ConversationContext } from "../conversation/types.js";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { TalksService } from "../service.js";

/**
 * What an operator watches, in Prometheus' form: interactions by command and outcome, how long
 * answers take, how often the articles hold no answer, the queue, reloads and the gateway.
 * One registry per bot process, so tests can make their own.
 */
export interface BotMetrics {
  registry: Registry;
  interactions: Counter<"command" | "outcome">;
  answerSeconds: Histogram<"command">;
  answers: Counter<"status">;
  queueDepth: Gauge;
  reloadSeconds: Histogram<"outcome">;
  gatewayUp: Gauge<"shard">;
  corpusReady: Gauge;
}

export function createMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "talks_" });
  const registers = [registry];
  return {
    registry,
    interactions: new Counter({
      name: "talks_interactions_total",
      help: "Interactions handled, by command and outcome (answered, refused, busy, not_ready, cooldown, failed, elsewhere: answered by another process).",
      labelNames: ["command", "outcome"],
      registers,
    }),
    answerSeconds: new Histogram({
      name: "talks_answer_seconds",
      help: "From the interaction's arrival to its answer being sent.",
      labelNames: ["command"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10],
      registers,
    }),
    answers: new Counter({
      name: "talks_answers_total",
      help: "/ask answers by status: answered, or not_found when the articles hold no answer.",
      labelNames: ["status"],
      registers,
    }),
    queueDepth: new Gauge({
      name: "talks_queue_depth",
      help: "Interactions being handled now.",
      registers,
    }),
    reloadSeconds: new Histogram({
      name: "talks_reload_seconds",
      help: "Corpus loads and reloads, by outcome.",
      labelNames: ["outcome"],
      buckets: [0.5, 1, 2, 5, 10, 20, 30, 60, 120],
      registers,
    }),
    gatewayUp: new Gauge({
      name: "talks_gateway_up",
      help: "1 while the shard's gateway connection is ready, 0 otherwise.",
      labelNames: ["shard"],
      registers,
    }),
    corpusReady: new Gauge({
      name: "talks_corpus_ready",
      help: "1 once the corpus is read and questions are answered.",
      registers,
    }),
  };
}

/** The service with every /ask answer counted by status (the not-found rate). */
export function countingAnswers<T extends TalksService>(service: T, metrics: BotMetrics): T {
  return {
    ...service,
    ask(question: string, context?: ConversationContext) {
      const answer = service.ask(question, context);
      metrics.answers.inc({ status: answer.status });
      return answer;
    },
  };
}
