/**
 * The header in which the site's contribution service sends its secret to the CMS
 * (`CONTRIBUTION_SERVICE_SECRET`, shared by both, written into .env on the first start).
 */
export const CONTRIBUTION_SERVICE_HEADER = 'x-coope-contribution-service'
