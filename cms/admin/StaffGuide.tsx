import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { marked } from 'marked'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { projectRoot } from '../paths'

/** Where the admin shows the staff guide. */
export const GUIDE_PATH = '/admin/guide'

/**
 * The staff guide (`docs/guide-equipe.md`) inside the admin, with its navigation: one text, kept
 * with the code it explains, read at each visit and turned into HTML by marked (GitHub's Markdown,
 * tables included). The guide is the project's own file, never staff or visitor input.
 */
export async function StaffGuide({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.JSX.Element> {
  const markdown = await readFile(path.join(projectRoot, 'docs', 'guide-equipe.md'), 'utf8')
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <article className="coope-guide" dangerouslySetInnerHTML={{ __html: await marked.parse(markdown) }} />
      </Gutter>
    </DefaultTemplate>
  )
}

/** « Guide de l'équipe » at the end of the admin's navigation. */
export function GuideLink(): React.JSX.Element {
  return (
    <a className="nav__link coope-guide-link" href={GUIDE_PATH}>
      Guide de l’équipe
    </a>
  )
}
