/**
 * `npm run bench`: every benchmark, one after another (the machine has two cores; running
 * them side by side would measure each other). Builds the app first. Figures go to stdout;
 * bench/RESULTS.md records them with the command that produced them.
 */
import { execFileSync } from 'node:child_process';

const BENCHES = [
  'bench/spine.ts',
  'bench/wire.ts',
  'bench/first-pull.ts',
  'bench/cold-start.ts',
  'bench/first-sync.ts',
  'bench/lighthouse.ts',
  'bench/map-render.ts',
  'bench/load.ts',
];

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
for (const bench of BENCHES) {
  console.log(`\n## ${bench}`);
  execFileSync(process.execPath, ['--import', 'tsx', bench], { stdio: 'inherit' });
}
