import type { CollectionConfig } from 'payload'

import { neighbourhoodsSchema, themesSchema } from '../../schemas/collections/taxonomies'
import { partnersSchema } from '../../schemas/collections/partners'
import { slugs } from '../../schemas/slugs'
import { adminOnly } from '../access/adminOnly'
import { editors } from '../access/editors'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { versionsForEditors } from '../access/versionsForEditors'
import { publicHooks } from './publicHooks'

export const Themes: CollectionConfig = {
  ...themesSchema,
  access: {
    create: editors,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: editors,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.themes, 'name'),
}

export const Neighbourhoods: CollectionConfig = {
  ...neighbourhoodsSchema,
  access: {
    create: editors,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: editors,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.neighbourhoods, 'name'),
}

export const Partners: CollectionConfig = {
  ...partnersSchema,
  access: {
    create: editors,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: editors,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.partners, 'name'),
}
