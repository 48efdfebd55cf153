import type { Field } from 'payload'

import { accessibilityFamilies } from '../vocabularies'

export const accessibilityField = (): Field => ({
  name: 'accessibility',
  type: 'group',
  label: 'Accessibilité',
  fields: [
    {
      name: 'suitableFor',
      type: 'select',
      hasMany: true,
      label: 'Accessible aux personnes en situation de handicap',
      options: accessibilityFamilies.options(),
    },
    { name: 'details', type: 'textarea', label: 'Précisions (accueil, équipements, accompagnement)' },
  ],
})
