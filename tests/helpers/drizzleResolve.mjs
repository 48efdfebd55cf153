import module from 'node:module'

/**
 * Preloaded (`node --import`) by the integration lane's processes: resolves the relative `.js`
 * imports between drizzle-orm's own modules without Node's resolver. The launcher, the builds and
 * the servers that integration tests start preload it too; it changes what loads, not how.
 *
 * Why: Node 24.21's resolver spends about 10 ms on each drizzle-orm module in its package.json
 * reader (CPU profile: `getPackageScopeConfig`), drizzle-orm's package.json (0.45) mapping 443
 * entry points in 177 KB; undici's 221 modules load in 150 ms in all. The CMS's database adapter
 * imports 141 of drizzle-orm's modules: `import('@payloadcms/db-sqlite')` took 4.0 s, 1.2–1.6 s
 * with this hook, and `payload.config.ts` 4.8 s, 2.6 s (one process, idle machine). Every
 * integration file paid it, and every script a test runs that loads the config (crash workers,
 * operator commands, the launcher's preparation); the built CMS server bundles drizzle-orm.
 *
 * What it changes: a relative specifier names a file (no `exports` mapping applies to it), and
 * drizzle-orm's package.json says `"type": "module"`, so its `.js` files are ES modules. Every other
 * import goes to Node's resolver unchanged; a missing file fails at load with ENOENT. Node before
 * 22.15 has no `registerHooks`: nothing is registered there.
 */
module.registerHooks?.({
  resolve(specifier, context, nextResolve) {
    if (
      context.parentURL?.includes('/node_modules/drizzle-orm/') &&
      (specifier.startsWith('./') || specifier.startsWith('../')) &&
      specifier.endsWith('.js')
    )
      return { url: new URL(specifier, context.parentURL).href, format: 'module', shortCircuit: true }
    return nextResolve(specifier, context)
  },
})
