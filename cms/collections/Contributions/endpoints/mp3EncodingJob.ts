import type { decodeChunked } from '@audio/decode'

/** A container or codec @audio/decode reads chunk by chunk (`wav`, `webm`, `opus`, `oga`, `m4a`…). */
export type DecoderFormat = Parameters<typeof decodeChunked>[1]

/** What the MP3 encoding worker is given: the whole recording, its decoder, and the most seconds to take. */
export type Mp3EncodingJob = { bytes: Uint8Array; format: DecoderFormat; maxSeconds: number }

/** What it answers: the MP3 and how many seconds of sound it holds, or why there is none. */
export type Mp3EncodingResult =
  { ok: true; mp3: Uint8Array; seconds: number } | { ok: false; reason: 'undecodable' | 'too-long' }
