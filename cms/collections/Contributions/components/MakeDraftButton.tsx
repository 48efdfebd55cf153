'use client'

import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useEffect, useId, useState } from 'react'

import { draftOutcome, type MadeDraft } from '../draftOutcome'

type Show = { id: number; title: string }

/**
 * « Créer le brouillon » in a contribution's edit view: asks `POST /api/contributions/:id/draft`
 * for the draft article, event or episode, then opens it for whoever may read it, or else (moderation)
 * stays on the contribution with a French confirmation (see `draftOutcome`), as does anyone when
 * the answer carries a notice (a photo contribution's article made without its photos). For a sound, moderation first chooses the
 * show the episode goes into (the shows are read with the signed-in account). A refusal's French
 * message is shown beside the button.
 */
export function MakeDraftButton(): React.JSX.Element | null {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const isSound = kind === 'audio'
  const selectId = useId()
  const [shows, setShows] = useState<Show[] | null>(null)
  const [show, setShow] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [made, setMade] = useState(false)
  const [link, setLink] = useState<string | null>(null)
  const api = `${config.serverURL}${config.routes.api}`

  useEffect(() => {
    if (!isSound) return
    const controller = new AbortController()
    fetch(`${api}/shows?limit=200&depth=0&sort=title&draft=true`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { docs?: Show[] } | null) => setShows(body?.docs ?? []))
      .catch(() => {
        if (!controller.signal.aborted) setShows([])
      })
    return () => controller.abort()
  }, [api, isSound])

  if (!id) return null
  const make = async () => {
    setBusy(true)
    setMessage(null)
    const response = await fetch(`${api}/contributions/${id}/draft`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(isSound && show ? { show: Number(show) } : {}),
    }).catch(() => null)
    const body = (await response?.json().catch(() => null)) as
      (Partial<MadeDraft> & { errors?: { message?: string }[] }) | null
    if (response?.ok && body?.collection && typeof body.id === 'number') {
      const outcome = draftOutcome(
        { collection: body.collection, id: body.id, readable: body.readable, notice: body.notice },
        config.routes.admin,
      )
      if ('open' in outcome) {
        router.push(outcome.open)
        return
      }
      // The draft exists: the button stays off so that a second click is not refused as a duplicate.
      setMessage(outcome.confirmation)
      setLink(outcome.link ?? null)
      setMade(true)
      return
    }
    setMessage(body?.errors?.[0]?.message ?? 'Le brouillon n’a pas pu être créé : le serveur ne répond pas. Réessayez.')
    setBusy(false)
  }
  return (
    <div className="field-type">
      {isSound && (
        <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
          <label className="field-label" htmlFor={selectId}>
            Émission de l’épisode
          </label>
          <select
            id={selectId}
            value={show}
            onChange={(event) => setShow(event.target.value)}
            disabled={shows === null}
            style={{ width: '100%', padding: 'calc(var(--base) / 3)', font: 'inherit' }}
          >
            <option value="">{shows === null ? 'Chargement des émissions…' : 'Choisir une émission'}</option>
            {(shows ?? []).map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button buttonStyle="secondary" disabled={busy || made} onClick={() => void make()}>
        {isSound ? 'Créer le brouillon d’épisode' : 'Créer le brouillon (article ou événement)'}
      </Button>
      <p role="status">{message}</p>
      {link && <a href={link}>Ouvrir le brouillon</a>}
    </div>
  )
}
