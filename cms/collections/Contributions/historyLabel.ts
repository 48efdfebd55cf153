import { frenchDate, frenchTime } from '../../../schemas/frenchDates'
import { contributionStatuses } from '../../../schemas/vocabularies'

/** One recorded step of moderation, as the admin's form holds it (any part may be missing while it loads). */
export type HistoryStep = { status?: string | null; at?: string | null }

/**
 * Pure: the label of a row of « Historique de modération » in the admin, the status and when it was
 * set, Paris time, in French: « Acceptée, le 30 novembre à 9 h 41 » (the year when it is not
 * `referenceYear`); « Changement n° 3 » while the step says nothing yet (`rowNumber` counts from 1).
 */
export function historyStepLabel(step: HistoryStep | undefined, rowNumber: number, referenceYear: number): string {
  const status =
    step?.status && contributionStatuses.values.includes(step.status as never)
      ? contributionStatuses.label(step.status as never)
      : null
  const at = step?.at && !Number.isNaN(Date.parse(step.at)) ? step.at : null
  if (!status) return `Changement n°\u00a0${rowNumber}`
  return at ? `${status}, le ${frenchDate(at, { referenceYear })} à ${frenchTime(at)}` : status
}
