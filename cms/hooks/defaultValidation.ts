import type { CollectionConfig, Field, GlobalConfig, Validate } from 'payload'
import {
  checkbox,
  code,
  date,
  email,
  json,
  number,
  point,
  radio,
  relationship,
  select,
  text,
  textarea,
  upload,
} from 'payload/shared'

import { mapFields } from '../admin/mapFields'

/** Payload's own validation of each field type (`payload/shared`): required, lengths, bounds, options. */
const DEFAULTS: Partial<Record<Field['type'], Validate>> = {
  checkbox,
  code,
  date,
  email,
  json,
  number,
  point,
  radio,
  relationship,
  select,
  text,
  textarea,
  upload,
} as Partial<Record<Field['type'], Validate>>

/**
 * `field` whose own `validate` runs before Payload's validation of its type instead of replacing
 * it: a field's own `validate` replaces Payload's, so a repetition's « nombre de dates » lost its
 * bounds (0 made an endless series), a required colour or opening hour could be left empty, a
 * select could hold a value outside its options. The own check speaks first, in its own words.
 */
function withDefaultCheck(field: Field): Field {
  const own = 'validate' in field ? (field.validate as Validate | undefined) : undefined
  const builtIn = DEFAULTS[field.type]
  if (!own || !builtIn) return field
  const validate: Validate = async (value, options) => {
    const verdict = await own(value, options)
    return verdict === true ? builtIn(value, options) : verdict
  }
  return { ...field, validate } as Field
}

/** Gives every field of a collection or global with its own `validate`, however deep, Payload's check of its type too. */
export function withDefaultValidation<Config extends CollectionConfig | GlobalConfig>(config: Config): Config {
  return { ...config, fields: mapFields(config.fields, withDefaultCheck) }
}
