import type { ArrayField } from 'payload'

import type { GlobalSchema } from '../collection'
import { globalSlugs } from '../slugs'

const links = (name: string, label: string): ArrayField => ({
  name,
  type: 'array',
  label,
  labels: { singular: 'Lien', plural: 'Liens' },
  maxRows: 12,
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'label', type: 'text', label: 'Libellé', required: true, maxLength: 40 },
        {
          name: 'href',
          type: 'text',
          label: 'Adresse',
          required: true,
          validate: (value: string | null | undefined) =>
            !value || /^(\/|https:\/\/)/.test(value) ? true : 'Commencez par « / » (page du site) ou « https:// ».',
        },
      ],
    },
  ],
})

export const navigationSchema: GlobalSchema = {
  slug: globalSlugs.navigation,
  label: 'Navigation',
  admin: { group: 'Site' },
  fields: [links('header', 'Menu principal'), links('footer', 'Pied de page')],
}
