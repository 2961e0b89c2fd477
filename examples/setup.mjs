// Installs every example at once, with Keks from this repository (not from the registry, where it is not yet):
// `npm pack` of the repository into examples/keks.tgz, which each example's package.json names as
// "keks": "file:../keks.tgz". Then one `npm install` for all of them (npm workspaces).
// Run `npm run build` in the repository first; `node examples/setup.mjs` or `npm run setup` in examples/.
import { execFileSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform == 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) => execFileSync(npm, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const [packed] = JSON.parse(run(['pack', '--json', '--pack-destination', here, '--ignore-scripts'], repo));
renameSync(here + packed.filename, here + 'keks.tgz');
run(['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], here);
console.log(`examples installed with ${packed.filename} (${packed.size} bytes packed)`);
