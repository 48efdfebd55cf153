import type { Field } from 'payload'

import { slugs } from '../slugs'

/** The field of a Media or Audio copy naming the contribution « Créer le brouillon » copied it from. */
export const COPY_OF_FIELD = 'contribution'
/** The field that keeps a copy, or any sound, from anonymous visitors until a published document shows it. */
export const WITHHELD_FIELD = 'withheld'

/**
 * What an upload collection (Media, Audio) records of a copy of a resident's file: the
 * contribution it came from (how withdrawal finds it) and whether it is still withheld from the
 * public (true from the draft's creation until the article or episode that uses it is published,
 * and again once that is unpublished or deleted; for every sound, from its upload until an
 * episode playing it is published). Both are written only by the server's code.
 */
export const contributionCopyFields = (): Field[] => [
  {
    name: COPY_OF_FIELD,
    type: 'relationship',
    relationTo: slugs.contributions,
    label: 'Copie de la contribution',
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: WITHHELD_FIELD,
    type: 'checkbox',
    label: 'Réservé à l’équipe (pas encore publié)',
    defaultValue: false,
    admin: { position: 'sidebar', readOnly: true },
  },
]
