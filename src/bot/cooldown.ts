/**
 * Per-user cooldown in memory: the stand-in while the database cannot be written. Memory stays bounded: expired entries are swept whenever the map has
 * doubled since the last sweep, so a burst of distinct users does not accumulate.
 */
export class Cooldown {
  private readonly until = new Map<string, number>();
  private sweepAt = 1024;

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * 0 when the user may go ahead (their cooldown starts now), else the whole seconds left.
   * `seconds` overrides the constructor's length for this one use (a server's own setting).
   */
  take(userId: string, seconds: number = this.seconds): number {
    if (seconds <= 0) return 0;
    const now = this.now();
    const until = this.until.get(userId);
    if (until !== undefined && until > now) return Math.ceil((until - now) / 1000);
    this.until.set(userId, now + seconds * 1000);
    if (this.until.size >= this.sweepAt) this.sweep(now);
    return 0;
  }

  /** Gives a use back, e.g. when the question was refused before any work was done. */
  release(userId: string): void {
    this.until.delete(userId);
  }

  get size(): number {
    return this.until.size;
  }

  private sweep(now: number): void {
    for (const [user, until] of this.until) if (until <= now) this.until.delete(user);
    this.sweepAt = Math.max(1024, this.until.size * 2);
  }
}
