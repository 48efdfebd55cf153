import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CollectionSlug, GlobalSlug } from './slugs'

/**
 * A collection as pure data: fields, labels and admin layout, under a slug of `slugs.ts`. Access
 * rules and hooks live in cms/.
 */
export type CollectionSchema = Omit<CollectionConfig, 'access' | 'hooks' | 'slug'> & { slug: CollectionSlug }
export type GlobalSchema = Omit<GlobalConfig, 'access' | 'hooks' | 'slug'> & { slug: GlobalSlug }

/** Drafts, versions and scheduled publication for everything that appears on the site. */
export const publicVersions = {
  drafts: { autosave: false, schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 } },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
