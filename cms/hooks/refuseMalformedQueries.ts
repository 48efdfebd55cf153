import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  FlattenedField,
  GlobalBeforeChangeHook,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'

import { fieldRefusal, refusal } from './refusal'

/** What a query value must be, by the kind of field it is compared with. */
type Expected = 'id' | 'number' | 'date'

const EXPECTED_TEXT: Record<Expected, string> = {
  id: 'l’identifiant d’un document (un nombre entier)',
  number: 'un nombre',
  date: 'une date',
}

/** Operators whose value is compared with the field's own type (`exists`, `like`, `contains`… are not). */
const TYPED_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Operators on places (point fields: the hub has none). */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
/** Operators on text, which an id cannot take. */
const TEXT_OPERATORS = new Set(['like', 'not_like'])
/** Operators that compare with one value; a list there reached the database as is. */
const SINGLE_VALUE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

const flattenedFieldsOf = (req: PayloadRequest, slug: string): FlattenedField[] | undefined =>
  req.payload.collections[slug as keyof typeof req.payload.collections]?.config.flattenedFields

/** What the field at `segments` expects of a query value, or undefined when anything goes (or Payload refuses the path itself). */
function expectedAt(req: PayloadRequest, fields: FlattenedField[], segments: string[]): Expected | undefined {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return req.payload.db.defaultIDType === 'number' ? 'id' : undefined
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  switch (field.type) {
    case 'number':
      return rest.length === 0 ? 'number' : undefined
    case 'date':
      return rest.length === 0 ? 'date' : undefined
    case 'relationship':
    case 'upload': {
      const numeric = req.payload.db.defaultIDType === 'number'
      if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return numeric ? 'id' : undefined
      if (Array.isArray(field.relationTo)) return rest[0] === 'value' && rest.length === 1 && numeric ? 'id' : undefined
      const related = flattenedFieldsOf(req, field.relationTo)
      return related ? expectedAt(req, related, rest) : undefined
    }
    default:
      return 'flattenedFields' in field && rest.length > 0 ? expectedAt(req, field.flattenedFields, rest) : undefined
  }
}

const WHOLE_NUMBER = /^[0-9]+$/

function fits(expected: Expected, value: unknown): boolean {
  if (value === null || value === undefined || value === 'null' || value === '') return true
  if (typeof value === 'object' && 'value' in value) return fits(expected, (value as { value: unknown }).value)
  if (expected === 'id')
    return typeof value === 'number' ? Number.isSafeInteger(value) : WHOLE_NUMBER.test(String(value))
  if (expected === 'number') return Number.isFinite(typeof value === 'number' ? value : Number(String(value).trim()))
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  return typeof value === 'number' ? Number.isFinite(value) : !Number.isNaN(new Date(String(value)).getTime())
}

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  if (LIST_OPERATORS.has(operator) && typeof value === 'string') return value.split(',')
  return [value]
}

/** Throws a French 400 for the first condition of `where` whose value cannot be what its field holds. */
function checkWhere(req: PayloadRequest, fields: FlattenedField[], where: Where): void {
  for (const [path, condition] of Object.entries(where)) {
    if (!condition || typeof condition !== 'object') continue
    if ((path === 'and' || path === 'or') && Array.isArray(condition)) {
      for (const nested of condition) if (nested && typeof nested === 'object') checkWhere(req, fields, nested as Where)
      continue
    }
    const segments = path.replace(/__/g, '.').split('.')
    let expected = expectedAt(req, fields, segments)
    // Version history (findVersions and countVersions reach this hook as `read` and `count`): the
    // collection's fields under `version.`, and the document a version belongs to as `parent`.
    const named = fields.some((field) => field.name === segments[0])
    if (!expected && !named && segments[0] === 'version') expected = expectedAt(req, fields, segments.slice(1))
    if (!expected && !named && path === 'parent') expected = expectedAt(req, fields, ['id'])
    const first = fields.find((field) => field.name === segments[0])
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const refuse = (message: string) => refusal('query-value-malformed', message, 400, { path, operator })
      // Operators the SQLite adapter cannot apply to such a field: a 500 before.
      if (GEO_OPERATORS.has(operator) && first?.type !== 'point')
        throw refuse(`Le critère de recherche « ${path} » ne se compare pas avec « ${operator} », réservé aux lieux.`)
      if (expected === 'id' && TEXT_OPERATORS.has(operator))
        throw refuse(
          `Le critère de recherche « ${path} » attend ${EXPECTED_TEXT.id}, qui ne se compare pas avec « ${operator} ».`,
        )
      if (Array.isArray(value) && SINGLE_VALUE_OPERATORS.has(operator) && expected !== 'id')
        throw refuse(`Le critère de recherche « ${path} » avec « ${operator} » attend une seule valeur, pas une liste.`)
      if (!expected || !TYPED_OPERATORS.has(operator)) continue
      const wrong = valuesOf(operator, value).find((item) => !fits(expected, item))
      if (wrong === undefined) continue
      const shown = String(typeof wrong === 'object' ? JSON.stringify(wrong) : wrong).slice(0, 60)
      throw refuse(`Le critère de recherche « ${path} » attend ${EXPECTED_TEXT[expected]}, pas « ${shown} ».`)
    }
  }
}

const QUERYING = new Set(['read', 'count', 'readDistinct', 'update', 'delete', 'countVersions'])

/**
 * Answers 400 with a French sentence to a query whose value cannot be what its field holds:
 * `where[show][equals]=abc` (an id), `where[start][greater_than]=notadate` (a date),
 * `where[number][equals]=abc` (a number). The SQLite adapter turned them into NaN or nothing and
 * the database refused: a 500 « Something went wrong », or a filter silently dropped.
 */
export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const where = (args as { where?: unknown }).where
  if (!QUERYING.has(operation) || !where || typeof where !== 'object') return args
  checkWhere(req, collection.flattenedFields, where as Where)
  return args
}

type Reference = { path: string; collection: string; id: unknown }

/** The references to other documents in `data`, with their form paths (`show`, `about.0`, `logo`). */
function referencesIn(fields: FlattenedField[], data: unknown, prefix = ''): Reference[] {
  if (!data || typeof data !== 'object') return []
  const record = data as Record<string, unknown>
  return fields.flatMap((field): Reference[] => {
    const value = record[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) return []
    if (field.type === 'relationship' || field.type === 'upload') {
      const items = Array.isArray(value) ? value : [value]
      return items.flatMap((item, index): Reference[] => {
        const itemPath = Array.isArray(value) ? `${path}.${index}` : path
        if (Array.isArray(field.relationTo)) {
          const relation = item as { relationTo?: unknown; value?: unknown } | null
          if (!relation || typeof relation.relationTo !== 'string') return []
          const id =
            typeof relation.value === 'object' && relation.value
              ? (relation.value as { id?: unknown }).id
              : relation.value
          return [{ path: itemPath, collection: relation.relationTo, id }]
        }
        const id = typeof item === 'object' && item ? (item as { id?: unknown }).id : item
        return [{ path: itemPath, collection: field.relationTo, id }]
      })
    }
    if (field.type === 'array' && Array.isArray(value))
      return value.flatMap((row, index) => referencesIn(field.flattenedFields, row, `${path}.${index}.`))
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field)
      return referencesIn(field.flattenedFields, value, `${path}.`)
    return []
  })
}

/** Refuses, on the fields, references to documents that do not exist (the database answered 500: FOREIGN KEY). */
async function checkReferences(req: PayloadRequest, fields: FlattenedField[], data: unknown): Promise<void> {
  const references = referencesIn(fields, data).filter(({ id }) => id !== null && id !== undefined && id !== '')
  if (references.length === 0) return
  const missing: Reference[] = []
  const byCollection = Map.groupBy(references, (reference) => reference.collection)
  for (const [collection, refs] of byCollection) {
    if (!req.payload.collections[collection as keyof typeof req.payload.collections]) {
      missing.push(...refs)
      continue
    }
    const numeric = req.payload.db.defaultIDType === 'number'
    const wellFormed = refs.filter(({ id }) => !numeric || WHOLE_NUMBER.test(String(id)))
    missing.push(...refs.filter((ref) => !wellFormed.includes(ref)))
    if (wellFormed.length === 0) continue
    const found = await req.payload.find({
      collection: collection as never,
      where: { id: { in: wellFormed.map(({ id }) => (numeric ? Number(id) : id)) } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      trash: true,
      req,
    })
    const existing = new Set((found.docs as { id: unknown }[]).map((doc) => String(doc.id)))
    missing.push(...wellFormed.filter(({ id }) => !existing.has(String(id))))
  }
  if (missing.length === 0) return
  throw fieldRefusal(
    'reference-not-found',
    missing.map(({ path, id }) => ({
      path,
      message: `Aucun document ne porte l’identifiant « ${String(id).slice(0, 40)} ». Choisissez-en un qui existe.`,
    })),
  )
}

export const refuseMissingReferences: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  await checkReferences(req, collection.flattenedFields, data)
  return data
}

export const refuseMissingGlobalReferences: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  await checkReferences(req, global.flattenedFields, data)
  return data
}

/**
 * Puts {@link refuseMalformedQuery} on every collection of the sanitised configuration (Payload's
 * own included), and {@link refuseMissingReferences} before the other checks of every collection
 * and global the hub defines: one place for every query and every reference.
 */
export function withWellFormedQueries(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseMalformedQuery, ...(collection.hooks.beforeOperation ?? [])]
    if (!collection.slug.startsWith('payload-'))
      collection.hooks.beforeChange = [refuseMissingReferences, ...(collection.hooks.beforeChange ?? [])]
  }
  for (const global of config.globals)
    global.hooks.beforeChange = [refuseMissingGlobalReferences, ...(global.hooks.beforeChange ?? [])]
  return config
}
