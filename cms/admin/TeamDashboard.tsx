import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import type { StaffUser } from '../access/staff'
import { type DashboardItem, teamDashboard } from './dashboard/teamDashboard'
import { GUIDE_PATH } from './StaffGuide'

type Props = Pick<AdminViewServerProps, 'payload' | 'permissions' | 'user'>

function Section({
  title,
  items,
  empty,
}: {
  title: string
  items: DashboardItem[] | null
  empty: string
}): React.JSX.Element | null {
  if (items === null) return null
  return (
    <section className="coope-dashboard__section">
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.href}-${item.detail}`}>
              <a href={item.href}>{item.title}</a>
              <span className="coope-dashboard__detail">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The top of the admin home: for the person's houses, the next 7 days, contributions waiting for
 * moderation, drafts, scheduled publications and recent changes (see `teamDashboard`), then
 * « Créer » for only the collections they may create, and the staff guide.
 */
export async function TeamDashboard({ payload, permissions, user }: Props): Promise<React.JSX.Element | null> {
  if (!user) return null
  const board = await teamDashboard(payload, user as unknown as StaffUser)
  const creatable = payload.config.collections.filter(
    (collection) => permissions?.collections?.[collection.slug]?.create && !collection.admin?.hidden,
  )
  return (
    <div className="coope-dashboard">
      <p>
        Besoin d’aide pour publier ou modérer ? Lisez le <a href={GUIDE_PATH}>guide de l’équipe</a>.
      </p>
      <div className="coope-dashboard__grid">
        <Section title="Les 7 prochains jours" items={board.week} empty="Aucune date dans vos maisons cette semaine." />
        <Section
          title="Contributions à modérer"
          items={board.moderation}
          empty="Aucune contribution n’attend de réponse."
        />
        <Section title="Brouillons" items={board.drafts} empty="Aucun brouillon en cours." />
        <Section
          title="Publications programmées"
          items={board.scheduled}
          empty="Aucune publication n’est programmée."
        />
        <Section title="Dernières modifications" items={board.recent} empty="Rien n’a encore été modifié." />
      </div>
      {creatable.length > 0 && (
        <section className="coope-dashboard__section">
          <h2>Créer</h2>
          <ul className="coope-dashboard__create">
            {creatable.map((collection) => (
              <li key={collection.slug}>
                <a href={`/admin/collections/${collection.slug}/create`}>
                  {typeof collection.labels.singular === 'string' ? collection.labels.singular : collection.slug}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
