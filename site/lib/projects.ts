import type { Project } from '../../schemas/content/project'
import { readable, type Id } from '../../schemas/content/common'
import { sameId } from '../../schemas/relations'

/** The projects a partner supports. */
export const projectsOfPartner = <T extends Pick<Project, 'partners'>>(projects: readonly T[], partnerId: Id): T[] =>
  projects.filter((project) => (project.partners ?? []).some((partner) => sameId(partner, partnerId)))

/** Who carries a project, in words: « toute la Coopé » or the houses' names. */
export const carriedBy = (project: Project): string =>
  project.cooperation
    ? 'les trois maisons de la Coopé'
    : readable(project.houses)
        .map((house) => house.name)
        .join(', ')
