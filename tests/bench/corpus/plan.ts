import { v5 as uuidv5 } from 'uuid'

import type { CollectionSlug } from '../../../schemas/slugs'
import { slugs } from '../../../schemas/slugs'
import { fromModel, type Model, momentOfYear, movedEvent, publicationMomentOfYear, weeksIntoYear } from './documents'
import { Random } from './random'

/** What the generator knows when it builds a document: demo models and ids made earlier. */
export type Refs = {
  now: Date
  models: Partial<Record<CollectionSlug, Model[]>>
  shows: number[]
  /** Id of the journal issue `quarter` (0-3) of `year`. */
  issueOf: (year: number, quarter: number) => Promise<number>
}

/** One kind of generated document: how many a year, how to find those already made, how to build one. */
export type Kind = {
  name: string
  collection: CollectionSlug
  perYear: number
  /** Made once for the whole corpus (in year 0), not every year. */
  once?: boolean
  /** The field holding the document's key, `c<year>-<kind>-<index>`, by which a resumed run finds it. */
  keyField: 'slug' | 'title'
  build: (random: Random, year: number, index: number, refs: Refs) => Promise<Model>
}

/** What every corpus key of `kind` in `year` starts with. */
export const corpusPrefix = (kind: string, year: number) => `c${year}-${kind}-`

/** The corpus key of a document: deterministic, so an interrupted run resumes where it stopped. */
export const corpusKey = (kind: string, year: number, index: number) => `${corpusPrefix(kind, year)}${index}`

/** The UUIDv5 namespace of the corpus's episode guids, named after their corpus key (RFC 9562, 5.5). */
const CORPUS_GUID_NAMESPACE = '56f2b035-f93d-4a84-be92-50181dedb52c'

/** Whether a slug or title carries a corpus key (generated), as opposed to demo content. */
export const isCorpusKey = (value: string) => /(^|\()c\d+-[a-z]+-\d+/.test(value)

const modelOf = (refs: Refs, collection: CollectionSlug, random: Random): Model => {
  const models = refs.models[collection]
  if (!models?.length) throw new Error(`The demo content has no ${collection} to model the corpus on.`)
  return random.pick(models)
}

const titled = (model: Model, key: string, field: 'title' | 'name' = 'title') => ({
  ...model,
  [field]: `${String(model[field] ?? '').slice(0, 100)} (${key})`,
  slug: key,
  _status: 'published',
})

/**
 * Per year, as the houses produce it: ~1,500 events (a fifth weekly series with exclusions and
 * cancelled sessions, the rest one-off), 4 journal issues with 40 articles, 80 episodes over 5
 * shows (4 generated once beside the demo's), 200 contributions; and once, 20 projects and 30
 * partners. Every document is a demo document of its kind, renamed and re-dated.
 */
export const kinds: Kind[] = [
  {
    name: 'show',
    collection: slugs.shows,
    perYear: 4,
    once: true,
    keyField: 'slug',
    build: async (random, year, index, refs) =>
      titled(fromModel(modelOf(refs, slugs.shows, random)), corpusKey('show', year, index)),
  },
  {
    name: 'partner',
    collection: slugs.partners,
    perYear: 30,
    once: true,
    keyField: 'slug',
    build: async (random, year, index, refs) =>
      titled(fromModel(modelOf(refs, slugs.partners, random)), corpusKey('partner', year, index), 'name'),
  },
  {
    name: 'project',
    collection: slugs.projects,
    perYear: 20,
    once: true,
    keyField: 'slug',
    build: async (random, year, index, refs) =>
      titled(fromModel(modelOf(refs, slugs.projects, random)), corpusKey('project', year, index)),
  },
  {
    name: 'issue',
    collection: slugs.journalIssues,
    perYear: 4,
    keyField: 'slug',
    build: async (random, year, index, refs) => ({
      ...titled(fromModel(modelOf(refs, slugs.journalIssues, random)), corpusKey('issue', year, index)),
      number: 1000 + year * 4 + index,
      date: momentOfYear(random, year, refs.now),
      contents: [],
    }),
  },
  {
    name: 'article',
    collection: slugs.articles,
    perYear: 40,
    keyField: 'slug',
    build: async (random, year, index, refs) => ({
      ...titled(fromModel(modelOf(refs, slugs.articles, random)), corpusKey('article', year, index)),
      publishedAt: publicationMomentOfYear(random, year, refs.now),
      issue: await refs.issueOf(year, Math.floor(index / 10)),
    }),
  },
  {
    name: 'event',
    collection: slugs.events,
    perYear: 1500,
    keyField: 'slug',
    build: async (random, year, index, refs) => {
      const models = refs.models[slugs.events] ?? []
      const recurring = models.filter((model) => (model.recurrence as { frequency?: string })?.frequency !== 'none')
      const single = models.filter((model) => !recurring.includes(model))
      // A fifth of the houses' events are weekly series.
      const model = random.pick(index % 5 === 0 && recurring.length ? recurring : single.length ? single : models)
      return titled(movedEvent(model, weeksIntoYear(random, year)), corpusKey('event', year, index))
    },
  },
  {
    name: 'episode',
    collection: slugs.episodes,
    perYear: 80,
    keyField: 'slug',
    build: async (random, year, index, refs) => ({
      ...titled(fromModel(modelOf(refs, slugs.episodes, random)), corpusKey('episode', year, index)),
      // Given, so that the same corpus has the same feeds: the CMS draws a random one otherwise.
      guid: `urn:uuid:${uuidv5(corpusKey('episode', year, index), CORPUS_GUID_NAMESPACE)}`,
      show: refs.shows[index % refs.shows.length],
      publishedAt: publicationMomentOfYear(random, year, refs.now),
    }),
  },
  {
    name: 'contribution',
    collection: slugs.contributions,
    perYear: 200,
    keyField: 'title',
    build: async (random, year, index, refs) => {
      const model = fromModel(modelOf(refs, slugs.contributions, random))
      return { ...model, title: `${String(model.title).slice(0, 100)} (${corpusKey('contribution', year, index)})` }
    },
  },
]
