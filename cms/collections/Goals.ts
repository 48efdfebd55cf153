import type { CollectionConfig } from 'payload'

import { actionsSchema, objectivesSchema, purposesSchema } from '../../schemas/collections/goals'
import { slugs } from '../../schemas/slugs'
import { adminOnly } from '../access/adminOnly'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { versionsForEditors } from '../access/versionsForEditors'
import { publicHooks } from './publicHooks'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Purposes: CollectionConfig = {
  ...purposesSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.purposes),
}

export const Objectives: CollectionConfig = {
  ...objectivesSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.objectives),
}

export const Actions: CollectionConfig = {
  ...actionsSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.actions),
}
