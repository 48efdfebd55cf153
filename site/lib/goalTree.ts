import type { GoalAction, Objective, Purpose } from '../../schemas/content/goalTree'
import { readable } from '../../schemas/content/common'
import { sameId } from '../../schemas/relations'

/** An action where the tree shows it: in full the first time, then as a reference to that place. */
export type PlacedAction = { action: GoalAction; number: number; firstShown: boolean }
export type ObjectiveBranch = { objective: Objective; number: number; actions: PlacedAction[] }
export type PurposeBranch = { purpose: Purpose; objectives: ObjectiveBranch[] }

/**
 * Joins the goal tree's three levels (pure): each purpose with the objectives that serve it, each
 * objective with the actions that serve it. Objectives and actions are numbered in their order
 * across the whole tree (1-based). An action serving several objectives appears under each; it is
 * marked `firstShown` only at its first place, so a page describes it once and refers to it after.
 * Objectives serving no purpose and actions serving no objective are returned apart, so nothing
 * published is silently left out.
 */
export function buildGoalTree(purposes: Purpose[], objectives: Objective[], actions: GoalAction[]) {
  const objectiveNumber = new Map(objectives.map((o, i) => [String(o.id), i + 1]))
  const actionNumber = new Map(actions.map((a, i) => [String(a.id), i + 1]))
  const shown = new Set<string>()
  const place = (action: GoalAction): PlacedAction => {
    const key = String(action.id)
    const firstShown = !shown.has(key)
    shown.add(key)
    return { action, number: actionNumber.get(key)!, firstShown }
  }
  const branchOf = (objective: Objective): ObjectiveBranch => ({
    objective,
    number: objectiveNumber.get(String(objective.id))!,
    actions: actions.filter((action) => (action.objectives ?? []).some((o) => sameId(o, objective.id))).map(place),
  })
  const tree: PurposeBranch[] = purposes.map((purpose) => ({
    purpose,
    objectives: objectives
      .filter((objective) => (objective.purposes ?? []).some((p) => sameId(p, purpose.id)))
      .map(branchOf),
  }))
  const placedObjectives = new Set(tree.flatMap((b) => b.objectives.map((o) => String(o.objective.id))))
  const looseObjectives = objectives.filter((o) => !placedObjectives.has(String(o.id))).map(branchOf)
  const looseActions = actions.filter((a) => !shown.has(String(a.id))).map(place)
  return { tree, looseObjectives, looseActions }
}

/** The projects that carry an action, those the visitor may read. */
export const projectsOf = (action: GoalAction) => readable(action.projects)
