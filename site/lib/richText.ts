import {
  convertLexicalToHTML,
  type HTMLConverters,
  LinkHTMLConverter,
  type SerializedLexicalNodeWithParent,
} from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { RichText } from '../../schemas/content/common'
import { fixedPageHref, projectHref } from '../../schemas/addresses'
import { publicFileUrl } from '../../schemas/files'

const escapeHTML = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

type Node = { type?: string; [key: string]: unknown }
type Converter = Exclude<HTMLConverters[string], string | undefined | Record<string, unknown>>
type Children = Parameters<Converter>[0]['nodesToHTML']

const isList = (node: unknown): boolean => (node as Node | undefined)?.type === 'list'
const listTypeOf = (node: unknown): unknown => (node as { listType?: unknown } | undefined)?.listType

/**
 * Lists as valid HTML: `<ol>` for numbered lists (with `start` when it does not begin at 1),
 * `<ul>` otherwise; items carry no `value` (only `<ol>` items may) and no inline style (the
 * pages' Content-Security-Policy forbids them). A checklist item says in words whether it is done.
 */
const lists = {
  list: ({ node, nodesToHTML }: { node: Node; nodesToHTML: Children }) => {
    const ordered = node.listType === 'number'
    const start = ordered && typeof node.start === 'number' && node.start > 1 ? ` start="${node.start}"` : ''
    const kind = node.listType === 'check' ? ' class="checklist"' : ''
    const tag = ordered ? 'ol' : 'ul'
    return `<${tag}${start}${kind}>${nodesToHTML({ nodes: node.children as never }).join('')}</${tag}>`
  },
  listitem: ({
    node,
    nodesToHTML,
    parent,
  }: {
    node: Node
    nodesToHTML: Children
    parent: SerializedLexicalNodeWithParent
  }) => {
    const children = node.children as unknown[]
    const inner = nodesToHTML({ nodes: children as never }).join('')
    // Lexical nests a list in an item of its own, right after the item it belongs to.
    if (children.length > 0 && children.every(isList)) return `<li class="nested">${inner}</li>`
    if (listTypeOf(parent) === 'check') {
      const state = node.checked ? 'fait' : 'à faire'
      return `<li class="${node.checked ? 'checked' : 'unchecked'}"><span class="visually-hidden">(${state}) </span>${inner}</li>`
    }
    return `<li>${inner}</li>`
  },
}

/** Text formats as elements, never inline styles. */
const text = ({ node }: { node: Node }) => {
  const format = Number(node.format ?? 0)
  let html = escapeHTML(String(node.text ?? ''))
  const wraps: [number, string][] = [
    [1, 'strong'],
    [2, 'em'],
    [4, 's'],
    [8, 'u'],
    [16, 'code'],
    [32, 'sub'],
    [64, 'sup'],
  ]
  for (const [bit, tag] of wraps) if (format & bit) html = `<${tag}>${html}</${tag}>`
  return html
}

/** The page's title is its only `h1`: a heading 1 typed in the text becomes a heading 2. */
const heading = ({ node, nodesToHTML }: { node: Node; nodesToHTML: Children }) => {
  const level = /^h[1-6]$/.test(String(node.tag)) ? Math.max(2, Number(String(node.tag).slice(1))) : 2
  return `<h${level}>${nodesToHTML({ nodes: node.children as never }).join('')}</h${level}>`
}

/** An empty paragraph (a blank line typed in the editor) adds nothing to the page. */
const paragraph = ({ node, nodesToHTML }: { node: Node; nodesToHTML: Children }) => {
  const inner = nodesToHTML({ nodes: node.children as never }).join('')
  return inner.trim() ? `<p>${inner}</p>` : ''
}

const quote = ({ node, nodesToHTML }: { node: Node; nodesToHTML: Children }) =>
  `<blockquote>${nodesToHTML({ nodes: node.children as never }).join('')}</blockquote>`

type UploadDoc = {
  url?: string
  alt?: string
  filename?: string
  mimeType?: string
  width?: number
  height?: number
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null }>
}

/**
 * An image in the text: its medium WebP with its size, lazy; any other file: a link to it. Both at
 * their public address (`publicFileUrl`): the CMS gives its own, which visitors do not reach.
 */
const upload = ({ node }: { node: Node }) => {
  const doc = node.value as UploadDoc | number | string | undefined
  if (!doc || typeof doc !== 'object' || !doc.url) return ''
  if (!doc.mimeType?.startsWith('image/')) {
    return `<a href="${escapeHTML(publicFileUrl(doc.url))}">${escapeHTML(doc.filename ?? 'Télécharger le fichier')}</a>`
  }
  const sized = doc.sizes?.['card-webp']
  const src = publicFileUrl(sized?.url ?? doc.url)
  const width = sized?.width ?? doc.width
  const height = sized?.height ?? doc.height
  const alt = String((node.fields as { alt?: string } | undefined)?.alt ?? doc.alt ?? '')
  const size = width && height ? ` width="${width}" height="${height}"` : ''
  return `<img src="${escapeHTML(src)}" alt="${escapeHTML(alt)}"${size} loading="lazy" decoding="async">`
}

/** Links to documents of the CMS go to their page on the site. */
const internalDocToHref = ({ linkNode }: { linkNode: { fields: Record<string, unknown> } }): string => {
  const doc = linkNode.fields.doc as { relationTo?: string; value?: { slug?: string } | number | string } | undefined
  const slug = typeof doc?.value === 'object' ? doc.value.slug : undefined
  if (!slug) return '/'
  if (doc?.relationTo === 'projects') return projectHref(slug)
  if (doc?.relationTo === 'pages') return fixedPageHref(slug)
  return '/'
}

const converters = {
  ...LinkHTMLConverter({ internalDocToHref: internalDocToHref as never }),
  paragraph,
  text,
  heading,
  quote,
  list: lists.list,
  listitem: lists.listitem,
  upload,
  linebreak: '<br>',
  horizontalrule: '<hr>',
  tab: '\t',
  // Anything the editor might hold that the site does not know is left out, not shown as a stray word.
  unknown: () => '',
} as unknown as HTMLConverters

/**
 * Rich text from the CMS to HTML that passes the Nu HTML checker and the pages' CSP: text is
 * escaped (nothing typed becomes markup), no inline style, no invalid attribute, headings start
 * at level 2. Empty or missing text gives ''.
 */
export const richTextToHtml = (value: RichText | null | undefined): string =>
  value
    ? convertLexicalToHTML({
        data: value as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
        disableContainer: true,
        disableIndent: true,
        disableTextAlign: true,
        converters,
      })
    : ''

/** Rich text as plain words (paragraphs separated by blank lines), for the search index. */
export const richTextToText = (value: RichText | null | undefined): string =>
  value
    ? convertLexicalToPlaintext({ data: value as unknown as Parameters<typeof convertLexicalToPlaintext>[0]['data'] })
    : ''
