import { slugs } from '../../../schemas/slugs'
import { actions, objectives, purposeOfObjective, purposes } from '../goalTree'
import { idOf, published, type SeedContext } from './context'

/** The cooperation's goal tree, with each action linked to the objectives it serves. */
export async function seedGoalTree(context: SeedContext): Promise<void> {
  const { payload, req } = context
  const purposeIds: number[] = []
  for (const [order, purpose] of purposes.entries()) {
    purposeIds.push(
      (await payload.create({ collection: slugs.purposes, data: { ...purpose, order, ...published }, req })).id,
    )
  }
  const objectiveIds: number[] = []
  for (const [order, statement] of objectives.entries()) {
    const purpose = purposeIds[purposeOfObjective(order)]!
    const doc = await payload.create({
      collection: slugs.objectives,
      data: { statement, order, purposes: [purpose], ...published },
      req,
    })
    objectiveIds.push(doc.id)
  }
  for (const [order, action] of actions.entries()) {
    await payload.create({
      collection: slugs.actions,
      data: {
        title: action.title,
        order,
        objectives: action.objectives.map((index) => objectiveIds[index]!),
        examples: action.examples.map((text) => ({ text })),
        projects: (action.projects ?? []).map((slug) => idOf(context, `project:${slug}`)),
        ...published,
      },
      req,
    })
  }
}
