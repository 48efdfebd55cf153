/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The frame every page shows, being read with the page's first reads (`middleware.ts`): a page
     * awaits it where it needs it, after starting its own reads.
     */
    chrome: Promise<import('./lib/chrome').Chrome>
    /** Set by a page that runs WebAssembly (the search page): its policy allows compiling it. */
    runsWasm?: boolean
    /** The page shows a draft through a preview address (lib/preview.ts): banner, noindex, live reload. */
    preview?: boolean
  }
}
