import { TIME_ZONE } from '../../../schemas/slugs'

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
})

/** "1er décembre 2026": the date shown beside a search result (French typography: "1er", not "1"). */
export function formatSearchDate(iso: string): string {
  const text = dateFormat.format(new Date(iso))
  return text.replace(/^1 /, '1er ')
}
