import { describe, expect, it } from 'vitest'
import { z } from 'zod'

import { archivePage } from '../../schemas/content/common'

const Entry = z.object({ id: z.number(), title: z.string() })

describe('a page of a paginated listing', () => {
  it('leaves out, and counts, the documents that do not validate, keeping the others and the page count', () => {
    const answer = { docs: [{ id: 1, title: 'Un' }, { id: 2 }, { id: 3, title: 'Trois' }], totalDocs: 43 }
    expect(archivePage(Entry).parse({ ...answer, page: 2, totalPages: 3 })).toEqual({
      docs: [
        { id: 1, title: 'Un' },
        { id: 3, title: 'Trois' },
      ],
      skipped: 1,
      totalDocs: 43,
      page: 2,
      totalPages: 3,
    })
  })

  it('refuses an answer that is no page of documents', () => {
    expect(archivePage(Entry).safeParse({ docs: [], totalDocs: 0 }).success).toBe(false)
    expect(archivePage(Entry).safeParse({ errors: ['Non autorisé'] }).success).toBe(false)
  })
})
