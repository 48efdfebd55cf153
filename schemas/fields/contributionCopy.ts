import type { Field } from 'payload'

import { slugs } from '../slugs'
import { withheldField } from './withheld'

/** The field of a Media or Audio copy naming the contribution « Créer le brouillon » copied it from. */
export const COPY_OF_FIELD = 'contribution'

/**
 * What an upload collection (Media, Audio) records of a copy of a resident's file: the
 * contribution it came from (how withdrawal finds it) and whether it is still withheld from the
 * public (`withheldField`). Both are written only by the server's code.
 */
export const contributionCopyFields = (): Field[] => [
  {
    name: COPY_OF_FIELD,
    type: 'relationship',
    relationTo: slugs.contributions,
    label: 'Copie de la contribution',
    admin: { position: 'sidebar', readOnly: true },
  },
  withheldField(),
]
