import type { ContributionLimits } from './rateLimit'
import { type Received, receiveContribution, type ReceiveOptions } from './receive'

/**
 * `receiveContribution` under the form's limits for `client` (its address): the send is admitted
 * first (429 with the delay, before anything is read, when a limit is reached), and only a
 * contribution the CMS stored counts against the 5 accepted ones.
 */
export async function receiveWithinLimits(
  request: Request,
  client: string,
  limits: ContributionLimits,
  options: Omit<ReceiveOptions, 'wait'>,
): Promise<Received> {
  const result = await receiveContribution(request, { ...options, wait: limits.admit(client) })
  if (result.ok) limits.accepted(client)
  return result
}
