import type { TextField } from 'payload'

export const isHexColour = (value: string | null | undefined): true | string =>
  !value || /^#[0-9a-fA-F]{6}$/.test(value) ? true : 'Indiquez une couleur au format #RRGGBB.'

export const colourField = (name: string, label: string, required = false): TextField => ({
  name,
  type: 'text',
  label,
  required,
  validate: isHexColour,
  admin: { description: 'Format #RRGGBB, ex. #0B5563.' },
})
