import { agendaReads, listedEvents } from './agenda'
import { frameReads } from './frame'
import { journalReads } from './journal'
import { pageReads } from './pages'
import { projectReads } from './projects'
import { radioReads } from './radio'

export { CmsUnavailableError } from './read'

/**
 * Every read the site makes of the CMS, by name: REST reads as an anonymous visitor, validated,
 * typeset and tagged for the cache (`read.ts`). Pages, feeds and indexes read through it only.
 */
export const content = {
  ...frameReads,
  ...agendaReads,
  ...journalReads,
  ...radioReads,
  ...projectReads,
  ...pageReads,
}

/**
 * Called with the cache tags of each invalidation the CMS sends: drops the documents kept between
 * renders that show what changed (`KeptDocuments.forget`).
 */
export function forgetKeptDocuments(tags: readonly string[]): void {
  listedEvents.forget(tags)
}
