'use client'
import { Link, useAuth, useListDrawerContext } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import type React from 'react'
import { useEffect } from 'react'

import { defaultListView, LIST_VIEWS, type ListViewParameter } from './listViews'
import type { StaffUser } from '../access/staff'

/**
 * Above a content list: « Mes maisons | Toutes les maisons » (and, for events, « À venir | Passés |
 * Tous ») as links. A list opened on its own without a view goes to the person's default view
 * (`defaultListView`); a list in a relationship drawer is left as it is.
 */
export function ListViewSwitch({ parameters }: { parameters: ListViewParameter[] }): React.JSX.Element | null {
  const { user } = useAuth()
  const { isInDrawer } = useListDrawerContext()
  const pathname = usePathname()
  const router = useRouter()
  const search = useSearchParams()
  const defaults = defaultListView((user as StaffUser | null)?.role)
  const missing = parameters.filter((parameter) => !search.has(parameter))

  const hrefWith = (changes: Record<string, string>): string => {
    const next = new URLSearchParams(search)
    for (const [name, value] of Object.entries(changes)) next.set(name, value)
    next.set('page', '1')
    return `${pathname}?${next.toString()}`
  }

  useEffect(() => {
    if (isInDrawer || missing.length === 0) return
    router.replace(hrefWith(Object.fromEntries(missing.map((parameter) => [parameter, defaults[parameter]]))))
  })

  if (isInDrawer) return null
  return (
    <div className="coope-list-views">
      {parameters.map((parameter) => (
        <nav key={parameter} aria-label={parameter === 'maisons' ? 'Maisons' : 'Période'}>
          <ul>
            {Object.entries(LIST_VIEWS[parameter]).map(([value, label]) => {
              const current = (search.get(parameter) ?? defaults[parameter]) === value
              return (
                <li key={value}>
                  <Link href={hrefWith({ [parameter]: value })} aria-current={current ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      ))}
    </div>
  )
}
