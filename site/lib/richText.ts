import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { RichText } from '../../schemas/content/common'

/** Rich text from the CMS to HTML. The converter escapes text, so nothing typed becomes markup. */
export const richTextToHtml = (value: RichText | null | undefined): string =>
  value
    ? convertLexicalToHTML({
        data: value as unknown as Parameters<typeof convertLexicalToHTML>[0]['data'],
        disableContainer: true,
      })
    : ''
