import type { CollectionConfig, Field, FieldHook, GlobalConfig } from 'payload'

import { NOT_A_DATE } from '../../schemas/fields/scheduleValidation'
import { mapFields } from '../admin/mapFields'
import { fieldRefusal } from './refusal'

/**
 * Refuses a value of a date field that is no date (`2026-13-45`), on its field. Payload's own
 * date check is a validation, which drafts skip and a field's own `validate` replaces: such a
 * value was stored, and every later read of the document failed (500) when the database adapter
 * turned it back into a date. Field hooks run before validation, drafts included.
 */
export const refuseImpossibleDate: FieldHook = ({ value, path }) => {
  if (value && Number.isNaN(Date.parse(String(value)))) {
    throw fieldRefusal('date-impossible', { path: path.join('.'), message: NOT_A_DATE })
  }
  return value
}

function withRealDate(field: Field): Field {
  if (field.type !== 'date') return field
  const hooks = field.hooks ?? {}
  return { ...field, hooks: { ...hooks, beforeValidate: [refuseImpossibleDate, ...(hooks.beforeValidate ?? [])] } }
}

/** Gives every date field of a collection or global, however deep, {@link refuseImpossibleDate}. */
export function withRealDates<Config extends CollectionConfig | GlobalConfig>(config: Config): Config {
  return { ...config, fields: mapFields(config.fields, withRealDate) }
}
