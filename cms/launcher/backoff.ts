/**
 * How long to wait before starting again a server that died: 1 s, then twice as long at each death
 * in a row, at most 30 s, so that a server that cannot start does not spin the machine's cores;
 * back to 1 s once a server has stayed up a minute (its next death is a new incident).
 */
export class RestartBackoff {
  private nextMs: number

  /**
   * @param firstMs the first delay, in milliseconds
   * @param maxMs the longest delay, in milliseconds
   * @param steadyMs how long a server must have run, in milliseconds, for the delays to start over
   */
  constructor(
    readonly firstMs = 1000,
    readonly maxMs = 30_000,
    readonly steadyMs = 60_000,
  ) {
    this.nextMs = firstMs
  }

  /**
   * The delay before the next start, in milliseconds.
   * @param ranMs how long the server that just died had run, in milliseconds
   */
  delayAfter(ranMs: number): number {
    if (ranMs >= this.steadyMs) this.nextMs = this.firstMs
    const delay = this.nextMs
    this.nextMs = Math.min(this.nextMs * 2, this.maxMs)
    return delay
  }
}
