/**
 * The public address of each kind of document, as agreed for the site's pages. Kept in one place
 * so that the search index and its results follow a page that moves.
 */

/** Fixed pages that have an address of their own; any other page lives under /pages/. */
const OWN_ADDRESS_PAGES = new Set(['accessibilite', 'mentions-legales', 'confidentialite', 'identite'])

export const addresses = {
  event: (slug: string) => `/agenda/${slug}`,
  house: (slug: string) => `/maisons/${slug}`,
  project: (slug: string) => `/projets/${slug}`,
  partner: (slug: string) => `/partenaires#${slug}`,
  purpose: (id: number | string) => `/actions#finalite-${id}`,
  objective: (id: number | string) => `/actions#objectif-${id}`,
  action: (id: number | string) => `/actions#action-${id}`,
  issue: (number: number) => `/journal/${number}`,
  /** An article is read inside the issue it appeared in; one outside any issue, from the journal's page. */
  article: (slug: string, issueNumber: number | null) =>
    issueNumber === null ? `/journal#article-${slug}` : `/journal/${issueNumber}/${slug}`,
  show: (slug: string) => `/radio/${slug}`,
  episode: (showSlug: string, slug: string) => `/radio/${showSlug}/${slug}`,
  page: (slug: string) => (OWN_ADDRESS_PAGES.has(slug) ? `/${slug}` : `/pages/${slug}`),
  contribution: (id: number | string) => `/contributions#contribution-${id}`,
}
