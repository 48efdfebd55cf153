'use client'
import { FieldError, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import type React from 'react'
import { useEffect, useState } from 'react'

/** A refusal the form held for this field: its message, the value refused, and the last save then. */
type Refusal = { message: string; value: string; savedAt: unknown }

/**
 * A field's error shown whenever the form holds one, a saved draft included. Payload shows field
 * errors only after « Publier » (a draft is not validated, so its errors stay hidden and only the
 * toast says what went wrong); a hook's refusal of a draft (`fieldRefusal`, such as a show's cover
 * of the wrong size) is an error all the same, and belongs under its field. Before any save the
 * admin does not validate, so nothing is shown early. `cms/admin/withRefusalErrors.ts` sets it on
 * every field of the collections and globals with drafts.
 *
 * The form forgets a draft's refusal as soon as it next asks the server for its state (on the next
 * keystroke anywhere, or an autosave): so the refusal is remembered here and shown for as long as
 * the field keeps the refused value and no later save of the document went through. The last save
 * is the saved document's `updatedAt`, which only a save that went through changes: the document
 * info's `lastUpdateTime` also moves whenever the form's state brings back the edit lock's time.
 */
export function RefusalError({ path }: { path: string }): React.JSX.Element {
  const field = useFormFields(([fields]) => fields?.[path])
  const savedAt = useDocumentInfo().savedDocumentData?.updatedAt
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const value = JSON.stringify(field?.value ?? null)
  const message = field?.valid === false ? field.errorMessage : undefined
  useEffect(() => {
    if (message) setRefusal({ message, value, savedAt })
    // Recorded when a refusal arrives, not at each keystroke: the value it refused is the one then.
  }, [message])
  const remembered = refusal && refusal.value === value && refusal.savedAt === savedAt ? refusal.message : undefined
  return <FieldError path={path} message={message ?? remembered} showError={Boolean(message ?? remembered)} />
}
