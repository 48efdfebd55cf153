import { accessibilityFamilies, audiences, openingDays } from '../../schemas/vocabularies'

export const audienceLabel = audiences.label
export const accessibilityLabel = accessibilityFamilies.label
export const weekdayLabel = openingDays.label
