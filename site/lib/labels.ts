import { accessibilityFamilies } from '../../schemas/fields/accessibility'
import { audiences } from '../../schemas/collections/events'
import { weekdays } from '../../schemas/collections/houses'

const labelOf =
  (options: readonly { value: string; label: string }[]) =>
  (value: string): string =>
    options.find((option) => option.value === value)?.label ?? value

export const audienceLabel = labelOf(audiences)
export const accessibilityLabel = labelOf(accessibilityFamilies)
export const weekdayLabel = labelOf(weekdays)
