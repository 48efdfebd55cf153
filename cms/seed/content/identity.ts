// Demo content: site settings and navigation menus of la Coopé.
export type DemoSettings = { siteName: string; tagline: string; town: string; contactEmail: string }

export type DemoLink = { label: string; href: string }

export type DemoNavigation = { header: DemoLink[]; footer: DemoLink[] }

/** The cooperation's palette (deep teal, warm off-white) and the font families of the identity. */
export const identity = {
  palette: { primary: '#0B5563', onPrimary: '#FFFFFF', highlight: '#F2C14E', background: '#FFF8EE', text: '#1B1B1F' },
  typography: { headings: 'geometric', body: 'humanist' },
} as const

export const settings: DemoSettings = {
  siteName: 'La Coopé',
  tagline: 'Trois maisons, une coopération, des quartiers qui se parlent',
  town: 'Valmont-sur-Loire',
  contactEmail: 'contact@la-coope-valmont.fr',
}

export const navigation: DemoNavigation = {
  header: [
    { label: 'Accueil', href: '/' },
    { label: 'Agenda', href: '/agenda' },
    { label: 'Maisons', href: '/maisons' },
    { label: 'Journal', href: '/journal' },
    { label: 'Radio', href: '/radio' },
    { label: 'Projets', href: '/projets' },
  ],
  footer: [
    { label: 'Nos objectifs et nos actions', href: '/actions' },
    { label: 'Partenaires', href: '/partenaires' },
    { label: 'Contributions des habitant·es', href: '/contributions' },
    { label: 'Identité visuelle', href: '/identite' },
    { label: 'Mentions légales', href: '/mentions-legales' },
    { label: 'Accessibilité : non conforme', href: '/accessibilite' },
    { label: 'Confidentialité', href: '/confidentialite' },
  ],
}
