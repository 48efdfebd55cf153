/**
 * The public address of every kind of page, in one place: pages link to each other and the sitemap
 * lists them through these, so an address is spelled once.
 */

/** The legal and information pages that have their own top-level address; other fixed pages live under `/pages/`. */
export const TOP_LEVEL_PAGES = ['mentions-legales', 'accessibilite', 'confidentialite'] as const

export const houseHref = (slug: string) => `/maisons/${slug}`
export const houseAgendaHref = (slug: string) => `/agenda?maison=${encodeURIComponent(slug)}`
export const projectHref = (slug: string) => `/projets/${slug}`
export const eventHref = (slug: string) => `/agenda/${slug}`
export const issueHref = (number: number) => `/journal/${number}`

/** Articles published outside any issue sit under this word instead of an issue number. */
export const OUTSIDE_ISSUES = 'hors-numero'

/** `/journal/<numero>/<article>`; `issueNumber` null for an article published outside any issue. */
export const articleHref = (issueNumber: number | null | undefined, slug: string) =>
  `/journal/${issueNumber ?? OUTSIDE_ISSUES}/${slug}`

export const episodeHref = (show: string, episode: string) => `/radio/${show}/${episode}`
export const showHref = (show: string) => `/radio/${show}`

export const fixedPageHref = (slug: string) =>
  (TOP_LEVEL_PAGES as readonly string[]).includes(slug) ? `/${slug}` : `/pages/${slug}`
