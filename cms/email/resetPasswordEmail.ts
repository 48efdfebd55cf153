import type { PayloadRequest } from 'payload'

import { cmsEnv } from '../env'

/** The admin's page that takes a reset token, on the public address of the CMS. */
export const resetLink = (token: string, cmsUrl = cmsEnv().CMS_URL): string =>
  `${cmsUrl}/admin/reset/${encodeURIComponent(token)}`

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** Subject of the reset e-mail, in French. */
export const resetPasswordSubject = (): string => 'La Coopé : choisir un nouveau mot de passe'

/**
 * The reset e-mail's HTML, in French, with the link to the admin's reset page at CMS_URL.
 *
 * @param args Payload's `generateEmailHTML` arguments; only `token` is used
 */
export function resetPasswordHtml(args?: { token?: string; req?: PayloadRequest }): string {
  const link = escapeHtml(resetLink(args?.token ?? ''))
  return [
    '<p>Bonjour,</p>',
    '<p>Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte sur le hub de la Coopé.',
    `Pour en choisir un nouveau, ouvrez ce lien dans l’heure : <a href="${link}">${link}</a></p>`,
    '<p>Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.</p>',
  ].join('\n')
}
