import { z } from 'zod'

import type { ValueOf } from '../vocabulary'
import { contributionKinds, imageRightsAnswers, signatureChoices } from '../vocabularies'

/**
 * The contribution form as it crosses two boundaries: the site validates what a resident typed with
 * it, and the CMS validates the same fields again when the site hands them over. Every value arrives
 * as a string (an HTML form); unknown fields are refused.
 */

/** How long the contributor's contact details are kept after sending (then erased by a job): 12 months. */
export const RETENTION_DAYS = 365

/** Bidirectional overrides and isolates, zero-width and other invisible characters used to disguise text. */
// Control characters are the point of this pattern: they are what it refuses.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/
/** The start of an HTML tag, comment or declaration: residents write plain text, never markup. */
const MARKUP = /<\s*[a-zA-Z!/?]/

/** Plain text of at most `max` characters, trimmed, in Unicode NFC and with LF line breaks, with no markup nor hidden characters. */
const plainText = (label: string, max: number, { multiline = false } = {}) =>
  z
    .string({ error: `${label} : ce champ est obligatoire.` })
    // Checked before trimming: trimming would silently drop some of them (a byte-order mark).
    .refine(
      (value) => !INVISIBLE.test(value) && (multiline || !/[\n\r\t]/.test(value)),
      `${label} : ce texte contient des caractères invisibles ou de contrôle, retapez-le.`,
    )
    // A form sends each line break as CR LF (HTML, form submission) where the browser's maxlength
    // counted one character: counted as sent, a text within the field's limit was refused.
    .transform((value) => value.replace(/\r\n?/g, '\n').normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max, `${label} : ${max} caractères au plus.`)
        .refine(
          (value) => !MARKUP.test(value),
          `${label} : les balises (< … >) ne sont pas acceptées, écrivez du texte simple.`,
        ),
    )

const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message })
const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value : undefined))
    .pipe(schema.optional())

export const ContributionForm = z
  .strictObject({
    kind: z.enum(contributionKinds.values, { error: 'Choisissez ce que vous envoyez.' }),
    title: plainText('Titre', 160).pipe(z.string().min(3, 'Donnez un titre (3 caractères au moins).')),
    content: plainText('Texte', 10_000, { multiline: true }).default(''),
    eventDate: optional(z.iso.date({ error: 'Date de l’événement : écrivez-la sous la forme AAAA-MM-JJ.' })),
    eventTime: optional(z.iso.time({ precision: -1, error: 'Heure de l’événement : écrivez-la sous la forme HH:MM.' })),
    eventPlace: optional(plainText('Lieu', 160)),
    name: plainText('Nom', 120).pipe(
      z.string().min(2, 'Indiquez votre nom (il ne sera publié que si vous le choisissez).'),
    ),
    email: optional(
      z.email({ error: 'Adresse e-mail : elle ne semble pas valide (exemple : prenom@exemple.fr).' }).max(254),
    ),
    phone: optional(
      z.string().regex(/^\+?[0-9 .-]{6,20}$/, 'Téléphone : seulement des chiffres, espaces, points ou tirets.'),
    ),
    signature: z.enum(signatureChoices.values, { error: 'Choisissez sous quel nom publier.' }),
    pseudonym: optional(plainText('Pseudonyme', 60)),
    publication: yesNo('Dites si vous acceptez que votre contribution soit publiée.'),
    imageRights: optional(
      z.enum(imageRightsAnswers.values, { error: 'Droit à l’image : choisissez une des réponses.' }),
    ),
    under15: yesNo('Dites si vous avez moins de 15 ans.'),
    parentName: optional(plainText('Nom du parent', 120)),
    parentalConsent: optional(
      z.literal('yes', { error: 'Autorisation parentale : cochez la case ou laissez-la vide.' }),
    ),
    /** Left empty by people; robots fill every field they find. */
    website: z.string().max(0, 'Ce champ doit rester vide.').optional(),
    formToken: z.string().max(200, 'Le formulaire a expiré : rechargez la page.').optional(),
  })
  // Runs even when other fields failed, so that every correction is asked for at once: the form's
  // values may then be raw or missing, hence the checks on what each one is.
  .superRefine(
    (form, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
      const content = typeof form.content === 'string' ? form.content : ''
      if ((form.kind === 'text' || form.kind === 'letter') && content.length < 10)
        issue('content', 'Écrivez votre texte (10 caractères au moins).')
      if (form.kind === 'event-proposal') {
        if (!form.eventDate) issue('eventDate', 'Indiquez la date de l’événement proposé.')
        if (!form.eventPlace) issue('eventPlace', 'Indiquez où aurait lieu l’événement.')
      }
      if (form.kind === 'photo' && !form.imageRights)
        issue('imageRights', 'Droit à l’image : dites si des personnes sont reconnaissables sur vos photos.')
      if (form.signature === 'pseudonym' && !form.pseudonym) issue('pseudonym', 'Écrivez le pseudonyme à publier.')
      if (form.under15 === 'yes') {
        if (!form.parentName) issue('parentName', 'Indiquez le nom de votre parent ou responsable légal.')
        if (form.parentalConsent !== 'yes')
          issue(
            'parentalConsent',
            'Il faut l’accord de votre parent ou responsable légal pour nous envoyer une contribution.',
          )
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
export type ContributionForm = z.output<typeof ContributionForm>

/** Field names of the form, in the order they appear (the error summary follows it). */
export const FORM_FIELDS = [
  'kind',
  'title',
  'content',
  'eventDate',
  'eventTime',
  'eventPlace',
  'photos',
  'audio',
  'name',
  'email',
  'phone',
  'publication',
  'signature',
  'pseudonym',
  'imageRights',
  'under15',
  'parentName',
  'parentalConsent',
] as const

/** One French message per field that needs correcting. */
export type FieldErrors = Partial<Record<string, string>>

/** The first message of each field from a zod failure, keyed by field name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    const message =
      issue.code === 'unrecognized_keys'
        ? 'Le formulaire contient des champs inconnus : rechargez la page.'
        : issue.message
    errors[issue.code === 'unrecognized_keys' ? 'form' : field] ??= message
  }
  return errors
}

/** The name shown in public, as the contributor chose; '' means anonymous. */
export function publicSignature(form: Pick<ContributionForm, 'signature' | 'name' | 'pseudonym'>): string {
  switch (form.signature) {
    case 'full':
      return form.name
    case 'first':
      return form.name.split(/\s+/)[0] ?? ''
    case 'pseudonym':
      return form.pseudonym ?? ''
    default:
      return ''
  }
}

/** The sentences the form shows next to each consent choice: stored word for word with the answer. */
export const CONSENT_TEXT = {
  publication:
    'J’accepte que La Coopé publie ma contribution (site, journal « Au fil des quartiers », radio) après relecture par l’équipe.',
  noPublication: 'Je ne souhaite pas que ma contribution soit publiée : elle est seulement lue par l’équipe.',
  signature: 'Si elle est publiée, ma contribution sera signée :',
  imageRights: 'Droit à l’image des personnes visibles sur mes photos :',
  under15: 'J’ai moins de 15 ans :',
  parentalConsent:
    'Mon parent ou responsable légal a lu ce formulaire et accepte que j’envoie cette contribution et, si je l’ai accepté, qu’elle soit publiée.',
  retention:
    'Mes coordonnées (nom, e-mail, téléphone) servent seulement à me répondre. Elles ne sont jamais publiées et sont effacées 12 mois après l’envoi. Je peux retirer ma contribution à tout moment avec le lien reçu par e-mail ou affiché après l’envoi.',
} as const

/**
 * What the contributor agreed to, in the exact words shown: one line per choice made, in the order
 * of the form. Stored with the contribution, with the date, as the record of consent.
 */
export function consentRecord(form: ContributionForm): string {
  const signature = signatureChoices.label(form.signature ?? 'anonymous')
  const shown = publicSignature(form)
  const lines = [
    form.publication === 'yes' ? `[x] ${CONSENT_TEXT.publication}` : `[x] ${CONSENT_TEXT.noPublication}`,
    `${CONSENT_TEXT.signature} ${signature}${shown ? ` (« ${shown} »)` : ''}`,
  ]
  if (form.imageRights) lines.push(`${CONSENT_TEXT.imageRights} ${imageRightsAnswers.label(form.imageRights)}`)
  lines.push(`${CONSENT_TEXT.under15} ${form.under15 === 'yes' ? 'oui' : 'non'}`)
  if (form.under15 === 'yes')
    lines.push(
      `[${form.parentalConsent === 'yes' ? 'x' : ' '}] ${CONSENT_TEXT.parentalConsent} (${form.parentName ?? ''})`,
    )
  lines.push(`[information] ${CONSENT_TEXT.retention}`)
  return lines.join('\n')
}

/** Whether the contributor allowed their photos to be published (nobody recognisable, or people agreed). */
export const photosMayBePublished = (answer: ValueOf<typeof imageRightsAnswers> | undefined): boolean =>
  answer === 'nobody' || answer === 'agreed'
