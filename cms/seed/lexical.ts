import type { Paragraphs } from './content/types'

type TextNode = { type: 'text'; text: string; format: number; detail: 0; mode: 'normal'; style: ''; version: 1 }
type Node = { type: string; version: number; [key: string]: unknown }

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const block = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  ...extra,
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/** Demo prose to Lexical: "## " lines become headings, runs of "- " lines a bulleted list. */
export function toRichText(paragraphs: Paragraphs) {
  const children: Node[] = []
  for (const line of paragraphs) {
    if (line.startsWith('## ')) {
      children.push(block('heading', [text(line.slice(3))], { tag: 'h2' }))
    } else if (line.startsWith('- ')) {
      const last = children.at(-1)
      const item = block('listitem', [text(line.slice(2))], { value: 1 })
      if (last?.type === 'list')
        (last.children as Node[]).push({ ...item, value: (last.children as Node[]).length + 1 })
      else children.push(block('list', [item], { listType: 'bullet', start: 1, tag: 'ul' }))
    } else {
      children.push(block('paragraph', [text(line)], { textFormat: 0, textStyle: '' }))
    }
  }
  return { root: { type: 'root', children, direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 } }
}
