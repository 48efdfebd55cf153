import { describe, expect, it } from 'vitest'

import { fieldRefusal, refusal } from '../../cms/hooks/refusal'
import { refusalResponse } from '../../cms/hooks/refusalResponse'
import { acceptedFormats } from '../../cms/uploads/refuseUnacceptedFiles'

const answer = (error: unknown) => refusalResponse({ error: error as Error } as Parameters<typeof refusalResponse>[0])

describe('refusalResponse', () => {
  it('answers a field refusal as a ValidationError carrying its fields, whatever its class', () => {
    const thrown = fieldRefusal('event-ends-before-start', { path: 'end', message: 'La fin doit être après le début.' })
    // The shape the production build sees when the class is another copy of APIError: only properties.
    const copy = { ...thrown, message: thrown.message, name: '' }
    expect(answer(copy)).toEqual({
      status: 400,
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: 'La fin doit être après le début.',
            data: {
              code: 'event-ends-before-start',
              errors: [{ path: 'end', message: 'La fin doit être après le début.' }],
            },
          },
        ],
      },
    })
  })

  it('keeps the status of a refusal that is not about a field', () => {
    const thrown = refusal('too-many-attempts', 'Trop de tentatives.', 429)
    expect(answer(thrown)).toMatchObject({ status: 429, response: { errors: [{ name: 'APIError' }] } })
  })

  it('leaves every other error to Payload', () => {
    expect(answer(new Error('boom'))).toBeUndefined()
  })
})

describe('acceptedFormats', () => {
  it('names each accepted format once, in French', () => {
    expect(acceptedFormats(['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac'])).toBe('MP3, M4A ou AAC')
    expect(acceptedFormats(['application/pdf'])).toBe('PDF')
  })
})
