/** The part of webvtt-parser (W3C's WebVTT validator parser) the hub uses; the package ships no types. */
declare module 'webvtt-parser' {
  export type WebVTTCue = { id: string; startTime: number; endTime: number; text: string }
  export type WebVTTError = { message: string; line: number; col?: number }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: WebVTTCue[]; errors: WebVTTError[] }
  }
}
