'use client'
import { FieldError, useFormFields } from '@payloadcms/ui'
import type React from 'react'

/**
 * A field's error shown whenever the form holds one, a saved draft included. Payload shows field
 * errors only after « Publier » (a draft is not validated, so its errors stay hidden and only the
 * toast says what went wrong); a hook's refusal of a draft (`fieldRefusal`, such as a show's cover
 * of the wrong size) is an error all the same, and belongs under its field. Before any save the
 * admin does not validate, so nothing is shown early. `cms/admin/withRefusalErrors.ts` sets it on
 * every field of the collections and globals with drafts.
 */
export function RefusalError({ path }: { path: string }): React.JSX.Element {
  const field = useFormFields(([fields]) => fields?.[path])
  return <FieldError path={path} showError={field?.valid === false} />
}
