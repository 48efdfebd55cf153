import type { Endpoint, PayloadRequest } from 'payload'

import {
  ContributionForm,
  consentRecord,
  fieldErrors,
  photosMayBePublished,
  publicSignature,
} from '../../../../schemas/contributions/submission'
import { fileCountErrors } from '../../../../schemas/contributions/files'
import { slugs } from '../../../../schemas/slugs'
import { isContributionService } from '../../../access/contributionService'
import { emailConfigured } from '../../../email/adapter'
import { acknowledgementEmail } from '../../../email/contributionEmails'
import { cmsEnv } from '../../../env'
import { newReference, newWithdrawalKey, type ReceiveContext } from '../hooks/receiveContribution'
import { prepareFiles } from './prepareFiles'

/** What the site gets back: the reference and withdrawal key, or French messages per field. */
export type SubmitAnswer =
  { reference: string; withdrawalKey: string; acknowledged: boolean } | { errors: Record<string, string | undefined> }

const refused = (status: number, errors: Record<string, string | undefined>) => Response.json({ errors }, { status })

/** Text fields of a multipart form; a field sent twice is refused rather than guessed at. */
function textFields(form: FormData): Record<string, string> | null {
  // No prototype: a field named __proto__ or constructor is a field like any other (and unknown).
  const fields: Record<string, string> = Object.create(null)
  for (const [name, value] of form.entries()) {
    if (name === 'photos' || name === 'audio') continue
    if (typeof value !== 'string' || Object.hasOwn(fields, name)) return null
    fields[name] = value
  }
  return fields
}

/**
 * `POST /api/contributions/submit`: the site hands over a resident's contribution (the form's
 * fields and files, multipart) as the contribution service. Everything is checked again here with
 * the form's own schema and file checks; then the files and the contribution are stored as the
 * service, under its access rules. All or nothing: if any part cannot be stored, what was stored
 * is removed and the answer says so.
 */
async function submit(req: PayloadRequest): Promise<Response> {
  if (!isContributionService(req))
    return refused(403, { form: 'Seul le formulaire du site peut envoyer une contribution.' })
  let form: FormData
  try {
    form = await req.formData!()
  } catch {
    return refused(400, { form: 'Le formulaire reçu est illisible.' })
  }
  const fields = textFields(form)
  if (!fields) return refused(400, { form: 'Le formulaire contient un champ en double.' })
  const parsed = ContributionForm.safeParse(fields)
  if (!parsed.success) return refused(400, fieldErrors(parsed.error))
  if (parsed.data.website) return refused(400, { form: 'Le formulaire n’a pas été rempli par une personne.' })
  const onlyFiles = (name: string) => form.getAll(name).filter((value): value is File => typeof value !== 'string')
  if (
    form.getAll('photos').length !== onlyFiles('photos').length ||
    form.getAll('audio').length !== onlyFiles('audio').length
  )
    return refused(400, { form: 'Le formulaire reçu est illisible.' })
  const chosen = (name: string) => onlyFiles(name).filter((file) => file.size > 0 || file.name !== '')
  const countErrors = fileCountErrors(parsed.data.kind, {
    photos: chosen('photos').length,
    audio: chosen('audio').length,
  })
  if (Object.keys(countErrors).length > 0) return refused(400, countErrors)
  const reference = newReference()
  const prepared = await prepareFiles(chosen('photos'), chosen('audio'), reference)
  if (!prepared.ok)
    return refused(prepared.field === 'form' ? 413 : 400, {
      [prepared.field === 'photo' ? 'photos' : prepared.field]: prepared.message,
    })
  const data = parsed.data
  const withdrawalKey = newWithdrawalKey()
  const stored: (number | string)[] = []
  try {
    for (const file of prepared.files) {
      const doc = await req.payload.create({
        collection: slugs.contributionFiles,
        data: { description: file.role === 'photo' ? 'Photo envoyée' : 'Enregistrement envoyé' },
        file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.size },
        req,
        overrideAccess: false,
      })
      stored.push(doc.id)
    }
    const context: ReceiveContext = { withdrawalKey, reference }
    await req.payload.create({
      collection: slugs.contributions,
      data: {
        kind: data.kind,
        title: data.title,
        content: data.content,
        files: stored as number[],
        signature: publicSignature(data),
        proposedEvent:
          data.kind === 'event-proposal' ? { date: data.eventDate, time: data.eventTime, place: data.eventPlace } : {},
        contributor: { name: data.name, email: data.email, phone: data.phone },
        consent: {
          publication: data.publication === 'yes',
          imageRights: photosMayBePublished(data.imageRights),
          minor: data.under15 === 'yes',
          parentalConsent: data.under15 === 'yes' && data.parentalConsent === 'yes',
          signatureChoice: data.signature,
          givenAt: new Date().toISOString(),
          wording: consentRecord(data),
        },
        status: 'received',
      },
      req,
      context,
      overrideAccess: false,
    })
  } catch (error) {
    await removeFiles(req, stored)
    req.payload.logger.error({ err: error, msg: `Contribution ${reference} not stored; its files were removed` })
    return refused(503, {
      form: 'Votre contribution n’a pas pu être enregistrée pour le moment. Rien n’a été gardé : réessayez dans quelques minutes.',
    })
  }
  const acknowledged = await acknowledge(req, { reference, title: data.title, key: withdrawalKey, to: data.email })
  return Response.json({ reference, withdrawalKey, acknowledged } satisfies SubmitAnswer, { status: 201 })
}

/** Removes files stored for a contribution that could not be stored itself (server code: no access asked). */
async function removeFiles(req: PayloadRequest, ids: (number | string)[]): Promise<void> {
  for (const id of ids) {
    await req.payload.delete({ collection: slugs.contributionFiles, id, overrideAccess: true }).catch(() => undefined)
  }
}

/** Sends the acknowledgement when an address was given and e-mail is on; a failure is logged, never shown. */
async function acknowledge(
  req: PayloadRequest,
  args: { reference: string; title: string; key: string; to?: string },
): Promise<boolean> {
  if (!args.to || !emailConfigured(cmsEnv())) return false
  try {
    await req.payload.sendEmail({ to: args.to, ...acknowledgementEmail(args) })
    return true
  } catch (error) {
    req.payload.logger.warn(`Acknowledgement of contribution ${args.reference} not sent: ${String(error)}`)
    return false
  }
}

export const submitContribution: Endpoint = { path: '/submit', method: 'post', handler: submit }
