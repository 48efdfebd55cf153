import type { Field } from 'payload'

import { COPY_OF_FIELD } from '../../schemas/fields/contributionCopy'
import { WITHHELD_FIELD } from '../../schemas/fields/withheld'
import { nobodyField } from '../access/nobody'
import { staffField } from '../access/releasedOrStaff'

/**
 * The access rules of the fields recording a public file's state (`contributionCopyFields`,
 * `withheldField`): only the server's code (with overrideAccess) writes them, and only staff learn
 * which contribution a file came from.
 */
export const withFileStateAccess = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (!('name' in field)) return field
    if (field.name === COPY_OF_FIELD)
      return { ...field, access: { read: staffField, create: nobodyField, update: nobodyField } } as Field
    if (field.name === WITHHELD_FIELD)
      return { ...field, access: { create: nobodyField, update: nobodyField } } as Field
    return field
  })
