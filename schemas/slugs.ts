import type { ValueOf } from './vocabulary'
import type { staffRoles } from './vocabularies'

/** Collection and global slugs: the one spelling used by the CMS, the site and the tests. */
export const slugs = {
  houses: 'houses',
  themes: 'themes',
  neighbourhoods: 'neighbourhoods',
  purposes: 'purposes',
  objectives: 'objectives',
  actions: 'actions',
  projects: 'projects',
  partners: 'partners',
  events: 'events',
  journalIssues: 'journal-issues',
  articles: 'articles',
  shows: 'shows',
  episodes: 'episodes',
  contributions: 'contributions',
  contributionFiles: 'contribution-files',
  media: 'media',
  documents: 'documents',
  audio: 'audio',
  pages: 'pages',
  users: 'users',
  loginAttempts: 'login-attempts',
} as const

export const globalSlugs = {
  identity: 'identity',
  navigation: 'navigation',
  settings: 'settings',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]
export type GlobalSlug = (typeof globalSlugs)[keyof typeof globalSlugs]

export type Role = ValueOf<typeof staffRoles>

export const TIME_ZONE = 'Europe/Paris'
