import type { Stats } from 'node:fs'
import { open, stat } from 'node:fs/promises'

import { LRUCache } from 'lru-cache'

/** A file's bytes as read, with the stat of the open file they were read from. */
export type HeldFile = { stats: Stats; bytes: Buffer }

type Entry = HeldFile & { verifiedAt: number; verifying: boolean }

/** What identifies a file's bytes on the disk: a file written again gets another time or size. */
const sameFile = (a: Stats, b: Stats): boolean =>
  a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

/**
 * How long a held file is answered without looking at the disk again (ms). Names never change
 * meaning (a replaced upload gets a new name), so this only bounds how long a file written in place
 * by hand, or deleted, keeps its former answer.
 */
const VERIFIED_FOR_MS = 1000

/** The share of the budget one file may take: a file larger than this is always read from the disk. */
const LARGEST_SHARE = 4

/**
 * The bytes of the public files asked most recently, held in memory within `maxBytes` (least
 * recently asked dropped first), so that sounds and images are answered without the disk: Node.js
 * has no sendfile, and a stat and a read on libuv's thread pool for each answer (the `send` library
 * on the disk) served an episode at a fifth of nginx's pace, where its bytes from memory keep up
 * with it (tests/bench).
 *
 * A file is read whole, in the background, the first time it is asked; until then its answers come
 * from the disk. A held file is looked at again (its stat, in the background) when it is asked more
 * than VERIFIED_FOR_MS after the last look, and forgotten if it is gone or no longer the one read
 * (another inode, size, modification or change time). Files over a quarter of the budget are never
 * held. `maxBytes` 0 holds nothing.
 */
export class FileMemory {
  readonly #held: LRUCache<string, Entry> | undefined
  readonly #largest: number
  readonly #reading = new Set<string>()

  constructor(maxBytes: number) {
    this.#largest = Math.floor(maxBytes / LARGEST_SHARE)
    this.#held =
      maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: maxBytes,
            // lru-cache counts sizes as positive integers: an empty file still takes one.
            sizeCalculation: (entry) => Math.max(1, entry.bytes.length),
          })
        : undefined
  }

  /** The file at `path` (absolute) as held, if it is; a look at the disk is due when it was long ago. */
  held(path: string, now = Date.now()): HeldFile | undefined {
    const entry = this.#held?.get(path)
    if (entry && !entry.verifying && now - entry.verifiedAt > VERIFIED_FOR_MS) void this.#verify(path, entry)
    return entry
  }

  /**
   * The bytes of the file at `path` (absolute) when those held are the ones whose stat is `found`;
   * otherwise undefined, and the file is read to be held when it fits.
   */
  bytesOf(path: string, found: Stats): Buffer | undefined {
    if (!this.#held) return undefined
    const entry = this.#held.get(path)
    if (entry && sameFile(entry.stats, found)) return entry.bytes
    if (found.size <= this.#largest) void this.#read(path)
    return undefined
  }

  /** Bytes held in all, for the benchmark's and tests' accounts. */
  get heldBytes(): number {
    return this.#held?.calculatedSize ?? 0
  }

  /** Forgets the file held at `path` if the disk no longer has the bytes read. */
  async #verify(path: string, entry: Entry): Promise<void> {
    entry.verifying = true
    const now = await stat(path).catch(() => undefined)
    entry.verifying = false
    // Only the entry looked at: the file may have been read again meanwhile.
    if (this.#held!.peek(path) !== entry) return
    if (now && sameFile(entry.stats, now)) entry.verifiedAt = Date.now()
    else this.#held!.delete(path)
  }

  /** Reads the file once, however many answers ask meanwhile; a file that cannot be read is not held. */
  async #read(path: string): Promise<void> {
    if (this.#reading.has(path)) return
    this.#reading.add(path)
    try {
      const handle = await open(path, 'r')
      try {
        // The stat of the open file describes the bytes read, even if the name is replaced meanwhile.
        const stats = await handle.stat()
        if (stats.size > this.#largest) return
        const bytes = await handle.readFile()
        if (bytes.length === stats.size)
          this.#held!.set(path, { stats, bytes, verifiedAt: Date.now(), verifying: false })
      } finally {
        await handle.close()
      }
    } catch {
      // Gone or unreadable: the disk answers, as it does for every file not held.
    } finally {
      this.#reading.delete(path)
    }
  }
}
