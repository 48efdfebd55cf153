'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect } from 'react'

/** The list of the two choices, « Publier » then « Retirer du site », in Payload's scheduling drawer. */
const CHOICES = '.schedule-publish__type'

/**
 * Payload 3.90's scheduling drawer preselects « Retirer du site » for a document that was never
 * published (its count of unpublished versions is only made once a published version exists), so
 * staff scheduling a first publication would schedule a withdrawal. For such a document this picks
 * « Publier » when the drawer opens; staff can still change it.
 */
export function ScheduleDefault(): null {
  const { hasPublishedDoc } = useDocumentInfo()
  useEffect(() => {
    if (hasPublishedDoc) return
    const corrected = new WeakSet<Element>()
    const correct = () => {
      for (const choices of document.querySelectorAll(CHOICES)) {
        if (corrected.has(choices)) continue
        corrected.add(choices)
        const [publish, unpublish] = choices.querySelectorAll<HTMLInputElement>('input[type="radio"]')
        if (publish && unpublish?.checked) publish.click()
      }
    }
    const observer = new MutationObserver(correct)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [hasPublishedDoc])
  return null
}
