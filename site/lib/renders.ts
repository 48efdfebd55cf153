import type { StoredPage } from './pageStore'

/**
 * A render of a page: announced by the front handler when it hands Astro a request for a page the
 * store holds no fresh copy of, begun when that request (or another for the same page) reaches the
 * route cache. `since` is the store's generation when it began (or was announced); `page` is what it
 * gives once over, undefined when that may not be given to others (lib/routeCache.ts).
 */
export type Render = {
  since: number
  page: Promise<StoredPage | undefined>
  begun: boolean
  end: (page?: StoredPage) => void
}

/**
 * The longest time an announced render may take to begin, in ms. A request handed to Astro reaches
 * the route cache in milliseconds; past this, those who wait for it render the page themselves
 * (the route cache then gives them the render under way, if one began).
 */
export const ANNOUNCED_RENDER_MS = 2_000

/**
 * The renders under way or about to begin, by cache key, shared by the front handler
 * (lib/cacheFront.ts) and the route cache: visitors asking for a page meanwhile wait for its render
 * instead of rendering it again, from the moment the first request for it is handed to Astro.
 */
export class Renders {
  readonly #byKey = new Map<string, Render>()

  get(key: string): Render | undefined {
    return this.#byKey.get(key)
  }

  /**
   * Announces a render of `key` for a request on its way to the route cache, unless one is under
   * way. Returns the function to call once that request is answered: it ends the render with
   * nothing if none began (an address no route renders into the cache, a 404), and its waiters
   * then go to Astro themselves. It ends so by itself after ANNOUNCED_RENDER_MS: an answer that
   * began no render may never be over (a client that pipelines requests behind answers it never
   * reads), and those who wait must not wait with it.
   */
  announce(key: string, generation: number): () => void {
    if (this.#byKey.has(key)) return () => {}
    const render = this.#create(key, generation)
    const endUnbegun = () => {
      if (!render.begun) render.end(undefined)
    }
    setTimeout(endUnbegun, ANNOUNCED_RENDER_MS).unref()
    return endUnbegun
  }

  /**
   * Ends the announced render of `key` if none began, giving those who waited `page`: the fresh page
   * the route cache answered with instead of rendering (a request handed to Astro for its first
   * compressed answer).
   */
  release(key: string, page: StoredPage): void {
    const render = this.#byKey.get(key)
    if (render && !render.begun) render.end(page)
  }

  /** Begins the render of `key`: the announced one if it has not begun, else a new one. */
  begin(key: string, generation: number): Render {
    const announced = this.#byKey.get(key)
    const render = announced && !announced.begun ? announced : this.#create(key, generation)
    render.since = generation
    render.begun = true
    return render
  }

  #create(key: string, generation: number): Render {
    let settle!: (page: StoredPage | undefined) => void
    const page = new Promise<StoredPage | undefined>((resolve) => (settle = resolve))
    const render: Render = {
      since: generation,
      page,
      begun: false,
      end: (rendered) => {
        settle(rendered)
        if (this.#byKey.get(key) === render) this.#byKey.delete(key)
      },
    }
    this.#byKey.set(key, render)
    return render
  }
}
