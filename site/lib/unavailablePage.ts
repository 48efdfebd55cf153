/** The style of the page shown while the CMS cannot be reached (its CSP allows exactly this text). */
export const unavailableStyle =
  'body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1b1f;background:#fff8ee}h1{color:#0b5563}'

/** A plain French page, complete in itself: no stylesheet to fetch from a server that is in trouble. */
export const unavailablePage = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site momentanément indisponible · la Coopé</title>
<style>${unavailableStyle}</style>
</head><body><main><h1>Le site est momentanément indisponible</h1>
<p>Nous ne pouvons pas afficher cette page pour le moment. Réessayez dans quelques minutes.</p>
<p>Pour une information urgente, contactez l’accueil de votre maison.</p></main></body></html>`
