/**
 * Import boundaries of DESIGN §2 and docs/ARCHITECTURE.md, checked on every `npm run lint`:
 * - src/core imports nothing of ours but itself (it runs in the app, the workers, the server);
 * - workers import src/core and src/db only, never UI or features;
 * - server imports src/core only;
 * - only src/db imports Dexie;
 * - code outside workers/ imports a worker's modules as types only (one bridge creates it);
 * - a feature is reached from outside only through its face, src/features/<name>/index.ts;
 * - no feature imports src/app (the app hands services down through context: src/ui/services.ts);
 * - src/ui and src/i18n, which every feature uses, import no feature and not src/app;
 * - features do not depend on each other in a cycle.
 * `checkImports` is pure so tests/unit/boundaries.test.ts can show each rule catching a break.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const SCANNED = ['src', 'workers', 'server'];
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** A source file: its path from the project root (with '/') and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

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
  {
    applies: under('src/features/'),
    allowedOwn: (t) => !t.startsWith('src/app/'),
    why: 'no feature imports src/app: use useServices() (src/ui/services.ts)',
  },
  {
    applies: (f) => f.startsWith('src/ui/') || f.startsWith('src/i18n/'),
    allowedOwn: (t) => !t.startsWith('src/features/') && !t.startsWith('src/app/'),
    why: 'src/ui and src/i18n are shared by every feature: they import no feature and not src/app',
  },
];

/** 'src/features/jobs/JobCard.tsx' → 'jobs'; undefined outside src/features. */
function featureOf(path: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(`${path}/`)?.[1];
}

/** The face of a feature: the folder itself or its index module. */
const isFace = (target: string, feature: string) =>
  /^src\/features\/[^/]+(\/index(\.tsx?)?)?$/.test(target) && featureOf(target) === feature;

/** Every cycle among features, each as a path that ends where it starts ('jobs → search → jobs'). */
function featureCycles(edges: Map<string, Set<string>>): string[] {
  const cycles = new Set<string>();
  const walk = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        // One spelling per cycle: start it at its alphabetically first feature.
        const first = loop.indexOf([...loop].sort()[0]);
        const turned = [...loop.slice(first), ...loop.slice(0, first)];
        cycles.add([...turned, turned[0]].join(' → '));
      } else walk(next, [...path, next]);
    }
  };
  for (const feature of edges.keys()) walk(feature, [feature]);
  return [...cycles].sort();
}

export function checkImports(sources: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const { path, text } of sources) {
    for (const match of text.matchAll(IMPORT)) {
      const typeOnly = Boolean(match[2]);
      const specifier = match[3] ?? match[4];
      const own = specifier.startsWith('.');
      const target = own ? normalize(join(dirname(path), specifier)).replaceAll('\\', '/') : specifier;
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
      const from = featureOf(path);
      const to = featureOf(target);
      if (to === undefined || from === to) continue;
      if (!isFace(target, to)) {
        problems.push(`${where} — outside a feature, import only its face: 'src/features/${to}' (index.ts)`);
      }
      if (from !== undefined) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  for (const cycle of featureCycles(edges)) problems.push(`features depend on each other in a cycle: ${cycle}`);
  return problems;
}

function sourceFiles(root: string, dir: string): SourceFile[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')
      ? [{ path, text: readFileSync(join(root, path), 'utf8') }]
      : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.cwd();
  const problems = checkImports(SCANNED.filter((d) => existsSync(join(root, d))).flatMap((d) => sourceFiles(root, d)));
  if (problems.length > 0) {
    console.error(`Import boundaries broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('import boundaries: ok');
}
