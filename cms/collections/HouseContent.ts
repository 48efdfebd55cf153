import type { CollectionConfig } from 'payload'

import { articlesSchema, journalIssuesSchema } from '../../schemas/collections/journal'
import { projectsSchema } from '../../schemas/collections/projects'
import { showsSchema } from '../../schemas/collections/radio'
import { slugs } from '../../schemas/slugs'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../access/houseContent'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { publicHooks } from './publicHooks'

/** Content owned by houses or the cooperation, without hooks of its own. */
export const Projects: CollectionConfig = {
  ...projectsSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: publicHooks(slugs.projects, 'title'),
}

export const JournalIssues: CollectionConfig = {
  ...journalIssuesSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: publicHooks(slugs.journalIssues, 'title'),
}

export const Articles: CollectionConfig = {
  ...articlesSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: publicHooks(slugs.articles, 'title'),
}

export const Shows: CollectionConfig = {
  ...showsSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: publicHooks(slugs.shows, 'title'),
}
