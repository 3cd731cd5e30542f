/**
 * The import-boundary check (scripts/check-boundaries.ts) catches each break it names: a
 * small tree that keeps every rule passes, and one bad import per rule is reported.
 */
import { describe, expect, it } from 'vitest';
import { checkImports, type SourceFile } from '../../../scripts/check-boundaries';

const file = (path: string, ...imports: string[]): SourceFile => ({
  path,
  text: imports.map((from, i) => `import { x${i} } from '${from}';`).join('\n'),
});

/** A tree that keeps every rule: faces across features, services from src/ui, no cycle. */
const GOOD: SourceFile[] = [
  file('src/app/App.tsx', '../features/jobs', '../features/search/index', './services'),
  file('src/features/jobs/index.ts', './JobList'),
  file('src/features/jobs/JobList.tsx', '../search', '../../ui/services', '../../core/records', './jobs.repo'),
  file('src/features/search/index.ts', './filters'),
  file('src/features/search/filters.ts', '../../core/records'),
  file('src/ui/services.ts', '../db/db'),
  file('src/db/db.ts', 'dexie'),
  { path: 'src/features/search/match-bridge.ts', text: "import type { Api } from '../../../workers/match.worker';" },
];

const problemsWith = (...extra: SourceFile[]) => checkImports([...GOOD, ...extra]);

describe('the import-boundary check', () => {
  it('passes a tree that keeps every rule', () => {
    expect(checkImports(GOOD)).toEqual([]);
  });

  it('catches a feature reaching past another feature’s face', () => {
    expect(problemsWith(file('src/features/jobs/JobCard.tsx', '../search/filters'))).toEqual([
      "src/features/jobs/JobCard.tsx: '../search/filters' — outside a feature, import only its face: 'src/features/search' (index.ts)",
    ]);
  });

  it('catches the app reaching past a face', () => {
    expect(problemsWith(file('src/app/Shell.tsx', '../features/jobs/JobCard'))).toHaveLength(1);
  });

  it('catches a feature importing src/app', () => {
    expect(problemsWith(file('src/features/jobs/JobDetail.tsx', '../../app/services'))).toEqual([
      "src/features/jobs/JobDetail.tsx: '../../app/services' — no feature imports src/app: use useServices() (src/ui/services.ts)",
    ]);
  });

  it('catches src/ui or src/i18n importing a feature', () => {
    expect(problemsWith(file('src/ui/form/RegionField.tsx', '../../features/stations'))).toHaveLength(1);
    expect(problemsWith(file('src/i18n/index.ts', '../app/App'))).toHaveLength(1);
  });

  it('catches features that depend on each other, however long the loop', () => {
    expect(problemsWith(file('src/features/search/SearchResults.tsx', '../jobs'))).toEqual([
      'features depend on each other in a cycle: jobs → search → jobs',
    ]);
    expect(
      problemsWith(
        file('src/features/seekers/index.ts', '../jobs'),
        file('src/features/search/ranking.ts', '../seekers'),
      ),
    ).toEqual(['features depend on each other in a cycle: jobs → search → seekers → jobs']);
  });

  it('still catches the older rules: Dexie outside src/db, a worker imported for its code, core importing out', () => {
    expect(problemsWith(file('src/features/jobs/jobs.repo.ts', 'dexie'))).toHaveLength(1);
    expect(problemsWith(file('src/features/search/bridge.ts', '../../../workers/match.worker'))).toHaveLength(1);
    expect(problemsWith(file('src/core/records.ts', '../db/db'))).toHaveLength(1);
    expect(problemsWith(file('server/app.ts', '../src/db/db'))).toHaveLength(1);
  });
});
