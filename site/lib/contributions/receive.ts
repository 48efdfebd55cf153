import {
  fileCountErrors,
  MAX_TOTAL_BYTES,
  sniffContributionFile,
  oversizeMessage,
  TOO_LARGE_MESSAGE,
} from '../../../schemas/contributions/files'
import { CONTRIBUTION_SERVICE_HEADER } from '../../../schemas/contributions/service'
import { ContributionForm, type FieldErrors, fieldErrors } from '../../../schemas/contributions/submission'
import { checkFormToken } from './formToken'
import { type FormFile, readForm } from './readForm'

/** What the resident typed, to fill the form again after a refusal (files cannot be kept by a browser). */
export type TypedValues = Record<string, string>

export type Received =
  | { ok: true; reference: string; withdrawalKey: string; acknowledged: boolean }
  | { ok: false; status: number; errors: FieldErrors; values: TypedValues; retryAfter?: number }

/** How the site reaches the CMS's `POST /api/contributions/submit` (fetch in the server, the handler in tests). */
export type Forward = (form: FormData, headers: Headers) => Promise<Response>

export type ReceiveOptions = {
  /** The shared contribution secret; without it the form is closed. */
  secret: string | undefined
  cookieNonce: string | undefined
  /** Seconds to wait before this client may send again, 0 when it may (see rateLimit.ts). */
  wait: number
  forward: Forward
  /** How soon after it was shown a form may come back (3 s unless configured). */
  minFillMs?: number
}

/** Text fields the form has; anything else is refused, nothing is echoed back but these. */
const TEXT_FIELDS = new Set(Object.keys(ContributionForm.shape))
const FILE_FIELDS = new Set(['photos', 'audio'])
const UNAVAILABLE =
  'Votre contribution n’a pas pu être envoyée : le service est momentanément indisponible. Réessayez dans quelques minutes.'

const refuse = (status: number, errors: FieldErrors, values: TypedValues = {}, retryAfter?: number): Received => ({
  ok: false,
  status,
  errors,
  values,
  retryAfter,
})

/** The typed text values worth giving back (known fields only, never the token or the honeypot). */
function typedValues(fields: [string, string][]): TypedValues {
  const values: TypedValues = {}
  for (const [name, value] of fields)
    if (TEXT_FIELDS.has(name) && name !== 'formToken' && name !== 'website') values[name] = value.slice(0, 10_000)
  return values
}

const UNREADABLE = 'Le formulaire reçu est illisible. Rechargez la page et réessayez.'
const TOO_MANY_PARTS = 'Le formulaire reçu contient trop de champs ou de fichiers.'
/** The server's body limit cut the form: what came after the cut is unknown, so only this is said. */
const CUT_OFF = `Le formulaire est trop lourd pour être reçu en entier : ses fichiers dépassent de loin ${MAX_TOTAL_BYTES / 1024 / 1024} Mo. Choisissez des fichiers plus légers, puis vérifiez toutes vos réponses.`

const roleOf = (field: string) => (field === 'photos' ? 'photo' : 'audio')

/**
 * The size refusals of a form whose files were dropped (`too-large`): each file over its own
 * limit under its field, or else the total under the field whose file crossed it.
 */
function sizeErrors(files: FormFile[], overflow: string | undefined): FieldErrors {
  const errors: FieldErrors = {}
  for (const file of files) {
    const message = FILE_FIELDS.has(file.field) ? oversizeMessage(roleOf(file.field), file.size) : null
    if (message) errors[file.field] ??= message
  }
  if (Object.keys(errors).length === 0)
    errors[overflow && FILE_FIELDS.has(overflow) ? overflow : 'photos'] = TOO_LARGE_MESSAGE
  return errors
}

/**
 * Every correction the form needs at once: the schema's messages first, then the files': their
 * sizes when they were dropped for it (`dropped`), else their counts and real types.
 */
async function formErrors(
  fields: Record<string, string>,
  files: FormFile[],
  dropped: { overflow?: string } | null,
): Promise<FieldErrors> {
  const parsed = ContributionForm.safeParse(fields)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
  const chosen = files.filter((file) => FILE_FIELDS.has(file.field) && (file.size > 0 || file.name))
  const counts = {
    photos: chosen.filter((file) => file.field === 'photos').length,
    audio: chosen.filter((file) => file.field === 'audio').length,
  }
  const fileErrors: FieldErrors = { ...fileCountErrors(fields.kind, counts) }
  if (dropped) Object.assign(fileErrors, sizeErrors(chosen, dropped.overflow))
  else
    for (const file of chosen) {
      if (fileErrors[file.field]) continue
      const sniffed = await sniffContributionFile(file.bytes, file.name, roleOf(file.field))
      if (!sniffed.ok) fileErrors[file.field] = sniffed.message
    }
  for (const [field, message] of Object.entries(fileErrors)) errors[field] ??= message
  return errors
}

/**
 * Handles a post of the contribution form: the form is read first (text always kept, see
 * `readForm`), then the rate limit, the form token (CSRF and fill time), the honeypot, and every
 * correction at once (the shared zod schema, how many files, each file's real type); then
 * everything goes to the CMS as the contribution service. Every refusal is a French message per
 * field and what was typed.
 *
 * @returns the reference and withdrawal key, or the status (400, 403, 413, 415, 429, 503) with messages
 */
export async function receiveContribution(request: Request, options: ReceiveOptions): Promise<Received> {
  const type = request.headers.get('content-type')?.toLowerCase() ?? ''
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/x-www-form-urlencoded')) {
    await request.body?.cancel().catch(() => undefined)
    return refuse(415, { form: 'Envoyez la contribution avec le formulaire de la page.' })
  }
  const form = await readForm(request, { maxFileBytes: MAX_TOTAL_BYTES })
  const values = typedValues(form.fields)
  if (options.wait > 0)
    return refuse(
      429,
      {
        form: 'Vous avez envoyé beaucoup de contributions en peu de temps : attendez quelques minutes avant de l’envoyer à nouveau.',
      },
      values,
      options.wait,
    )
  if (!options.secret) return refuse(503, { form: UNAVAILABLE }, values)
  if (form.problem === 'unreadable') return refuse(400, { form: UNREADABLE }, values)

  const token = form.fields.find(([name]) => name === 'formToken')?.[1]
  const check = checkFormToken(options.secret, token, options.cookieNonce, { minFillMs: options.minFillMs })
  if (check === 'too-fast')
    return refuse(400, { form: 'Le formulaire a été envoyé trop vite. Relisez-le puis envoyez-le à nouveau.' }, values)
  if (check !== 'ok')
    return refuse(
      403,
      {
        form: 'Ce formulaire a expiré ou ne vient pas de cette page. Vérifiez vos réponses ci-dessous puis envoyez-le à nouveau.',
      },
      values,
    )
  if (form.problem === 'too-many-parts') return refuse(400, { form: TOO_MANY_PARTS }, values)
  if (form.problem === 'cut-off') return refuse(413, { [form.overflow ?? 'photos']: CUT_OFF }, values)

  // No prototype: a field named __proto__ or constructor is a field like any other (and unknown).
  const fields: Record<string, string> = Object.create(null)
  for (const [name, value] of form.fields) {
    if (FILE_FIELDS.has(name)) return refuse(400, { [name]: 'Ce champ attend un fichier.' }, values)
    if (Object.hasOwn(fields, name)) return refuse(400, { form: 'Le formulaire contient un champ en double.' }, values)
    fields[name] = value
  }
  if (form.files.some((file) => !FILE_FIELDS.has(file.field)))
    return refuse(400, { form: 'Un fichier a été envoyé dans un champ de texte.' }, values)
  if (fields.website) return refuse(400, { form: 'Le formulaire n’a pas été rempli par une personne.' }, values)
  const tooLarge = form.problem === 'too-large'
  const errors = await formErrors(fields, form.files, tooLarge ? { overflow: form.overflow } : null)
  if (Object.keys(errors).length > 0) return refuse(tooLarge ? 413 : 400, errors, values)

  const outgoing = new FormData()
  for (const [name, value] of Object.entries(fields)) if (name !== 'formToken') outgoing.append(name, value)
  for (const file of form.files)
    if (file.size > 0 || file.name) outgoing.append(file.field, new File([file.bytes], file.name, { type: file.type }))
  let answer: Response
  try {
    answer = await options.forward(outgoing, new Headers({ [CONTRIBUTION_SERVICE_HEADER]: options.secret }))
  } catch {
    return refuse(503, { form: UNAVAILABLE }, values)
  }
  const body = (await answer.json().catch(() => ({}))) as {
    reference?: string
    withdrawalKey?: string
    acknowledged?: boolean
    errors?: FieldErrors
  }
  if (answer.status === 201 && body.reference && body.withdrawalKey)
    return {
      ok: true,
      reference: body.reference,
      withdrawalKey: body.withdrawalKey,
      acknowledged: Boolean(body.acknowledged),
    }
  if (answer.status >= 400 && answer.status < 500 && answer.status !== 401 && answer.status !== 403 && body.errors)
    return refuse(answer.status, body.errors, values)
  return refuse(503, { form: UNAVAILABLE }, values)
}
