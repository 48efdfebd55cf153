import type { ValueOf } from '../../../schemas/vocabulary'
import type {
  accessibilityFamilies,
  audiences,
  eventStatuses,
  frequencies,
  openingDays,
  partnerKinds,
  personRoles,
  projectStatuses,
  weekdayCodes,
} from '../../../schemas/vocabularies'

/**
 * Demo content as plain data. References name other demo documents by slug; the seed resolves
 * them to ids. Rich text is a list of paragraphs ("## " starts a heading, "- " a bullet).
 */
export type HouseKey = 'tilleuls' | 'port' | 'colline'
export type ThemeSlug = 'alimentation' | 'mobilite' | 'eco-partage' | 'culture' | 'jeunesse' | 'pouvoir-d-agir'
export type Audience = ValueOf<typeof audiences>
export type AccessibilityFamily = ValueOf<typeof accessibilityFamilies>
export type Paragraphs = string[]

/** Demo images in media/demo/, by file name. */
export type DemoImage = `${string}.jpg` | `${string}.png`

export type DemoHouse = {
  key: HouseKey
  name: string
  slug: string
  summary: string
  accent: string
  logo: DemoImage
  /** The logo's variant for dark backgrounds. */
  logoOnDark: DemoImage
  image: DemoImage
  imageAlt: string
  address: { street: string; postalCode: string; city: string; latitude: number; longitude: number }
  directions: string
  openingHours: {
    day: ValueOf<typeof openingDays>
    opens: string
    closes: string
  }[]
  contact: { phone: string; email: string }
  accessibility: { suitableFor: AccessibilityFamily[]; details: string }
}

export type DemoNeighbourhood = { name: string; slug: string; description: string }

export type DemoEvent = {
  title: string
  slug: string
  summary: string
  description: Paragraphs
  /** Days from the day the seed runs (0 = today), and Paris wall-clock times "HH:MM". */
  dayOffset: number
  startTime: string
  endTime: string
  allDay?: boolean
  recurrence?: {
    frequency: Exclude<ValueOf<typeof frequencies>, 'none'>
    interval?: number
    weekdays?: ValueOf<typeof weekdayCodes>[]
    /** Number of occurrences. */
    count: number
    /** Occurrence indexes (0-based) that do not take place (excluded dates). */
    excluded?: number[]
    /** Occurrence indexes cancelled, with a note for the public. */
    cancelled?: { index: number; note: string }[]
    /** Occurrence indexes moved to another day (days later) and time, with a note for the public. */
    moved?: { index: number; days: number; startTime: string; endTime: string; note: string }[]
  }
  /** Houses organising it; an empty list with cooperation=true is a joint event of the three houses. */
  houses: HouseKey[]
  cooperation?: boolean
  /** The slug of the demo project the event is part of. */
  project?: string
  venue: { house: HouseKey } | { name: string; street: string; postalCode: string; city: string }
  themes: ThemeSlug[]
  neighbourhoods?: string[]
  audiences: Audience[]
  price: { free: true } | { free: false; amount: string }
  registration: { mode: 'none' } | { mode: 'full' } | { mode: 'required'; phone?: string; email?: string; url?: string }
  accessibility: { suitableFor: AccessibilityFamily[]; details?: string }
  status?: ValueOf<typeof eventStatuses>
  image?: DemoImage
  imageAlt?: string
}

export type DemoProject = {
  title: string
  slug: string
  summary: string
  body: Paragraphs
  status: ValueOf<typeof projectStatuses>
  houses: HouseKey[]
  cooperation?: boolean
  partners: string[]
  themes: ThemeSlug[]
  image: DemoImage
  imageAlt: string
}

export type DemoPartner = {
  name: string
  slug: string
  acronym?: string
  kinds: ValueOf<typeof partnerKinds>[]
  website?: string
  supports: string
}

export type DemoArticle = {
  title: string
  slug: string
  summary: string
  body: Paragraphs
  easyRead?: Paragraphs
  authors: { kind: 'staff' | 'resident'; name: string }[]
  /** Days before the seed runs. */
  daysAgo: number
  themes: ThemeSlug[]
  neighbourhoods: string[]
  houses: HouseKey[]
  cooperation?: boolean
  image?: DemoImage
  imageAlt?: string
}

export type DemoEpisode = {
  title: string
  slug: string
  description: string
  audio: `${string}.mp3`
  number: number
  season: number
  daysAgo: number
  transcript: string
  chapters: { startTime: number; title: string }[]
  people: { name: string; role: ValueOf<typeof personRoles>; consent: boolean }[]
}

export type DemoPage = { title: string; slug: string; body: Paragraphs }
