import { z } from 'zod'

import { purposeAudiences } from '../vocabularies'
import { Id, relation } from './common'

/** The goal tree's three levels as the site reads them (depth 0: relations are ids, joined on the site). */
export const Purpose = z.object({
  id: Id,
  audience: purposeAudiences.schema,
  statement: z.string(),
  order: z.number().nullish(),
})
export type Purpose = z.infer<typeof Purpose>

export const Objective = z.object({
  id: Id,
  statement: z.string(),
  purposes: z.array(relation(z.object({ id: Id }))).nullish(),
  order: z.number().nullish(),
})
export type Objective = z.infer<typeof Objective>

const ProjectLink = z.object({ id: Id, title: z.string(), slug: z.string() })

export const GoalAction = z.object({
  id: Id,
  title: z.string(),
  objectives: z.array(relation(z.object({ id: Id }))).nullish(),
  examples: z.array(z.object({ text: z.string() })).nullish(),
  isNew: z.boolean().nullish(),
  projects: z.array(relation(ProjectLink)).nullish(),
  order: z.number().nullish(),
})
export type GoalAction = z.infer<typeof GoalAction>
