import path from 'node:path'
import { availableParallelism } from 'node:os'

import { fileTypeFromBuffer } from 'file-type'
import pLimit from 'p-limit'

import { MAX_AUDIO_SECONDS } from '../../../../schemas/contributions/files'
import { PODCAST_AUDIO } from '../../Audio/hooks/readAudioFacts'
import { refusal } from '../../../hooks/refusal'
import { projectRoot } from '../../../paths'
import type { DecoderFormat, Mp3EncodingJob, Mp3EncodingResult } from './mp3EncodingJob'
import type { SoundFile } from './soundFile'

/**
 * The recordings the contribution form takes that podcast apps do not play, by the type sniffed
 * from their bytes (see `schemas/contributions/files.ts`), with the decoder that reads each. An
 * M4A sniffed as `video/mp4` is decoded too: the Audio collection takes only `audio/` types.
 */
const DECODERS: Record<string, DecoderFormat> = {
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
  'video/webm': 'webm',
  'audio/opus': 'opus',
  'audio/ogg': 'oga',
  'video/mp4': 'm4a',
}

/**
 * The worker's file, run by Node as it is: the CMS's bundled code has no path of its own, and the
 * servers run from the project root (see `cms/paths.ts`).
 */
const WORKER_FILE = path.join(projectRoot, 'cms', 'collections', 'Contributions', 'endpoints', 'mp3Encoding.worker.ts')

/** Far more than the few seconds ten minutes of sound take on a busy machine; a stuck worker is stopped. */
const WORKER_TIMEOUT_MS = 3 * 60 * 1000

/** A little over the form's limit: a decoded stream may hold a few frames more than its header says. */
const MAX_SECONDS = MAX_AUDIO_SECONDS + 5

/**
 * Node's worker threads, taken at runtime: Turbopack treats a `new Worker(…)` of an imported
 * `Worker` as an entry point to bundle (and fails on a path it cannot read), while the worker's
 * file must run as Node reads it. `process.getBuiltinModule` is no import: the bundle leaves it be.
 */
const threads = () => process.getBuiltinModule('node:worker_threads')

/**
 * Decodings and encodings at once, each in its own thread: one per core, less one for the CMS's
 * answers (at least one). Others wait their turn, so a burst of recordings cannot take every core
 * nor hold a decoded sound each in memory (up to 10 minutes of samples, about 230 MB in stereo).
 */
const conversions = pLimit(Math.max(1, availableParallelism() - 1))

/** How many conversions run now, and how many wait their turn (for the operator's logs and the tests). */
export const conversionsInProgress = (): { running: number; waiting: number } => ({
  running: conversions.activeCount,
  waiting: conversions.pendingCount,
})

/** Runs one encoding in its own worker thread, in turn (see `conversions`), so that the CMS keeps answering meanwhile. */
function encodeInWorker(job: Mp3EncodingJob): Promise<Mp3EncodingResult> {
  return conversions(() => runWorker(job))
}

function runWorker(job: Mp3EncodingJob): Promise<Mp3EncodingResult> {
  return new Promise((resolve, reject) => {
    const worker = new (threads().Worker)(WORKER_FILE, {
      workerData: job,
      transferList: [job.bytes.buffer as ArrayBuffer],
    })
    const timer = setTimeout(() => {
      reject(new Error(`MP3 encoding took more than ${WORKER_TIMEOUT_MS / 1000} s`))
      void worker.terminate()
    }, WORKER_TIMEOUT_MS)
    const settle = () => clearTimeout(timer)
    worker.once('message', (result: Mp3EncodingResult) => {
      settle()
      resolve(result)
    })
    worker.once('error', (error) => {
      settle()
      reject(error)
    })
    worker.once('exit', (code) => {
      settle()
      reject(new Error(`MP3 encoding worker stopped (exit code ${code}) without an answer`))
    })
  })
}

/**
 * A contribution's recording as a sound podcast apps play: an MP3 or M4A as it is; any other
 * sound the form takes (WAV, WebM/Opus, Ogg/Opus or Vorbis, M4A filed as video) decoded with
 * @audio/decode and encoded as a mono MP3 at 96 kbit/s with LAME (`@breezystack/lamejs`), in a
 * worker thread, named `<base>.mp3`. The Audio collection then checks the MP3 like any upload.
 *
 * @param sound the recording as read from the contribution's files (its type is sniffed again from the bytes)
 * @param base the name to give it, without extension
 * @throws a 400 refusal `sound-undecodable` when the bytes are no sound it can read (or hold
 *   none), `sound-too-long` beyond the form's 10 minutes; a plain Error when the worker fails
 *   or takes more than 3 minutes
 */
export async function podcastSound(sound: SoundFile, base: string): Promise<SoundFile> {
  const sniffed = (await fileTypeFromBuffer(sound.data))?.mime
  if (sniffed && PODCAST_AUDIO.has(sniffed)) return sound
  const format = sniffed ? DECODERS[sniffed] : undefined
  const result = format
    ? await encodeInWorker({ bytes: new Uint8Array(sound.data), format, maxSeconds: MAX_SECONDS, encode: true })
    : ({ ok: false, reason: 'undecodable' } as const)
  if (result.ok && result.mp3) {
    const data = Buffer.from(result.mp3.buffer, result.mp3.byteOffset, result.mp3.byteLength)
    return { data, mimetype: 'audio/mpeg', name: `${base}.mp3`, size: data.length }
  }
  if (!result.ok && result.reason === 'too-long')
    throw refusal(
      'sound-too-long',
      `Le son de cette contribution dure plus de ${MAX_AUDIO_SECONDS / 60} minutes : il ne peut pas devenir un épisode. Rien n’a été gardé.`,
    )
  throw refusal(
    'sound-undecodable',
    'Le son de cette contribution est illisible ou abîmé : il ne peut pas être converti en MP3 pour devenir un épisode. Rien n’a été gardé.',
  )
}

/**
 * Decodes a recording of type `mime` (sniffed from its bytes) in a worker thread without keeping
 * the sound, to learn whether it is sound and how long: for the files music-metadata cannot read,
 * such as the WebM browsers record (their sizes left unknown).
 *
 * @returns its length in seconds, or why it has none (`too-long` past the form's limit); null when
 *   no decoder reads that type
 * @throws Error when the worker fails or takes more than 3 minutes
 */
export async function decodedSound(bytes: Uint8Array, mime: string): Promise<Mp3EncodingResult | null> {
  const format = DECODERS[mime]
  if (!format) return null
  return encodeInWorker({ bytes: bytes.slice(), format, maxSeconds: MAX_SECONDS, encode: false })
}
