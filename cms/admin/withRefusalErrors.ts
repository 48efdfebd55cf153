import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import { mapFields } from './mapFields'

/** The admin component (`cms/components/RefusalError.tsx`) that shows a field's refusal under it after a draft save. */
export const REFUSAL_ERROR = '/components/RefusalError#RefusalError'

/**
 * The field types whose admin component always renders its `admin.components.Error` (Payload
 * 3.90, `@payloadcms/ui` fields and the Lexical field), so the component can show an error that
 * Payload itself hides. Arrays and blocks render it only when Payload already shows the error, so
 * it would add nothing there (their rows' fields are walked instead); a join is computed, never
 * saved, hence never refused; groups, rows, collapsibles, tabs and UI fields hold no value.
 */
export const FIELD_TYPES_WITH_ERROR: ReadonlySet<Field['type']> = new Set<Field['type']>([
  'checkbox',
  'code',
  'date',
  'email',
  'json',
  'number',
  'point',
  'radio',
  'relationship',
  'richText',
  'select',
  'text',
  'textarea',
  'upload',
])

/** `field` with the refusal component as its error, unless it has one or never shows one. */
function withRefusalError(field: Field): Field {
  if (!FIELD_TYPES_WITH_ERROR.has(field.type)) return field
  const admin = (field.admin ?? {}) as { components?: Record<string, unknown> }
  if (admin.components?.Error) return field
  return { ...field, admin: { ...admin, components: { ...admin.components, Error: REFUSAL_ERROR } } } as Field
}

/** Whether documents of this collection or global may be saved as drafts. */
const hasDrafts = (config: CollectionConfig | GlobalConfig): boolean =>
  Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)

/**
 * Makes every field of a collection or global with drafts show a refusal under itself when a
 * draft is saved. Payload shows field errors only after « Publier »: a failed draft save leaves
 * the form "not submitted", so a hook's `fieldRefusal` (cms/hooks/refusal.ts) would appear only
 * in the toast. Every data field, however deep (arrays, groups, tabs, rows, collapsibles, blocks),
 * gets `RefusalError` as its `admin.components.Error` unless it has its own, so a new field or a
 * new hook needs nothing more. Without drafts the form stays "submitted" after a refused save and
 * Payload already shows the error under its field: such configs are returned as they are.
 */
export function withRefusalErrors<Config extends CollectionConfig | GlobalConfig>(config: Config): Config {
  if (!hasDrafts(config)) return config
  return { ...config, fields: mapFields(config.fields, withRefusalError) }
}
