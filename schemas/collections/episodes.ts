import type { CollectionSchema } from '../collection'
import { publicVersions } from '../collection'
import { houseOwnership } from '../fields/ownership'
import { slugField } from '../fields/slug'
import { validateTranscript } from '../radio/transcript'
import { slugs } from '../slugs'
import { episodeTypes, personRoles } from '../vocabularies'

export const episodesSchema: CollectionSchema = {
  slug: slugs.episodes,
  labels: { singular: 'Épisode', plural: 'Épisodes' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'show', 'publishedAt', '_status'], group: 'Radio' },
  defaultSort: '-publishedAt',
  versions: publicVersions,
  fields: [
    { name: 'show', type: 'relationship', relationTo: slugs.shows, label: 'Émission', required: true, index: true },
    { name: 'title', type: 'text', label: 'Titre', required: true, maxLength: 160 },
    slugField(),
    { name: 'description', type: 'textarea', label: 'Description', required: true, maxLength: 4000 },
    { name: 'audio', type: 'upload', relationTo: slugs.audio, label: 'Fichier audio (MP3 ou M4A)', required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'duration',
          type: 'number',
          label: 'Durée (secondes)',
          admin: { readOnly: true, description: 'Lue dans le fichier.' },
        },
        {
          name: 'size',
          type: 'number',
          label: 'Taille (octets)',
          admin: { readOnly: true, description: 'Lue dans le fichier.' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'season', type: 'number', label: 'Saison', min: 1 },
        { name: 'number', type: 'number', label: 'Numéro d’épisode', min: 1 },
        {
          name: 'episodeType',
          type: 'select',
          label: 'Type',
          defaultValue: 'full',
          required: true,
          options: episodeTypes.options(),
        },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: 'Date de publication',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: 'Transcription (WebVTT)',
      validate: (value: string | null | undefined) => validateTranscript(value),
      admin: {
        description:
          'Au format WebVTT : la première ligne est « WEBVTT », puis des blocs « 00:00:03.000 --> 00:00:08.000 » suivis du texte. ' +
          'Sur le site, une voix « <v Prénom Nom> » est remplacée par « Intervenant·e » si la personne n’a pas accepté d’être nommée.',
      },
    },
    {
      name: 'chapters',
      type: 'array',
      label: 'Chapitres',
      labels: { singular: 'Chapitre', plural: 'Chapitres' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startTime', type: 'number', label: 'Début (secondes)', required: true, min: 0 },
            { name: 'title', type: 'text', label: 'Titre', required: true },
          ],
        },
      ],
    },
    {
      name: 'people',
      type: 'array',
      label: 'Personnes',
      labels: { singular: 'Personne', plural: 'Personnes' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: 'Nom', required: true },
            {
              name: 'role',
              type: 'select',
              label: 'Rôle',
              required: true,
              options: personRoles.options(),
            },
          ],
        },
        {
          name: 'consent',
          type: 'checkbox',
          label: 'A accepté d’être nommé·e publiquement',
          defaultValue: false,
          admin: { description: 'Sans cet accord, la personne n’apparaît ni sur le site ni dans le flux.' },
        },
      ],
    },
    {
      name: 'about',
      type: 'relationship',
      relationTo: [slugs.events, slugs.projects, slugs.articles],
      hasMany: true,
      label: 'À propos de',
      admin: { description: 'Les événements, projets et articles dont parle l’épisode : liés dans les deux sens.' },
    },
    {
      name: 'guid',
      type: 'text',
      label: 'Identifiant permanent (GUID)',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Attribué une fois pour toutes : ne change jamais.' },
    },
    ...houseOwnership(),
  ],
}
