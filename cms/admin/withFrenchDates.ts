import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { mapFields } from './mapFields'

/** The kinds of Payload's date picker (`admin.date.pickerAppearance`). */
type Appearance = 'dayAndTime' | 'dayOnly' | 'default' | 'monthOnly' | 'timeOnly'

/**
 * The French order of each kind of date picker (date-fns tokens): day before month, 24-hour clock.
 * Payload's picker defaults to the American order (« MM/dd/yyyy », « MMM d, yyy h:mm a ») and
 * reads typed dates in the order it shows: « 01/12/2026 » was 12 January.
 */
export const FRENCH_DATE_FORMATS: Record<Appearance, string> = {
  default: 'dd/MM/yyyy',
  dayOnly: 'dd/MM/yyyy',
  dayAndTime: 'dd/MM/yyyy HH:mm',
  timeOnly: 'HH:mm',
  monthOnly: 'MM/yyyy',
}

/** A date field with the French display format of its picker, unless it sets its own. */
function withFrenchDate(field: Field): Field {
  if (field.type !== 'date') return field
  const date = (field.admin?.date ?? {}) as { displayFormat?: string; pickerAppearance?: Appearance }
  if (date.displayFormat) return field
  const displayFormat = FRENCH_DATE_FORMATS[date.pickerAppearance ?? 'default']
  return { ...field, admin: { ...field.admin, date: { ...date, displayFormat } } } as Field
}

/**
 * Makes every date field of a collection or global, however deep, show and read dates in French
 * order (`FRENCH_DATE_FORMATS`), so that a new date field needs nothing more.
 */
export function withFrenchDates<Config extends CollectionConfig | GlobalConfig>(config: Config): Config {
  return { ...config, fields: mapFields(config.fields, withFrenchDate) }
}
