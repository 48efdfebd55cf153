import type { decodeChunked } from '@audio/decode'

/** A container or codec @audio/decode reads chunk by chunk (`wav`, `webm`, `opus`, `oga`, `m4a`…). */
export type DecoderFormat = Parameters<typeof decodeChunked>[1]

/**
 * What the MP3 encoding worker is given: the whole recording, its decoder, the most seconds to
 * take, and whether to encode it (`false`: only decode it, to learn whether it is sound and how long).
 */
export type Mp3EncodingJob = { bytes: Uint8Array; format: DecoderFormat; maxSeconds: number; encode: boolean }

/** What it answers: how many seconds of sound it holds and the MP3 (null when not asked), or why there is none. */
export type Mp3EncodingResult =
  { ok: true; mp3: Uint8Array | null; seconds: number } | { ok: false; reason: 'undecodable' | 'too-long' }
