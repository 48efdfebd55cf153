import path from 'node:path'

import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './cms/collections'
import { guardLockedDocuments } from './cms/access/guardLockedDocuments'
import { MAX_IMAGE_PIXELS } from './cms/hooks/refuseOversizedImages'
import { databaseAdapter } from './cms/db/adapter'
import { emailAdapter, emailConfigured } from './cms/email/adapter'
import { editor } from './cms/editor'
import { cmsEnv } from './cms/env'
import { globals } from './cms/globals'
import { jobs } from './cms/jobs'
import { logger } from './cms/logging'
import { frenchCorrections } from './cms/admin/translations'
import { refusalResponse } from './cms/hooks/refusalResponse'
import { withBoundedAnonymousReads } from './cms/hooks/boundAnonymousReads'
import { withWellFormedIds } from './cms/hooks/refuseMalformedIds'
import { withWellFormedQueries } from './cms/hooks/refuseMalformedQueries'
import { readsEndpoint } from './cms/http/readsEndpoint'
import { previewEndpoint } from './cms/preview/previewEndpoint'
import { projectRoot } from './cms/paths'
import { TIME_ZONE, slugs } from './schemas/slugs'

const env = cmsEnv()
const dirname = projectRoot

// Uploads are checked for size first (refuseOversizedImages); this bound is the last line behind it:
// sharp's own default allows 268 M pixels.
sharp.cache(false)
const boundedSharp = ((input?: Parameters<typeof sharp>[0], options?: Parameters<typeof sharp>[1]) =>
  sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, ...options })) as unknown as typeof sharp

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  admin: {
    user: slugs.users,
    // Gravatar would send a hash of each staff e-mail to a third party: Payload's built-in icon instead.
    avatar: 'default',
    importMap: {
      baseDir: path.resolve(dirname, 'cms'),
      importMapFile: path.resolve(dirname, 'cms', 'app', '(payload)', 'admin', 'importMap.js'),
    },
    meta: {
      title: 'Administration',
      titleSuffix: ' · la Coopé',
      description: 'Administration du site de la Coopé',
      icons: [{ rel: 'icon', type: 'image/png', url: '/coope-icon.png' }],
      openGraph: { siteName: 'la Coopé', title: 'Administration de la Coopé' },
    },
    // French order and a 24-hour clock: « 30 nov. 2026, 00:15 » (date-fns tokens).
    dateFormat: 'd MMM yyyy, HH:mm',
    // Payload's forgot-password form says « E-mail envoyé » whatever the answer: without e-mail, say so instead.
    components: {
      graphics: { Logo: '/admin/Brand#Logo', Icon: '/admin/Brand#Icon' },
      beforeDashboard: ['/admin/TeamDashboard#TeamDashboard'],
      afterNavLinks: ['/admin/StaffGuide#GuideLink'],
      views: {
        guide: { Component: '/admin/StaffGuide#StaffGuide', path: '/guide' },
        ...(emailConfigured(env)
          ? {}
          : { forgot: { Component: '/email/EmailOffNotice#EmailOffNotice', path: '/forgot' } }),
      },
    },
    timezones: { supportedTimezones: [{ label: 'Paris', value: TIME_ZONE }], defaultTimezone: TIME_ZONE },
  },
  i18n: { supportedLanguages: { fr }, fallbackLanguage: 'fr', translations: frenchCorrections },
  collections,
  globals,
  endpoints: [readsEndpoint, previewEndpoint],
  hooks: { afterError: [refusalResponse] },
  editor,
  db: databaseAdapter(env.DATABASE_URI),
  email: emailAdapter(env),
  sharp: boundedSharp,
  jobs: jobs(env.JOBS_AUTORUN),
  graphQL: { disable: true },
  // The site reads the CMS server-side as an anonymous visitor: no browser origin but the admin's own is trusted.
  cors: [env.CMS_URL],
  csrf: [env.CMS_URL],
  upload: { limits: { fileSize: 100_000_000 } },
  telemetry: false,
  logger,
  // Types come from `npm run generate:types` alone (generated.int.spec.ts checks them). Left on, Payload
  // starts a `payload generate:types` process at every start outside production: every integration
  // file and crash worker paid about 7 s of a core and 380 MB for it, rewriting the committed file.
  typescript: {
    autoGenerate: false,
    outputFile: process.env.PAYLOAD_TYPES_OUT ?? path.resolve(dirname, 'schemas', 'payload-types.ts'),
  },
})
  .then(guardLockedDocuments)
  .then(withWellFormedIds)
  .then(withWellFormedQueries)
  .then(withBoundedAnonymousReads)
