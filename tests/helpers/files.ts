import { readFileSync } from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

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

export const pdfFile = (): UploadFile => upload(readFileSync(demo('journal-1.pdf')), 'application/pdf', 'numero.pdf')

export const mp3File = (): UploadFile => upload(readFileSync(demo('episode-1.mp3')), 'audio/mpeg', 'episode.mp3')
