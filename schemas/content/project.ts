import { z } from 'zod'

import { partnerKinds, projectStatuses } from '../vocabularies'
import { Id, Image, relation, RichText } from './common'
import { HouseSummary } from './house'

const Term = z.object({ id: Id, name: z.string(), slug: z.string() })

/** A partner as the partners page and a project page show it. */
export const Partner = z.object({
  id: Id,
  name: z.string(),
  slug: z.string(),
  acronym: z.string().nullish(),
  kinds: z.array(partnerKinds.schema).nullish(),
  logo: relation(Image).nullish(),
  website: z.string().nullish(),
  supports: z.string().nullish(),
})
export type Partner = z.infer<typeof Partner>

/** A project with its houses, partners, themes and images populated (depth 1). */
export const Project = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  body: RichText.nullish(),
  status: projectStatuses.schema.nullish(),
  cooperation: z.boolean().nullish(),
  houses: z.array(relation(HouseSummary)).nullish(),
  partners: z.array(relation(Partner)).nullish(),
  themes: z.array(relation(Term)).nullish(),
  images: z.array(relation(Image)).nullish(),
  updatedAt: z.string(),
})
export type Project = z.infer<typeof Project>

/** What lists of projects show (the home, the projects page): no body, no populated houses or partners. */
export const ProjectTeaser = Project.pick({
  id: true,
  title: true,
  slug: true,
  summary: true,
  status: true,
  images: true,
})
export type ProjectTeaser = z.infer<typeof ProjectTeaser>

/** A project as the partners page links it: its title, address and the partners that support it (ids at depth 0). */
export const ProjectOfPartners = Project.pick({ id: true, title: true, slug: true, partners: true })
export type ProjectOfPartners = z.infer<typeof ProjectOfPartners>
