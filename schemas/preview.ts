/**
 * The preview of a draft on the public site, as both servers spell it: the CMS signs a token and
 * puts it in the page's address (`/agenda/fete?apercu=<token>`); the site forwards it to the CMS's
 * preview endpoint in a header, for the reads of the collection the token names.
 */

/** The query parameter of a preview address. */
export const PREVIEW_PARAMETER = 'apercu'

/** The header the site forwards a preview token in (never a query parameter: it would land in logs). */
export const PREVIEW_TOKEN_HEADER = 'x-preview-token'

/** The collection a token `<collection>.<id>.<expiresAt>.<signature>` names; its signature is checked by the CMS only. */
export const previewCollection = (token: string): string => token.split('.')[0] ?? ''
