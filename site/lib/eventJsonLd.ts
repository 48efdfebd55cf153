import { readable } from '../../schemas/content/common'
import type { AgendaEvent } from '../../schemas/content/event'
import type { HouseMention } from '../../schemas/content/house'
import type { Occurrence } from '../../schemas/recurrence'
import { addressLine, eventPlace } from './eventPlace'

const STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
} as const

/**
 * The schema.org `Event` of an event page (https://schema.org/Event), for search engines: the
 * next occurrence's dates (or the first one's), place, organisers, price and status.
 */
export function eventJsonLd(event: AgendaEvent, next: Occurrence | null, pageUrl: string): Record<string, unknown> {
  const place = eventPlace(event)
  const address = place?.address
  const start = next?.start ?? new Date(event.start)
  const end = next ? next.end : event.end ? new Date(event.end) : null
  const organisers = event.cooperation ? [{ name: 'La Coopé' }] : readable<HouseMention>(event.houses)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    url: pageUrl,
    startDate: start.toISOString(),
    ...(end ? { endDate: end.toISOString() } : {}),
    eventStatus: STATUS[event.status ?? 'scheduled'],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(place
      ? {
          location: {
            '@type': 'Place',
            name: place.name,
            ...(addressLine(address ?? null)
              ? {
                  address: {
                    '@type': 'PostalAddress',
                    streetAddress: address?.street,
                    postalCode: address?.postalCode,
                    addressLocality: address?.city,
                    addressCountry: 'FR',
                  },
                }
              : {}),
          },
        }
      : {}),
    organizer: organisers.map((o) => ({ '@type': 'Organization', name: o.name })),
    isAccessibleForFree: event.price?.free !== false,
    ...(event.price?.free !== false ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } } : {}),
  }
}

/** JSON for an inline `<script type="application/ld+json">`: nothing in it can close the element. */
export const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')
