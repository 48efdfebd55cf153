import type { CollectionConfig } from 'payload'

import { journalIssuesSchema } from '../../../schemas/collections/journalIssues'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { ownedContent } from '../../hooks/ownership'
import { withFileRelease } from '../../hooks/releaseShownFiles'

export const JournalIssues: CollectionConfig = ownedContent({
  ...journalIssuesSchema,
  access: houseContentAccess,
  hooks: withFileRelease(slugs.journalIssues, publicHooks(slugs.journalIssues, 'title')),
})
