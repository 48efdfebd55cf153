import type { GlobalConfig } from 'payload'

import { identitySchema } from '../../schemas/globals/identity'
import { navigationSchema } from '../../schemas/globals/navigation'
import { settingsSchema } from '../../schemas/globals/settings'
import { adminOnly } from '../access/adminOnly'
import { anyone } from '../access/anyone'
import { withFieldSteps } from '../fieldSteps'
import { invalidateGlobal } from '../hooks/invalidateSite'
import { keepRadioPodcastGuid } from './hooks/radioPodcastGuid'
import { refusePoorContrast } from './hooks/refusePoorContrast'

const shared = (schema: typeof identitySchema): GlobalConfig =>
  withFieldSteps({
    ...schema,
    access: { read: anyone, readVersions: adminOnly, update: adminOnly },
    hooks: { afterChange: [invalidateGlobal(schema.slug)] },
  })

/** Identity, navigation and settings shape every page: admins change them, everyone reads them. */
export const globals: GlobalConfig[] = [identitySchema, navigationSchema, settingsSchema].map(shared)

// A palette that some residents could not read is refused before it reaches the site.
const identity = globals[0]!
identity.hooks = { ...identity.hooks, beforeChange: [refusePoorContrast] }

// The feed of all shows keeps the podcast:guid it was given once (hooks/radioPodcastGuid.ts).
const settings = globals[2]!
settings.hooks = { ...settings.hooks, beforeChange: [keepRadioPodcastGuid] }
