import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { FileMemory } from '../../site/files/fileMemory'

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
    const memory = new FileMemory(4000)
    const file = fileOf('a', 1000)
    expect((await held(memory, file))?.equals(Buffer.alloc(1000, 'a'))).toBe(true)
    expect(memory.heldBytes).toBe(1000)
  })

  it('never holds a file over a quarter of its budget, and holds nothing with a budget of 0', async () => {
    const memory = new FileMemory(4000)
    const large = fileOf('l', 1001)
    const fits = fileOf('f', 10)
    expect(memory.bytesOf(large, statSync(large))).toBeUndefined()
    // Asked after the large one: once it is held, the large one had its chance to be read.
    await held(memory, fits)
    expect(memory.bytesOf(large, statSync(large))).toBeUndefined()
    expect(memory.heldBytes).toBe(10)
    const none = new FileMemory(0)
    expect(none.bytesOf(fits, statSync(fits))).toBeUndefined()
    expect(none.bytesOf(fits, statSync(fits))).toBeUndefined()
    expect(none.heldBytes).toBe(0)
  })

  it('drops the file asked least recently to stay within its budget', async () => {
    const memory = new FileMemory(2000)
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => fileOf(name, 500))
    for (const file of [a, b, c, d]) await held(memory, file!)
    expect(memory.heldBytes).toBe(2000)
    // Asked again, a is now the most recent: holding e drops b.
    expect(memory.bytesOf(a!, statSync(a!))).toBeDefined()
    await held(memory, fileOf('e', 500))
    expect(memory.heldBytes).toBe(2000)
    expect(memory.bytesOf(b!, statSync(b!))).toBeUndefined()
    expect(memory.bytesOf(a!, statSync(a!))).toBeDefined()
  })

  it('answers nothing for a file written again since it was read, then holds the new bytes', async () => {
    const memory = new FileMemory(4000)
    const file = fileOf('a', 100)
    await held(memory, file)
    writeFileSync(file, Buffer.alloc(100, 'z'))
    expect((await held(memory, file))?.equals(Buffer.alloc(100, 'z'))).toBe(true)
  })

  it('answers a held file with the stat it was read with, and forgets it once the disk no longer has it', async () => {
    const memory = new FileMemory(4000)
    const file = fileOf('a', 100)
    await held(memory, file)
    expect(memory.held(file)?.stats.size).toBe(100)
    rmSync(file)
    // Looked at again only when asked a second after the last look.
    expect(memory.held(file)).toBeDefined()
    expect(memory.held(file, Date.now() + 2000)).toBeDefined()
    await expect.poll(() => memory.held(file)).toBeUndefined()
    expect(memory.heldBytes).toBe(0)
  })
})
