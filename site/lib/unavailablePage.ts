/** The style of the site's plain pages (its CSP allows exactly this text, by its hash). */
export const unavailableStyle =
  'body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1b1f;background:#fff8ee}h1{color:#0b5563}'

/**
 * A plain French page, complete in itself: no stylesheet to fetch from a server that is in
 * trouble, nor anything that needs the CMS. `paragraphs` are HTML written here, never typed by
 * anyone; `noindex` keeps it out of search engines.
 */
export const plainPage = ({
  title,
  heading,
  paragraphs,
  noindex = false,
}: {
  title: string
  heading: string
  paragraphs: string[]
  noindex?: boolean
}): string => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${title} · la Coopé</title>
<style>${unavailableStyle}</style>
</head><body><main><h1>${heading}</h1>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}</main></body></html>`

/** The page shown while the CMS cannot be reached. */
export const unavailablePage = plainPage({
  title: 'Site momentanément indisponible',
  heading: 'Le site est momentanément indisponible',
  paragraphs: [
    'Nous ne pouvons pas afficher cette page pour le moment. Réessayez dans quelques minutes.',
    'Pour une information urgente, contactez l’accueil de votre maison.',
  ],
})
