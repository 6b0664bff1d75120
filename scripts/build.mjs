// Build: ESM bundles for the library, the executable's entry and the --jobs worker, with lazily loaded
// chunks for what only one format needs (cli-table3, iconv-lite); the CLI proper as one CommonJS bundle
// with V8's code cache beside it (see src/cli/load-main.ts); .d.ts files from tsc. Never tsx at run time.
//   node scripts/build.mjs [--no-types] [--no-minify]
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
/** What both builds share. */
const common = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  minify: !process.argv.includes('--no-minify'),
  logLevel: 'warning',
  // The readers' libraries, loaded by require only when a PDF, Word file or web page is read (src/read/load.ts):
  // neither bundle carries them, so start-up and the text path do not grow.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'linkedom', '@mozilla/readability', 'fflate', 'saxes'],
};
await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/index.ts', worker: 'src/cli/worker.ts' },
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // iconv-lite and cli-table3 are CommonJS and require() Node built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  define: { __VERSION__: JSON.stringify(version) },
});
await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts' },
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // The two uses of import.meta.url (iconv-lite's require, the worker's path) see this file's URL.
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { __VERSION__: JSON.stringify(version), 'import.meta.url': '__importMetaUrl' },
});
// The code cache: what one run on the reference fixture compiles (the run's output is not needed).
const FIXTURE = 'fixtures/jining-gaoxin-2022.txt';
if (existsSync(FIXTURE)) {
  const cache = spawnSync(process.execPath, ['bin/report-extract.js', '-q', FIXTURE], {
    env: { ...process.env, REPORT_EXTRACT_CODE_CACHE: 'write' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (cache.status !== 0) throw new Error(`writing the code cache: the CLI exited ${cache.status}`);
}
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
}
