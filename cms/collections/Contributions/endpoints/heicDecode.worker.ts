/**
 * The worker thread that decodes an iPhone photo (see `heicPhoto.ts`, which starts it): libheif's
 * WebAssembly heap grows to hold the image and is never given back, so it lives in a thread that
 * ends with the photo. Node runs this file as it is, outside any bundle, so it imports only
 * packages and types, and uses only erasable TypeScript.
 *
 * Input (`workerData`): `{ bytes: Uint8Array, maxPixels: number }`. Output (one message): the
 * first image as `{ width, height, data }` RGBA pixels (`data` transferred), or null when the file
 * is no readable HEIC image or declares more than `maxPixels` pixels (checked before decoding).
 */
import { parentPort, workerData } from 'node:worker_threads'

import decodeHeic, { type DecodedImage, type HeicImage } from 'heic-decode'

type HeicJob = { bytes: Uint8Array; maxPixels: number }

async function decodeFirst({ bytes, maxPixels }: HeicJob): Promise<DecodedImage | null> {
  let images: (HeicImage[] & { dispose: () => void }) | null = null
  try {
    images = await decodeHeic.all({ buffer: bytes })
    const first = images[0]
    if (!first || first.width < 1 || first.height < 1 || first.width * first.height > maxPixels) return null
    return await first.decode()
  } catch {
    return null
  } finally {
    images?.dispose()
  }
}

const pixels = await decodeFirst(workerData as HeicJob)
parentPort?.postMessage(pixels, pixels ? [pixels.data.buffer as ArrayBuffer] : [])
