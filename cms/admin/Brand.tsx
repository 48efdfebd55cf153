import type React from 'react'

/** The cooperation's logo and name on the admin's sign-in page, instead of Payload's. */
export function Logo(): React.JSX.Element {
  return (
    <span className="coope-brand">
      <img src="/coope-logo.png" alt="" width={96} height={96} />
      <span className="coope-brand-name">Administration de la Coopé</span>
    </span>
  )
}

/** The cooperation's mark in the admin's navigation, instead of Payload's. */
export function Icon(): React.JSX.Element {
  return <img src="/coope-icon.png" alt="la Coopé" width={24} height={24} />
}
