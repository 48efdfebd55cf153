import { describe, expect, it } from 'vitest'

import { readForm } from '../../site/lib/contributions/readForm'

const post = (body: BodyInit | ReadableStream<Uint8Array>, headers: HeadersInit = {}) =>
  new Request('http://localhost/contribuer', { method: 'POST', body, headers, duplex: 'half' } as RequestInit)

/** A multipart body as a browser sends it: the parts in the page's order. */
function form(parts: ([string, string] | [string, Uint8Array, string])[]): FormData {
  const data = new FormData()
  for (const [name, value, filename] of parts)
    if (typeof value === 'string') data.append(name, value)
    else data.append(name, new Blob([new Uint8Array(value)]), filename)
  return data
}

/** The bytes of `data` as a multipart body, and its content type. */
async function multipart(data: FormData) {
  const request = new Request('http://localhost/', { method: 'POST', body: data })
  return { bytes: new Uint8Array(await request.arrayBuffer()), type: request.headers.get('content-type')! }
}

describe('reading the contribution form as it streams in', () => {
  it('keeps the text fields and the files, in order, with names as sent', async () => {
    const read = await readForm(
      post(
        form([
          ['title', 'Le marché'],
          ['photos', new Uint8Array([1, 2, 3]), 'été.jpg'],
          ['name', 'Awa'],
        ]),
      ),
      { maxFileBytes: 10 },
    )
    expect(read.problem).toBeUndefined()
    expect(read.fields).toEqual([
      ['title', 'Le marché'],
      ['name', 'Awa'],
    ])
    expect(read.files.map(({ field, name, bytes, size }) => ({ field, name, bytes: [...bytes], size }))).toEqual([
      { field: 'photos', name: 'été.jpg', bytes: [1, 2, 3], size: 3 },
    ])
  })

  it('files over the limit: dropped, and the text after them still read', async () => {
    const read = await readForm(
      post(
        form([
          ['title', 'Avant'],
          ['photos', new Uint8Array(600), 'a.jpg'],
          ['photos', new Uint8Array(600), 'b.jpg'],
          ['name', 'Après'],
        ]),
      ),
      { maxFileBytes: 1000 },
    )
    expect(read).toMatchObject({
      problem: 'too-large',
      overflow: 'photos',
      fields: [
        ['title', 'Avant'],
        ['name', 'Après'],
      ],
    })
    // Every file is told of, with the bytes it came with, none kept.
    expect(read.files.map(({ name, size, bytes }) => [name, size, bytes.byteLength])).toEqual([
      ['a.jpg', 600, 0],
      ['b.jpg', 600, 0],
    ])
  })

  it('a body the server cuts off: the text read before the cut is kept, and it says it was cut', async () => {
    const { bytes, type } = await multipart(
      form([
        ['title', 'Gardé'],
        ['photos', new Uint8Array(5000), 'a.jpg'],
      ]),
    )
    let sent = false
    const cut = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new Error('Body size limit exceeded: received more than 4096 bytes'))
        sent = true
        controller.enqueue(bytes.subarray(0, 4096))
      },
    })
    const read = await readForm(post(cut, { 'content-type': type }), { maxFileBytes: 10_000 })
    expect(read).toMatchObject({ problem: 'cut-off', overflow: 'photos', fields: [['title', 'Gardé']] })
    expect(read.files.every((file) => file.bytes.byteLength === 0)).toBe(true)
  })

  it('a broken or foreign body, or too many parts: a problem, never an exception', async () => {
    const garbage = await readForm(post('garbage', { 'content-type': 'multipart/form-data' }), { maxFileBytes: 10 })
    expect(garbage.problem).toBe('unreadable')
    const json = await readForm(post('{}', { 'content-type': 'application/json' }), { maxFileBytes: 10 })
    expect(json.problem).toBe('unreadable')
    const many = form(Array.from({ length: 12 }, (_, i) => [`f${i}`, 'x'] as [string, string]))
    expect((await readForm(post(many), { maxFileBytes: 10, maxParts: 10 })).problem).toBe('too-many-parts')
    const urlencoded = await readForm(post(new URLSearchParams({ reference: 'C-A', cle: 'k' })), { maxFileBytes: 0 })
    expect(urlencoded).toEqual({
      fields: [
        ['reference', 'C-A'],
        ['cle', 'k'],
      ],
      files: [],
    })
  })
})
