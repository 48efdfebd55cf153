import type { Field } from 'payload'
import { slugify as transliterate } from 'transliteration'

/**
 * URL segment of a public document; unique, lowercase words joined by hyphens. Left empty, the CMS
 * makes it from the title when saving (`fillSlug`), so it is not required in the form; emptied
 * later, the address it had is kept. Beside it, hidden from staff, the addresses the document had
 * before (`previousSlugs`), from which the site redirects (301) to the current one, and whether
 * the address is settled (`slugLocked`: chosen by hand, or published once): until then it follows
 * the title, since a draft autosaved before its title was typed is named after the collection.
 */
export const slugField = (): Field => ({
  type: 'row',
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'slug',
      type: 'text',
      label: 'Adresse de la page',
      unique: true,
      index: true,
      // A copy gets its own address from its title (`fillSlug`): Payload's own « - Copy » suffix
      // is no address the field accepts, so the copy could not be published.
      hooks: { beforeDuplicate: [() => null] },
      admin: {
        description:
          'Fin de l’adresse sur le site, ex. « atelier-cuisine ». Laissez vide : elle est faite depuis le titre. Si vous la changez, l’ancienne adresse mène à la nouvelle.',
      },
      validate: (value: string | null | undefined) =>
        !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
          ? true
          : 'Utilisez seulement des lettres minuscules sans accents, des chiffres et des tirets.',
    },
    {
      name: 'previousSlugs',
      type: 'text',
      hasMany: true,
      label: 'Anciennes adresses',
      index: true,
      // The former addresses lead to the original, not to its copy.
      hooks: { beforeDuplicate: [() => []] },
      admin: { hidden: true },
    },
    {
      name: 'slugLocked',
      type: 'checkbox',
      label: 'Adresse fixée',
      defaultValue: false,
      hooks: { beforeDuplicate: [() => false] },
      admin: { hidden: true },
    },
  ],
})

/**
 * Whether `slug` is one `freeSlug` (cms/hooks/fillSlug.ts) makes from `base`: `base` itself, or
 * `base` with a number or a random suffix added after a clash.
 */
export const isMadeFrom = (slug: string, base: string): boolean =>
  base !== '' && (slug === base || new RegExp(`^${base}-(?:\\d{1,2}|[0-9a-f]{8})$`).test(slug))

/**
 * Turns a title in any script into a slug: letters are transliterated to Latin ("عيد الحي" ->
 * "aayd-lhy", "Fête de l'été !" -> "fete-de-l-ete"), everything else becomes a hyphen; at most
 * 80 characters. A title with nothing to transliterate (only emoji or punctuation) gives "".
 */
export const slugify = (title: string): string =>
  transliterate(title.replace(/œ/gi, 'oe').replace(/æ/gi, 'ae'), { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
