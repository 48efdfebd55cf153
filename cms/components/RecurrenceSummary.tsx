'use client'
import { useFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import type React from 'react'

import { countSessions, describeSchedule, nextSessions } from '../../schemas/describeRecurrence'
import { frenchDate, frenchTime } from '../../schemas/frenchDates'
import { repeats, type Schedule } from '../../schemas/recurrence'

/** How many coming dates the sentence lists. */
const SHOWN = 5

/**
 * Under the repetition fields, the schedule said in words and its next dates, updated as staff
 * type: the same sentence the public page shows (`schemas/describeRecurrence.ts`).
 */
export function RecurrenceSummary(): React.JSX.Element | null {
  const fields = useFormFields(([all]) => all)
  const data = reduceFieldsToValues(fields, true) as Partial<Schedule>
  if (!data.start) return null
  const schedule = { ...data, start: data.start } as Schedule
  let sentence: string
  let count: string | null
  let next: Date[]
  try {
    sentence = describeSchedule(schedule)
    count = repeats(schedule.recurrence) ? countSessions(schedule) : null
    next = repeats(schedule.recurrence) ? nextSessions(schedule, new Date(), SHOWN).map((o) => o.start) : []
  } catch {
    return <p className="field-description">Complétez la répétition pour voir les dates.</p>
  }
  const year = new Date().getFullYear()
  return (
    <div className="recurrence-summary" aria-live="polite">
      <p>
        <strong>En clair : </strong>
        {sentence}
        {count ? ` (${count})` : ''}.
      </p>
      {next.length > 0 && (
        <p>
          Prochaines séances :{' '}
          {next
            .map((start) => `${frenchDate(start, { weekday: true, referenceYear: year })} à ${frenchTime(start)}`)
            .join(' ; ')}
          .
        </p>
      )}
    </div>
  )
}
