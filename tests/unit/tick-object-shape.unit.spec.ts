import { createHook } from 'node:async_hooks'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { transformSync } from 'esbuild'
import { describe, expect, it } from 'vitest'

import { keepTickObjectShape, keptTickObject } from '../../site/lib/tickObjectShape'

/** The record the next `process.nextTick` call queues, caught as Node announces it. */
function nextTickRecord(): object {
  let record: object | undefined
  const hook = createHook({
    init(_asyncId, type, _triggerAsyncId, resource) {
      if (type === 'TickObject') record ??= resource
    },
  }).enable()
  process.nextTick(() => {})
  hook.disable()
  if (!record) throw new Error('no TickObject announced')
  return record
}

/**
 * The module as the site's build compiles it (plain JavaScript), as a data: address for another
 * process to import. Run as the site runs it, without a loader: with tsx's (`--import tsx`, the
 * script given by `-e`), the records' hidden class changed across the collections even with one
 * kept, for a reason not found.
 */
const MODULE = `data:text/javascript,${encodeURIComponent(
  transformSync(readFileSync(new URL('../../site/lib/tickObjectShape.ts', import.meta.url), 'utf8'), {
    loader: 'ts',
    format: 'esm',
  }).code,
)}`

/**
 * The hidden class (V8's « map », by address, as `%DebugPrint` prints it) of a TickObject made
 * before and of one made after two full garbage collections, in a Node process of its own that
 * calls `keepTickObjectShape` first when `keep` is true. V8's natives syntax is read only by code
 * compiled at run time, hence `new Function`.
 */
function mapsAcrossFullCollections(keep: boolean): [string, string] {
  const script = `
    import { createHook } from 'node:async_hooks'
    const { keepTickObjectShape } = await import(${JSON.stringify(MODULE)})
    if (${keep}) keepTickObjectShape()
    const debugPrint = new Function('object', '%DebugPrint(object)')
    const printRecord = () => {
      let record
      const hook = createHook({ init(id, type, trigger, resource) { if (type === 'TickObject') record ??= resource } }).enable()
      process.nextTick(() => {})
      hook.disable()
      debugPrint(record)
    }
    printRecord()
    await new Promise((resolve) => setImmediate(resolve))
    globalThis.gc()
    globalThis.gc()
    await new Promise((resolve) => setImmediate(resolve))
    printRecord()
  `
  const printed = execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--expose-gc', '--input-type=module', '-e', script],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  )
  const maps = [...printed.matchAll(/DebugPrint: [^\n]*\n - map: (0x[0-9a-f]+)/g)].map((match) => match[1]!)
  expect(maps, printed).toHaveLength(2)
  return [maps[0]!, maps[1]!]
}

describe('the TickObject kept for its shape', () => {
  it('is one of the records process.nextTick queues, with their keys', () => {
    expect(keepTickObjectShape()).toBe(true)
    const kept = keptTickObject()
    expect(kept).toBeDefined()
    const keys = Reflect.ownKeys(kept!)
    expect(keys.filter((key) => typeof key === 'symbol').map((key) => key.description)).toEqual(
      expect.arrayContaining(['async_id_symbol', 'trigger_async_id_symbol']),
    )
    expect(keys).toEqual(Reflect.ownKeys(nextTickRecord()))
  })

  it('is kept once: later calls keep the same record', () => {
    keepTickObjectShape()
    const kept = keptTickObject()
    expect(keepTickObjectShape()).toBe(true)
    expect(keptTickObject()).toBe(kept)
  })

  it('keeps the hidden class of the records through full garbage collections, which V8 frees without it', () => {
    const [before, after] = mapsAcrossFullCollections(true)
    expect(after).toBe(before)
    // Should this fail, V8 no longer frees them, and keepTickObjectShape is no longer needed.
    const [unkeptBefore, unkeptAfter] = mapsAcrossFullCollections(false)
    expect(unkeptAfter).not.toBe(unkeptBefore)
  })
})
