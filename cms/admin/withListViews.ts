import type { CollectionConfig } from 'payload'

import { combineViews, houseViewFilter, type ListViewParameter, periodViewFilter } from './listViews'

/**
 * Gives a collection's admin list the views of `parameters` (see listViews.ts): the filter its
 * address asks for, and the links to switch views above the table.
 */
export function withListViews(config: CollectionConfig, parameters: ListViewParameter[]): CollectionConfig {
  return {
    ...config,
    admin: {
      ...config.admin,
      baseListFilter: ({ req }) =>
        combineViews(
          parameters.includes('maisons') ? houseViewFilter(req.user, req.query) : null,
          parameters.includes('periode') ? periodViewFilter(req.query) : null,
        ),
      components: {
        ...config.admin?.components,
        beforeListTable: [
          ...(config.admin?.components?.beforeListTable ?? []),
          { path: '/admin/ListViewSwitch#ListViewSwitch', clientProps: { parameters } },
        ],
      },
    },
  }
}
