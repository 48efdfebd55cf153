import type { TextField } from 'payload'

/**
 * URL segment of a public document; unique, lowercase words joined by hyphens. Left empty, the CMS
 * makes it from the title when saving, so it is not required in the form.
 */
export const slugField = (): TextField => ({
  name: 'slug',
  type: 'text',
  label: 'Adresse (slug)',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: 'Partie de l’adresse de la page, ex. « atelier-cuisine ». Laissez vide pour la créer depuis le titre.',
  },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
      ? true
      : 'Utilisez seulement des lettres minuscules sans accents, des chiffres et des tirets.',
})

/** Turns a French title into a slug: "Fête de l'été !" -> "fete-de-l-ete". */
export const slugify = (title: string): string =>
  title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
