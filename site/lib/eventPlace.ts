import type { Address } from '../../schemas/content/common'
import type { AgendaEvent } from '../../schemas/content/event'
import { populated } from '../../schemas/relations'

export type Place = { name: string; address: Address | null; houseSlug: string | null }

/** Where an event happens: the house it is in, or the place and address staff entered. */
export function eventPlace(event: AgendaEvent): Place | null {
  if (event.venue?.kind === 'elsewhere') {
    return event.venue.name ? { name: event.venue.name, address: event.venue.address ?? null, houseSlug: null } : null
  }
  const house = populated(event.venue?.house)
  return house ? { name: house.name, address: house.address ?? null, houseSlug: house.slug } : null
}

/** « 12 rue des Tilleuls, 37000 Tours », or null when no street is known. */
export function addressLine(address: Address | null): string | null {
  if (!address?.street) return null
  return [address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}

/**
 * A link to the place on OpenStreetMap's own site (no embed, nothing loaded from it on our pages):
 * the marker when coordinates are known, else a search for the address.
 */
export function mapLink(address: Address | null): string | null {
  if (address?.latitude != null && address.longitude != null) {
    const { latitude: lat, longitude: lon } = address
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`
  }
  const line = addressLine(address)
  return line ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}` : null
}
