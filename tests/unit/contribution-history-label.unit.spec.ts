import { describe, expect, it } from 'vitest'

import { historyStepLabel } from '../../cms/collections/Contributions/historyLabel'
import { Contributions } from '../../cms/collections/Contributions'

const NBSP = '\u00a0'

describe('the rows of « Historique de modération » in the admin', () => {
  it('are labelled with the status and its Paris date and time, in French', () => {
    expect(historyStepLabel({ status: 'accepted', at: '2026-11-30T08:41:00.000Z' }, 2, 2026)).toBe(
      `Acceptée, le 30${NBSP}novembre à 9${NBSP}h${NBSP}41`,
    )
    expect(historyStepLabel({ status: 'received', at: '2026-12-01T17:00:00.000Z' }, 1, 2027)).toBe(
      `Reçue, le 1er${NBSP}décembre 2026 à 18${NBSP}h`,
    )
    expect(historyStepLabel({ status: 'published' }, 3, 2026)).toBe('Publiée')
    expect(historyStepLabel(undefined, 4, 2026)).toBe(`Changement n°${NBSP}4`)
    expect(historyStepLabel({ status: 'unknown', at: 'not a date' }, 5, 2026)).toBe(`Changement n°${NBSP}5`)
  })

  it('use that label instead of Payload’s « Bloc bascule / Étape 01 »', () => {
    const history = Contributions.fields.find((field) => 'name' in field && field.name === 'history')
    expect(history).toMatchObject({
      type: 'array',
      labels: { singular: 'Changement', plural: 'Changements' },
      admin: { components: { RowLabel: '/collections/Contributions/components/HistoryRowLabel#HistoryRowLabel' } },
    })
  })
})
