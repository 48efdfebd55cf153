import { blank, type PublishingRule } from '../../hooks/requireForPublishing'

type Venue = { kind?: string | null; house?: unknown; name?: string | null }
type Registration = { mode?: string | null; url?: string | null; phone?: string | null; email?: string | null }

const venue = (doc: Record<string, unknown>) => (doc.venue ?? {}) as Venue
const registration = (doc: Record<string, unknown>) => (doc.registration ?? {}) as Registration

/** What the public page of an event shows under « Où » and « Inscription »: it must not be empty. */
export const eventPublishingRules: PublishingRule[] = [
  {
    path: 'venue.house',
    message: 'Pour publier, choisissez la maison où a lieu l’événement.',
    missing: (doc) => venue(doc).kind !== 'elsewhere' && blank(venue(doc).house),
  },
  {
    path: 'venue.name',
    message: 'Pour publier, indiquez le nom du lieu.',
    missing: (doc) => venue(doc).kind === 'elsewhere' && blank(venue(doc).name),
  },
  {
    path: 'registration.url',
    message: 'Pour publier un événement sur inscription, donnez un lien, un téléphone ou un courriel pour s’inscrire.',
    missing: (doc) => {
      const { mode, url, phone, email } = registration(doc)
      return mode === 'required' && blank(url) && blank(phone) && blank(email)
    },
  },
]
