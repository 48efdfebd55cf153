/**
 * Cache tags shared by the CMS (which invalidates them) and the site (which tags pages with them).
 * A listing tag covers every page that lists a collection; a document tag covers one document's page.
 */
export const listingTag = (collection: string): string => collection
export const documentTag = (collection: string, id: number | string): string => `${collection}:${id}`
