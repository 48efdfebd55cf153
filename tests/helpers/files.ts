import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

/** The folder of a collection's uploads in the test CMS's MEDIA_DIR. */
export const uploadsOf = (collection: string): string => path.join(process.env.MEDIA_DIR!, collection)

/** How many files a collection's uploads folder holds (0 before its first upload made it). */
export function filesOnDisk(collection: string): number {
  try {
    return readdirSync(uploadsOf(collection)).length
  } catch {
    return 0
  }
}

const demo = (name: string) => path.join(import.meta.dirname, '..', '..', 'media', 'demo', name)

export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

const upload = (data: Buffer, mimetype: string, name: string): UploadFile => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/** A real PNG made on the spot: small by default; a show's cover needs a square of 1400 to 3000 px. */
export async function pngFile(name = 'carre.png', width = 32, height = width): Promise<UploadFile> {
  const data = await sharp({ create: { width, height, channels: 3, background: '#0b5563' } })
    .png()
    .toBuffer()
  return upload(data, 'image/png', name)
}

/** A real JPEG made on the spot, as the contribution form stores photos (re-encoded to JPEG); `background` tells photos apart. */
export async function jpegFile(
  name = 'photo.jpg',
  background = '#d08030',
  width = 64,
  height = 48,
): Promise<UploadFile> {
  const data = await sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer()
  return upload(data, 'image/jpeg', name)
}

export const pdfFile = (): UploadFile => upload(readFileSync(demo('journal-1.pdf')), 'application/pdf', 'numero.pdf')

export const mp3File = (): UploadFile => upload(readFileSync(demo('episode-1.mp3')), 'audio/mpeg', 'episode.mp3')

/** A mono PCM WAV file (RIFF header of 44 bytes) holding these samples: 8-bit unsigned or 16-bit signed. */
function wavBytes(samples: Uint8Array | Int16Array, sampleRate: number): Buffer {
  const bytesPerSample = samples.BYTES_PER_ELEMENT
  const data = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * bytesPerSample, 28)
  header.writeUInt16LE(bytesPerSample, 32)
  header.writeUInt16LE(8 * bytesPerSample, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

/**
 * A WAV header followed by a second of 8-bit silence: real audio, but not a podcast format. Its
 * name and declared type are the caller's (by default they pretend to be an MP3).
 */
export function wavFile(name = 'enregistrement.mp3', mimetype = 'audio/mpeg'): UploadFile {
  return upload(wavBytes(new Uint8Array(8000), 8000), mimetype, name)
}

/** A 16-bit mono WAV of a 440 Hz tone at half level, `seconds` long at `sampleRate` samples per second. */
export function toneWavFile(seconds: number, sampleRate: number, name = 'memo.wav'): UploadFile {
  const samples = new Int16Array(Math.round(seconds * sampleRate))
  for (let index = 0; index < samples.length; index += 1)
    samples[index] = Math.round(0x4000 * Math.sin((2 * Math.PI * 440 * index) / sampleRate))
  return upload(wavBytes(samples, sampleRate), 'audio/wav', name)
}

/**
 * A 3-second WebM/Opus recording (a 440 Hz tone, 48 kHz stereo, Opus at 32 kbit/s), as a browser's
 * MediaRecorder makes them: recorded once with chromium and committed.
 */
export const webmOpusFile = (): UploadFile =>
  upload(
    readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'recording-opus.webm')),
    'audio/webm',
    'memo.webm',
  )

/**
 * A 3-second Ogg/Opus voice note (a 440 Hz tone, 48 kHz mono, Opus at 24 kbit/s), the kind messaging
 * apps save: encoded once with opusenc (Debian's opus-tools) and committed.
 */
export const oggOpusFile = (): UploadFile =>
  upload(
    readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'voice-note.opus')),
    'audio/ogg',
    'message-vocal.opus',
  )
