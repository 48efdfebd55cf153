/**
 * Moves every calendar property of an iCalendar text before its first component, keeping their
 * order: RFC 5545 (3.4, 3.6) defines `icalbody = calprops component`. ical-generator 11 writes
 * REFRESH-INTERVAL and X-PUBLISHED-TTL after the VTIMEZONE its generator gives, and custom X-
 * properties (X-WR-TIMEZONE) after the last VEVENT; strict parsers drop or refuse them there.
 *
 * `text` is a serialised VCALENDAR with CRLF line ends; folded continuation lines (starting with a
 * space or a tab, 3.1) stay with their property. Text without a VCALENDAR is returned as it is.
 */
export function calendarPropertiesFirst(text: string): string {
  const lines = text.split('\r\n')
  const begin = lines.indexOf('BEGIN:VCALENDAR')
  const end = lines.lastIndexOf('END:VCALENDAR')
  if (begin < 0 || end < begin) return text
  const properties: string[] = []
  const components: string[] = []
  let depth = 0
  let inComponent = false
  for (const line of lines.slice(begin + 1, end)) {
    const continuation = line.startsWith(' ') || line.startsWith('\t')
    if (!continuation) {
      if (line.startsWith('BEGIN:')) depth++
      inComponent = depth > 0
      if (line.startsWith('END:')) depth--
    }
    ;(inComponent ? components : properties).push(line)
  }
  return [...lines.slice(0, begin + 1), ...properties, ...components, ...lines.slice(end)].join('\r\n')
}
