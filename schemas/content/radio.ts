import { z } from 'zod'

import { episodeTypes, personRoles, podcastCategories, showTypes } from '../vocabularies'
import { FileRef, Id, Image, relation } from './common'

/** A show as its page and its podcast feed need it (depth 1: the cover is populated). */
export const Show = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  cover: relation(Image).nullish(),
  language: z.string().nullish(),
  category: podcastCategories.schema.nullish(),
  owner: z.object({ name: z.string().nullish(), email: z.string().nullish() }).nullish(),
  author: z.string().nullish(),
  explicit: z.boolean().nullish(),
  showType: showTypes.schema.nullish(),
  license: z.string().nullish(),
  location: z.string().nullish(),
  funding: z.object({ url: z.string().nullish(), label: z.string().nullish() }).nullish(),
  podcastGuid: z.string().nullish(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Show = z.infer<typeof Show>

/** What an episode is about: an event, a project or a journal article (a polymorphic relation). */
export const AboutLink = z.discriminatedUnion('relationTo', [
  z.object({
    relationTo: z.literal('events'),
    value: relation(z.object({ id: Id, title: z.string(), slug: z.string() })),
  }),
  z.object({
    relationTo: z.literal('projects'),
    value: relation(z.object({ id: Id, title: z.string(), slug: z.string() })),
  }),
  z.object({
    relationTo: z.literal('articles'),
    value: relation(
      z.object({
        id: Id,
        title: z.string(),
        slug: z.string(),
        issue: relation(z.object({ id: Id, number: z.number() })).nullish(),
      }),
    ),
  }),
])
export type AboutLink = z.infer<typeof AboutLink>

const SoundFile = FileRef.extend({ duration: z.number().nullish(), bitrate: z.number().nullish() })

/** An episode with what its page and its feed item show. */
export const Episode = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  description: z.string(),
  show: relation(z.object({ id: Id, title: z.string(), slug: z.string() })),
  audio: relation(SoundFile),
  duration: z.number().nullish(),
  size: z.number().nullish(),
  season: z.number().nullish(),
  number: z.number().nullish(),
  episodeType: episodeTypes.schema.nullish(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  transcript: z.string().nullish(),
  chapters: z.array(z.object({ startTime: z.number(), title: z.string() })).nullish(),
  people: z.array(z.object({ name: z.string(), role: personRoles.schema, consent: z.boolean().nullish() })).nullish(),
  about: z.array(AboutLink).nullish(),
  guid: z.string().nullish(),
})
export type Episode = z.infer<typeof Episode>
