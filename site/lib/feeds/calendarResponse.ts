import { bodyEtag } from '../notModified'

/**
 * An iCalendar answer, with a strong ETag of its text so that calendar apps polling it get 304
 * (lib/notModified.ts); `download` names the file for « ajouter à mon agenda ».
 */
export function calendarResponse(text: string, download?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'text/calendar; charset=utf-8', etag: bodyEtag(text) }
  if (download) headers['content-disposition'] = `attachment; filename="${download}.ics"`
  return new Response(text, { headers })
}
