import { sniffType } from '../../../../schemas/sniffType'

import { MAX_AUDIO_SECONDS } from '../../../../schemas/contributions/files'
import { PODCAST_AUDIO } from '../../Audio/hooks/readAudioFacts'
import { refusal } from '../../../hooks/refusal'
import type { DecoderFormat, Mp3EncodingJob, Mp3EncodingResult } from './mp3EncodingJob'
import { runMediaWorker, workerFile } from './mediaWorker'
import type { SoundFile } from './soundFile'

/**
 * The recordings the contribution form takes that podcast apps do not play, by the extension
 * file-type gives the bytes (its MIME type alone does not tell Opus from Vorbis in Ogg), with the
 * decoder that reads each. An M4A sniffed as `video/mp4` is decoded too: the Audio collection
 * takes only `audio/` types.
 */
const DECODERS: Record<string, DecoderFormat> = {
  wav: 'wav',
  webm: 'webm',
  opus: 'opus',
  ogg: 'oga',
  oga: 'oga',
  mp4: 'm4a',
}

/** The worker that decodes and encodes (see its file). */
const WORKER_FILE = workerFile('mp3Encoding.worker.ts')

/** Far more than the few seconds ten minutes of sound take on a busy machine; a stuck worker is stopped. */
const WORKER_TIMEOUT_MS = 3 * 60 * 1000

/** A little over the form's limit: a decoded stream may hold a few frames more than its header says. */
const MAX_SECONDS = MAX_AUDIO_SECONDS + 5

/** Runs one encoding in its own worker thread, in turn with the other conversions (see `runMediaWorker`). */
const encodeInWorker = (job: Mp3EncodingJob): Promise<Mp3EncodingResult> =>
  runMediaWorker(WORKER_FILE, job, [job.bytes.buffer as ArrayBuffer], WORKER_TIMEOUT_MS)

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
  const sniffed = await sniffType(sound.data)
  if (sniffed && PODCAST_AUDIO.has(sniffed.mime)) return sound
  const format = sniffed ? DECODERS[sniffed.ext] : undefined
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
 * Decodes a recording (its type sniffed from its bytes) in a worker thread without keeping the sound, to learn whether it is sound and how long: for the files music-metadata cannot read,
 * such as the WebM browsers record (their sizes left unknown).
 *
 * @returns its length in seconds, or why it has none (`too-long` past the form's limit); null when
 *   no decoder reads that type
 * @throws Error when the worker fails or takes more than 3 minutes
 */
export async function decodedSound(bytes: Uint8Array): Promise<Mp3EncodingResult | null> {
  const sniffed = await sniffType(bytes)
  const format = sniffed && DECODERS[sniffed.ext]
  if (!format) return null
  return encodeInWorker({ bytes: new Uint8Array(bytes), format, maxSeconds: MAX_SECONDS, encode: false })
}
