import { createHook } from 'node:async_hooks'

/** The one TickObject kept for the life of the process (`keepTickObjectShape`). */
let kept: object | undefined

/**
 * Keeps one of the records `process.nextTick` queues (Node's « TickObject ») alive for the life of
 * the process, so that V8 never forgets their shape. Call it first thing at start, before any full
 * garbage collection.
 *
 * Why: Node builds that record as an object literal with computed keys (its async ids), whose
 * hidden classes V8 holds only weakly. A full collection that happens while no tick is queued frees
 * them, and the records made afterwards get new ones (tests/unit/tick-object-shape.unit.spec.ts).
 * From then on, `nextTick`, called for every answer a socket writes at once, took V8's runtime path
 * for each record (`Runtime_DefineKeyedOwnPropertyInLiteral`), even once optimised again: measured
 * on the cached agenda, 6–8 % of the site's processor samples; with one record kept, none, and
 * `nextTick` in all under 1 %. Node's own `async_hooks` is the only way to reach such a record; the
 * hook is enabled for one `nextTick` call and disabled at once.
 *
 * Returns whether a record is kept: false if Node no longer names its records « TickObject », in
 * which case nothing is kept and the site only runs slower.
 */
export function keepTickObjectShape(): boolean {
  if (kept) return true
  const hook = createHook({
    init(_asyncId, type, _triggerAsyncId, resource) {
      if (type === 'TickObject') kept ??= resource
    },
  }).enable()
  try {
    process.nextTick(() => {})
  } finally {
    hook.disable()
  }
  return kept !== undefined
}

/** The record kept by `keepTickObjectShape`, for tests; undefined before it ran. */
export function keptTickObject(): object | undefined {
  return kept
}
