import { executionAsyncResource } from 'node:async_hooks'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'

import { keepTickObjectShape, keptTickObject } from '../../site/lib/tickObjectShape'

/** The record of the next `process.nextTick` call, as its callback runs. */
const nextTickRecord = () => new Promise<object>((resolve) => process.nextTick(() => resolve(executionAsyncResource())))

/** The module as the site's build compiles it (plain JavaScript), as a data: address for another process. */
const MODULE = `data:text/javascript,${encodeURIComponent(
  transformSync(readFileSync(new URL('../../site/lib/tickObjectShape.ts', import.meta.url), 'utf8'), {
    loader: 'ts',
    format: 'esm',
  }).code,
)}`

/**
 * In a Node process of its own that calls `keepTickObjectShape` first when `keep` is true, and then
 * queues ticks, collects all garbage twice and queues ticks again: the states of V8's feedback for
 * the definitions of the computed keys in `nextTick`'s record (`MONOMORPHIC`, `MEGAMORPHIC`…), as
 * `%DebugPrint` of `nextTick` prints them, and whether V8 turned off its fast path for promises
 * (`--trace-protector-invalidation`). V8's natives syntax is read only by code compiled at run
 * time, hence `new Function`.
 */
function nextTickAfterFullCollections(keep: boolean): { states: string[]; promiseHookProtector: boolean } {
  const script = `
    const { keepTickObjectShape } = await import(${JSON.stringify(MODULE)})
    if (${keep} && !(await keepTickObjectShape())) throw new Error('no TickObject kept')
    const ticks = async () => { for (let i = 0; i < 50; i++) await new Promise((resolve) => process.nextTick(resolve)) }
    await ticks()
    await new Promise((resolve) => setImmediate(resolve))
    globalThis.gc()
    globalThis.gc()
    await ticks()
    new Function('nextTick', '%DebugPrint(nextTick)')(process.nextTick)
  `
  const printed = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--expose-gc', '--trace-protector-invalidation', '--input-type=module', '-e', script],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  )
  const states = [...printed.matchAll(/DefineKeyedOwnPropertyInLiteral ([A-Z_]+)/g)].map((match) => match[1]!)
  expect(states, printed).not.toHaveLength(0)
  return { states, promiseHookProtector: printed.includes('Invalidating protector cell PromiseHook') }
}

describe('the TickObject kept for its shape', () => {
  it('is one of the records process.nextTick queues, with their keys', async () => {
    expect(await keepTickObjectShape()).toBe(true)
    const kept = keptTickObject()
    expect(kept).toBeDefined()
    const keys = Reflect.ownKeys(kept!)
    expect(keys.filter((key) => typeof key === 'symbol').map((key) => key.description)).toEqual(
      expect.arrayContaining(['async_id_symbol', 'trigger_async_id_symbol']),
    )
    const other = await nextTickRecord()
    expect(other).not.toBe(kept)
    expect(keys).toEqual(Reflect.ownKeys(other))
  })

  it('is kept once: later calls keep the same record', async () => {
    await keepTickObjectShape()
    const kept = keptTickObject()
    expect(await keepTickObjectShape()).toBe(true)
    expect(keptTickObject()).toBe(kept)
  })

  it('keeps nextTick off V8 runtime path after full collections, which puts it there without it', () => {
    const kept = nextTickAfterFullCollections(true)
    expect(
      kept.states.every((state) => state === 'MONOMORPHIC'),
      kept.states.join(' '),
    ).toBe(true)
    // Keeping it must not cost the fast path of promises (as enabling an async_hooks hook would).
    expect(kept.promiseHookProtector).toBe(false)
    // Should this fail, V8 no longer forgets the record's shape, and keepTickObjectShape is not needed.
    const unkept = nextTickAfterFullCollections(false)
    expect(unkept.states).toContain('MEGAMORPHIC')
  })
})
