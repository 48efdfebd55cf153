import { describe, expect, it } from 'vitest'

import { buildGoalTree } from '../../site/lib/goalTree'

const purposes = [
  { id: 1, audience: 'houses' as const, statement: 'Pour les maisons' },
  { id: 2, audience: 'residents' as const, statement: 'Pour les habitant·es' },
]
const objectives = [
  { id: 10, statement: 'Financer', purposes: [1] },
  { id: 11, statement: 'Mutualiser', purposes: [{ id: 1 }] },
  { id: 12, statement: 'Impliquer', purposes: [2] },
  { id: 13, statement: 'Orphelin', purposes: [] },
]
const actions = [
  { id: 100, title: 'Commandes groupées', objectives: [10, 11], examples: [{ text: 'Minibus' }] },
  { id: 101, title: 'Groupes projets', objectives: [12] },
  { id: 102, title: 'Sans objectif', objectives: [] },
]

describe('the goal tree', () => {
  const { tree, looseObjectives, looseActions } = buildGoalTree(purposes, objectives, actions)

  it('hangs objectives under their purpose and actions under their objectives, numbered in order', () => {
    expect(tree.map((b) => b.objectives.map((o) => o.number))).toEqual([[1, 2], [3]])
    expect(tree[1]!.objectives[0]!.actions.map((a) => [a.number, a.action.title])).toEqual([[2, 'Groupes projets']])
  })

  it('describes an action serving two objectives once and refers to it after', () => {
    const [first, second] = tree[0]!.objectives
    expect(first!.actions[0]).toMatchObject({ number: 1, firstShown: true })
    expect(second!.actions[0]).toMatchObject({ number: 1, firstShown: false })
  })

  it('returns what hangs nowhere instead of dropping it', () => {
    expect(looseObjectives.map((o) => o.objective.statement)).toEqual(['Orphelin'])
    expect(looseActions.map((a) => a.action.title)).toEqual(['Sans objectif'])
  })
})
