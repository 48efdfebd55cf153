import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { FRENCH_DATE_FORMATS } from '../../cms/admin/withFrenchDates'

type DateFound = { where: string; field: Field & { type: 'date' } }
type Shown = { hidden?: unknown; admin?: { hidden?: unknown; disabled?: unknown } }

/**
 * Whether the admin can show this collection, global or field, hence a date picker in it. Payload
 * adds a few date fields it never shows (the jobs queue, reset tokens, sessions).
 */
const shown = (item: Shown): boolean => !item.hidden && !item.admin?.hidden && !item.admin?.disabled

/** Every date field of `fields` the admin can show, with where it is (`events.recurrence.until`), however deep. */
function dateFields(fields: Field[], where: string): DateFound[] {
  return fields
    .filter((field) => shown(field as Shown))
    .flatMap((field): DateFound[] => {
      const here = 'name' in field && field.name ? `${where}.${field.name}` : where
      if (field.type === 'date') return [{ where: here, field }]
      if (field.type === 'tabs') return field.tabs.flatMap((tab) => dateFields(tab.fields, here))
      if (field.type === 'blocks')
        return field.blocks.flatMap((block) => dateFields(block.fields, `${here}.${block.slug}`))
      return 'fields' in field ? dateFields(field.fields, here) : []
    })
}

/** Importing the configuration loads Payload and every collection: seconds, past the default 10 s on a busy machine. */
const CONFIG_IMPORT_TIMEOUT_MS = 60_000

let config: SanitizedConfig
beforeAll(async () => {
  // Built as the CMS builds it (secrets made up outside production); nothing is started.
  config = await (await import('../../payload.config')).default
}, CONFIG_IMPORT_TIMEOUT_MS)

describe('dates in the admin', () => {
  it('shows and reads every date field the admin shows in French order (day, month, year, 24 h)', () => {
    const dates = [
      ...config.collections.filter(shown).flatMap((collection) => dateFields(collection.fields, collection.slug)),
      ...config.globals.filter(shown).flatMap((global) => dateFields(global.fields, global.slug)),
    ]
    expect(dates.map(({ where }) => where)).toEqual(
      expect.arrayContaining(['episodes.publishedAt', 'articles.publishedAt', 'events.recurrence.until']),
    )
    const french = new Set(Object.values(FRENCH_DATE_FORMATS))
    const notFrench = dates
      .filter(({ field }) => !french.has(field.admin?.date?.displayFormat ?? ''))
      .map(({ where, field }) => `${where}: ${field.admin?.date?.displayFormat ?? '(aucun)'}`)
    expect(notFrench).toEqual([])
  })

  it('gives each kind of picker a day-first, 24-hour format', () => {
    expect(FRENCH_DATE_FORMATS).toEqual({
      default: 'dd/MM/yyyy',
      dayOnly: 'dd/MM/yyyy',
      dayAndTime: 'dd/MM/yyyy HH:mm',
      timeOnly: 'HH:mm',
      monthOnly: 'MM/yyyy',
    })
  })
})
