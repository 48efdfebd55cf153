import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import type { Vocabulary } from '../../schemas/vocabulary'
import * as vocabularies from '../../schemas/vocabularies'

const root = path.resolve(import.meta.dirname, '..', '..')
const lists = Object.entries(vocabularies) as [string, Vocabulary][]

type SelectField = { name: string; options: { value: string; label: string }[] }

/** Every select field of a field tree, through groups, rows, arrays, collapsibles and tabs. */
function* selectFields(fields: readonly Field[]): Generator<SelectField> {
  for (const field of fields) {
    if (field.type === 'select') yield field as unknown as SelectField
    if ('fields' in field) yield* selectFields(field.fields)
    if (field.type === 'tabs') for (const tab of field.tabs) yield* selectFields(tab.fields)
  }
}

const schemaModules = import.meta.glob<Record<string, unknown>>('../../schemas/{collections,globals,fields}/*.ts', {
  eager: true,
})
const fieldTrees = Object.values(schemaModules).flatMap((module) =>
  Object.values(module).flatMap((value) => {
    if (typeof value === 'function' && value.length === 0) value = (value as () => unknown)()
    if (value && typeof value === 'object' && 'fields' in value) return [(value as { fields: Field[] }).fields]
    return []
  }),
)

/**
 * Source files people write: not generated types, migrations, the demo content (whose keys name
 * demo documents, not values of the model) or the vocabularies themselves.
 */
function* sources(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const entry = path.join(folder, name)
    if (['node_modules', 'migrations', '.next', 'app'].includes(name) || entry.endsWith('seed/content')) continue
    if (statSync(entry).isDirectory()) yield* sources(entry)
    else if (/\.(ts|astro)$/.test(name) && !['payload-types.ts', 'vocabularies.ts'].includes(name)) yield entry
  }
}

describe('vocabularies', () => {
  it.each(lists)('%s: distinct values, French labels, and a reader that accepts exactly them', (_, list) => {
    expect(new Set(list.values).size).toBe(list.values.length)
    for (const term of list.terms) {
      expect(term.label.trim()).not.toBe('')
      expect(list.schema.parse(term.value)).toBe(term.value)
      expect(list.label(term.value)).toBe(term.label)
    }
    expect(list.schema.safeParse('<script>').success).toBe(false)
    expect(list.options()).toEqual(list.terms)
    expect(list.options()).not.toBe(list.options())
  })

  it('are where every select field of the content model takes its options', () => {
    const fields = fieldTrees.flatMap((tree) => [...selectFields(tree)])
    expect(fields.length).toBeGreaterThanOrEqual(lists.length)
    for (const field of fields) {
      const source = lists.find(([, list]) => JSON.stringify(list.terms) === JSON.stringify(field.options))
      expect(source, `select field "${field.name}" has options of its own`).toBeDefined()
    }
  })

  it('are the only lists of values written in the code: no inline enum, options list or union of their values', () => {
    const known = new Set(lists.flatMap(([, list]) => list.values as readonly string[]))
    const literals = (text: string) => [...text.matchAll(/(['"])([^'"\n]+)\1/g)].map((match) => match[2]!)
    const writesAList = (code: string) =>
      /options:\s*\[\s*\{\s*value:/.test(code) ||
      [...code.matchAll(/z\.enum\(\s*\[[^\]]*\]|(['"])[^'"\n]+\1(\s*\|\s*(['"])[^'"\n]+\3)+/g)].some(
        ([list]) => literals(list).filter((value) => known.has(value)).length >= 2,
      )
    const offenders = ['schemas', 'cms', 'site'].flatMap((folder) =>
      [...sources(path.join(root, folder))].filter((file) => writesAList(readFileSync(file, 'utf8'))),
    )
    expect(offenders.map((file) => path.relative(root, file))).toEqual([])
  })
})
