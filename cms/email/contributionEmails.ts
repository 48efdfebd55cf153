import { cmsEnv } from '../env'

/** The site's page where a contributor withdraws a contribution, with its reference and key. */
export const withdrawalLink = (reference: string, key: string, siteUrl = cmsEnv().SITE_URL): string =>
  `${siteUrl}/contribuer/retrait?reference=${encodeURIComponent(reference)}&cle=${encodeURIComponent(key)}`

/**
 * The acknowledgement a contributor receives when they gave an address: plain text in French, the
 * reference, what happens next and the link to withdraw. The title is theirs, quoted as text.
 */
export function acknowledgementEmail(args: { reference: string; title: string; key: string }): {
  subject: string
  text: string
} {
  return {
    subject: `La Coopé : nous avons bien reçu votre contribution ${args.reference}`,
    text: [
      'Bonjour,',
      '',
      `Merci ! Nous avons bien reçu votre contribution « ${args.title} » (référence ${args.reference}).`,
      '',
      'Une personne de l’équipe va la lire dans les deux semaines. Si elle est retenue et que vous avez accepté',
      'qu’elle soit publiée, elle paraîtra sous le nom que vous avez choisi ; nous pourrons vous écrire avant.',
      '',
      'Vous pouvez la retirer à tout moment, et effacer vos coordonnées, avec ce lien :',
      withdrawalLink(args.reference, args.key),
      '',
      'Vos coordonnées ne sont jamais publiées et sont effacées 12 mois après l’envoi.',
      '',
      'La Coopé',
    ].join('\n'),
  }
}

/**
 * A moderator's reply to a contributor: plain text in French, their words between a greeting and
 * the reference, so the person knows which contribution it is about.
 */
export function replyEmail(args: { reference: string; title: string; message: string }): {
  subject: string
  text: string
} {
  return {
    subject: `La Coopé : à propos de votre contribution ${args.reference}`,
    text: [
      'Bonjour,',
      '',
      `À propos de votre contribution « ${args.title} » (référence ${args.reference}) :`,
      '',
      args.message.trim(),
      '',
      'La Coopé',
    ].join('\n'),
  }
}
