import { describe, expect, it } from 'vitest'

import { richTextToHtml } from '../../site/lib/richText'
import { htmlErrors, pageAround } from '../helpers/htmlChecker'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})
const item = (value: number, children: unknown[], extra: Record<string, unknown> = {}) =>
  node('listitem', children, { value, ...extra })
const doc = (...children: unknown[]) => ({ root: node('root', children) })

/** One document holding every kind of node the editor can produce, in its odd shapes too. */
const everything = doc(
  node('heading', [text('Un titre de niveau 1')], { tag: 'h1' }),
  node('heading', [text('Un intertitre')], { tag: 'h3', format: 'center' }),
  node(
    'paragraph',
    [text('Gras', 1), text(' italique', 2), text(' barré', 4), text(' souligné', 8), text(' code', 16)],
    {
      indent: 2,
      format: 'right',
    },
  ),
  node('paragraph', []),
  node(
    'list',
    [
      item(1, [text('un')]),
      item(2, [text('deux')]),
      item(3, [node('list', [item(1, [text('imbriqué')])], { listType: 'bullet', tag: 'ul' })]),
    ],
    {
      listType: 'bullet',
      tag: 'ul',
    },
  ),
  node('list', [item(3, [text('trois')]), item(4, [text('quatre')])], { listType: 'number', tag: 'ol', start: 3 }),
  node('list', [item(1, [text('fait')], { checked: true }), item(2, [text('à faire')], { checked: false })], {
    listType: 'check',
    tag: 'ul',
  }),
  node('quote', [text('Une citation')]),
  node('paragraph', [
    node('link', [text('un lien')], { fields: { url: 'https://example.org', newTab: true, linkType: 'custom' } }),
    { type: 'linebreak', version: 1 },
    node('link', [text('une page')], {
      fields: { linkType: 'internal', doc: { relationTo: 'projects', value: { slug: 'la-radio' } } },
    }),
    node('link', [text('piège')], { fields: { url: 'javascript:alert(1)', linkType: 'custom' } }),
  ]),
  { type: 'horizontalrule', version: 1 },
  {
    type: 'upload',
    version: 1,
    value: { url: '/media/photo.jpg', alt: 'Une photo', mimeType: 'image/jpeg', width: 800, height: 600, sizes: {} },
  },
  { type: 'upload', version: 1, value: { url: '/media/doc.pdf', filename: 'doc.pdf', mimeType: 'application/pdf' } },
  { type: 'block', version: 1, fields: { blockType: 'inconnu' } },
  node('paragraph', [text('<script>alert(1)</script>')]),
)

describe('rich text to HTML', () => {
  const html = richTextToHtml(everything as never)

  it('renders lists as valid lists: no value on bullet items, ordered lists keep their start', () => {
    expect(html).not.toMatch(/value=/)
    expect(html).toContain('<ol start="3">')
    expect(html).toContain('<ul><li>un</li>')
    expect(html).toContain('<li class="nested"><ul><li>imbriqué</li></ul></li>')
    expect(html).toContain('(fait) </span>fait')
  })

  it('never writes inline styles (the CSP forbids them) nor a second h1', () => {
    expect(html).not.toMatch(/style=/)
    expect(html).not.toMatch(/<h1/)
    expect(html).toContain('<h2>Un titre de niveau 1</h2>')
    expect(html).toContain('<s> barré</s>')
  })

  it('escapes typed markup, neutralises script links and drops unknown nodes', () => {
    expect(html).toContain('&lt;script&gt;')
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('unknown node')
    expect(html).toContain('href="/projets/la-radio"')
  })

  // The checker is a Java program: starting it takes several seconds.
  it('passes the Nu HTML checker with no error', { timeout: 60_000 }, () => {
    expect(htmlErrors(pageAround(html))).toEqual([])
  })

  it('gives nothing for empty or missing text', () => {
    expect(richTextToHtml(null)).toBe('')
    expect(richTextToHtml(doc() as never)).toBe('')
  })
})
