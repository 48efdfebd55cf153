import { z } from 'zod'

import { FileRef, Id, Image, relation } from './common'

/** What the home page shows of the journal and the radio. */
export const ArticleTeaser = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  publishedAt: z.string(),
  image: relation(Image).nullish(),
  /** The issue it appeared in: its number is part of the article's address. */
  issue: relation(z.object({ id: Id, number: z.number() })).nullish(),
})
export type ArticleTeaser = z.infer<typeof ArticleTeaser>

export const IssueTeaser = z.object({
  id: Id,
  number: z.number(),
  title: z.string(),
  date: z.string(),
  cover: relation(Image).nullish(),
  pdf: relation(FileRef).nullish(),
  contents: z.array(z.object({ title: z.string(), page: z.number().nullish() })).nullish(),
})
export type IssueTeaser = z.infer<typeof IssueTeaser>

/** An issue as the journal's listing shows it: its cover, number, title and date. */
export const ListedIssue = IssueTeaser.omit({ pdf: true, contents: true })
export type ListedIssue = z.infer<typeof ListedIssue>

export const EpisodeTeaser = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  publishedAt: z.string(),
  duration: z.number().nullish(),
  transcript: z.string().nullish(),
  audio: relation(FileRef).nullish(),
  show: relation(z.object({ id: Id, title: z.string(), slug: z.string(), language: z.string().nullish() })).nullish(),
})
export type EpisodeTeaser = z.infer<typeof EpisodeTeaser>

/** An episode as lists of episodes show it (`EpisodeList.astro`): everything but its transcript. */
export const ListedEpisode = EpisodeTeaser.omit({ transcript: true })
export type ListedEpisode = z.infer<typeof ListedEpisode>

export const FixedPage = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  body: z.looseObject({}),
  updatedAt: z.string(),
})
export type FixedPage = z.infer<typeof FixedPage>
