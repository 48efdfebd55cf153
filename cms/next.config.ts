import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const root = path.resolve(import.meta.dirname, '..')

const nextConfig: NextConfig = {
  // The admin app lives in cms/ but imports payload.config.ts and schemas/ from the project root.
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  // libheif's WebAssembly build (HEIC photos) is loaded by Node as published, not re-bundled.
  serverExternalPackages: ['heic-decode', 'libheif-js', 'ebml-stream'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
