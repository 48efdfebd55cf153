'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useState } from 'react'

/**
 * « Créer le brouillon » in a contribution's edit view: asks `POST /api/contributions/:id/draft`
 * for the draft article or event and opens it; a refusal's French message is shown beside the button.
 */
export function MakeDraftButton(): React.JSX.Element | null {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const make = async () => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`${config.serverURL}${config.routes.api}/contributions/${id}/draft`, {
      method: 'POST',
      credentials: 'include',
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as {
      collection?: string
      id?: number
      errors?: { message?: string }[]
    } | null
    if (response?.ok && body?.collection) {
      router.push(`${config.routes.admin}/collections/${body.collection}/${body.id}`)
      return
    }
    setMessage(body?.errors?.[0]?.message ?? 'Le brouillon n’a pas pu être créé : le serveur ne répond pas. Réessayez.')
    setBusy(false)
  }
  return (
    <div className="field-type">
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void make()}>
        Créer le brouillon (article ou événement)
      </Button>
      <p role="status">{message}</p>
    </div>
  )
}
