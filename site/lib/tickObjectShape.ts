import { executionAsyncResource } from 'node:async_hooks'

/** The one TickObject kept for the life of the process (`keepTickObjectShape`). */
let kept: object | undefined

/** Whether `resource` is a record of `process.nextTick`'s queue: its callback and its async id. */
function isTickObject(resource: object): boolean {
  return (
    Object.hasOwn(resource, 'callback') &&
    Object.getOwnPropertySymbols(resource).some((key) => key.description === 'async_id_symbol')
  )
}

/**
 * Keeps one of the records `process.nextTick` queues (Node's « TickObject ») alive for the life of
 * the process, so that V8 never forgets their shape. Call it at start, before loading anything
 * large: it helps only if no full garbage collection has run since the first `nextTick` call. Call
 * it outside any `AsyncLocalStorage.run`, whose store the record would keep too.
 *
 * Why: Node builds that record as an object literal with computed keys (its async ids), whose
 * hidden classes V8 holds only weakly. A full collection that happens while no record is alive
 * frees them; the records made afterwards get new ones, and V8 marks the literal's definitions in
 * `nextTick` as megamorphic for good (tests/unit/tick-object-shape.unit.spec.ts). From then on,
 * `nextTick`, called for every answer a socket writes at once, takes V8's runtime path for each
 * record (`Runtime_DefineKeyedOwnPropertyInLiteral`): measured on the cached agenda, 6–8 % of the
 * site's processor samples; with one record kept, none, and `nextTick` in all under 1 %.
 *
 * The record is the resource of a tick as it runs (`executionAsyncResource`), not one caught by an
 * `async_hooks` hook: enabling a hook, even for a moment, turns off for good a V8 fast path of
 * every promise and async function.
 *
 * Resolves to whether a record is kept: false if Node no longer queues such records, in which case
 * nothing is kept and the site only runs slower after its first full collection.
 */
export async function keepTickObjectShape(): Promise<boolean> {
  if (kept) return true
  const resource = await new Promise<object>((resolve) => process.nextTick(() => resolve(executionAsyncResource())))
  if (isTickObject(resource)) kept ??= resource
  return kept !== undefined
}

/** The record kept by `keepTickObjectShape`, for tests; undefined before it ran. */
export function keptTickObject(): object | undefined {
  return kept
}
