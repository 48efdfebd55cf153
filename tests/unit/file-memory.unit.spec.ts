import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { FileMemory } from '../../site/files/fileMemory'

/** A budget whose quarter, the largest file held, is 10,000 bytes with the file's own share. */
const BUDGET = 40_000
/** The largest file held under BUDGET: a quarter of it, less the 1,024 bytes counted for each file. */
const LARGEST = 10_000 - 1024

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'coope-file-memory-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A file of `size` bytes, each its own name's first letter, and its path. */
function fileOf(name: string, size: number): string {
  const file = path.join(dir, name)
  writeFileSync(file, Buffer.alloc(size, name))
  return file
}

/** Asks `memory` for `file` until it holds it: the first asking only has it read. */
async function held(memory: FileMemory, file: string): Promise<Buffer | undefined> {
  expect(memory.bytesOf(file, statSync(file))).toBeUndefined()
  await expect.poll(() => memory.bytesOf(file, statSync(file))).toBeDefined()
  return memory.bytesOf(file, statSync(file))
}

describe('file memory', () => {
  it('holds a file after its first asking, with exactly its bytes', async () => {
    const memory = new FileMemory(BUDGET)
    const file = fileOf('a', 1000)
    expect((await held(memory, file))?.equals(Buffer.alloc(1000, 'a'))).toBe(true)
    expect(memory.heldBytes).toBeGreaterThan(1000)
  })

  it('never holds a file over a quarter of its budget, and holds nothing with a budget of 0', async () => {
    const memory = new FileMemory(BUDGET)
    const fits = fileOf('f', LARGEST)
    const large = fileOf('l', LARGEST + 1)
    await held(memory, fits)
    expect(memory.bytesOf(large, statSync(large))).toBeUndefined()
    await expect.poll(() => memory.reading).toBe(false)
    expect(memory.bytesOf(large, statSync(large))).toBeUndefined()
    const none = new FileMemory(0)
    expect(none.bytesOf(fits, statSync(fits))).toBeUndefined()
    await expect.poll(() => none.reading).toBe(false)
    expect(none.bytesOf(fits, statSync(fits))).toBeUndefined()
    expect(none.heldBytes).toBe(0)
  })

  it('drops the file asked least recently to stay within its budget', async () => {
    const memory = new FileMemory(BUDGET)
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => fileOf(name, LARGEST))
    for (const file of [a, b, c, d]) await held(memory, file!)
    expect(memory.heldBytes).toBe(BUDGET)
    // Asked again, a is now the most recent: holding e drops b.
    expect(memory.bytesOf(a!, statSync(a!))).toBeDefined()
    await held(memory, fileOf('e', LARGEST))
    expect(memory.heldBytes).toBe(BUDGET)
    expect(memory.bytesOf(b!, statSync(b!))).toBeUndefined()
    expect(memory.bytesOf(a!, statSync(a!))).toBeDefined()
  })

  it('reads one file at a time: a second one asked meanwhile is read when asked again', async () => {
    const memory = new FileMemory(BUDGET)
    const [a, b] = ['a', 'b'].map((name) => fileOf(name, 1000))
    expect(memory.bytesOf(a!, statSync(a!))).toBeUndefined()
    expect(memory.bytesOf(b!, statSync(b!))).toBeUndefined()
    await expect.poll(() => memory.reading).toBe(false)
    expect(memory.bytesOf(a!, statSync(a!))).toBeDefined()
    expect(await held(memory, b!)).toBeDefined()
  })

  it('answers nothing for a file written again since it was read, then holds the new bytes', async () => {
    const memory = new FileMemory(BUDGET)
    const file = fileOf('a', 100)
    await held(memory, file)
    writeFileSync(file, Buffer.alloc(100, 'z'))
    expect((await held(memory, file))?.equals(Buffer.alloc(100, 'z'))).toBe(true)
  })

  it('gives a held file without the disk for a second after the last look at it, then asks for a look', async () => {
    const memory = new FileMemory(BUDGET)
    const file = fileOf('a', 100)
    await held(memory, file)
    const now = Date.now()
    const answered = memory.held(file, now)
    expect(answered?.stats.size).toBe(100)
    // Answered with the held stat: no look at the disk, whatever the number of answers.
    expect(memory.bytesOf(file, answered!.stats, now + 999)).toBeDefined()
    expect(memory.held(file, now + 1500)).toBeUndefined()
    // The answer's own stat matched the held bytes: a look, good for another second.
    expect(memory.bytesOf(file, statSync(file), now + 2000)).toBeDefined()
    expect(memory.held(file, now + 2500)).toBeDefined()
    expect(memory.held(file, now + 3500)).toBeUndefined()
  })
})
