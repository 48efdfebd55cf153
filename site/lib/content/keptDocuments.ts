import type { Id } from '../../../schemas/content/common'

/** What says which version of a document the CMS holds: its id and its last change. */
export type DocumentVersion = { id: Id; updatedAt: string }

type Kept<T> = { doc: T; updatedAt: string; keptAt: number }

/**
 * Documents of one collection as one kind of read shows them (same fields, same relations
 * populated), kept by the version they were read at, so that a listing read again after a change
 * reads again only the documents that changed (`readAllKept`). Payload's REST reads cost about
 * 0.4 to 1 ms of the CMS per event document whatever the fields asked for, and 90 to 560 events
 * make one agenda, house page or calendar feed.
 *
 * A document's own changes give it a new `updatedAt`; what it shows of other documents (a house's
 * name, a theme's) does not, so a change to one of the `related` collections drops them all
 * (`forget`), and no read begun before that keeps what it read. None is kept longer than `maxAgeMs`
 * (a change whose announcement was lost shows within that time), and at most `max`, the least
 * recently used going first. Kept documents are frozen (`frozen`): every page shares them.
 */
export class KeptDocuments<T extends DocumentVersion> {
  readonly #byId = new Map<Id, Kept<T>>()
  #forgotten = 0

  constructor(
    readonly related: ReadonlySet<string>,
    readonly max: number,
    readonly maxAgeMs: number,
  ) {}

  /** The count of `forget` calls that dropped everything: a read passes it back to `keep`. */
  get generation(): number {
    return this.#forgotten
  }

  /** The document kept at this version, if any (and not older than `maxAgeMs` at `now`). */
  get({ id, updatedAt }: DocumentVersion, now = Date.now()): T | undefined {
    const kept = this.#byId.get(id)
    if (!kept || kept.updatedAt !== updatedAt || now - kept.keptAt > this.maxAgeMs) return undefined
    // Most recently used last: the first in the map is the first to go.
    this.#byId.delete(id)
    this.#byId.set(id, kept)
    return kept.doc
  }

  /** Keeps `doc`, read while `generation` was current; a read older than the last `forget` is not kept. */
  keep(doc: T, generation: number, now = Date.now()): void {
    if (generation !== this.#forgotten) return
    this.#byId.delete(doc.id)
    this.#byId.set(doc.id, { doc: frozen(doc), updatedAt: doc.updatedAt, keptAt: now })
    for (const id of this.#byId.keys()) {
      if (this.#byId.size <= this.max) break
      this.#byId.delete(id)
    }
  }

  /**
   * Called with the cache tags of each invalidation the CMS sends: drops every document when one
   * names a related collection (its listing tag, `houses`, or a document's, `houses:3`).
   */
  forget(tags: readonly string[]): void {
    if (!tags.some((tag) => this.related.has(tag.split(':')[0]!))) return
    this.#byId.clear()
    this.#forgotten += 1
  }

  get size(): number {
    return this.#byId.size
  }
}

/**
 * `value` frozen with everything in it, in place: a page that tried to change a document other
 * pages share fails at once (a TypeError in strict code) instead of changing theirs.
 */
export function frozen<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  for (const inner of Object.values(value)) frozen(inner)
  return Object.freeze(value)
}
