import { z } from 'zod'

import { authorKinds } from '../vocabularies'
import { FileRef, Id, Image, relation, RichText } from './common'

const Term = z.object({ id: Id, name: z.string(), slug: z.string() })

const IssueRef = z.object({ id: Id, number: z.number(), title: z.string(), slug: z.string() })

/** One journal article as its page shows it: both versions of the text, credits, topics. */
export const Article = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  body: RichText,
  easyRead: RichText.nullish(),
  authors: z.array(z.object({ kind: authorKinds.schema.nullish(), name: z.string() })).nullish(),
  publishedAt: z.string(),
  issue: relation(IssueRef).nullish(),
  image: relation(Image).nullish(),
  themes: z.array(relation(Term)).nullish(),
  neighbourhoods: z.array(relation(Term)).nullish(),
  updatedAt: z.string(),
})
export type Article = z.infer<typeof Article>

/** An issue of the journal with its cover, PDF and contents (entries may link to an online article). */
export const Issue = z.object({
  id: Id,
  number: z.number(),
  title: z.string(),
  slug: z.string(),
  date: z.string(),
  cover: relation(Image).nullish(),
  pdf: relation(FileRef).nullish(),
  contents: z
    .array(
      z.object({
        title: z.string(),
        page: z.number().nullish(),
        article: relation(z.object({ id: Id, slug: z.string(), title: z.string() })).nullish(),
      }),
    )
    .nullish(),
  updatedAt: z.string(),
})
export type Issue = z.infer<typeof Issue>
