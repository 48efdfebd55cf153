/**
 * A task run at most once at a time, `delayMs` after the last request (publications come in
 * bursts), and at most `maxWaitMs` after the first unserved request (a steady stream cannot
 * postpone it for ever). A request arriving while the task runs schedules one more run after it.
 * A failing task is reported to `onError` and does not stop later runs.
 */
export function debouncedTask(
  task: () => Promise<void>,
  { delayMs, maxWaitMs, onError }: { delayMs: number; maxWaitMs: number; onError: (error: unknown) => void },
) {
  let timer: NodeJS.Timeout | undefined
  let firstRequest: number | undefined
  let running: Promise<void> | undefined
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
    running = task()
      .catch(onError)
      .finally(() => {
        running = undefined
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
    const wait = Math.max(0, Math.min(delay, firstRequest + maxWaitMs - now))
    timer = setTimeout(run, wait)
    timer.unref()
  }
  return {
    /** Asks for a run: after `delayMs` of quiet, or at once with 0. */
    request,
    /** Resolves when no run is pending or running. */
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        settleIfIdle()
      }),
  }
}
