import type { TaskConfig } from 'payload'

import { ANALYZE } from '../db/oneWriter'

export const REFRESH_STATISTICS_TASK = 'refreshStatistics'

/**
 * The daily refresh of SQLite's query-planner statistics (`ANALYZE`, every index read whole: see
 * cms/db/oneWriter.ts), so that a hub that grew from a few events to thousands since it started
 * keeps choosing the right indexes. MongoDB keeps its own: nothing to do there. Output: whether it ran.
 */
export const refreshStatisticsTask: TaskConfig<{ input: Record<string, never>; output: { analysed: boolean } }> = {
  slug: REFRESH_STATISTICS_TASK,
  label: 'Mettre à jour les statistiques de la base',
  schedule: [{ cron: '0 20 4 * * *', queue: 'default' }],
  retries: { attempts: 3 },
  outputSchema: [{ name: 'analysed', type: 'checkbox' }],
  handler: async ({ req }) => {
    const db = req.payload.db as unknown as { name: string; client?: { execute: (sql: string) => Promise<unknown> } }
    if (db.name !== 'sqlite' || !db.client) return { output: { analysed: false } }
    await db.client.execute(ANALYZE)
    return { output: { analysed: true } }
  },
}
