import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { accessibilityField } from '../fields/accessibility'
import { addressGroup } from '../fields/address'
import { colourField } from '../fields/colour'
import { slugField } from '../fields/slug'
import { httpUrl } from '../fields/url'
import { slugs } from '../slugs'
import { openingDays } from '../vocabularies'

export const housesSchema: CollectionSchema = {
  slug: slugs.houses,
  labels: { singular: 'Maison', plural: 'Maisons' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'updatedAt', '_status'], group: 'La Coopé' },
  versions: publicVersions,
  fields: [
    { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 120 },
    slugField(),
    { name: 'summary', type: 'textarea', label: 'Présentation courte', required: true, maxLength: 600 },
    colourField('accent', 'Couleur d’accent'),
    { name: 'logo', type: 'upload', relationTo: slugs.media, label: 'Logo (sur fond clair)' },
    {
      name: 'logoOnDark',
      type: 'upload',
      relationTo: slugs.media,
      label: 'Logo (sur fond foncé)',
      admin: { description: 'Version claire du logo, pour le pied de page et les fonds foncés.' },
    },
    { name: 'image', type: 'upload', relationTo: slugs.media, label: 'Photo' },
    addressGroup(),
    {
      name: 'directions',
      type: 'textarea',
      label: 'Comment venir',
      maxLength: 800,
      admin: { description: 'Bus, tram, vélo, stationnement : ce qui aide à trouver la maison.' },
    },
    {
      name: 'openingHours',
      type: 'array',
      label: 'Horaires d’ouverture',
      labels: { singular: 'Créneau', plural: 'Créneaux' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'day', type: 'select', label: 'Jour', required: true, options: openingDays.options() },
            { name: 'opens', type: 'text', label: 'Ouverture', required: true, validate: clockTime },
            { name: 'closes', type: 'text', label: 'Fermeture', required: true, validate: clockTime },
          ],
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: 'Contact',
      fields: [
        { name: 'phone', type: 'text', label: 'Téléphone' },
        { name: 'email', type: 'email', label: 'Courriel' },
        { name: 'website', type: 'text', label: 'Site web', validate: httpUrl },
      ],
    },
    accessibilityField(),
  ],
}

function clockTime(value: string | null | undefined): true | string {
  return !value || /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Heure au format HH:MM, ex. 09:30.'
}
