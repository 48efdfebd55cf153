import type { CollectionSchema } from '../collection'
import { slugs } from '../slugs'
import { contributionKinds, contributionStatuses } from '../vocabularies'

/** Name of the group that holds the contributor's identity: never readable by the public. */
export const CONTRIBUTOR_FIELD = 'contributor'

/** Fields for moderation only, even once the contribution is published. */
export const MODERATION_ONLY_FIELDS = [CONTRIBUTOR_FIELD, 'consent', 'moderationNote']

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
        { name: 'givenAt', type: 'date', label: 'Recueilli le', admin: { readOnly: true } },
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
    { name: 'moderationNote', type: 'textarea', label: 'Note de modération (interne)', admin: { position: 'sidebar' } },
    { name: 'publishedAt', type: 'date', label: 'Publiée le', admin: { position: 'sidebar', readOnly: true } },
  ],
}
