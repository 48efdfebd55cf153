import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { accessibilityField } from '../fields/accessibility'
import { addressGroup } from '../fields/address'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { httpUrl } from '../fields/url'
import { recurrenceField } from '../fields/recurrence'
import { endAfterStart } from '../fields/scheduleValidation'
import { slugs } from '../slugs'
import { audiences, eventStatuses, registrationModes, venueKinds } from '../vocabularies'
import { topicFields } from '../fields/topics'

const dateTime = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeIntervals: 15 } as const

export const eventsSchema: CollectionSchema = {
  slug: slugs.events,
  labels: { singular: 'Événement', plural: 'Événements' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'status', 'houses', '_status'],
    group: 'Agenda',
  },
  // The admin's « À venir » view: series under way and events to come, by their first date.
  defaultSort: 'start',
  versions: publicVersions,
  fields: [
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 140 },
    slugField(),
    { name: 'summary', type: 'textarea', label: 'En bref', maxLength: 300 },
    { name: 'description', type: 'richText', label: 'Description' },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          label: 'Début',
          required: true,
          index: true,
          timezone: true,
          admin: { date: dateTime },
        },
        {
          name: 'end',
          type: 'date',
          label: 'Fin',
          timezone: true,
          validate: endAfterStart,
          admin: { date: dateTime },
        },
      ],
    },
    { name: 'allDay', type: 'checkbox', label: 'Toute la journée', defaultValue: false },
    recurrenceField(),
    {
      name: 'venue',
      type: 'group',
      label: 'Lieu',
      fields: [
        {
          name: 'kind',
          type: 'radio',
          label: 'Où',
          defaultValue: 'house',
          options: venueKinds.options(),
        },
        {
          name: 'house',
          type: 'relationship',
          relationTo: slugs.houses,
          label: 'Maison',
          admin: { condition: (_, sibling) => sibling?.kind !== 'elsewhere' },
        },
        {
          name: 'name',
          type: 'text',
          label: 'Nom du lieu',
          admin: { condition: (_, sibling) => sibling?.kind === 'elsewhere' },
        },
        { ...addressGroup(), admin: { condition: (_, sibling) => sibling?.kind === 'elsewhere' } },
      ],
    },
    ...houseOwnership(),
    {
      name: 'project',
      type: 'relationship',
      relationTo: slugs.projects,
      label: 'Projet',
      admin: { description: 'Le projet dont fait partie l’événement, s’il y en a un : il est lié dans les deux sens.' },
    },
    ...topicFields(),
    {
      name: 'audiences',
      type: 'select',
      label: 'Public',
      hasMany: true,
      options: audiences.options(),
    },
    {
      name: 'price',
      type: 'group',
      label: 'Tarif',
      fields: [
        { name: 'free', type: 'checkbox', label: 'Gratuit', defaultValue: true },
        {
          name: 'amount',
          type: 'text',
          label: 'Tarif',
          admin: {
            condition: (_, sibling) => !sibling?.free,
            description: 'Ex. « 3 € adhérent·es, 5 € non-adhérent·es »',
          },
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      label: 'Inscription',
      fields: [
        {
          name: 'mode',
          type: 'select',
          label: 'Inscription',
          defaultValue: 'none',
          required: true,
          options: registrationModes.options(),
        },
        {
          name: 'url',
          type: 'text',
          label: 'Lien d’inscription',
          validate: httpUrl,
          admin: { condition: (_, s) => s?.mode === 'required' },
        },
        { name: 'phone', type: 'text', label: 'Téléphone', admin: { condition: (_, s) => s?.mode === 'required' } },
        { name: 'email', type: 'email', label: 'Courriel', admin: { condition: (_, s) => s?.mode === 'required' } },
      ],
    },
    accessibilityField(),
    {
      name: 'status',
      type: 'select',
      // « Statut » is Payload's draft/published column in the list: this one says whether it takes place.
      label: 'Déroulement',
      required: true,
      defaultValue: 'scheduled',
      options: eventStatuses.options(),
      admin: { position: 'sidebar' },
    },
    { name: 'image', type: 'upload', relationTo: slugs.media, label: 'Image' },
    {
      name: 'lastDate',
      type: 'date',
      label: 'Fin de la dernière date',
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: dateTime,
        description: 'Calculée à l’enregistrement ; vide pour une répétition sans fin.',
      },
    },
    {
      name: 'sequence',
      type: 'number',
      label: 'Version publiée aux agendas',
      defaultValue: 0,
      admin: { hidden: true },
    },
  ],
}
