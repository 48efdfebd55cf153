import { CONTRIBUTION_SERVICE_HEADER } from '../../../schemas/contributions/service'
import { siteEnv } from '../env'
import { readForm } from './readForm'

/** The outcome, with the reference and key that were sent (so that a failed attempt can be tried again). */
export type Withdrawal = { status: number; reference?: string; key?: string; message: string }

const UNAVAILABLE = 'Le retrait n’a pas pu être fait pour le moment : réessayez dans quelques minutes.'

/**
 * Handles the withdrawal form (reference and key from the link): asks the CMS to delete the
 * contribution and everything personal with it.
 *
 * @returns 200 with the reference, 400 for an incomplete link, 404 for a link that matches nothing,
 *   503 when the CMS cannot answer; the reference and key sent come back with every answer but 400
 */
export async function withdrawContribution(
  request: Request,
  secret: string | undefined,
  forward: (body: string, headers: Headers) => Promise<Response> = (body, headers) =>
    fetch(new URL('/api/contributions/withdraw', siteEnv().CMS_URL), {
      method: 'POST',
      body,
      headers,
      signal: AbortSignal.timeout(10_000),
    }),
): Promise<Withdrawal> {
  const form = await readForm(request, { maxFileBytes: 0, maxFieldBytes: 1024, maxParts: 10 })
  const sent = (name: string) => form.fields.find(([field]) => field === name)?.[1]
  const reference = sent('reference')
  const key = sent('cle')
  if (!secret) return { status: 503, reference, key, message: UNAVAILABLE }
  if (form.problem || reference === undefined || key === undefined)
    return {
      status: 400,
      message: 'Le lien de retrait est incomplet : ouvrez celui reçu par e-mail ou affiché après l’envoi.',
    }
  const headers = new Headers({ [CONTRIBUTION_SERVICE_HEADER]: secret, 'content-type': 'application/json' })
  try {
    const answer = await forward(JSON.stringify({ reference, key }), headers)
    if (answer.status === 200) return { status: 200, reference, message: '' }
    if (answer.status === 404)
      return {
        status: 404,
        reference,
        key,
        message: 'Ce lien ne correspond à aucune contribution : elle a peut-être déjà été retirée.',
      }
  } catch {
    // Unreachable: the same answer as any other failure.
  }
  return { status: 503, reference, key, message: UNAVAILABLE }
}
