import { documentTag } from '../../../schemas/cache-tags'
import type { Searchable } from '../../../schemas/content/search'
import { readable } from '../../../schemas/content/common'
import { publicTranscript } from '../../../schemas/radio/voices'
import { populated } from '../../../schemas/relations'
import { slugs } from '../../../schemas/slugs'
import type { ValueOf } from '../../../schemas/vocabulary'
import type { searchKinds } from '../../../schemas/vocabularies'
import { issueFullTitle } from '../journal'
import { richTextToText } from '../richText'
import { addresses } from './addresses'

export type SearchKind = ValueOf<typeof searchKinds>

/** One thing a visitor can find: where it is, what it is, its words and what the filters know of it. */
export type SearchRecord = {
  /** The document it shows, as its cache tag (`events:12`): what an update of that document replaces. */
  source: string
  url: string
  kind: SearchKind
  title: string
  /** A short text shown under the title: the document's own summary, or the start of its text. */
  summary: string
  /** Every word worth finding, title first. */
  content: string
  /** ISO date (event start, publication, issue date), or null. */
  date: string | null
  /** Slugs of the houses that carry it; `COOPERATION` when the whole cooperation does. */
  houses: string[]
  /** Slugs of its themes. */
  themes: string[]
}

export type FilterTerm = { slug: string; name: string }

/** The whole index as the site keeps it: the records, and the houses and themes its filters offer. */
export type SearchCorpus = { builtAt: string; records: SearchRecord[]; houses: FilterTerm[]; themes: FilterTerm[] }

/** The filter value of content carried by the whole cooperation. */
export const COOPERATION: FilterTerm = { slug: 'la-coope', name: 'La Coopé (les trois maisons)' }

/** What the index is built from: the public documents of each collection, as `content.searchPage` reads them. */
export type SearchSources = { [C in keyof typeof sourceKinds]: Searchable<C>[] }

const sourceKinds = {
  [slugs.events]: 'evenement',
  [slugs.houses]: 'maison',
  [slugs.projects]: 'projet',
  [slugs.partners]: 'partenaire',
  [slugs.purposes]: 'action',
  [slugs.objectives]: 'action',
  [slugs.actions]: 'action',
  [slugs.journalIssues]: 'numero',
  [slugs.articles]: 'article',
  [slugs.shows]: 'emission',
  [slugs.episodes]: 'episode',
  [slugs.pages]: 'page',
  [slugs.contributions]: 'contribution',
} as const

/** The collections the index reads, and those whose names it shows (a renamed theme changes results). */
export const SEARCHED_COLLECTIONS = Object.keys(sourceKinds) as (keyof SearchSources)[]
export const INDEX_DEPENDS_ON: readonly string[] = [...SEARCHED_COLLECTIONS, slugs.themes, slugs.neighbourhoods]

/** Whether an invalidated cache tag (`collection` or `collection:id`) names what the search index shows. */
export const indexDependsOn = (tag: string): boolean => INDEX_DEPENDS_ON.includes(tag.split(':')[0] ?? '')

const SUMMARY_CHARS = 220

/** Whitespace collapsed, and no angle brackets: result excerpts are built from this text. */
const clean = (text: string | null | undefined): string =>
  (text ?? '').replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim()

const shorten = (text: string): string => {
  if (text.length <= SUMMARY_CHARS) return text
  const cut = text.slice(0, SUMMARY_CHARS)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_CHARS / 2))} …`
}

type Owned = { cooperation?: boolean | null; houses?: readonly ({ slug: string } | number | string)[] | null }
const houseSlugs = (doc: Owned, ...more: ({ slug: string } | null)[]): string[] => [
  ...new Set([
    ...(doc.cooperation ? [COOPERATION.slug] : []),
    ...readable(doc.houses).map((house) => house.slug),
    ...more.filter((house): house is { slug: string } => house !== null).map((house) => house.slug),
  ]),
]
const names = (list: readonly ({ name: string } | number | string)[] | null | undefined): string[] =>
  readable(list).map((term) => term.name)
const slugsOf = (list: readonly ({ slug: string } | number | string)[] | null | undefined): string[] =>
  readable(list).map((term) => term.slug)

function record(
  fields: Omit<SearchRecord, 'content' | 'summary' | 'houses' | 'themes'> & {
    summary?: string | null
    words: (string | null | undefined)[]
    houses?: string[]
    themes?: string[]
  },
): SearchRecord {
  const words = fields.words.map(clean).filter(Boolean)
  const title = clean(fields.title)
  return {
    source: fields.source,
    url: fields.url,
    kind: fields.kind,
    title,
    summary: shorten(clean(fields.summary) || words[0] || ''),
    content: [title, ...words].join('\n'),
    date: fields.date,
    houses: fields.houses ?? [],
    themes: fields.themes ?? [],
  }
}

/**
 * The search records of every public document (pure). Each document's words are its visible
 * text: titles, summaries, rich text as plain text, transcripts, examples, people's names as the
 * documents show them; never an identity field, which the readers do not even read.
 */
export function buildSearchCorpus(sources: SearchSources, builtAt: Date): SearchCorpus {
  const records: SearchRecord[] = []
  const themes = new Map<string, string>()
  const noteThemes = (list: readonly ({ slug: string; name: string } | number | string)[] | null | undefined) => {
    for (const theme of readable(list)) themes.set(theme.slug, theme.name)
    return slugsOf(list)
  }

  for (const event of sources.events) {
    const venueHouse = populated(event.venue?.house)
    records.push(
      record({
        source: documentTag(slugs.events, event.id),
        url: addresses.event(event.slug),
        kind: 'evenement',
        title: event.title,
        summary: event.summary,
        words: [
          event.summary,
          richTextToText(event.description),
          venueHouse?.name,
          event.venue?.name,
          ...names(event.themes),
          ...names(event.neighbourhoods),
        ],
        date: event.start,
        houses: houseSlugs(event, venueHouse),
        themes: noteThemes(event.themes),
      }),
    )
  }
  for (const house of sources.houses) {
    records.push(
      record({
        source: documentTag(slugs.houses, house.id),
        url: addresses.house(house.slug),
        kind: 'maison',
        title: house.name,
        summary: house.summary,
        words: [house.summary, house.address?.street, house.address?.city],
        date: null,
        houses: [house.slug],
      }),
    )
  }
  for (const project of sources.projects) {
    records.push(
      record({
        source: documentTag(slugs.projects, project.id),
        url: addresses.project(project.slug),
        kind: 'projet',
        title: project.title,
        summary: project.summary,
        words: [project.summary, richTextToText(project.body), ...names(project.themes)],
        date: null,
        houses: houseSlugs(project),
        themes: noteThemes(project.themes),
      }),
    )
  }
  for (const partner of sources.partners) {
    records.push(
      record({
        source: documentTag(slugs.partners, partner.id),
        url: addresses.partner(partner.slug),
        kind: 'partenaire',
        title: partner.acronym ? `${partner.name} (${partner.acronym})` : partner.name,
        words: [partner.supports],
        date: null,
      }),
    )
  }
  for (const purpose of sources.purposes) {
    records.push(
      record({
        source: documentTag(slugs.purposes, purpose.id),
        url: addresses.purpose(purpose.id),
        kind: 'action',
        title: purpose.statement,
        words: [],
        date: null,
      }),
    )
  }
  for (const objective of sources.objectives) {
    records.push(
      record({
        source: documentTag(slugs.objectives, objective.id),
        url: addresses.objective(objective.id),
        kind: 'action',
        title: objective.statement,
        words: [],
        date: null,
      }),
    )
  }
  for (const action of sources.actions) {
    records.push(
      record({
        source: documentTag(slugs.actions, action.id),
        url: addresses.action(action.id),
        kind: 'action',
        title: action.title,
        words: [
          ...(action.examples ?? []).map((example) => example.text),
          ...readable(action.objectives).map((objective) => objective.statement),
          ...readable(action.projects).map((project) => project.title),
        ],
        date: null,
      }),
    )
  }
  for (const issue of sources['journal-issues']) {
    records.push(
      record({
        source: documentTag(slugs.journalIssues, issue.id),
        url: addresses.issue(issue.number),
        kind: 'numero',
        title: issueFullTitle(issue),
        words: (issue.contents ?? []).map((entry) => entry.title),
        date: issue.date,
        houses: houseSlugs(issue),
      }),
    )
  }
  for (const article of sources.articles) {
    records.push(
      record({
        source: documentTag(slugs.articles, article.id),
        url: addresses.article(article.slug, populated(article.issue)?.number ?? null),
        kind: 'article',
        title: article.title,
        summary: article.summary,
        words: [
          article.summary,
          richTextToText(article.body),
          richTextToText(article.easyRead),
          ...(article.authors ?? []).map((author) => author.name),
          ...names(article.themes),
          ...names(article.neighbourhoods),
        ],
        date: article.publishedAt,
        houses: houseSlugs(article),
        themes: noteThemes(article.themes),
      }),
    )
  }
  for (const show of sources.shows) {
    records.push(
      record({
        source: documentTag(slugs.shows, show.id),
        url: addresses.show(show.slug),
        kind: 'emission',
        title: show.title,
        words: [show.description],
        date: null,
        houses: houseSlugs(show),
      }),
    )
  }
  for (const episode of sources.episodes) {
    const show = populated(episode.show)
    if (!show) continue
    records.push(
      record({
        source: documentTag(slugs.episodes, episode.id),
        url: addresses.episode(show.slug, episode.slug),
        kind: 'episode',
        title: episode.title,
        summary: episode.description,
        words: [
          episode.description,
          show.title,
          ...(episode.chapters ?? []).map((chapter) => chapter.title),
          // Only who agreed to be named may find the episode by their name (podcast:person likewise).
          ...(episode.people ?? []).filter((person) => person.consent).map((person) => person.name),
          publicTranscript(episode),
        ],
        date: episode.publishedAt,
        houses: houseSlugs(episode),
      }),
    )
  }
  for (const page of sources.pages) {
    records.push(
      record({
        source: documentTag(slugs.pages, page.id),
        url: addresses.page(page.slug),
        kind: 'page',
        title: page.title,
        words: [richTextToText(page.body)],
        date: null,
      }),
    )
  }
  for (const contribution of sources.contributions) {
    records.push(
      record({
        source: documentTag(slugs.contributions, contribution.id),
        url: addresses.contribution(contribution.id),
        kind: 'contribution',
        title: contribution.title,
        words: [contribution.content, contribution.signature, populated(contribution.neighbourhood)?.name],
        date: contribution.publishedAt ?? null,
      }),
    )
  }

  const byName = (a: FilterTerm, b: FilterTerm) => a.name.localeCompare(b.name, 'fr')
  return {
    builtAt: builtAt.toISOString(),
    records,
    houses: [COOPERATION, ...sources.houses.map(({ slug, name }) => ({ slug, name })).sort(byName)],
    themes: [...themes].map(([slug, name]) => ({ slug, name })).sort(byName),
  }
}

/** Sources with nothing in them but `docs` of one collection: a part of the whole, for `joinSearchCorpora`. */
export const partOfSources = <C extends keyof SearchSources>(collection: C, docs: SearchSources[C]): SearchSources =>
  ({
    ...Object.fromEntries(SEARCHED_COLLECTIONS.map((name) => [name, []])),
    [collection]: docs,
  }) as unknown as SearchSources

/**
 * The corpus of the whole from corpora built on parts of it (`partOfSources`), given in
 * SEARCHED_COLLECTIONS order: the same records, houses and themes as `buildSearchCorpus` of all the
 * sources at once. The index is built this way a page at a time, so that the site never holds
 * every public document at once, only their records.
 */
export function joinSearchCorpora(parts: readonly SearchCorpus[], builtAt: Date): SearchCorpus {
  const byName = (a: FilterTerm, b: FilterTerm) => a.name.localeCompare(b.name, 'fr')
  const terms = (list: (part: SearchCorpus) => FilterTerm[]) =>
    [...new Map(parts.flatMap(list).map((term) => [term.slug, term.name])).entries()]
      .map(([slug, name]) => ({ slug, name }))
      .sort(byName)
  return {
    builtAt: builtAt.toISOString(),
    records: parts.flatMap((part) => part.records),
    houses: [COOPERATION, ...terms((part) => part.houses.filter((house) => house.slug !== COOPERATION.slug))],
    themes: terms((part) => part.themes),
  }
}
