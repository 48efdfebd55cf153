'use client'

import { useRowLabel } from '@payloadcms/ui'
import type React from 'react'

import { parisYear } from '../../../../schemas/frenchDates'
import { type HistoryStep, historyStepLabel } from '../historyLabel'

/** A row of « Historique de modération »: the status and when it was set (see `historyStepLabel`; Payload counts rows from 0). */
export function HistoryRowLabel(): React.JSX.Element {
  const { data, rowNumber } = useRowLabel<HistoryStep>()
  return <span>{historyStepLabel(data, (rowNumber ?? 0) + 1, parisYear(new Date()))}</span>
}
