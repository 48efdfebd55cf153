/**
 * Apple Podcasts' artwork rules (https://podcasters.apple.com/support/896-artwork-requirements):
 * a square of 1400 to 3000 pixels, JPEG or PNG in RGB.
 */
export const PODCAST_ART = {
  min: 1400,
  max: 3000,
  /** The French reason an image of `width` × `height` pixels cannot be a show's cover, or null. */
  problem(width: number, height: number): string | null {
    const size = `${width} × ${height} px`
    if (width !== height)
      return `Le visuel de l’émission doit être carré (il mesure ${size}) : recadrez-le pour que largeur et hauteur soient égales, entre 1400 et 3000 px.`
    if (width < PODCAST_ART.min)
      return `Le visuel de l’émission est trop petit (${size}) : il faut au moins 1400 × 1400 px.`
    if (width > PODCAST_ART.max)
      return `Le visuel de l’émission est trop grand (${size}) : il faut au plus 3000 × 3000 px.`
    return null
  },
  /** The side of the square JPEG the feed offers, made from a cover of this side. */
  side: (side: number): number => Math.min(PODCAST_ART.max, Math.max(PODCAST_ART.min, side)),
} as const
