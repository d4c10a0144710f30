import { build, type Plugin, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import printSiteAddress from '../../src/integrations/print-site-address';
import { flagModule } from '../../src/integrations/shared/flag-module';

/**
 * Our Vite plugins declare hook filters, so the bundler calls them only for the modules they change
 * (a build of a thousand guides has thousands of modules). These builds run Vite itself, so the
 * filters are read the way the site's build reads them: the plugin still does its work, and its
 * handler sees nothing else.
 */

/** A module graph held in memory: `entry` imports the rest. */
function modules(files: Record<string, string>): Plugin {
  return {
    name: 'test:modules',
    resolveId: (source) => {
      const name = source.replace(/^\.\//, '');
      return name in files ? `/virtual/${name}` : undefined;
    },
    load: (id) => (id.startsWith('/virtual/') ? files[id.slice('/virtual/'.length)] : undefined),
  };
}

/** Wraps a hook's handler so the test sees every id it was called with. */
function spyOn(plugin: Plugin, hook: 'resolveId' | 'load' | 'transform', calls: string[]): Plugin {
  const entry = plugin[hook] as { handler: (this: unknown, ...args: unknown[]) => unknown };
  const handler = entry.handler;
  entry.handler = function (this: unknown, ...args: unknown[]) {
    calls.push(String(args[hook === 'transform' ? 1 : 0]));
    return handler.apply(this, args);
  };
  return plugin;
}

async function bundle(plugins: Plugin[]): Promise<Rollup.OutputBundle[string][]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: { write: false, minify: false, rollupOptions: { input: 'entry' } },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
}

describe('hook filters', () => {
  it('a build switch resolves and loads its own module only', async () => {
    const resolved: string[] = [];
    const loaded: string[] = [];
    const flag = spyOn(spyOn(flagModule('test-switch', 'testSwitch', true), 'resolveId', resolved), 'load', loaded);
    // First, so that without its filters it would be asked about every module.
    const output = await bundle([
      flag,
      modules({
        entry:
          "import { testSwitch } from 'virtual:holding-space/test-switch'; import other from 'other'; console.log(testSwitch, other);",
        other: 'export default 1;',
      }),
    ]);
    const code = output.map((file) => ('code' in file ? file.code : '')).join('\n');
    expect(code).toMatch(/console\.log\(\s*true/);
    expect(resolved).toEqual(['virtual:holding-space/test-switch']);
    expect(loaded).toEqual(['\0virtual:holding-space/test-switch']);
  });

  it('the printed address is written into stylesheets that ask for it, and no other module is shown to it', async () => {
    const transformed: string[] = [];
    const output = await bundle([
      modules({
        entry: "import './print.css'; import './plain.css'; import other from 'other'; console.log(other);",
        other: 'export default "__SITE_ORIGIN__ in a script";',
        'print.css': "a[href^='/']::after { content: '__SITE_ORIGIN__' attr(href); }",
        'plain.css': 'p { color: red; }',
      }),
      spyOn(printSiteAddress('https://clinic.example/kat/'), 'transform', transformed),
    ]);
    const css = output
      .filter((file) => file.fileName.endsWith('.css'))
      .map((file) => ('source' in file ? String(file.source) : ''))
      .join('\n');
    expect(css).toContain('clinic.example');
    expect(css).not.toContain('__SITE_ORIGIN__');
    expect(transformed).toEqual(['/virtual/print.css']);
  });
});
