import type { Term } from '../../schemas/content/event'
import type { HouseSummary } from '../../schemas/content/house'
import { type AgendaFilters, parisToday, readFilters, type ReadFilters } from './agendaFilters'
import { content } from './content'

/** What an agenda address asks: its filters, the themes they were checked against, and what they show. */
export type AgendaRequest<T> = ReadFilters & { themes: Term[] } & ({ refused: true } | { refused: false; shown: T })

/**
 * The agenda's filters asked in `url` (`readFilters`, against the frame's `houses` and the themes
 * read from the CMS) and, when no value was refused, what `readShown` reads for them. Without a
 * theme asked, the themes are not needed to check the filters: `readShown` then starts with the
 * read of the themes, and both leave in one request to the CMS (lib/content/readBatch.ts) instead
 * of one after the other. A refused value starts no read, so a made-up address never makes the
 * CMS read a year of events.
 * @throws CmsUnavailableError as the reads of `content`
 */
export async function agendaRequest<T>(
  url: URL,
  houses: HouseSummary[],
  now: Date,
  readShown: (filters: AgendaFilters) => Promise<T>,
): Promise<AgendaRequest<T>> {
  const today = parisToday(now)
  const themesRead = content.themes()
  const early = url.searchParams.has('theme') ? undefined : readFilters(url.searchParams, { houses, themes: [] }, today)
  if (early && !early.refused) {
    const [themes, shown] = await Promise.all([themesRead, readShown(early.filters)])
    return { ...early, refused: false, themes, shown }
  }
  const themes = await themesRead
  const asked = early ?? readFilters(url.searchParams, { houses, themes }, today)
  return asked.refused
    ? { ...asked, refused: true, themes }
    : { ...asked, refused: false, themes, shown: await readShown(asked.filters) }
}
