/** The part of heic-decode (libheif compiled to WebAssembly, with its HEVC decoder) the hub uses; the package ships no types. */
declare module 'heic-decode' {
  export type DecodedImage = { width: number; height: number; data: Uint8ClampedArray }
  export type HeicImage = { width: number; height: number; decode: () => Promise<DecodedImage> }
  function decode(input: { buffer: Uint8Array }): Promise<DecodedImage>
  namespace decode {
    /** Every image of the file, with its size read from the header; nothing is decoded before `decode()`. */
    function all(input: { buffer: Uint8Array }): Promise<HeicImage[] & { dispose: () => void }>
  }
  export default decode
}
