import type { GroupField } from 'payload'

import { frequencies, monthlyModes, weekdayCodes } from '../vocabularies'
import { countOrUntil, untilAfterStart } from './scheduleValidation'

const repeats = (_: unknown, sibling: { frequency?: string } | undefined) =>
  Boolean(sibling?.frequency && sibling.frequency !== 'none')

const day = { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } as const

/**
 * Repetition of an event, entered as plain choices and stored with its RFC 5545 rule
 * (computed by the CMS) so that feeds and the site expand the same occurrences.
 */
export const recurrenceField = (): GroupField => ({
  name: 'recurrence',
  type: 'group',
  label: 'Répétition',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'frequency',
          type: 'select',
          label: 'Fréquence',
          defaultValue: 'none',
          required: true,
          options: frequencies.options(),
        },
        {
          name: 'interval',
          type: 'number',
          label: 'Intervalle',
          min: 1,
          max: 52,
          defaultValue: 1,
          admin: {
            condition: repeats,
            description: '1 = à chaque fois ; 2 = une fois sur deux (une semaine sur deux, un mois sur deux…).',
          },
        },
      ],
    },
    {
      name: 'weekdays',
      type: 'select',
      label: 'Jours',
      hasMany: true,
      options: weekdayCodes.options(),
      admin: {
        condition: (_, s) => s?.frequency === 'weekly',
        description: 'Par défaut, le jour de la première date.',
      },
    },
    {
      name: 'monthlyMode',
      type: 'select',
      label: 'Quel jour du mois',
      defaultValue: 'dayOfMonth',
      options: monthlyModes.options(),
      admin: {
        condition: (_, s) => s?.frequency === 'monthly',
        description: 'Calculé à partir de la première date : le 12, le 1er samedi, le dernier jeudi…',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'until',
          type: 'date',
          label: 'Jusqu’au (inclus)',
          validate: untilAfterStart,
          admin: { condition: repeats, date: day },
        },
        {
          name: 'count',
          type: 'number',
          label: 'Ou nombre de dates',
          min: 1,
          max: 500,
          validate: countOrUntil,
          admin: {
            condition: repeats,
            description: 'Les dates sans séance en font partie : 4 dates dont 1 sans séance donnent 3 séances.',
          },
        },
      ],
    },
    {
      name: 'excludedDates',
      type: 'array',
      label: 'Dates sans séance',
      labels: { singular: 'Date exclue', plural: 'Dates exclues' },
      admin: { condition: repeats },
      fields: [{ name: 'date', type: 'date', label: 'Date', required: true, admin: { date: day } }],
    },
    {
      name: 'changes',
      type: 'array',
      label: 'Séances modifiées ou annulées',
      labels: { singular: 'Séance modifiée', plural: 'Séances modifiées' },
      admin: { condition: repeats },
      fields: [
        {
          name: 'occurrenceDate',
          type: 'date',
          label: 'Séance du',
          required: true,
          admin: { date: day, description: 'Date prévue de la séance concernée.' },
        },
        { name: 'cancelled', type: 'checkbox', label: 'Séance annulée', defaultValue: false },
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              type: 'date',
              label: 'Nouveau début',
              timezone: true,
              admin: { condition: (_, s) => !s?.cancelled, date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'end',
              type: 'date',
              label: 'Nouvelle fin',
              timezone: true,
              admin: { condition: (_, s) => !s?.cancelled, date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
        { name: 'note', type: 'text', label: 'Note pour le public', maxLength: 200 },
      ],
    },
    {
      name: 'inWords',
      type: 'ui',
      admin: { components: { Field: '/components/RecurrenceSummary#RecurrenceSummary' } },
    },
    {
      name: 'rule',
      type: 'text',
      label: 'Règle pour les calendriers',
      // Computed at save for the iCalendar feeds: nothing staff need to read or change.
      admin: { readOnly: true, hidden: true },
    },
  ],
})
