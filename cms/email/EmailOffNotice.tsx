import type { AdminViewServerProps } from 'payload'
import type React from 'react'

/**
 * The admin's « Mot de passe oublié » page while the hub cannot send e-mail: it says so and who can
 * help, instead of Payload's form, which answers « E-mail envoyé » whatever the server replied.
 */
export function EmailOffNotice({ initPageResult }: AdminViewServerProps): React.JSX.Element {
  const { routes, admin } = initPageResult.req.payload.config
  return (
    <div>
      <h1>Mot de passe oublié</h1>
      <p>L’envoi d’e-mails n’est pas configuré sur ce hub : aucun lien de réinitialisation ne peut vous être envoyé.</p>
      <p>
        Demandez à la personne qui administre le serveur de vous donner un nouveau mot de passe (commande{' '}
        <code>npm run admin:password</code>).
      </p>
      <p>
        <a href={`${routes.admin}${admin.routes.login}`}>Retour à la connexion</a>
      </p>
    </div>
  )
}
