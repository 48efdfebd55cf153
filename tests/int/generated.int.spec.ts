import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { root } from '../helpers/run'

const payloadCli = (args: string[], env: Record<string, string>) =>
  new Promise<number | null>((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'payload'), args, {
      cwd: root,
      env: {
        ...process.env,
        PAYLOAD_CONFIG_PATH: 'payload.config.ts',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`,
        ...env,
      },
      stdio: 'ignore',
    })
    child.on('exit', resolve)
  })

describe('generated files', () => {
  it('keeps the committed payload-types.ts identical to what the schemas generate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coope-types-'))
    const out = path.join(dir, 'payload-types.ts')
    try {
      expect(await payloadCli(['generate:types'], { PAYLOAD_TYPES_OUT: out })).toBe(0)
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(root, 'schemas', 'payload-types.ts'), 'utf8'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
