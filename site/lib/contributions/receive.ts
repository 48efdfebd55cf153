import { MAX_TOTAL_BYTES, sniffContributionFile } from '../../../schemas/contributions/files'
import { CONTRIBUTION_SERVICE_HEADER } from '../../../schemas/contributions/service'
import { ContributionForm, type FieldErrors, fieldErrors } from '../../../schemas/contributions/submission'
import { checkFormToken } from './formToken'

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
function typedValues(form: FormData): TypedValues {
  const values: TypedValues = {}
  for (const [name, value] of form.entries())
    if (typeof value === 'string' && TEXT_FIELDS.has(name) && name !== 'formToken' && name !== 'website')
      values[name] = value.slice(0, 10_000)
  return values
}

/**
 * Handles a post of the contribution form: rate limit, form token (CSRF and fill time), honeypot,
 * the shared zod schema, each file's real type, then hands everything to the CMS as the
 * contribution service. Every refusal is a French message per field and what was typed.
 *
 * @returns the reference and withdrawal key, or the status (400, 403, 413, 415, 429, 503) with messages
 */
export async function receiveContribution(request: Request, options: ReceiveOptions): Promise<Received> {
  if (options.wait > 0)
    return refuse(
      429,
      {
        form: 'Vous avez envoyé beaucoup de contributions en peu de temps. Attendez quelques minutes avant de réessayer.',
      },
      {},
      options.wait,
    )
  const type = request.headers.get('content-type')?.toLowerCase() ?? ''
  if (!type.startsWith('multipart/form-data') && !type.startsWith('application/x-www-form-urlencoded'))
    return refuse(415, { form: 'Envoyez la contribution avec le formulaire de la page.' })
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return refuse(400, { form: 'Le formulaire reçu est illisible. Rechargez la page et réessayez.' })
  }
  const values = typedValues(form)
  if (!options.secret) return refuse(503, { form: UNAVAILABLE }, values)

  const token = form.get('formToken')
  const check = checkFormToken(options.secret, typeof token === 'string' ? token : undefined, options.cookieNonce, {
    minFillMs: options.minFillMs,
  })
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

  // No prototype: a field named __proto__ or constructor is a field like any other (and unknown).
  const fields: Record<string, string> = Object.create(null)
  for (const [name, value] of form.entries()) {
    if (FILE_FIELDS.has(name)) {
      if (typeof value === 'string') return refuse(400, { [name]: 'Ce champ attend un fichier.' }, values)
      continue
    }
    if (typeof value !== 'string')
      return refuse(400, { form: 'Un fichier a été envoyé dans un champ de texte.' }, values)
    if (Object.hasOwn(fields, name)) return refuse(400, { form: 'Le formulaire contient un champ en double.' }, values)
    fields[name] = value
  }
  if (fields.website) return refuse(400, { form: 'Le formulaire n’a pas été rempli par une personne.' }, values)
  const parsed = ContributionForm.safeParse(fields)
  if (!parsed.success) return refuse(400, fieldErrors(parsed.error), values)

  const files = [...FILE_FIELDS].flatMap((field) =>
    form
      .getAll(field)
      .flatMap((value) =>
        typeof value === 'string' || (value.size === 0 && !value.name) ? [] : [{ field, file: value }],
      ),
  )
  if (files.reduce((sum, { file }) => sum + file.size, 0) > MAX_TOTAL_BYTES)
    return refuse(413, { photos: `Les fichiers dépassent ${MAX_TOTAL_BYTES / 1024 / 1024} Mo en tout.` }, values)
  for (const { field, file } of files) {
    const sniffed = await sniffContributionFile(
      new Uint8Array(await file.arrayBuffer()),
      file.name,
      field === 'photos' ? 'photo' : 'audio',
    )
    if (!sniffed.ok) return refuse(400, { [field]: sniffed.message }, values)
  }

  const outgoing = new FormData()
  for (const [name, value] of Object.entries(fields)) if (name !== 'formToken') outgoing.append(name, value)
  for (const { field, file } of files) outgoing.append(field, file, file.name)
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
