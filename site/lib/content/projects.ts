import { GoalAction, Objective, Purpose } from '../../../schemas/content/goalTree'
import { Partner, Project, ProjectOfPartners, ProjectTeaser } from '../../../schemas/content/project'
import { archivePage, type Id, page } from '../../../schemas/content/common'
import { slugs } from '../../../schemas/slugs'
import { bySlug, selectOf, uncounted } from './queries'
import { oneOf, read, readAll, showing } from './read'

/** Reads of the projects, the partners and funders, and the goal tree. */
export const projectReads = {
  /** Every published project not completed (an idea, under way, paused) as lists show it, by title. */
  unfinishedProjects: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 1, 'where[status][not_equals]': 'completed', ...selectOf(ProjectTeaser) },
      ProjectTeaser,
      showing(slugs.projects, slugs.media),
    ),
  /**
   * Page `pageNumber` of the completed projects, `limit` to a page, by title: the archive that
   * grows every year, read one bounded page at a time.
   */
  completedProjectsPage: (pageNumber: number, limit: number) =>
    read(
      slugs.projects,
      {
        sort: 'title',
        depth: 1,
        limit,
        page: pageNumber,
        'where[status][equals]': 'completed',
        ...selectOf(ProjectTeaser),
      },
      archivePage(ProjectTeaser),
      showing(slugs.projects, slugs.media),
    ),
  /**
   * The projects under way (status « En cours »), as lists show them, by title: at most `limit`,
   * read as one bounded page however many projects the archive holds.
   */
  runningProjects: async (limit: number) =>
    (
      await read(
        slugs.projects,
        { sort: 'title', depth: 1, limit, 'where[status][equals]': 'active', ...selectOf(ProjectTeaser), ...uncounted },
        page(ProjectTeaser),
        showing(slugs.projects, slugs.media),
      )
    ).docs,
  /**
   * The projects a house carries and has not completed, as lists show them, by title: its own and
   * the whole cooperation's. Completed ones are in the projects' paginated archive.
   */
  houseProjects: (houseId: Id) =>
    readAll(
      slugs.projects,
      {
        sort: 'title',
        depth: 1,
        'where[and][0][or][0][cooperation][equals]': 'true',
        'where[and][0][or][1][houses][in]': houseId,
        'where[and][1][status][not_equals]': 'completed',
        ...selectOf(ProjectTeaser),
      },
      ProjectTeaser,
      showing(slugs.projects, slugs.media),
    ),
  /** Every published project with only its title, address and the ids of the partners that support it. */
  projectsOfPartners: () =>
    readAll(
      slugs.projects,
      { sort: 'title', depth: 0, ...selectOf(ProjectOfPartners) },
      ProjectOfPartners,
      showing(slugs.projects),
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
