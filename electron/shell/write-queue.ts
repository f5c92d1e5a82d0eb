/** Small files written one after another in the background; a failed write is logged, not fatal. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly log: (message: string) => void) {}

  /** Runs `write` after the writes queued before it; `failure` opens the log line if it fails. */
  add(write: () => Promise<unknown>, failure: string): void {
    this.tail = this.tail
      .then(write)
      .catch((error: unknown) => this.log(`${failure}: ${String(error)}`));
  }

  /** Settles when every write queued so far has finished. */
  flushed(): Promise<unknown> {
    return this.tail;
  }
}
