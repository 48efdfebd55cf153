import type { CollectionConfig, GlobalConfig } from 'payload'

/** A collection as pure data: fields, labels and admin layout. Access rules and hooks live in cms/. */
export type CollectionSchema = Omit<CollectionConfig, 'access' | 'hooks'>
export type GlobalSchema = Omit<GlobalConfig, 'access' | 'hooks'>

/** Drafts, versions and scheduled publication for everything that appears on the site. */
export const publicVersions = {
  drafts: { autosave: false, schedulePublish: true },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
