import type { Project } from '../../schemas/content/project'
import { readable, type Id } from '../../schemas/content/common'
import { sameId } from '../../schemas/relations'

/** The projects a house carries: its own, and those of the whole cooperation. */
export const projectsOfHouse = (projects: readonly Project[], houseId: Id): Project[] =>
  projects.filter((project) => project.cooperation || (project.houses ?? []).some((house) => sameId(house, houseId)))

/** The projects a partner supports. */
export const projectsOfPartner = (projects: readonly Project[], partnerId: Id): Project[] =>
  projects.filter((project) => (project.partners ?? []).some((partner) => sameId(partner, partnerId)))

/** Who carries a project, in words: « toute la Coopé » or the houses' names. */
export const carriedBy = (project: Project): string =>
  project.cooperation
    ? 'les trois maisons de la Coopé'
    : readable(project.houses)
        .map((house) => house.name)
        .join(', ')
