/**
 * Whether `error` is a module of the built site that could not be loaded: its file is gone
 * (`ERR_MODULE_NOT_FOUND`) or no longer exports what the modules loaded before it import (a
 * SyntaxError naming the missing export). Astro loads each page's chunk at its first visit, so
 * this is what a running site meets when its `dist/` is replaced by a new build: the site is
 * being updated, not broken, and a restart serves the new build.
 */
export function isModuleLoadFailure(error: unknown): boolean {
  // By shape, not by class: an error made in another realm (a vm context) is no `instanceof Error`.
  if (typeof error !== 'object' || error === null) return false
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown }
  if (code === 'ERR_MODULE_NOT_FOUND') return true
  return (
    name === 'SyntaxError' &&
    typeof message === 'string' &&
    /requested module .* does not provide an export named/.test(message)
  )
}
