import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { slugs } from '../slugs'
import { projectStatuses } from '../vocabularies'

export const projectsSchema: CollectionSchema = {
  slug: slugs.projects,
  labels: { singular: 'Projet', plural: 'Projets' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'status', 'updatedAt', '_status'], group: 'Contenus' },
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'summary', type: 'textarea', label: 'Résumé', required: true, maxLength: 500 },
    { name: 'body', type: 'richText', label: 'Présentation' },
    {
      name: 'status',
      type: 'select',
      label: 'État',
      required: true,
      defaultValue: 'active',
      options: projectStatuses.options(),
      admin: { position: 'sidebar' },
    },
    ...houseOwnership(),
    { name: 'partners', type: 'relationship', relationTo: slugs.partners, hasMany: true, label: 'Partenaires' },
    { name: 'themes', type: 'relationship', relationTo: slugs.themes, hasMany: true, label: 'Thématiques' },
    {
      name: 'images',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: 'Images',
    },
  ],
}
