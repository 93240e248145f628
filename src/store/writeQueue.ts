import { StoreUnavailable } from "./types.js";

export interface WriteQueueOptions<Job> {
  /** Runs a batch of jobs in one transaction; rejects if any fails (the batch is rolled back). */
  run(jobs: Job[]): Promise<void>;
  /** The database is locked or out of reach for a moment: worth another try. */
  isBusy(error: unknown): boolean;
  /** A write is refused for good: told once per refused batch, before its callers are. */
  onRefused(error: unknown): void;
  /** Waits between attempts while the database is locked by someone else. */
  retryDelaysMs?: readonly number[];
}

interface Pending<Job> {
  job: Job;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const DEFAULT_RETRY_DELAYS_MS = [20, 50, 100, 200, 400, 800, 1500];

/**
 * Writes wait here for the next tick and go to the database together, in one transaction, so a
 * caller never waits for a write to start and a burst of writes costs one commit. A locked or
 * unreachable database is tried again a few times; then the writes are refused with
 * StoreUnavailable, never silently dropped.
 */
export class WriteQueue<Job> {
  private pending: Pending<Job>[] = [];
  private scheduled: Promise<void> | null = null;

  constructor(private readonly options: WriteQueueOptions<Job>) {}

  push(job: Job): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ job, resolve, reject });
      this.scheduled ??= this.nextTick();
    });
  }

  /** Resolves once every write pushed so far has been made or refused. */
  async flush(): Promise<void> {
    while (this.scheduled) await this.scheduled;
  }

  private nextTick(): Promise<void> {
    return new Promise<void>((done) => setImmediate(done)).then(() => this.drain());
  }

  private async drain(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.options.run(batch.map((p) => p.job));
        batch.forEach((p) => p.resolve());
        break;
      } catch (error) {
        const wait = delays[attempt];
        if (this.options.isBusy(error) && wait !== undefined) {
          await new Promise((r) => setTimeout(r, wait));
          continue;
        }
        if (!this.options.isBusy(error) && batch.length > 1) {
          // One bad write must not take the others with it: try them one at a time.
          await this.runSeparately(batch);
        } else {
          this.refuse(batch, error);
        }
        break;
      }
    }
    this.scheduled = this.pending.length > 0 ? this.nextTick() : null;
  }

  private async runSeparately(batch: Pending<Job>[]): Promise<void> {
    for (const p of batch) {
      try {
        await this.options.run([p.job]);
        p.resolve();
      } catch (error) {
        this.refuse([p], error);
      }
    }
  }

  private refuse(batch: Pending<Job>[], error: unknown): void {
    this.options.onRefused(error);
    const refused =
      error instanceof StoreUnavailable
        ? error
        : this.options.isBusy(error)
          ? new StoreUnavailable(
              `the database stayed locked or out of reach: ${error instanceof Error ? error.message : String(error)}`,
            )
          : new StoreUnavailable(error instanceof Error ? error.message : String(error));
    batch.forEach((p) => p.reject(refused));
  }
}
