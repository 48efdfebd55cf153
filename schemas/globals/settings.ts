import type { GlobalSchema } from '../collection'
import { globalSlugs } from '../slugs'

export const settingsSchema: GlobalSchema = {
  slug: globalSlugs.settings,
  label: 'Réglages',
  admin: { group: 'Site' },
  fields: [
    { name: 'siteName', type: 'text', label: 'Nom du site', required: true, defaultValue: 'La Coopé' },
    { name: 'tagline', type: 'text', label: 'Accroche', maxLength: 160 },
    { name: 'town', type: 'text', label: 'Ville' },
    { name: 'contactEmail', type: 'email', label: 'Courriel de contact' },
    {
      name: 'radioPodcastGuid',
      type: 'text',
      label: 'Identifiant du flux de toutes les émissions (podcast:guid)',
      admin: {
        readOnly: true,
        description: 'Calculé une fois depuis l’adresse du flux, puis gardé même si l’adresse du site change.',
      },
    },
  ],
}
