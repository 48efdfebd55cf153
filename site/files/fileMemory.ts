import type { Stats } from 'node:fs'
import { open } from 'node:fs/promises'

import { LRUCache } from 'lru-cache'

/** A file's bytes as read, with the stat of the open file they were read from. */
export type HeldFile = { stats: Stats; bytes: Buffer }

type Entry = HeldFile & { verifiedAt: number }

/** What identifies a file's bytes on the disk: a file written again gets another time or size. */
const sameFile = (a: Stats, b: Stats): boolean =>
  a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs

/**
 * How long a held file is answered without a look at the disk (ms). Names never change meaning (a
 * replaced upload gets a new name), so this only bounds how long a file written in place by hand,
 * or deleted, keeps its former answers.
 */
const VERIFIED_FOR_MS = 1000

/** The share of the budget one file may take: a file larger than this is always read from the disk. */
const LARGEST_SHARE = 4

/** Bytes counted for each held file besides its own: its stat, its path, the cache's slot. */
const ENTRY_BYTES = 1024

/**
 * The bytes of the public files asked most recently, held in memory within `maxBytes` (least
 * recently asked dropped first), so that sounds and images are answered without the disk: Node.js
 * has no sendfile, and a stat and a read on libuv's thread pool for each answer (the `send` library
 * on the disk) served a 190 kB episode at a fifth of nginx's pace, where its bytes from memory keep
 * up with it (tests/bench).
 *
 * A file is read whole, in the background, when an answer reads it from the disk, one file at a
 * time (so that at most one file over the budget is in memory besides the held ones, and a crawler
 * asking many files cannot start many reads); until it is held its answers come from the disk.
 * A held file is answered without the disk for VERIFIED_FOR_MS after the last look; then the next
 * answer makes its stat again, and the held bytes serve it only if that stat is the one they were
 * read with (same inode, size, modification and change times). Files over a quarter of the budget
 * are never held. `maxBytes` 0 holds nothing.
 *
 * An answer being sent keeps the bytes it sends, even once they are no longer held.
 */
export class FileMemory {
  readonly #held: LRUCache<string, Entry> | undefined
  readonly #largest: number
  #reading = false

  constructor(maxBytes: number) {
    this.#largest = Math.floor(maxBytes / LARGEST_SHARE)
    this.#held =
      maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: maxBytes,
            sizeCalculation: (entry) => entry.bytes.length + ENTRY_BYTES,
          })
        : undefined
  }

  /**
   * The file at `path` (absolute) as held, when it was looked at on the disk less than
   * VERIFIED_FOR_MS before `now` (ms); otherwise undefined, and the answer looks at the disk.
   */
  held(path: string, now = Date.now()): HeldFile | undefined {
    const entry = this.#held?.get(path)
    return entry && now - entry.verifiedAt <= VERIFIED_FOR_MS ? entry : undefined
  }

  /**
   * The bytes of the file at `path` (absolute) when those held are the ones whose stat is `found`
   * (the stat of this answer: from the disk, or the held one `held` gave); otherwise undefined, and
   * the file is read to be held when it fits.
   */
  bytesOf(path: string, found: Stats, now = Date.now()): Buffer | undefined {
    if (!this.#held) return undefined
    const entry = this.#held.get(path)
    if (entry && (found === entry.stats || sameFile(entry.stats, found))) {
      // Only a stat made on the disk for this answer is a new look; the held one is not.
      if (found !== entry.stats) entry.verifiedAt = Math.max(entry.verifiedAt, now)
      return entry.bytes
    }
    if (entry) this.#held.delete(path)
    if (found.size + ENTRY_BYTES <= this.#largest) void this.#read(path)
    return undefined
  }

  /** Bytes held in all, each file's share of ENTRY_BYTES included. */
  get heldBytes(): number {
    return this.#held?.calculatedSize ?? 0
  }

  /** Whether a file is being read to be held: one at a time. */
  get reading(): boolean {
    return this.#reading
  }

  /** Reads the file unless another is being read; a file that cannot be read whole is not held. */
  async #read(path: string): Promise<void> {
    if (this.#reading) return
    this.#reading = true
    try {
      const handle = await open(path, 'r')
      try {
        // The stat of the open file describes the bytes read, even if the name is replaced meanwhile.
        const stats = await handle.stat()
        if (stats.size + ENTRY_BYTES > this.#largest) return
        const bytes = await handle.readFile()
        // Written while it was read: its bytes may be a mix of both.
        const after = await handle.stat()
        if (bytes.length === stats.size && sameFile(stats, after))
          this.#held!.set(path, { stats, bytes, verifiedAt: Date.now() })
      } finally {
        await handle.close()
      }
    } catch {
      // Gone or unreadable: the disk answers, as it does for every file not held.
    } finally {
      this.#reading = false
    }
  }
}
