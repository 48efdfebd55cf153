import { REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { CONTRIBUTION_SERVICE_HEADER } from '../../schemas/contributions/service'

/** The fields of a valid contribution form (a letter), as a browser sends them. */
export const validFields = (overrides: Record<string, string> = {}): Record<string, string> => ({
  kind: 'letter',
  title: 'Pour un banc devant la médiathèque',
  content: 'Les anciens du quartier aimeraient pouvoir s’asseoir en attendant le bus.',
  name: 'Awa Diallo',
  email: 'awa@example.org',
  phone: '',
  signature: 'first',
  pseudonym: '',
  publication: 'yes',
  under15: 'no',
  website: '',
  ...overrides,
})

export type FormFile = { field: 'photos' | 'audio'; bytes: Uint8Array | Buffer; name: string; type?: string }

/** A multipart form like the one the site forwards: text fields then files (or files first). */
export function formData(
  fields: Record<string, string>,
  files: FormFile[] = [],
  { filesFirst = false } = {},
): FormData {
  const form = new FormData()
  const addFields = () => {
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
  }
  if (!filesFirst) addFields()
  for (const file of files)
    form.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? '' }), file.name)
  if (filesFirst) addFields()
  return form
}

/**
 * Posts a form to the CMS's `POST /api/contributions/submit` through the handler the server mounts,
 * with the service's secret (or another one, or none).
 */
export function submitToCms(config: SanitizedConfig) {
  const route = REST_POST(Promise.resolve(config))
  return async (form: FormData, secret: string | null = process.env.CONTRIBUTION_SERVICE_SECRET ?? '') => {
    const headers = new Headers()
    if (secret !== null) headers.set(CONTRIBUTION_SERVICE_HEADER, secret)
    const request = new Request('http://localhost:3000/api/contributions/submit', {
      method: 'POST',
      headers,
      body: form,
    })
    const response = await route(request, { params: Promise.resolve({ slug: ['contributions', 'submit'] }) })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
}
