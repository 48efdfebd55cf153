import {
  fileCountErrors,
  MAX_TOTAL_BYTES,
  sniffContributionFile,
  TOO_LARGE_MESSAGE,
} from '../../../schemas/contributions/files'
import { CONTRIBUTION_SERVICE_HEADER } from '../../../schemas/contributions/service'
import { ContributionForm, type FieldErrors, fieldErrors } from '../../../schemas/contributions/submission'
import { checkFormToken } from './formToken'
import { type FormFile, type FormProblem, readForm } from './readForm'

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
  'Votre contribution n’a pas pu être envoyée : le service est momentanément indisponible. Ce que vous avez écrit est ci-dessous ; réessayez dans quelques minutes.'

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

const FORM_PROBLEMS: Record<FormProblem, { status: number; errors: FieldErrors }> = {
  'too-large': { status: 413, errors: { photos: TOO_LARGE_MESSAGE } },
  'too-many-parts': { status: 400, errors: { form: 'Le formulaire reçu contient trop de champs ou de fichiers.' } },
  unreadable: { status: 400, errors: { form: 'Le formulaire reçu est illisible. Rechargez la page et réessayez.' } },
}

/** Every correction the form needs at once: the schema's messages first, then each file's. */
async function formErrors(fields: Record<string, string>, files: FormFile[]): Promise<FieldErrors> {
  const parsed = ContributionForm.safeParse(fields)
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error)
  const chosen = files.filter((file) => FILE_FIELDS.has(file.field) && (file.bytes.byteLength > 0 || file.name))
  const counts = {
    photos: chosen.filter((file) => file.field === 'photos').length,
    audio: chosen.filter((file) => file.field === 'audio').length,
  }
  for (const [field, message] of Object.entries(fileCountErrors(fields.kind, counts))) errors[field] ??= message
  for (const file of chosen) {
    if (errors[file.field]) continue
    const sniffed = await sniffContributionFile(file.bytes, file.name, file.field === 'photos' ? 'photo' : 'audio')
    if (!sniffed.ok) errors[file.field] = sniffed.message
  }
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
        form: 'Vous avez envoyé beaucoup de contributions en peu de temps. Ce que vous avez écrit est ci-dessous : attendez quelques minutes avant de l’envoyer à nouveau.',
      },
      values,
      options.wait,
    )
  if (!options.secret) return refuse(503, { form: UNAVAILABLE }, values)

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
  if (form.problem && form.problem !== 'too-large') {
    const { status, errors } = FORM_PROBLEMS[form.problem]
    return refuse(status, errors, values)
  }

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
  const errors = await formErrors(fields, form.files)
  if (form.problem === 'too-large') errors.photos = FORM_PROBLEMS['too-large'].errors.photos
  if (Object.keys(errors).length > 0) return refuse(form.problem === 'too-large' ? 413 : 400, errors, values)

  const outgoing = new FormData()
  for (const [name, value] of Object.entries(fields)) if (name !== 'formToken') outgoing.append(name, value)
  for (const file of form.files)
    if (file.bytes.byteLength > 0 || file.name)
      outgoing.append(file.field, new File([file.bytes], file.name, { type: file.type }))
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
