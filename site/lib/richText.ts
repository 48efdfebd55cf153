import { convertLexicalToHTML, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { RichText } from '../../schemas/content/common'

type LexicalData = Parameters<typeof convertLexicalToHTML>[0]['data']

/**
 * List items as valid HTML: the default converter writes `value` on every item (only allowed in
 * an `<ol>`) and check-list attributes that are not HTML; an item is an item, numbered only in `<ol>`.
 */
const converters: HTMLConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  listitem: ({ node, nodesToHTML, parent }) => {
    const inner = nodesToHTML({ nodes: node.children }).join('')
    const ordered = 'tag' in parent && parent.tag === 'ol' && Number.isInteger(node.value)
    return `<li${ordered ? ` value="${node.value}"` : ''}>${inner}</li>`
  },
})

/** Rich text from the CMS to HTML. The converter escapes text, so nothing typed becomes markup. */
export const richTextToHtml = (value: RichText | null | undefined): string =>
  value ? convertLexicalToHTML({ data: value as unknown as LexicalData, disableContainer: true, converters }) : ''

/** Rich text as plain words (paragraphs separated by blank lines), for the search index. */
export const richTextToText = (value: RichText | null | undefined): string =>
  value ? convertLexicalToPlaintext({ data: value as unknown as LexicalData }) : ''
