import type { GlobalSchema } from '../collection'
import { colourField } from '../fields/colour'
import { globalSlugs, slugs } from '../slugs'
import { fontStacks } from '../vocabularies'

export const identitySchema: GlobalSchema = {
  slug: globalSlugs.identity,
  label: 'Identité visuelle',
  admin: {
    group: 'Site',
    description: 'Couleurs et logos partagés. Chaque maison a aussi sa couleur d’accent et son logo.',
  },
  fields: [
    {
      name: 'palette',
      type: 'group',
      label: 'Palette',
      fields: [
        {
          type: 'row',
          fields: [
            colourField('primary', 'Couleur principale', true),
            colourField('onPrimary', 'Texte sur la couleur principale', true),
            colourField('highlight', 'Couleur de mise en avant', true),
          ],
        },
        {
          type: 'row',
          fields: [colourField('background', 'Fond', true), colourField('text', 'Texte', true)],
        },
      ],
    },
    {
      name: 'typography',
      type: 'group',
      label: 'Typographie',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'headings',
              type: 'select',
              label: 'Titres',
              required: true,
              defaultValue: 'geometric',
              options: fontStacks.options(),
            },
            {
              name: 'body',
              type: 'select',
              label: 'Texte courant',
              required: true,
              defaultValue: 'humanist',
              options: fontStacks.options(),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'logo',
          type: 'upload',
          relationTo: slugs.media,
          label: 'Logo de la Coopé (sur fond clair)',
        },
        {
          name: 'logoOnDark',
          type: 'upload',
          relationTo: slugs.media,
          label: 'Logo de la Coopé (sur fond foncé)',
          admin: { description: 'Version claire du logo, pour l’en-tête et les fonds de couleur principale.' },
        },
      ],
    },
  ],
}
