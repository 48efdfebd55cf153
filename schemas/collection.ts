import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CollectionSlug, GlobalSlug } from './slugs'

/**
 * A collection as pure data: fields, labels and admin layout, under a slug of `slugs.ts`. Access
 * rules and hooks live in cms/.
 */
export type CollectionSchema = Omit<CollectionConfig, 'access' | 'hooks' | 'slug'> & { slug: CollectionSlug }
export type GlobalSchema = Omit<GlobalConfig, 'access' | 'hooks' | 'slug'> & { slug: GlobalSlug }

/**
 * Drafts, versions and scheduled publication for everything that appears on the site. An edited
 * document saves its draft by itself two seconds after the last change, so the live preview pane
 * follows the typing; « Enregistrer le brouillon » stays for those who want to save at once.
 */
export const publicVersions = {
  drafts: {
    autosave: { interval: 2000, showSaveDraftButton: true },
    schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 5 },
  },
  maxPerDoc: 50,
} satisfies CollectionConfig['versions']
