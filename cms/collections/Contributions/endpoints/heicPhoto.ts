import type { HeicImage } from 'heic-decode'

/** A decoded photo as 8-bit RGBA pixels, row by row, ready for sharp's `raw` input. */
export type RgbaPixels = { width: number; height: number; data: Uint8ClampedArray }

/**
 * Decodes the first image of a HEIC/HEIF photo (iPhones' format) to RGBA pixels with heic-decode
 * (libheif and libde265 in WebAssembly): sharp's bundled libvips reads AVIF but has no HEVC
 * decoder. The size declared in the file is checked against `maxPixels` before anything is
 * decoded, so a small file that claims a huge image is refused without allocating it. The pixels
 * carry nothing of the file's metadata (EXIF, GPS position); libheif applies the file's rotation
 * and mirroring while decoding. The decoder (about 2 MB of WebAssembly) is loaded at the first
 * HEIC photo, not when the CMS starts.
 *
 * @returns the pixels, or null when the file is not a readable HEIC image or is larger than `maxPixels`
 */
export async function heicPixels(bytes: Uint8Array, maxPixels: number): Promise<RgbaPixels | null> {
  let images: (HeicImage[] & { dispose: () => void }) | null = null
  try {
    const { default: decodeHeic } = await import('heic-decode')
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
