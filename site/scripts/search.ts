/**
 * The search page with JavaScript: results from the Pagefind index in the browser as the visitor
 * types, the address kept in step (shareable), the count announced through the status line. If
 * the index cannot be loaded the form keeps working as a plain GET form answered by the server.
 */

export {}

type ResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> }
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>
  debouncedSearch: (
    query: string | null,
    options: { filters?: Record<string, string>; sort?: Record<string, string> },
    ms: number,
  ) => Promise<{ results: { data: () => Promise<ResultData> }[] } | null>
}

const LIMIT = 50
const INDEX_URL = '/pagefind/pagefind.js'

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

/** Pagefind's API for the index, set up once its module has loaded. */
async function loadIndex(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ INDEX_URL)) as Pagefind
  await pagefind.options({ excerptLength: 28 })
  return pagefind
}

/**
 * Makes the form search as the visitor types. It listens from the start: what is typed while the
 * index is still loading (a slow phone, a busy connection) is searched as soon as it is there,
 * instead of being lost until the next key. A submit before then goes to the server as a plain form.
 */
function enhance(target: HTMLFormElement): void {
  let loaded: Pagefind | undefined
  const index = loadIndex().then((pagefind) => (loaded = pagefind))
  // No index in the browser: the form stays a plain GET form, answered by the server.
  index.catch(() => undefined)

  const run = async () => {
    // The form is read once the index is there: keys typed meanwhile all search its latest words.
    const pagefind = await index
    const data = new FormData(target)
    const query = String(data.get('q') ?? '').trim()
    const filters: Record<string, string> = {}
    for (const [field, filter] of [
      ['type', 'type'],
      ['maison', 'maison'],
      ['theme', 'theme'],
    ] as const) {
      const value = String(data.get(field) ?? '')
      if (value) filters[filter] = value
    }
    const address = new URLSearchParams()
    for (const [name, value] of data) if (value) address.set(name, String(value))
    history.replaceState(null, '', address.size ? `?${address}` : location.pathname)
    if (!query && Object.keys(filters).length === 0) {
      list?.replaceChildren()
      if (status) status.textContent = ''
      return
    }
    const search = await pagefind.debouncedSearch(
      query || null,
      query ? { filters } : { filters, sort: { date: 'desc' } },
      250,
    )
    if (!search) return
    const items = await Promise.all(search.results.slice(0, LIMIT).map((result) => result.data()))
    render(items, search.results.length, query)
  }

  const searchQuietly = () => void run().catch(() => undefined)
  target.addEventListener('input', searchQuietly)
  target.addEventListener('submit', (event) => {
    if (!loaded) return
    event.preventDefault()
    searchQuietly()
  })
}

if (form) enhance(form)
