/**
 * The search page with JavaScript: results from the Pagefind index in the browser as the visitor
 * types (a listing by filters alone, without words, from the server), the address kept in step
 * (shareable), the count announced through the status line. If the index cannot be loaded the
 * form keeps working as a plain GET form answered by the server.
 */

export {}

type ResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> }
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  mergeIndex: (basePath: string, options: Record<string, unknown>) => Promise<void>
  debouncedSearch: (
    query: string | null,
    options: { filters?: Record<string, string> },
    ms: number,
  ) => Promise<{ results: { data: () => Promise<ResultData> }[] } | null>
}

const LIMIT = 50
const INDEX_PATH = '/pagefind/'
/** Characters of text around the words found in each result's excerpt. */
const EXCERPT_OPTIONS = { excerptLength: 28 }

const form = document.querySelector<HTMLFormElement>('#recherche')
const status = document.querySelector<HTMLElement>('#recherche-statut')
const list = document.querySelector<HTMLOListElement>('#recherche-resultats')

/**
 * Pagefind's excerpt is the indexed text as it is (not HTML-escaped) with the words found wrapped
 * in `<mark>`; the indexed text has no angle brackets (records.ts), so anything else is shown as text.
 */
const MARKED = /^[^<>]*(?:<mark>[^<>]*<\/mark>[^<>]*)*$/

function excerptInto(target: HTMLElement, excerpt: string): void {
  if (!MARKED.test(excerpt)) {
    target.textContent = excerpt
    return
  }
  excerpt.split(/(<mark>[^<>]*<\/mark>)/).forEach((piece, i) => {
    if (i % 2 === 1) {
      const mark = document.createElement('mark')
      mark.textContent = piece.slice(6, -7)
      target.append(mark)
    } else if (piece) target.append(piece)
  })
}

function render(items: ResultData[], total: number, query: string): void {
  if (!list || !status) return
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement('li')
      const heading = document.createElement('h2')
      const link = document.createElement('a')
      link.href = item.url
      link.textContent = item.meta.title ?? item.url
      heading.append(link)
      const meta = document.createElement('p')
      meta.className = 'meta'
      meta.textContent = [item.meta.kind, item.meta.date].filter(Boolean).join(' · ')
      const text = document.createElement('p')
      excerptInto(text, item.excerpt)
      li.append(heading, meta, text)
      return li
    }),
  )
  const count = total === 0 ? 'Aucun résultat' : total === 1 ? '1 résultat' : `${total} résultats`
  const more = total > LIMIT ? ` ; voici les ${LIMIT} premiers, précisez la recherche pour voir les autres` : ''
  status.textContent = `${count}${query ? ` pour « ${query} »` : ''}${more}.`
}

/**
 * Pagefind's API for the index, set up once its module has loaded: the index is written as several
 * bundles (the recent content, then each past year), the first one's module searching them all.
 * A bundle's folder is named by its content, so its name tags its entry file for the browser's cache.
 */
async function loadIndex(): Promise<Pagefind> {
  const answer = await fetch(`${INDEX_PATH}bundles.json`)
  if (!answer.ok) throw new Error(`search index list: HTTP ${answer.status}`)
  const [main, ...merged] = ((await answer.json()) as { bundles: string[] }).bundles
  const pagefind = (await import(/* @vite-ignore */ `${INDEX_PATH}${main}/pagefind.js`)) as Pagefind
  await pagefind.options({ ...EXCERPT_OPTIONS, metaCacheTag: main })
  await Promise.all(
    merged.map((folder) =>
      pagefind.mergeIndex(`${INDEX_PATH}${folder}/`, { ...EXCERPT_OPTIONS, metaCacheTag: folder }),
    ),
  )
  return pagefind
}

/** The form's words, its filters as the index names them, and its filled fields as an address's query. */
function readForm(target: HTMLFormElement) {
  const data = new FormData(target)
  const filters: Record<string, string> = {}
  for (const field of ['type', 'maison', 'theme']) {
    const value = String(data.get(field) ?? '')
    if (value) filters[field] = value
  }
  const address = new URLSearchParams()
  for (const [name, value] of data) if (value) address.set(name, String(value))
  return { query: String(data.get('q') ?? '').trim(), filters, address }
}

/** The server's answer to the search form with these fields: its results list and status line. */
async function serverListing(address: URLSearchParams, signal: AbortSignal): Promise<Document> {
  const answer = await fetch(`${location.pathname}?${address}`, { signal })
  if (!answer.ok) throw new Error(`search listing: HTTP ${answer.status}`)
  return new DOMParser().parseFromString(await answer.text(), 'text/html')
}

/** Shows the results and status line of a page of the server's answer in place of the current ones. */
function showListing(answer: Document): void {
  const items = answer.querySelector('#recherche-resultats')?.children ?? []
  list?.replaceChildren(...[...items].map((item) => document.importNode(item, true)))
  if (status) status.textContent = answer.querySelector('#recherche-statut')?.textContent?.trim() ?? ''
}

/**
 * Makes the form search as the visitor types. It listens from the start: what is typed while the
 * index is still loading (a slow phone, a busy connection) is searched as soon as it is there,
 * instead of being lost until the next key. A submit before then goes to the server as a plain form.
 */
function enhance(target: HTMLFormElement): void {
  let loaded: Pagefind | undefined
  /** The index on its way; one that could not be loaded is asked again at the next search. */
  const load = () => {
    const loading = loadIndex().then((pagefind) => (loaded = pagefind))
    // No index in the browser: the form stays a plain GET form, answered by the server.
    loading.catch(() => undefined)
    return loading
  }
  let index = load()

  /** Each search's number: an answer is shown only if no search began after it. */
  let latest = 0
  /** Stops the server listing on its way, if any: a later search replaces it. */
  let listing = new AbortController()
  const run = async (mine: number) => {
    listing.abort()
    list?.removeAttribute('aria-busy')
    const { query, filters, address } = readForm(target)
    history.replaceState(null, '', address.size ? `?${address}` : location.pathname)
    if (!query && Object.keys(filters).length === 0) {
      list?.replaceChildren()
      if (status) status.textContent = ''
      return
    }
    if (!query) {
      // A listing without words is newest first; Pagefind merges its bundles by score, which
      // would mix the years, so the server's listing (the same records) is shown instead.
      list?.setAttribute('aria-busy', 'true')
      listing = new AbortController()
      try {
        const answer = await serverListing(address, listing.signal)
        if (mine === latest) showListing(answer)
      } catch {
        if (mine !== latest) return
        list?.replaceChildren()
        if (status) status.textContent = 'La liste n’a pas pu être chargée : validez le formulaire pour réessayer.'
      } finally {
        if (mine === latest) list?.removeAttribute('aria-busy')
      }
      return
    }
    // Only the latest of the searches that waited for the index goes on: it has the latest words.
    const asked = index
    const pagefind = await asked.catch(() => undefined)
    if (mine !== latest) return
    if (!pagefind) {
      if (index === asked) index = load()
      list?.replaceChildren()
      if (status) status.textContent = 'La recherche instantanée n’est pas prête : validez le formulaire pour chercher.'
      return
    }
    const search = await pagefind.debouncedSearch(query, { filters }, 250)
    if (!search || mine !== latest) return
    const items = await Promise.all(search.results.slice(0, LIMIT).map((result) => result.data()))
    if (mine === latest) render(items, search.results.length, query)
  }

  const searchQuietly = () => void run(++latest).catch(() => undefined)
  target.addEventListener('input', searchQuietly)
  target.addEventListener('submit', (event) => {
    if (!loaded) return
    event.preventDefault()
    searchQuietly()
  })
}

if (form) enhance(form)
