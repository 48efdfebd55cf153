import { requestClientAddress } from '../../../schemas/http/clientAddress'
import type { ContributionLimits } from './rateLimit'
import { type Received, receiveContribution, type ReceiveOptions } from './receive'

/** Where a send comes from: the TCP peer, and whether a reverse proxy's `X-Forwarded-For` is believed. */
export type Sender = { socketAddress: string | undefined; trustProxy: boolean }

/**
 * `receiveContribution` under the form's limits for the sender's address (the rule of
 * `requestClientAddress`: behind a reverse proxy, TRUST_PROXY=1, the address that proxy saw): each
 * send is admitted first (429 with the delay when a limit is reached, with what was typed given
 * back), and only a contribution the CMS stored counts against the 5 accepted ones.
 */
export async function receiveWithinLimits(
  request: Request,
  sender: Sender,
  limits: ContributionLimits,
  options: Omit<ReceiveOptions, 'wait'>,
): Promise<Received> {
  const client = requestClientAddress(request.headers, sender.socketAddress, sender.trustProxy) ?? 'unknown'
  const result = await receiveContribution(request, { ...options, wait: limits.admit(client) })
  if (result.ok) limits.accepted(client)
  return result
}
