import type { CollectionConfig } from 'payload'

import { Actions } from './Actions'
import { Articles } from './Articles'
import { Audio } from './Audio'
import { ContributionFiles } from './ContributionFiles'
import { Contributions } from './Contributions'
import { Documents } from './Documents'
import { Episodes } from './Episodes'
import { Events } from './Events'
import { Houses } from './Houses'
import { JournalIssues } from './JournalIssues'
import { LoginAttempts } from './LoginAttempts'
import { Media } from './Media'
import { Neighbourhoods } from './Neighbourhoods'
import { Objectives } from './Objectives'
import { Pages } from './Pages'
import { Partners } from './Partners'
import { Projects } from './Projects'
import { Purposes } from './Purposes'
import { Shows } from './Shows'
import { Themes } from './Themes'
import { Users } from './Users'
import { withFieldSteps } from '../fieldSteps'
import { withPendingDeletions } from '../uploads/pendingDeletions'
import { previewable } from '../preview/previewable'
import { slugs } from '../../schemas/slugs'

/** Staff edit with forms: the raw « API » tab of each document is jargon they do not need. */
const withoutApiTab = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: { ...collection.admin, hideAPIURL: true },
})

/** Scheduled publishing starts on « Publier » for a document never published (`cms/admin/ScheduleDefault.tsx`). */
const withScheduleDefault = (collection: CollectionConfig): CollectionConfig => {
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts || typeof drafts !== 'object' || !drafts.schedulePublish) return collection
  const components = collection.admin?.components
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [
            ...(components?.edit?.beforeDocumentControls ?? []),
            '/admin/ScheduleDefault#ScheduleDefault',
          ],
        },
      },
    },
  }
}

/** The collections whose documents have a page of their own on the site, hence an « Aperçu ». */
const WITH_PUBLIC_PAGE: ReadonlySet<string> = new Set([
  slugs.events,
  slugs.articles,
  slugs.journalIssues,
  slugs.shows,
  slugs.episodes,
  slugs.projects,
  slugs.houses,
  slugs.pages,
])

export const collections: CollectionConfig[] = [
  Events,
  Articles,
  JournalIssues,
  Shows,
  Episodes,
  Projects,
  Contributions,
  ContributionFiles,
  Houses,
  Partners,
  Purposes,
  Objectives,
  Actions,
  Themes,
  Neighbourhoods,
  Pages,
  Media,
  Documents,
  Audio,
  Users,
  LoginAttempts,
].map((collection) =>
  withPendingDeletions(
    withFieldSteps(
      withScheduleDefault(withoutApiTab(WITH_PUBLIC_PAGE.has(collection.slug) ? previewable(collection) : collection)),
    ),
  ),
)
