/**
 * A task run at most once at a time, `delayMs` after the last request (publications come in
 * bursts), and at most `maxWaitMs` after the first unserved request (a steady stream cannot
 * postpone it for ever). A request arriving while the task runs schedules one more run after it.
 * After a run that took d ms, the next one starts no sooner than `restFactor` × d ms after it ended
 * (0 by default): a task that grows with the data then takes at most 1 / (1 + restFactor) of the
 * time, whatever the pace of requests. A failing task is reported to `onError` and does not stop
 * later runs.
 */
export function debouncedTask(
  task: () => Promise<void>,
  {
    delayMs,
    maxWaitMs,
    restFactor = 0,
    onError,
  }: { delayMs: number; maxWaitMs: number; restFactor?: number; onError: (error: unknown) => void },
) {
  let timer: NodeJS.Timeout | undefined
  let firstRequest: number | undefined
  let running: Promise<void> | undefined
  let restUntil = 0
  let again = false
  const idleWaiters: (() => void)[] = []

  const settleIfIdle = () => {
    if (!running && !timer) for (const resolve of idleWaiters.splice(0)) resolve()
  }
  const run = () => {
    timer = undefined
    firstRequest = undefined
    if (running) {
      again = true
      return
    }
    const started = Date.now()
    running = task()
      .catch(onError)
      .finally(() => {
        running = undefined
        restUntil = Date.now() + restFactor * (Date.now() - started)
        if (again) {
          again = false
          request(0)
        }
        settleIfIdle()
      })
  }
  const request = (delay = delayMs) => {
    const now = Date.now()
    firstRequest ??= now
    if (timer) clearTimeout(timer)
    const wait = Math.max(0, Math.min(delay, firstRequest + maxWaitMs - now), restUntil - now)
    timer = setTimeout(run, wait)
    timer.unref()
  }
  return {
    /** Asks for a run: after `delayMs` of quiet, or at once with 0; in either case not before the rest is over. */
    request,
    /** Resolves when no run is pending or running. */
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        settleIfIdle()
      }),
  }
}
