import type { CollectionConfig } from 'payload'

import { articlesSchema, journalIssuesSchema } from '../../schemas/collections/journal'
import { projectsSchema } from '../../schemas/collections/projects'
import { showsSchema } from '../../schemas/collections/radio'
import { slugs } from '../../schemas/slugs'
import { houseContentAccess } from '../access/houseContent'
import { ownedContent } from '../hooks/ownership'
import { publicHooks } from './publicHooks'

/** Content owned by houses or the cooperation, without hooks of its own. */
export const Projects: CollectionConfig = ownedContent({
  ...projectsSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.projects, 'title'),
})

export const JournalIssues: CollectionConfig = ownedContent({
  ...journalIssuesSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.journalIssues, 'title'),
})

export const Articles: CollectionConfig = ownedContent({
  ...articlesSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.articles, 'title'),
})

export const Shows: CollectionConfig = ownedContent({
  ...showsSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.shows, 'title'),
})
