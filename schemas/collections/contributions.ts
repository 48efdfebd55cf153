import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'
import { contributionKinds, contributionStatuses, signatureChoices } from '../vocabularies'

/** Name of the group that holds the contributor's identity: never readable by the public. */
export const CONTRIBUTOR_FIELD = 'contributor'

/** Fields for moderation only, even once the contribution is published. */
export const MODERATION_ONLY_FIELDS = [
  CONTRIBUTOR_FIELD,
  'consent',
  'moderationNote',
  'reference',
  'proposedEvent',
  'retainUntil',
  'history',
  'reply',
  'draft',
]

/** The draft article, event or episode a contribution was turned into. */
export const DRAFT_FIELD = 'draft'

/** A message to the contributor, sent by e-mail when the contribution is saved and never stored. */
export const REPLY_FIELD = 'reply'

/** Filled by the server at each change of status: nobody writes it. */
export const HISTORY_FIELD = 'history'

/** Never readable through any door: only its digest is kept, to check a withdrawal link. */
export const WITHDRAWAL_KEY_FIELD = 'withdrawalKeyHash'

export const contributionsSchema: CollectionSchema = {
  slug: slugs.contributions,
  labels: { singular: 'Contribution', plural: 'Contributions' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'status', 'createdAt'],
    group: 'Contributions',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'reference',
      type: 'text',
      label: 'Référence',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Donnée à la personne après l’envoi.' },
    },
    {
      name: 'kind',
      type: 'select',
      label: 'Type',
      required: true,
      options: contributionKinds.options(),
    },
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 160 },
    { name: 'content', type: 'textarea', label: 'Contenu', maxLength: 10000 },
    {
      name: 'files',
      type: 'upload',
      relationTo: slugs.contributionFiles,
      hasMany: true,
      label: 'Fichiers reçus',
    },
    {
      name: 'proposedEvent',
      type: 'group',
      label: 'Événement proposé',
      admin: { condition: (data) => data?.kind === 'event-proposal' },
      fields: [
        { name: 'date', type: 'text', label: 'Date (AAAA-MM-JJ)', maxLength: 10 },
        { name: 'time', type: 'text', label: 'Heure (HH:MM)', maxLength: 5 },
        { name: 'place', type: 'text', label: 'Lieu', maxLength: 160 },
      ],
    },
    { name: 'neighbourhood', type: 'relationship', relationTo: slugs.neighbourhoods, label: 'Quartier' },
    {
      name: 'signature',
      type: 'text',
      label: 'Signature publique',
      maxLength: 120,
      admin: { description: 'Ce qui sera affiché, ex. « Awa, quartier du Port ». Vide = anonyme.' },
    },
    {
      name: CONTRIBUTOR_FIELD,
      type: 'group',
      label: 'Contributeur·rice (jamais public)',
      fields: [
        { name: 'name', type: 'text', label: 'Nom', required: true, maxLength: 120 },
        { name: 'email', type: 'email', label: 'Courriel' },
        { name: 'phone', type: 'text', label: 'Téléphone' },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      label: 'Consentement',
      fields: [
        { name: 'publication', type: 'checkbox', label: 'Accepte la publication', defaultValue: false },
        { name: 'imageRights', type: 'checkbox', label: 'Droit à l’image des personnes visibles', defaultValue: false },
        { name: 'minor', type: 'checkbox', label: 'Contributeur·rice mineur·e', defaultValue: false },
        {
          name: 'parentalConsent',
          type: 'checkbox',
          label: 'Autorisation parentale',
          defaultValue: false,
          admin: { condition: (_, sibling) => Boolean(sibling?.minor) },
        },
        {
          name: 'signatureChoice',
          type: 'select',
          label: 'Nom sous lequel publier',
          options: signatureChoices.options(),
          admin: { readOnly: true },
        },
        { name: 'givenAt', type: 'date', label: 'Recueilli le', admin: { readOnly: true } },
        {
          name: 'wording',
          type: 'textarea',
          label: 'Texte exact accepté',
          maxLength: 4000,
          admin: { readOnly: true, description: 'Les phrases affichées par le formulaire et les choix faits.' },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Statut',
      required: true,
      defaultValue: 'received',
      index: true,
      options: contributionStatuses.options(),
      admin: { position: 'sidebar' },
    },
    {
      name: 'houses',
      type: 'relationship',
      relationTo: slugs.houses,
      hasMany: true,
      label: 'Maisons concernées',
      admin: {
        position: 'sidebar',
        description:
          'Choisies par la modération : les équipes de ces maisons voient la contribution (sans les coordonnées).',
      },
    },
    { name: 'moderationNote', type: 'textarea', label: 'Note de modération (interne)', admin: { position: 'sidebar' } },
    {
      name: REPLY_FIELD,
      type: 'textarea',
      label: 'Répondre par courriel',
      virtual: true,
      maxLength: 5000,
      admin: {
        position: 'sidebar',
        // Payload makes a virtual field read-only in the admin unless told otherwise: this one is typed in.
        readOnly: false,
        condition: (data) => Boolean(data?.[CONTRIBUTOR_FIELD]?.email),
        description:
          'Envoyé à l’adresse de la personne à l’enregistrement, avec la référence ; le texte n’est pas conservé.',
      },
    },
    {
      name: DRAFT_FIELD,
      type: 'relationship',
      relationTo: [slugs.articles, slugs.events, slugs.episodes],
      label: 'Brouillon créé',
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'publishedAt', type: 'date', label: 'Publiée le', admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'retainUntil',
      type: 'date',
      label: 'Coordonnées effacées le',
      index: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: HISTORY_FIELD,
      type: 'array',
      label: 'Historique de modération',
      labels: { singular: 'Changement', plural: 'Changements' },
      admin: { readOnly: true, initCollapsed: true, description: 'Qui a changé le statut, et quand.' },
      fields: [
        { name: 'status', type: 'select', label: 'Statut', options: contributionStatuses.options() },
        { name: 'by', type: 'relationship', relationTo: slugs.users, label: 'Par' },
        { name: 'at', type: 'date', label: 'Le', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: WITHDRAWAL_KEY_FIELD, type: 'text', admin: { hidden: true } },
  ],
}
