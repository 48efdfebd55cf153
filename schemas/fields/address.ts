import type { GroupField } from 'payload'

/** A postal address with optional coordinates (for maps and the iCalendar GEO property). */
export const addressGroup = (name = 'address', label = 'Adresse'): GroupField => ({
  name,
  type: 'group',
  label,
  fields: [
    { name: 'street', type: 'text', label: 'Rue' },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', label: 'Code postal', validate: postalCode },
        { name: 'city', type: 'text', label: 'Ville' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', label: 'Latitude', min: -90, max: 90 },
        { name: 'longitude', type: 'number', label: 'Longitude', min: -180, max: 180 },
      ],
    },
  ],
})

function postalCode(value: string | null | undefined): true | string {
  return !value || /^\d{5}$/.test(value) ? true : 'Un code postal français a cinq chiffres.'
}
