import { z } from 'zod'

import { Accessibility, Address, Id, Image, relation, RichText } from './common'
import { HouseMention } from './house'
import {
  audiences,
  eventStatuses,
  frequencies,
  monthlyModes,
  registrationModes,
  venueKinds,
  weekdayCodes,
} from '../vocabularies'

export const Term = z.object({ id: Id, name: z.string(), slug: z.string() })
export type Term = z.infer<typeof Term>

const day = z.string()

/** The project an event belongs to, as its page links to it. */
export const ProjectLink = z.object({ id: Id, title: z.string(), slug: z.string() })
export type ProjectLink = z.infer<typeof ProjectLink>

export const AgendaEvent = z.object({
  id: Id,
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  description: RichText.nullish(),
  start: z.string(),
  end: z.string().nullish(),
  allDay: z.boolean().nullish(),
  recurrence: z
    .object({
      frequency: frequencies.schema.nullish(),
      interval: z.number().nullish(),
      weekdays: z.array(weekdayCodes.schema).nullish(),
      monthlyMode: monthlyModes.schema.nullish(),
      until: day.nullish(),
      count: z.number().nullish(),
      excludedDates: z.array(z.object({ date: day })).nullish(),
      changes: z
        .array(
          z.object({
            occurrenceDate: day,
            cancelled: z.boolean().nullish(),
            start: z.string().nullish(),
            end: z.string().nullish(),
            note: z.string().nullish(),
          }),
        )
        .nullish(),
      rule: z.string().nullish(),
    })
    .nullish(),
  venue: z
    .object({
      kind: venueKinds.schema.nullish(),
      house: relation(HouseMention.extend({ address: Address.nullish() })).nullish(),
      name: z.string().nullish(),
      address: Address.nullish(),
    })
    .nullish(),
  cooperation: z.boolean().nullish(),
  houses: z.array(relation(HouseMention)).nullish(),
  project: relation(ProjectLink).nullish(),
  themes: z.array(relation(Term)).nullish(),
  audiences: z.array(audiences.schema).nullish(),
  price: z.object({ free: z.boolean().nullish(), amount: z.string().nullish() }).nullish(),
  registration: z
    .object({
      mode: registrationModes.schema.nullish(),
      url: z.string().nullish(),
      phone: z.string().nullish(),
      email: z.string().nullish(),
    })
    .nullish(),
  accessibility: Accessibility.nullish(),
  status: eventStatuses.schema.nullish(),
  image: relation(Image).nullish(),
  lastDate: z.string().nullish(),
  sequence: z.number().nullish(),
  updatedAt: z.string(),
})
export type AgendaEvent = z.infer<typeof AgendaEvent>
