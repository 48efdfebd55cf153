import { describe, expect, it } from 'vitest'

import {
  mediaUploadNode,
  pendingPhotoAlt,
  photosMayBeCopied,
  withPhotos,
} from '../../cms/collections/Contributions/draftPhotos'
import { toRichText } from '../../cms/seed/lexical'
import { richTextToHtml } from '../../site/lib/richText'

describe('the photos of a contribution’s draft article', () => {
  const data = { title: 'Le marché', body: toRichText(['Un samedi au marché.']) }

  it('puts the first photo as the article’s image and the next ones after the text, each once', () => {
    const made = withPhotos(data, [7, 8, 9])
    expect(made.image).toBe(7)
    expect(made.body.root.children.slice(1)).toEqual([mediaUploadNode(8), mediaUploadNode(9)])
    expect(made.body.root.children[0]).toEqual(data.body.root.children[0])
    expect(withPhotos(data, [])).toEqual(data)
    expect(data.body.root.children).toHaveLength(1)
  })

  it('gives each photo of the text a Lexical upload block the site shows as an image with its alternative', () => {
    expect(mediaUploadNode(12)).toMatchObject({ type: 'upload', version: 3, relationTo: 'media', value: 12 })
    expect(mediaUploadNode(12).id).toMatch(/^[0-9a-f]{24}$/)
    const body = withPhotos(data, [1, 2]).body
    const node = body.root.children[1] as Record<string, unknown>
    node.value = {
      id: 2,
      url: 'http://cms.example:3000/api/media/file/m.jpg',
      alt: pendingPhotoAlt('Awa'),
      mimeType: 'image/jpeg',
    }
    // At the site's public address of files, not the CMS's own.
    expect(richTextToHtml(body as never)).toMatch(
      /<img src="[^"]*\/fichiers\/media\/m\.jpg" alt="Photo envoyée par Awa\u00a0: à décrire avant publication"/,
    )
  })

  it('asks for a description in French, naming the contributor only as agreed', () => {
    expect(pendingPhotoAlt('Awa')).toBe('Photo envoyée par Awa\u00a0: à décrire avant publication')
    expect(pendingPhotoAlt(null)).toBe('Photo envoyée par un·e habitant·e\u00a0: à décrire avant publication')
    expect(pendingPhotoAlt('x'.repeat(400)).length).toBeLessThanOrEqual(300)
  })

  it('copies photos only with the agreement of the people recognisable in them', () => {
    expect(photosMayBeCopied({ consent: { imageRights: true } })).toBe(true)
    expect(photosMayBeCopied({ consent: { imageRights: false } })).toBe(false)
    expect(photosMayBeCopied({ consent: {} })).toBe(false)
    expect(photosMayBeCopied({})).toBe(false)
  })
})
