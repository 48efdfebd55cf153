import type { Field } from 'payload'

/** The five accessibility families French agendas use (handicap auditif, visuel, moteur, mental, psychique). */
export const accessibilityFamilies = [
  { value: 'hearing', label: 'Auditif' },
  { value: 'sight', label: 'Visuel' },
  { value: 'mobility', label: 'Moteur' },
  { value: 'intellectual', label: 'Mental' },
  { value: 'psychic', label: 'Psychique' },
] as const

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
      options: accessibilityFamilies.map((family) => ({ ...family })),
    },
    { name: 'details', type: 'textarea', label: 'Précisions (accueil, équipements, accompagnement)' },
  ],
})
