import { once } from 'node:events'

import busboy from 'busboy'

/**
 * A file part of a form: its bytes, kept whole in memory (the form's limits keep that small), or
 * none when it was dropped for the size limit; `size` counts the bytes received either way.
 */
export type FormFile = { field: string; name: string; type: string; bytes: Uint8Array<ArrayBuffer>; size: number }

/**
 * Why a form could not be read whole:
 * - `too-large`: its files together exceed the limit: every file's bytes were dropped, the whole
 *   form was still read;
 * - `cut-off`: the server's own body limit cut the request: the fields after the cut are missing;
 * - `too-many-parts`: more fields or files than any real form sends;
 * - `unreadable`: not a form, or a broken one.
 */
export type FormProblem = 'too-large' | 'cut-off' | 'too-many-parts' | 'unreadable'

/**
 * The text fields in the order they came (repeated names kept), every file part, what went wrong,
 * and for `too-large` or `cut-off` the field whose file crossed the limit.
 */
export type ReadForm = { fields: [string, string][]; files: FormFile[]; problem?: FormProblem; overflow?: string }

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
  if (!request.body) return { ...result, problem: 'unreadable' }
  let parser: busboy.Busboy
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      // Browsers send file names in UTF-8. A name with a path is kept as sent, so that the file
      // checks refuse it rather than a part of it going through.
      defParamCharset: 'utf8',
      preservePath: true,
      limits: { fieldSize: limits.maxFieldBytes ?? 64 * 1024, fieldNameSize: 100, parts: limits.maxParts ?? 60 },
    })
  } catch {
    await request.body.cancel().catch(() => undefined)
    return { ...result, problem: 'unreadable' }
  }
  let fileBytes = 0
  let current: FormFile | undefined
  const fail = (problem: FormProblem) => {
    result.problem ??= problem
  }
  parser.on('field', (name, value) => result.fields.push([name, value]))
  parser.on('file', (field, stream, { filename, mimeType }) => {
    const file: FormFile = { field, name: filename ?? '', type: mimeType, bytes: new Uint8Array(0), size: 0 }
    result.files.push(file)
    current = file
    const chunks: Buffer[] = []
    stream.on('data', (chunk: Buffer) => {
      fileBytes += chunk.byteLength
      file.size += chunk.byteLength
      if (fileBytes > limits.maxFileBytes && !result.problem) {
        fail('too-large')
        result.overflow = field
      }
      // Once the limit is passed nothing more is kept: the rest is read only to reach the text after it.
      if (result.problem === 'too-large') chunks.length = 0
      else chunks.push(chunk)
    })
    // A form cut off in the middle of a file ends that file with an error.
    stream.on('error', () => fail('unreadable'))
    stream.on('end', () => {
      if (result.problem !== 'too-large') file.bytes = new Uint8Array(Buffer.concat(chunks))
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
    if (/size limit|too large/i.test(String(error))) {
      result.problem = 'cut-off'
      result.overflow ??= current?.field
    } else fail('unreadable')
    parser.destroy()
  }
  await parsed
  if (result.problem === 'too-large' || result.problem === 'cut-off')
    for (const file of result.files) file.bytes = new Uint8Array(0)
  return result
}
