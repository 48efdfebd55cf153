import sharp from 'sharp'

import type { BenchHub } from '../hub'
import { memoryOf } from '../memory'
import { table } from '../stats'

/** A 4000 × 3000 JPEG photo-like picture (noise over gradients), as a phone takes them. */
async function twelveMegapixelPhoto(): Promise<Buffer> {
  const width = 4000
  const height = 3000
  const noise = await sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer()
  return sharp(noise).blur(1.2).jpeg({ quality: 88 }).toBuffer()
}

type Size = { width?: number | null; filesize?: number | null; mimeType?: string | null }

/**
 * Uploads a 12-megapixel photo to the media library as the admin: how long the CMS takes to store
 * it with all its sizes, how much its resident memory grew meanwhile (sampled every 10 ms), and
 * the bytes of each size against the original. The upload is deleted afterwards.
 */
export async function measureImageUpload(hub: BenchHub): Promise<string> {
  const photo = await twelveMegapixelPhoto()
  const pid = hub.pids().cms
  const before = memoryOf(pid)?.now ?? Number.NaN
  let highest = before
  const sampler = setInterval(() => (highest = Math.max(highest, memoryOf(pid)?.now ?? highest)), 10)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo-12-mpx.jpg')
  form.append('_payload', JSON.stringify({ alt: 'Photo de mesure', cooperation: true }))
  const started = performance.now()
  const response = await fetch(`${hub.cms}/api/media`, {
    method: 'POST',
    headers: { authorization: hub.admin.authorization!, origin: hub.cms },
    body: form,
  })
  const elapsed = performance.now() - started
  clearInterval(sampler)
  const body = (await response.json()) as { doc?: { id: number; sizes?: Record<string, Size> }; errors?: unknown }
  if (!response.ok || !body.doc)
    return `The 12-megapixel upload was refused (${response.status}): ${JSON.stringify(body.errors)}`
  await fetch(`${hub.cms}/api/media/${body.doc.id}`, { method: 'DELETE', headers: hub.admin })
  const sizes = Object.entries(body.doc.sizes ?? {}).filter(([, size]) => size.filesize)
  const rows = sizes.map(([name, size]) => [
    name,
    size.mimeType ?? '',
    size.width ?? '',
    size.filesize!,
    `${((100 * size.filesize!) / photo.length).toFixed(1)} %`,
  ])
  return [
    `12-megapixel JPEG of ${photo.length} bytes stored with its sizes in ${elapsed.toFixed(0)} ms; CMS resident memory ${before.toFixed(0)} MiB before, ${highest.toFixed(0)} MiB at its highest during the upload.`,
    '',
    table(['size', 'type', 'width', 'bytes', 'of the original'], rows),
  ].join('\n')
}
