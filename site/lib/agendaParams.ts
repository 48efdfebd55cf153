/** The query parameters of the agenda, its feed and its widget, in the order links write them. */
export const FILTER_PARAMS = ['maison', 'theme', 'public', 'du', 'au', 'gratuit', 'accessible'] as const
