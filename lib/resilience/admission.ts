// Admission control for one instance: at most `max` dynamic requests run at once; up to `queue` more wait
// at most `waitMs` for a slot; the rest are refused at once (the server answers 503 + Retry-After). A
// saturated instance thus answers fast instead of letting every request wait past the client's patience,
// and the admitted ones keep their latency (BENCHMARKS.md, "Overload"). Pure: no I/O, no timers but the wait.
export type Release = () => void;

export class Admission {
  private running = 0;
  private readonly waiting: Array<{ grant: (r: Release | null) => void; timer: ReturnType<typeof setTimeout> }> = [];
  shed = 0;
  admitted = 0;

  constructor(
    readonly max: number,
    readonly queue: number,
    readonly waitMs: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** A release function once admitted, or null when refused (queue full or waited too long). */
  acquire(): Promise<Release | null> {
    if (this.running < this.max) return Promise.resolve(this.grant());
    if (this.waiting.length >= this.queue) {
      this.shed += 1;
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const entry = {
        grant: resolve,
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          this.shed += 1;
          resolve(null);
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private grant(): Release {
    this.running += 1;
    this.admitted += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.grant(this.grant());
      }
    };
  }
}
