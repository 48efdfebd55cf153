import { runMediaWorker, workerFile } from './mediaWorker'

/** A decoded photo as 8-bit RGBA pixels, row by row, ready for sharp's `raw` input. */
export type RgbaPixels = { width: number; height: number; data: Uint8ClampedArray }

/** Far more than the second a 12-megapixel photo takes on a busy machine; a stuck decoder is stopped. */
const DECODE_TIMEOUT_MS = 60 * 1000

/**
 * Decodes the first image of a HEIC/HEIF photo (iPhones' format) to RGBA pixels with heic-decode
 * (libheif and libde265 in WebAssembly): sharp's bundled libvips reads AVIF but has no HEVC
 * decoder. The size declared in the file is checked against `maxPixels` before anything is
 * decoded, so a small file that claims a huge image is refused without allocating it. The pixels
 * carry nothing of the file's metadata (EXIF, GPS position); libheif applies the file's rotation
 * and mirroring while decoding. It runs in a worker thread (`heicDecode.worker.ts`), in turn with
 * the other conversions: libheif's memory goes when the thread ends.
 *
 * @returns the pixels, or null when the file is not a readable HEIC image, is larger than
 *   `maxPixels`, or the decoder failed or took more than a minute
 */
export async function heicPixels(bytes: Uint8Array, maxPixels: number): Promise<RgbaPixels | null> {
  // A copy of its own (a Buffer's slice would share, and lose, the original's memory when moved).
  const copy = new Uint8Array(bytes)
  return runMediaWorker<{ bytes: Uint8Array; maxPixels: number }, RgbaPixels | null>(
    workerFile('heicDecode.worker.ts'),
    { bytes: copy, maxPixels },
    [copy.buffer],
    DECODE_TIMEOUT_MS,
  ).catch(() => null)
}
