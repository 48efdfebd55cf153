import type { TextField } from 'payload'

/** A colour as the identity stores it: `#RRGGBB`, nothing else reaches a stylesheet. */
export const isHexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value)

/** Payload validator: empty, or a `#RRGGBB` colour; the French message otherwise. */
export const validateColour = (value: string | null | undefined): true | string =>
  !value || isHexColour(value) ? true : 'Indiquez une couleur au format #RRGGBB.'

export const colourField = (name: string, label: string, required = false): TextField => ({
  name,
  type: 'text',
  label,
  required,
  validate: validateColour,
  admin: { description: 'Format #RRGGBB, ex. #0B5563.' },
})
