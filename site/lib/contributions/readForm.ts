import { once } from 'node:events'

import busboy from 'busboy'

/** A file part of a form, kept whole in memory (the form's limits keep that small). */
export type FormFile = { field: string; name: string; type: string; bytes: Uint8Array<ArrayBuffer> }

/**
 * Why a form could not be read whole:
 * - `too-large`: its files together exceed the limit, or the request was cut off by the server's
 *   body limit; the text fields read before that are still given;
 * - `too-many-parts`: more fields or files than any real form sends;
 * - `unreadable`: not a form, or a broken one.
 */
export type FormProblem = 'too-large' | 'too-many-parts' | 'unreadable'

/** The text fields in the order they came (repeated names kept), the files kept, and what went wrong. */
export type ReadForm = { fields: [string, string][]; files: FormFile[]; problem?: FormProblem }

export type ReadFormLimits = {
  /** Bytes of all files together; beyond, files are read and dropped (`too-large`), text still kept. */
  maxFileBytes: number
  /** Bytes of one text field: longer values are cut (a schema's length limit refuses them anyway). */
  maxFieldBytes?: number
  /** Text fields plus files. */
  maxParts?: number
}

/**
 * Reads a `multipart/form-data` or `application/x-www-form-urlencoded` request body as it streams
 * in (busboy), so that what a resident typed is kept whatever the files weigh: the file bytes
 * beyond `maxFileBytes` are read and dropped rather than buffered, and the text fields that come
 * after them are still read. `Request.formData()` cannot do that: it holds the whole body, and
 * fails outright when the server cuts the body off.
 *
 * @param request a POST request of a form
 * @param limits sizes in bytes
 * @returns what was read (never throws): a failure is a `problem`, with the fields read before it
 */
export async function readForm(request: Request, limits: ReadFormLimits): Promise<ReadForm> {
  const result: ReadForm = { fields: [], files: [] }
  const contentType = request.headers.get('content-type') ?? ''
  if (!request.body) return { ...result, problem: 'unreadable' }
  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // Browsers send file names in UTF-8. A name with a path is kept as sent, so that the file
      // checks refuse it rather than a part of it going through.
      defParamCharset: 'utf8',
      preservePath: true,
      limits: {
        fieldSize: limits.maxFieldBytes ?? 64 * 1024,
        fieldNameSize: 100,
        parts: limits.maxParts ?? 60,
        // One byte more than all files may weigh: busboy then marks a file cut at that size.
        fileSize: limits.maxFileBytes + 1,
      },
    })
  } catch {
    await request.body.cancel().catch(() => undefined)
    return { ...result, problem: 'unreadable' }
  }
  let fileBytes = 0
  const fail = (problem: FormProblem) => {
    result.problem ??= problem
  }
  parser.on('field', (name, value) => result.fields.push([name, value]))
  parser.on('file', (field, stream, { filename, mimeType }) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => {
      fileBytes += chunk.byteLength
      if (fileBytes > limits.maxFileBytes) fail('too-large')
      // Once the limit is passed nothing more is kept: the rest is read only to reach the text after it.
      if (result.problem === 'too-large') chunks.length = 0
      else chunks.push(chunk)
    })
    // A form cut off in the middle of a file ends that file with an error.
    stream.on('error', () => fail('unreadable'))
    stream.on('end', () => {
      if (result.problem === 'too-large') return
      const bytes = new Uint8Array(Buffer.concat(chunks))
      result.files.push({ field, name: filename ?? '', type: mimeType, bytes })
    })
  })
  parser.on('partsLimit', () => fail('too-many-parts'))
  parser.on('filesLimit', () => fail('too-many-parts'))
  parser.on('fieldsLimit', () => fail('too-many-parts'))
  let broken = false
  const parsed = new Promise<void>((resolve) => {
    parser.on('error', () => {
      broken = true
      fail('unreadable')
      resolve()
    })
    parser.on('close', resolve)
  })
  // The body is always read to its end, never cancelled: the resident's browser is still sending,
  // and cutting a request body off under the server's feet leaves its stream in a broken state.
  const reader = request.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (broken) continue
      if (!parser.write(value)) await Promise.race([once(parser, 'drain'), parsed])
    }
    if (!broken) parser.end()
  } catch (error) {
    // The server's own body limit cuts the stream with a "size limit exceeded" error.
    fail(/size limit|too large/i.test(String(error)) ? 'too-large' : 'unreadable')
    parser.destroy()
  }
  await parsed
  if (result.problem === 'too-large') result.files = []
  return result
}
