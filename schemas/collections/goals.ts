import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { slugs } from '../slugs'
import { purposeAudiences } from '../vocabularies'

const order = {
  name: 'order',
  type: 'number',
  label: 'Ordre',
  required: true,
  min: 0,
  admin: { position: 'sidebar' },
} as const

export const purposesSchema: CollectionSchema = {
  slug: slugs.purposes,
  labels: { singular: 'Finalité', plural: 'Finalités' },
  admin: {
    useAsTitle: 'statement',
    defaultColumns: ['audience', 'statement', '_status'],
    group: 'Arbre des objectifs',
  },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    {
      name: 'audience',
      type: 'select',
      label: 'Pour',
      required: true,
      options: purposeAudiences.options(),
    },
    { name: 'statement', type: 'textarea', label: 'Énoncé', required: true },
    order,
  ],
}

export const objectivesSchema: CollectionSchema = {
  slug: slugs.objectives,
  labels: { singular: 'Objectif opérationnel', plural: 'Objectifs opérationnels' },
  admin: { useAsTitle: 'statement', defaultColumns: ['order', 'statement', '_status'], group: 'Arbre des objectifs' },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    { name: 'statement', type: 'textarea', label: 'Énoncé', required: true },
    { name: 'purposes', type: 'relationship', relationTo: slugs.purposes, hasMany: true, label: 'Finalités servies' },
    order,
  ],
}

export const actionsSchema: CollectionSchema = {
  slug: slugs.actions,
  labels: { singular: 'Action', plural: 'Actions' },
  admin: { useAsTitle: 'title', defaultColumns: ['order', 'title', 'isNew', '_status'], group: 'Arbre des objectifs' },
  defaultSort: 'order',
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'textarea', label: 'Action', required: true },
    {
      name: 'objectives',
      type: 'relationship',
      relationTo: slugs.objectives,
      hasMany: true,
      label: 'Objectifs servis',
    },
    {
      name: 'examples',
      type: 'array',
      label: 'Exemples précis',
      labels: { singular: 'Exemple', plural: 'Exemples' },
      fields: [{ name: 'text', type: 'text', label: 'Exemple', required: true }],
    },
    { name: 'isNew', type: 'checkbox', label: 'Nouvelle action', defaultValue: false, admin: { position: 'sidebar' } },
    { name: 'projects', type: 'relationship', relationTo: slugs.projects, hasMany: true, label: 'Projets liés' },
    order,
  ],
}
