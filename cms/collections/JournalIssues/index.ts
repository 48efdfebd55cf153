import type { CollectionConfig } from 'payload'

import { journalIssuesSchema } from '../../../schemas/collections/journalIssues'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'

export const JournalIssues: CollectionConfig = {
  ...journalIssuesSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.journalIssues, 'title'),
}
