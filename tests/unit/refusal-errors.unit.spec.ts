import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { FIELD_TYPES_WITH_ERROR, REFUSAL_ERROR, withRefusalErrors } from '../../cms/admin/withRefusalErrors'
import { collections } from '../../cms/collections'
import { globals } from '../../cms/globals'

type Found = { path: string; field: Field }

/**
 * Every field of `fields` with its form path (`recurrence.until`: layout fields add no segment;
 * they are listed as `(row)`), however deep: arrays, groups, tabs, rows, collapsibles, blocks.
 */
function allFields(fields: Field[], parent = ''): Found[] {
  return fields.flatMap((field) => {
    const named = 'name' in field && field.name
    const path = named ? `${parent}${field.name}` : `${parent}(${field.type})`
    const within = named ? `${path}.` : parent
    const inner =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) =>
            allFields(tab.fields, 'name' in tab && tab.name ? `${within}${tab.name}.` : within),
          )
        : field.type === 'blocks'
          ? field.blocks.flatMap((block) => allFields(block.fields, `${within}${block.slug}.`))
          : 'fields' in field
            ? allFields(field.fields, within)
            : []
    return [{ path, field }, ...inner]
  })
}

const errorOf = (field: Field) => (field.admin as { components?: { Error?: unknown } } | undefined)?.components?.Error
const hasDrafts = (config: CollectionConfig | GlobalConfig) =>
  Boolean(typeof config.versions === 'object' && config.versions.drafts)

describe('withRefusalErrors', () => {
  const withDrafts = [...collections, ...globals].filter(hasDrafts)

  it('covers the collections with drafts, among them shows, episodes and events', () => {
    expect(withDrafts.map((config) => config.slug)).toEqual(expect.arrayContaining(['shows', 'episodes', 'events']))
  })

  it('gives every data field of every collection and global with drafts the refusal as its error', () => {
    const missing = withDrafts.flatMap((config) =>
      allFields(config.fields)
        .filter(({ field }) => FIELD_TYPES_WITH_ERROR.has(field.type) && !errorOf(field))
        .map(({ path }) => `${config.slug}: ${path}`),
    )
    expect(missing).toEqual([])
    const covered = (slug: string, path: string) =>
      errorOf(allFields(withDrafts.find((config) => config.slug === slug)!.fields).find((f) => f.path === path)!.field)
    expect(covered('events', 'end')).toBe(REFUSAL_ERROR)
    expect(covered('events', 'recurrence.until')).toBe(REFUSAL_ERROR)
    expect(covered('shows', 'cover')).toBe(REFUSAL_ERROR)
    expect(covered('episodes', 'show')).toBe(REFUSAL_ERROR)
  })

  it('leaves layout fields, arrays and blocks without it', () => {
    const layout = withDrafts.flatMap((config) =>
      allFields(config.fields).filter(({ field }) => !FIELD_TYPES_WITH_ERROR.has(field.type) && errorOf(field)),
    )
    expect(layout).toEqual([])
  })

  it('reaches fields in arrays, tabs, collapsibles and blocks, and keeps an Error a field has', () => {
    const own = '/somewhere#OwnError'
    const config = withRefusalErrors({
      slug: 'sample',
      versions: { drafts: true },
      fields: [
        { name: 'kept', type: 'text', admin: { components: { Error: own } } },
        { name: 'rows', type: 'array', fields: [{ name: 'when', type: 'date' }] },
        {
          type: 'tabs',
          tabs: [
            { label: 'Un', fields: [{ type: 'collapsible', label: 'Plus', fields: [{ name: 'n', type: 'number' }] }] },
            { name: 'named', fields: [{ name: 'ok', type: 'checkbox' }] },
          ],
        },
        { name: 'parts', type: 'blocks', blocks: [{ slug: 'quote', fields: [{ name: 'by', type: 'text' }] }] },
        { name: 'note', type: 'ui', admin: { components: { Field: '/somewhere#Note' } } },
      ],
    } satisfies CollectionConfig)
    const errors = Object.fromEntries(allFields(config.fields).map(({ path, field }) => [path, errorOf(field)]))
    expect(errors).toEqual({
      kept: own,
      rows: undefined,
      'rows.when': REFUSAL_ERROR,
      '(tabs)': undefined,
      '(collapsible)': undefined,
      n: REFUSAL_ERROR,
      'named.ok': REFUSAL_ERROR,
      parts: undefined,
      'parts.quote.by': REFUSAL_ERROR,
      note: undefined,
    })
  })

  it('leaves a collection without drafts as it is: Payload already shows its refusals under their fields', () => {
    const config: CollectionConfig = { slug: 'plain', fields: [{ name: 'title', type: 'text' }] }
    expect(withRefusalErrors(config)).toBe(config)
  })
})
