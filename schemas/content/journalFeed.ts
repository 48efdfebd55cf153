import { z } from 'zod'

import { FileRef, Id, relation } from './common'

/** An issue as the journal's RSS feed shows it: its PDF is the enclosure. */
export const FeedIssue = z.object({
  id: Id,
  number: z.number(),
  title: z.string(),
  date: z.string(),
  pdf: relation(FileRef).nullish(),
  contents: z.array(z.object({ title: z.string() })).nullish(),
})
export type FeedIssue = z.infer<typeof FeedIssue>

/** A published article as the journal's RSS feed shows it. */
export const FeedArticle = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  publishedAt: z.string(),
  issue: relation(z.object({ id: Id, number: z.number() })).nullish(),
})
export type FeedArticle = z.infer<typeof FeedArticle>
