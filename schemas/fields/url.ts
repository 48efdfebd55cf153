/** Accepts only http(s) web addresses: a `javascript:` link typed in the CMS must never reach a page. */
export function httpUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'L’adresse doit commencer par https://'
  } catch {
    return 'Adresse web invalide, ex. https://exemple.fr'
  }
}
