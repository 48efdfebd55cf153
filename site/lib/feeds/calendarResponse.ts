/** An iCalendar answer; `download` names the file for « ajouter à mon agenda ». */
export function calendarResponse(text: string, download?: string): Response {
  const headers: Record<string, string> = { 'content-type': 'text/calendar; charset=utf-8' }
  if (download) headers['content-disposition'] = `attachment; filename="${download}.ics"`
  return new Response(text, { headers })
}
