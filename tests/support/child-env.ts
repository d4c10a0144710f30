/**
 * The environment for a build a test starts. Vitest sets NODE_ENV=test and copies Vite's
 * import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=true …); a child `astro build` must not
 * inherit them, or its pages take them for their own: a base from the test run instead of the site's,
 * or `import.meta.env.DEV` true in the built search code, which then says search needs a build.
 */
const VITE_ENV_NAMES = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_ENV_NAMES.includes(name)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
