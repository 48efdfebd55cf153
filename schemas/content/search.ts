import { z } from 'zod'

import { slugs } from '../slugs'
import { Address, Id, relation, RichText } from './common'
import { AgendaEvent } from './event'

/**
 * What the search index reads of each public collection: the words worth finding and what a
 * result shows (title, date, houses, themes). Unknown keys are dropped, so a field the CMS might
 * one day expose by mistake (a contributor's name) cannot reach the index.
 */
const Term = z.object({ id: Id, name: z.string(), slug: z.string() })
const owned = {
  cooperation: z.boolean().nullish(),
  houses: z.array(relation(Term)).nullish(),
}
const topics = {
  themes: z.array(relation(Term)).nullish(),
  neighbourhoods: z.array(relation(Term)).nullish(),
}

export const SearchableEvent = AgendaEvent.pick({
  id: true,
  title: true,
  slug: true,
  summary: true,
  description: true,
  start: true,
  venue: true,
  cooperation: true,
  houses: true,
  themes: true,
}).extend({ neighbourhoods: topics.neighbourhoods })
export const SearchableHouse = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  summary: z.string(),
  address: Address.nullish(),
})
export const SearchableProject = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: RichText.nullish(),
  themes: z.array(relation(Term)).nullish(),
  ...owned,
})
export const SearchablePartner = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  acronym: z.string().nullish(),
  supports: z.string().nullish(),
})
export const SearchableStatement = z.object({ id: Id, statement: z.string() })
export const SearchableAction = z.object({
  id: Id,
  title: z.string(),
  examples: z.array(z.object({ text: z.string() })).nullish(),
  objectives: z.array(relation(SearchableStatement)).nullish(),
  projects: z.array(relation(z.object({ id: Id, title: z.string() }))).nullish(),
})
export const SearchableIssue = z.object({
  id: Id,
  number: z.number(),
  title: z.string(),
  date: z.string(),
  contents: z.array(z.object({ title: z.string() })).nullish(),
  ...owned,
})
export const SearchableArticle = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  body: RichText.nullish(),
  easyRead: RichText.nullish(),
  authors: z.array(z.object({ name: z.string() })).nullish(),
  publishedAt: z.string(),
  issue: relation(z.object({ id: Id, number: z.number() })).nullish(),
  ...owned,
  ...topics,
})
export const SearchableShow = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  ...owned,
})
export const SearchableEpisode = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  transcript: z.string().nullish(),
  publishedAt: z.string(),
  show: relation(z.object({ id: Id, title: z.string(), slug: z.string() })).nullish(),
  chapters: z.array(z.object({ title: z.string() })).nullish(),
  people: z.array(z.object({ name: z.string(), consent: z.boolean().nullish() })).nullish(),
  ...owned,
})
export const SearchablePage = z.object({ id: Id, title: z.string(), slug: z.string(), body: RichText.nullish() })
export const SearchableContribution = z.object({
  id: Id,
  title: z.string(),
  content: z.string().nullish(),
  signature: z.string().nullish(),
  publishedAt: z.string().nullish(),
  neighbourhood: relation(Term).nullish(),
})

/** The reader of each collection the search index covers. */
export const searchable = {
  [slugs.events]: SearchableEvent,
  [slugs.houses]: SearchableHouse,
  [slugs.projects]: SearchableProject,
  [slugs.partners]: SearchablePartner,
  [slugs.purposes]: SearchableStatement,
  [slugs.objectives]: SearchableStatement,
  [slugs.actions]: SearchableAction,
  [slugs.journalIssues]: SearchableIssue,
  [slugs.articles]: SearchableArticle,
  [slugs.shows]: SearchableShow,
  [slugs.episodes]: SearchableEpisode,
  [slugs.pages]: SearchablePage,
  [slugs.contributions]: SearchableContribution,
} as const
export type SearchableCollection = keyof typeof searchable
export type Searchable<C extends SearchableCollection> = z.infer<(typeof searchable)[C]>
