import { tmpdir } from 'node:os'
import path from 'node:path'

/** Where the end-to-end hub runs: its own ports, database, uploads and .env, away from a developer's. */
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3310)
const sitePort = Number(process.env.E2E_SITE_PORT ?? 4410)
const dir = path.join(tmpdir(), 'coope-e2e')

export const hub = {
  dir,
  pidFile: path.join(dir, 'hub.pid'),
  /** What the CMS prints (the launcher keeps it in DATA_DIR/logs), for tests of what operators read. */
  cmsLog: path.join(dir, 'logs', 'cms.log'),
  /** What the site prints, kept beside it. */
  siteLog: path.join(dir, 'logs', 'site.log'),
  cmsUrl: `http://localhost:${cmsPort}`,
  siteUrl: `http://localhost:${sitePort}`,
  admin: { email: 'admin-e2e@test.coope' },
  env: {
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    CMS_URL: `http://localhost:${cmsPort}`,
    SITE_URL: `http://localhost:${sitePort}`,
    DATABASE_URI: `file:${path.join(dir, 'hub.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    DATA_DIR: dir,
    ENV_FILE: path.join(dir, '.env'),
    ADMIN_EMAIL: 'admin-e2e@test.coope',
    // Browsers driven by tests fill the contribution form faster than any person.
    CONTRIBUTION_MIN_FILL_SECONDS: '0',
    // Every test sends from the same address, more than the 5 contributions in 10 minutes one resident may.
    CONTRIBUTIONS_PER_ADDRESS: '100',
  },
}
