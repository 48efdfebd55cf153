/**
 * The worker thread that turns a recording into an MP3 (see `podcastSound.ts`, which starts it):
 * decoding and encoding ten minutes of sound takes seconds of CPU, which must not stop the CMS
 * from answering other requests. Node runs this file as it is, outside any bundle (the CMS runs
 * under tsx, whose loader its workers inherit; the tests rely on Node 24's type stripping), so it
 * imports only packages and types, and uses only erasable TypeScript.
 *
 * Input (`workerData`): `{ bytes: Uint8Array, format, maxSeconds, encode }`, `format` being one of
 * @audio/decode's chunked decoders (`wav`, `webm`, `opus`, `oga`, `m4a`…). Output (one message):
 * `{ ok: true, mp3: Uint8Array, seconds }` (`mp3` null when `encode` is false: the recording was
 * only decoded, to check it) or `{ ok: false, reason }` with `reason`
 * `undecodable` (not that format, damaged, or no sound at all) or `too-long` (more than
 * `maxSeconds` of sound: decoding stops there).
 */
import { parentPort, workerData } from 'node:worker_threads'

import decode from '@audio/decode'
import { Mp3Encoder } from '@breezystack/lamejs'

import type { Mp3EncodingJob, Mp3EncodingResult } from './mp3EncodingJob'

/** Mono at 96 kbit/s, as the contribution form's own recorder makes them: plenty for a voice. */
const BITRATE_KBPS = 96

/** The bytes in slices, so that the decoder hands back the sound bit by bit, not ten minutes at once. */
async function* slices(bytes: Uint8Array, size = 256 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size)
}

/** The average of the channels, as the 16-bit integers LAME takes (floats clamped to [-1, 1]). */
function monoInt16(channels: Float32Array[]): Int16Array {
  const length = channels[0]?.length ?? 0
  const mono = new Int16Array(length)
  for (let index = 0; index < length; index += 1) {
    let sum = 0
    for (const channel of channels) sum += channel[index] ?? 0
    const level = Math.max(-1, Math.min(1, sum / channels.length))
    mono[index] = Math.round(level * (level < 0 ? 0x8000 : 0x7fff))
  }
  return mono
}

/**
 * Decodes the whole recording to mono first (ten minutes at 48 kHz are 58 MB of 16-bit samples),
 * so that one that is too long is refused before seconds of encoding, then encodes it.
 */
async function convert({ bytes, format, maxSeconds, encode }: Mp3EncodingJob): Promise<Mp3EncodingResult> {
  const blocks: Int16Array[] = []
  let sampleRate = 0
  let frames = 0
  try {
    for await (const { channelData, sampleRate: rate } of decode(slices(bytes), format)) {
      if (!channelData[0]?.length) continue
      sampleRate ||= rate
      if (rate !== sampleRate) return { ok: false, reason: 'undecodable' }
      frames += channelData[0].length
      if (frames > maxSeconds * sampleRate) return { ok: false, reason: 'too-long' }
      if (encode) blocks.push(monoInt16(channelData))
    }
  } catch {
    return { ok: false, reason: 'undecodable' }
  }
  if (frames === 0) return { ok: false, reason: 'undecodable' }
  if (!encode) return { ok: true, mp3: null, seconds: frames / sampleRate }
  // LAME resamples by itself a rate MP3 cannot carry (96 kHz, 7 kHz…) to the nearest one it can.
  const encoder = new Mp3Encoder(1, sampleRate, BITRATE_KBPS)
  const parts = blocks.map((block) => encoder.encodeBuffer(block))
  parts.push(encoder.flush())
  const mp3 = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    mp3.set(part, offset)
    offset += part.length
  }
  return { ok: true, mp3, seconds: frames / sampleRate }
}

const result = await convert(workerData as Mp3EncodingJob)
parentPort?.postMessage(result, result.ok && result.mp3 ? [result.mp3.buffer as ArrayBuffer] : [])
