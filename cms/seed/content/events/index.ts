// Demo content: the common agenda of the three houses over the coming two months.
import { firstFortnightEvents } from './first-fortnight'
import { recurringEvents } from './recurring'
import { secondFortnightEvents } from './second-fortnight'
import { secondMonthEvents } from './second-month'

export const events = [...recurringEvents, ...firstFortnightEvents, ...secondFortnightEvents, ...secondMonthEvents]
