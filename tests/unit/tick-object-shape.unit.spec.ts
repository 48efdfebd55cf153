import { createHook } from 'node:async_hooks'

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
})
