import { GoalAction, Objective, Purpose } from '../../../schemas/content/goalTree'
import { Partner, Project, ProjectTeaser } from '../../../schemas/content/project'
import { page } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import { bySlug, selectOf } from './queries'
import { oneOf, read, readAll, showing } from './read'

/** Reads of the projects, the partners and funders, and the goal tree. */
export const projectReads = {
  /** Every published project as lists show it, by title. */
  projectTeasers: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 1, ...selectOf(ProjectTeaser) },
      ProjectTeaser,
      showing(slugs.projects, slugs.media),
    ),
  projects: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 1 },
      Project,
      showing(slugs.projects, slugs.houses, slugs.partners, slugs.themes, slugs.media),
    ),
  project: async (slug: string) =>
    (
      await read(
        slugs.projects,
        bySlug(slug),
        page(Project),
        oneOf(slugs.projects, slugs.houses, slugs.partners, slugs.themes, slugs.media),
        { previewable: true },
      )
    ).docs[0] ?? null,
  partners: () => readAll(slugs.partners, { sort: 'name', depth: 1 }, Partner, showing(slugs.partners, slugs.media)),
  /** The goal tree's three levels, each in its order; relations stay ids and are joined by `lib/goalTree.ts`. */
  goalTree: async () => {
    const [purposes, objectives, actions] = await Promise.all([
      readAll(slugs.purposes, { sort: 'order', depth: 0 }, Purpose, showing(slugs.purposes)),
      readAll(slugs.objectives, { sort: 'order', depth: 0 }, Objective, showing(slugs.objectives)),
      readAll(slugs.actions, { sort: 'order', depth: 1 }, GoalAction, showing(slugs.actions, slugs.projects)),
    ])
    return { purposes, objectives, actions }
  },
}
