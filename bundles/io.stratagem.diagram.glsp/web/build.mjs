// Bundles the diagram page for offline use: one script, one style sheet, the codicon font; the
// output folder glsp-client/ (git-ignored) is packed into the bundle jar, see build.properties.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const out = '../glsp-client';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
    entryPoints: { diagram: 'src/app.ts' },
    bundle: true,
    minify: true,
    sourcemap: false,
    target: 'es2020',
    outdir: out,
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    assetNames: '[name]-[hash]',
    logLevel: 'warning'
});
copyFileSync('src/diagram.html', `${out}/diagram.html`);
console.log(`diagram client built in ${out}`);
