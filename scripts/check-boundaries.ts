/**
 * Import boundaries of DESIGN §2, checked on every `npm run lint`:
 * - src/core imports nothing of ours but itself (it runs in the app, the workers, the server);
 * - workers import src/core and src/db only, never UI or features;
 * - server imports src/core only;
 * - only src/db imports Dexie;
 * - code outside workers/ imports a worker's modules as types only (one bridge creates it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = process.cwd();
const SCANNED = ['src', 'workers', 'server'];
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Rule {
  applies: (file: string) => boolean;
  allowedOwn: (target: string) => boolean;
  why: string;
}

const under = (prefix: string) => (path: string) => path.startsWith(prefix);
const RULES: Rule[] = [
  { applies: under('src/core/'), allowedOwn: under('src/core/'), why: 'src/core imports nothing of ours but itself' },
  {
    applies: under('workers/'),
    allowedOwn: (t) => t.startsWith('workers/') || t.startsWith('src/core/') || t.startsWith('src/db/'),
    why: 'workers import src/core and src/db only',
  },
  {
    applies: under('server/'),
    allowedOwn: (t) => t.startsWith('server/') || t.startsWith('src/core/'),
    why: 'server imports src/core only',
  },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const problems: string[] = [];
for (const file of SCANNED.filter((d) => existsSync(d)).flatMap((d) => files(join(ROOT, d)))) {
  const path = relative(ROOT, file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const typeOnly = Boolean(match[2]);
    const specifier = match[3] ?? match[4];
    const own = specifier.startsWith('.');
    const target = own ? normalize(relative(ROOT, join(dirname(file), specifier))) : specifier;
    const where = `${path}: '${specifier}'`;
    if (!own && (specifier === 'dexie' || specifier.startsWith('dexie/')) && !path.startsWith('src/db/')) {
      problems.push(`${where} — only src/db imports Dexie`);
    }
    if (!own) continue;
    for (const rule of RULES) {
      if (rule.applies(path) && !rule.allowedOwn(target)) problems.push(`${where} — ${rule.why}`);
    }
    if (!path.startsWith('workers/') && target.startsWith('workers/') && !typeOnly) {
      problems.push(`${where} — import a worker's API as a type only; its bridge creates the worker`);
    }
  }
}

if (problems.length > 0) {
  console.error(`Import boundaries broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('import boundaries: ok');
