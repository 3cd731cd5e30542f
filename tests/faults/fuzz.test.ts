/**
 * Bad input and abuse: 10,000+ random and malformed requests to every sync endpoint (wrong
 * types, huge strings, deep nesting, invalid UTF-8, gzip bombs and broken gzip, wrong
 * headers, replayed bodies, valid envelopes with random mutation arguments). The server
 * must answer every one below 500 with a JSON error naming the problem, stay up, and never
 * write part of a refused request.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/access';
import { uuidv7 } from '../../src/core/ids';
import { MUTATOR_NAMES, type MutatorName } from '../../src/core/mutators';
import { PROTOCOL_VERSION, PULL_PATH, PUSH_PATH, SCHEMA_VERSION } from '../../src/core/protocol';
import { JOB_STATUSES } from '../../src/core/records';
import type { Database } from '../../server/db/database';
import { writeRecords } from '../../server/sync/record-store';
import { jobPostArgs, seekerRegisterArgs, station } from '../fixtures/records';
import { bearer, makeAccount } from '../support/accounts';
import { DATABASES, openApp, postJson, pushOne, type Sender, type TestApp } from '../server/databases';

const REQUESTS = 10_000;
const FUZZ_SEED = 5;

interface Case {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: Buffer | string;
  /** The error a 400 must carry (nesting too deep is refused before any parse). */
  error400?: string;
}

const clientIds = Array.from({ length: 8 }, () => uuidv7());
const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const BOMB = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
const json = (value: unknown) => JSON.stringify(value);

/** A value of the wrong kind, or an extreme one of the right kind. */
const weird = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(null, -1, 0, 1.5, 2 ** 53, Number.MAX_VALUE, '', '0', true, [], {}, '💥'.repeat(2000)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Usually right, sometimes wrong: so the fuzzing also gets past the envelope check. */
const mostly = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: weird });

const mutationArb = fc.record({
  seq: mostly(fc.integer({ min: 1, max: 6 })),
  id: mostly(fc.constant(null).map(() => uuidv7())),
  name: fc.oneof(fc.constantFrom(...MUTATOR_NAMES), weird),
  args: fc.oneof(
    fc.constant(null).map(() => jobPostArgs()),
    weird,
    fc.dictionary(fc.string(), weird),
  ),
  at: mostly(fc.constant(Date.now())),
});

const pushArb = fc.record({
  v: mostly(fc.constant(PROTOCOL_VERSION)),
  clientId: mostly(fc.constantFrom(...clientIds)),
  schema: mostly(fc.constant(SCHEMA_VERSION)),
  mutations: mostly(fc.array(mutationArb, { minLength: 1, maxLength: 5 })),
});

const pullArb = fc.record({
  v: mostly(fc.constant(PROTOCOL_VERSION)),
  clientId: mostly(fc.constantFrom(...clientIds)),
  schema: mostly(fc.constant(SCHEMA_VERSION)),
  epoch: mostly(fc.constant(null)),
  buckets: fc.oneof(fc.dictionary(fc.oneof(fc.constant('stations'), fc.string()), fc.oneof(fc.nat(), weird)), weird),
  counties: fc.oneof(fc.constant(undefined), fc.array(fc.oneof(fc.constant('630103'), fc.string())), weird),
  limit: fc.oneof(fc.constant(undefined), fc.integer(), weird),
});

const JSON_TYPE = { 'Content-Type': 'application/json' };
const path = fc.constantFrom(PUSH_PATH, PULL_PATH);

const caseArb: fc.Arbitrary<Case> = fc.oneof(
  // Valid-looking envelopes with wrong types and random arguments inside.
  {
    weight: 20,
    arbitrary: pushArb.map((b) => ({ path: PUSH_PATH, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  {
    weight: 10,
    arbitrary: pullArb.map((b) => ({ path: PULL_PATH, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  // Any JSON at all, to either endpoint.
  {
    weight: 6,
    arbitrary: fc
      .tuple(path, fc.jsonValue())
      .map(([p, b]) => ({ path: p, method: 'POST', headers: JSON_TYPE, body: json(b) })),
  },
  // Bytes that are not UTF-8, or not JSON.
  {
    weight: 6,
    arbitrary: fc.tuple(path, fc.uint8Array({ maxLength: 300 })).map(([p, bytes]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: Buffer.from([0x7b, 0xff, 0xfe, ...bytes]),
    })),
  },
  // Huge strings and deep nesting.
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom(100, 400, 520, 700)).map(([p, kb]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: json({
        v: 1,
        clientId: clientIds[0],
        schema: SCHEMA_VERSION,
        mutations: [{ seq: 1, id: uuidv7(), name: 'x'.repeat(kb * 1024), args: {}, at: 1 }],
      }),
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom(100, 1_000, 20_000, 300_000)).map(([p, depth]) => ({
      path: p,
      method: 'POST',
      headers: JSON_TYPE,
      body: `{"v":1,"clientId":"${clientIds[1]}","schema":${SCHEMA_VERSION},"mutations":[{"seq":1,"id":"${uuidv7()}","name":"job.post","at":1,"args":${deep(depth)}}]}`,
      error400: 'TOO_DEEP',
    })),
  },
  // Gzip: bombs, broken streams, valid gzip of garbage; and unsupported encodings.
  {
    weight: 1,
    arbitrary: fc.tuple(path, fc.constantFrom('bomb', 'broken', 'garbage', 'br')).map(([p, kind]) => ({
      path: p,
      method: 'POST',
      headers: { ...JSON_TYPE, 'Content-Encoding': kind === 'br' ? 'br' : 'gzip' },
      body: kind === 'bomb' ? BOMB : kind === 'broken' ? BOMB.subarray(0, 500) : gzipSync('{"v":1,'),
    })),
  },
  // Wrong content types, methods and paths.
  {
    weight: 3,
    arbitrary: fc
      .record({
        path: fc.constantFrom(PUSH_PATH, PULL_PATH, '/api/sync/v1/nope', '/api/sync/v2/push'),
        method: fc.constantFrom('POST', 'PUT', 'GET', 'DELETE') as fc.Arbitrary<string>,
        type: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json', ''),
      })
      .map(({ path, method, type }) => ({
        path,
        method,
        headers: (type ? { 'Content-Type': type } : {}) as Record<string, string>,
        body: method === 'GET' ? undefined : '{"v":1}',
      })),
  },
);

interface Snapshot {
  records: number;
  mutations: number;
  log: number;
  clients: number;
  seqs: number;
}

/** Everything a request may have written; a refused request must leave all of it unchanged. */
async function snapshot(db: Database): Promise<Snapshot> {
  const [row] = await db.query<Snapshot>(
    `SELECT (SELECT count(*)::int FROM records) AS records, (SELECT count(*)::int FROM sync_mutation) AS mutations,
            (SELECT count(*)::int FROM sync_log) AS log, (SELECT count(*)::int FROM sync_client) AS clients,
            (SELECT coalesce(sum(last_mutation_seq), 0)::int FROM sync_client) AS seqs`,
  );
  return row;
}

// The full count on PGlite; a tenth on PostgreSQL, which runs the same code over a socket.
describe.each(DATABASES)('fuzzing the sync endpoints on $name', (database) => {
  let db: Database;
  let app: TestApp;

  /** Authorization headers by index: none, garbage, another account's (bound client ids), the desk's. */
  let tokens: Record<string, string>[];

  beforeAll(async () => {
    ({ db, app } = await openApp(database, undefined, {
      limits: { pushesPerClient: Infinity, pushesPerAccount: Infinity, pushesPerAddress: Infinity },
    }));
    const desk = await bearer(app, await makeAccount(db, 'station_staff'), uuidv7());
    const stranger = await bearer(app, await makeAccount(db, 'worker'), uuidv7());
    tokens = [{}, { Authorization: 'Bearer not.a.token' }, stranger, ...Array(9).fill(desk)];
  });
  afterAll(async () => {
    await db?.close();
  });

  const total = database.name === 'pglite' ? REQUESTS : REQUESTS / 10;
  it(`${total} random and malformed bodies (wrong types, huge strings, deep nesting, bad UTF-8, gzip bombs, replayed bodies, forged and foreign tokens) → every answer < 500 with a JSON error, server up, no partial write`, async () => {
    const cases = fc.sample(caseArb, { seed: FUZZ_SEED, numRuns: total * 0.9 });
    // Replays: a tenth of the requests are earlier bodies sent again.
    const replays = fc
      .sample(fc.nat(cases.length - 1), { seed: FUZZ_SEED + 1, numRuns: total * 0.1 })
      .map((i) => cases[i]);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const originalError = console.error;
    console.error = (...args: unknown[]) => failures.push(`server logged: ${args.map(String).join(' ').slice(0, 300)}`);
    try {
      let before = await snapshot(db);
      for (const [i, c] of [...cases, ...replays].entries()) {
        const headers = { ...tokens[i % tokens.length], ...c.headers };
        const response = await app.request(c.path, { method: c.method, headers, body: c.body as BodyInit | undefined });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text();
        const what = `${c.method} ${c.path} ${String(c.body ?? '').slice(0, 200)}`;
        if (response.status >= 500) failures.push(`${response.status} for ${what}: ${text.slice(0, 200)}`);
        const after = await snapshot(db);
        if (response.status >= 400) {
          if (!/"message":"[^"]+"/.test(text)) failures.push(`${response.status} without a message for ${what}`);
          if (c.error400 && response.status === 400 && !text.includes(`"error":"${c.error400}"`))
            failures.push(`400 without ${c.error400} for ${what}: ${text.slice(0, 200)}`);
          if (JSON.stringify(after) !== JSON.stringify(before))
            failures.push(`refused with ${response.status} but wrote: ${what}`);
        } else if (c.path === PUSH_PATH && after.mutations - before.mutations !== after.seqs - before.seqs) {
          failures.push(
            `push stored ${after.mutations - before.mutations} answers for ${after.seqs - before.seqs} seqs: ${what}`,
          );
        }
        before = after;
        if (failures.length > 20) break;
      }
    } finally {
      console.error = originalError;
    }
    const health = await app.request('/api/health');
    expect(health.status).toBe(200);
    console.info(`fuzz on ${database.name}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(failures).toEqual([]);
    // The run must have reached the database, not only the front-door checks: applied pushes
    // and pulls (200) and sequence gaps (409), which are decided inside a transaction.
    expect((statuses.get(200) ?? 0) + (statuses.get(409) ?? 0)).toBeGreaterThan(total / 40);
  });
});

/**
 * Attacks, generated: accounts of one county (a desk, field staff), a worker, an employer
 * and nobody send every mutator with ids taken from another county's records (forged ids),
 * references to that county's people, jobs and courses, and mutation ids its accounts used
 * (cross-account ids). Nothing of the other county may change, no new record may point at its
 * people, and its accounts' mutation ids keep answering for them alone.
 */
describe.each(DATABASES)('attacking another county’s records on $name', (database) => {
  let db: Database;
  let app: TestApp;

  beforeAll(async () => {
    ({ db, app } = await openApp(database, undefined, {
      limits: { pushesPerClient: Infinity, pushesPerAccount: Infinity, pushesPerAddress: Infinity },
    }));
  });
  afterAll(async () => {
    await db?.close();
  });

  async function sender(role?: Role, scope?: { stationIds?: string[]; counties?: string[] }): Promise<Sender> {
    const clientId = uuidv7();
    const headers = role ? await bearer(app, await makeAccount(db, role, scope), clientId) : {};
    return { headers, clientId, seq: 0 };
  }
  const send = (who: Sender, name: string, args: unknown, id = uuidv7()) => pushOne(app, who, name, args, id);

  const total = database.name === 'pglite' ? 600 : 120;
  it(`${total} generated attacks (forged ids, cross-account mutation ids, out-of-scope staff writes) change nothing of the other county`, async () => {
    const stationA = station({ regionCode: '630103100' });
    const stationB = station({ regionCode: '150525100', name: '大沁他拉镇零工驿站' });
    await db.transaction((tx) =>
      writeRecords(tx, [
        { kind: 'station', record: stationA },
        { kind: 'station', record: stationB },
      ]),
    );
    // The other county: its desk and field staff, and a worker of theirs, make its records.
    const deskB = await sender('station_staff', { stationIds: [stationB.id], counties: ['150525'] });
    const fieldB = await sender('field_staff', { counties: ['150525'] });
    const victim = await sender('worker');
    const placeB = { regionCode: '150525100', stationId: stationB.id };
    const ids = {
      job: uuidv7(),
      seeker: uuidv7(),
      twin: uuidv7(),
      own: uuidv7(),
      application: uuidv7(),
      complaint: uuidv7(),
      employer: uuidv7(),
      course: uuidv7(),
      event: uuidv7(),
      policy: uuidv7(),
      visit: uuidv7(),
      checkIn: uuidv7(),
      points: uuidv7(),
      enrollment: uuidv7(),
      request: uuidv7(),
      workday: uuidv7(),
      boardPrint: uuidv7(),
    };
    const victimMutations: { who: Sender; seq: number; id: string; name: string; args: unknown }[] = [];
    const setup = async (who: Sender, name: string, args: unknown) => {
      const id = uuidv7();
      const { body } = await send(who, name, args, id);
      expect(body.results?.[0], `${name} in the setup`).toMatchObject({ ok: true });
      victimMutations.push({ who, seq: who.seq, id, name, args });
    };
    await setup(deskB, 'job.post', jobPostArgs({ id: ids.job, ...placeB, place: '大沁他拉镇' }));
    await setup(deskB, 'seeker.register', seekerRegisterArgs({ id: ids.seeker, ...placeB, name: '白玉兰' }));
    await setup(fieldB, 'seeker.register', seekerRegisterArgs({ id: ids.twin, ...placeB, name: '白玉兰' }));
    await setup(victim, 'seeker.register', seekerRegisterArgs({ id: ids.own, registeredBy: 'self', ...placeB }));
    await setup(deskB, 'application.apply', {
      id: ids.application,
      jobId: ids.job,
      seekerId: ids.seeker,
      channel: 'referral',
    });
    await setup(victim, 'complaint.file', {
      id: ids.complaint,
      kind: 'wage_arrears',
      seekerId: ids.own,
      anonymous: false,
      employerName: '某建筑队',
      description: '两个月没发工资',
      evidence: [],
      ...placeB,
    });
    await setup(deskB, 'employer.register', {
      id: ids.employer,
      name: '奈曼劳务',
      kind: 'company',
      phone: '13900000098',
      regionCode: '150525100',
    });
    const course = {
      id: ids.course,
      title: '电工上岗证培训',
      ...placeB,
      startDate: '2026-06-01',
      days: 5,
      capacity: 30,
      points: 20,
    };
    await setup(deskB, 'course.save', course);
    await setup(deskB, 'event.save', {
      id: ids.event,
      kind: 'job_fair',
      title: '春风行动招聘会',
      ...placeB,
      startsAt: 1_800_000_000_000,
      endsAt: 1_800_000_360_000,
    });
    await setup(deskB, 'policy.save', {
      id: ids.policy,
      title: '奈曼旗零工补贴',
      body: '到驿站登记',
      regionCodes: ['150525'],
      tags: [],
      publishedOn: '2026-01-01',
    });
    await setup(deskB, 'visit.log', {
      id: ids.visit,
      stationId: stationB.id,
      at: 1,
      services: ['water'],
      seekerId: ids.seeker,
    });
    await setup(victim, 'visit.checkIn', { id: ids.checkIn, stationId: stationB.id, seekerId: ids.own, services: [] });
    await setup(deskB, 'points.award', {
      id: ids.points,
      seekerId: ids.seeker,
      delta: 20,
      kind: 'attendance',
      reason: '培训结业',
    });
    await setup(deskB, 'boardPrint.log', {
      id: ids.boardPrint,
      stationId: stationB.id,
      regionCode: '150525100',
      jobIds: [ids.job],
    });
    await setup(victim, 'enrollment.enroll', { id: ids.enrollment, courseId: ids.course, seekerId: ids.own });
    await setup(victim, 'courseRequest.ask', {
      id: ids.request,
      seekerId: ids.own,
      skill: '电工',
      regionCode: '150525100',
    });
    const workday = {
      date: new Date().toISOString().slice(0, 10),
      site: '大沁他拉镇工地',
      employerName: '某建筑队',
      wage: 260,
      wageUnit: 'day',
      hours: 9,
    };
    await setup(victim, 'workday.log', { id: ids.workday, ...workday });
    const [review] = await db.query<{ id: string }>(`SELECT id FROM records WHERE kind = 'review'`);
    const victimIds = [...Object.values(ids), review.id, stationB.id];
    const victimPeople = [ids.seeker, ids.twin, ids.own];

    // The attackers: this county's staff, another worker, an employer, nobody.
    const attackers = [
      await sender('station_staff', { stationIds: [stationA.id], counties: ['630103'] }),
      await sender('field_staff', { counties: ['630103'] }),
      await sender('worker'),
      await sender('employer'),
      await sender(),
    ];
    const attackerOwn = seekerRegisterArgs({ registeredBy: 'self' });
    await send(attackers[2], 'seeker.register', attackerOwn);

    /** Mostly the id of the other county's record of the kind the mutator writes; sometimes any of its ids, or a new one. */
    const idOf = (...own: string[]) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...own) },
        { weight: 1, arbitrary: fc.constantFrom(...victimIds) },
        { weight: 1, arbitrary: fc.constant('fresh') },
      );
    const person = fc.constantFrom(...victimPeople, attackerOwn.id);
    const place = fc.constantFrom(
      placeB,
      { regionCode: '630103100', stationId: stationB.id },
      {
        regionCode: '150525100',
        stationId: stationA.id,
      },
    );
    const target = (id: string) => (id === 'fresh' ? uuidv7() : id);
    const builders: Record<MutatorName, fc.Arbitrary<unknown>> = {
      'job.post': fc.tuple(idOf(ids.job), place).map(([id, p]) => jobPostArgs({ id: target(id), ...p, title: '攻击' })),
      'job.edit': fc
        .tuple(idOf(ids.job), place)
        .map(([id, p]) => ({ id: target(id), baseVersion: 1e9, patch: { title: '攻击', ...p } })),
      'job.setStatus': fc
        .tuple(idOf(ids.job), fc.constantFrom(...JOB_STATUSES))
        .map(([id, status]) => ({ id: target(id), status })),
      'job.remove': idOf(ids.job).map((id) => ({ id: target(id) })),
      'job.verify': idOf(ids.job).map((id) => ({ id: target(id), state: 'rejected', method: 'callback' })),
      'station.save': fc.tuple(idOf(stationB.id), place).map(([id, p]) => {
        const {
          version: _v,
          updatedAt: _u,
          deleted: _d,
          ...fields
        } = station({ id: target(id), regionCode: p.regionCode });
        return { ...fields, name: '攻击驿站', baseVersion: 1e9 };
      }),
      'employer.register': fc.tuple(idOf(ids.employer), place).map(([id, p]) => ({
        id: target(id),
        name: '攻击',
        kind: 'company',
        phone: '13900000097',
        regionCode: p.regionCode,
      })),
      'employer.verify': idOf(ids.employer).map((id) => ({ id: target(id), state: 'rejected', method: 'onsite' })),
      'seeker.register': fc
        .tuple(idOf(...victimPeople), place, fc.constantFrom('self', 'staff'))
        .map(([id, p, by]) =>
          seekerRegisterArgs({ id: target(id), ...p, registeredBy: by as 'self' | 'staff', name: '白玉兰' }),
        ),
      'seeker.edit': fc.tuple(idOf(...victimPeople), place).map(([id, p]) => ({
        id: target(id),
        patch: { name: '攻击', phone: '13900000096', stationId: p.stationId, groups: ['脱贫人口'] },
        baseVersion: 1e9,
      })),
      'review.resolve': fc.tuple(idOf(review.id), person, fc.boolean()).map(([id, keep, checked]) => ({
        id: target(id),
        outcome: 'merged',
        keep,
        identityChecked: checked,
      })),
      'review.undoMerge': idOf(review.id).map((id) => ({ id: target(id) })),
      'application.apply': fc.tuple(idOf(ids.application), person).map(([id, seekerId]) => ({
        id: target(id),
        jobId: ids.job,
        seekerId,
        channel: 'self',
      })),
      'application.advance': idOf(ids.application).map((id) => ({ id: target(id), status: 'rejected' })),
      'course.save': fc
        .tuple(idOf(ids.course), place)
        .map(([id, p]) => ({ ...course, id: target(id), ...p, title: '收费培训', answers: [ids.request] })),
      'enrollment.enroll': fc
        .tuple(idOf(ids.enrollment), person)
        .map(([id, seekerId]) => ({ id: target(id), courseId: ids.course, seekerId })),
      'enrollment.cancel': idOf(ids.enrollment).map((id) => ({ id: target(id) })),
      'enrollment.attend': fc
        .tuple(idOf(ids.enrollment), fc.integer({ min: 0, max: 400 }))
        .map(([id, day]) => ({ id: target(id), day, present: true })),
      'enrollment.complete': fc
        .tuple(idOf(ids.enrollment), idOf(ids.points))
        .map(([id, pointsId]) => ({ id: target(id), pointsId: target(pointsId) })),
      'courseRequest.ask': fc.tuple(idOf(ids.request), person, place).map(([id, seekerId, p]) => ({
        id: target(id),
        seekerId,
        skill: '攻击',
        regionCode: p.regionCode,
      })),
      'policy.save': fc
        .tuple(idOf(ids.policy), fc.constantFrom(['150525'], [], ['630103', '150525']))
        .map(([id, regionCodes]) => ({
          id: target(id),
          title: '先交押金',
          body: '攻击',
          regionCodes,
          tags: [],
          publishedOn: '2026-01-01',
        })),
      'event.save': fc.tuple(idOf(ids.event), place).map(([id, p]) => ({
        id: target(id),
        kind: 'job_fair',
        title: '收费招聘会',
        ...p,
        startsAt: 1,
        endsAt: 2,
      })),
      'complaint.file': fc
        .tuple(idOf(ids.complaint), person, fc.boolean(), place)
        .map(([id, seekerId, anonymous, p]) => ({
          id: target(id),
          kind: 'other',
          seekerId,
          anonymous,
          employerName: '攻击',
          description: '攻击',
          evidence: [],
          ...p,
        })),
      'complaint.advance': idOf(ids.complaint).map((id) => ({ id: target(id), status: 'closed' })),
      'complaint.comment': idOf(ids.complaint).map((id) => ({ id: target(id), note: '攻击' })),
      'visit.log': fc.tuple(idOf(ids.visit), person).map(([id, seekerId]) => ({
        id: target(id),
        stationId: stationB.id,
        at: 1,
        services: ['water'],
        seekerId,
      })),
      'visit.checkIn': fc.tuple(idOf(ids.checkIn, ids.visit), person).map(([id, seekerId]) => ({
        id: target(id),
        stationId: stationB.id,
        seekerId,
        services: ['job_desk'],
      })),
      'points.award': fc
        .tuple(idOf(ids.points), person, fc.integer({ min: -10_000, max: 10_000 }))
        .map(([id, seekerId, delta]) => ({
          id: target(id),
          seekerId,
          delta,
          kind: 'correction',
          reason: '攻击',
        })),
      'boardPrint.log': fc.tuple(idOf(ids.boardPrint), place).map(([id, p]) => ({
        id: target(id),
        stationId: p.stationId,
        regionCode: p.regionCode,
        jobIds: [ids.job],
      })),
      'boardPrint.takeDown': idOf(ids.boardPrint).map((id) => ({ ids: [target(id)], jobId: ids.job })),
      'workday.log': idOf(ids.workday).map((id) => ({ id: target(id), ...workday, wage: 1 })),
      'workday.edit': idOf(ids.workday).map((id) => ({ id: target(id), patch: { paid: 260, note: '攻击' } })),
      'workday.remove': idOf(ids.workday).map((id) => ({ id: target(id) })),
    };
    const attackArb = fc.record({
      attacker: fc.nat(attackers.length - 1),
      name: fc.constantFrom(...MUTATOR_NAMES),
      seed: fc.nat(),
      // Half the time the mutation id is one the other county's accounts already used.
      borrowed: fc.option(fc.nat(victimMutations.length - 1), { freq: 2 }),
    });

    // Ids are per kind: a new record of another kind under a victim's id overwrites nothing.
    const victimKeys = new Set(
      (
        await db.query<{ key: string }>(
          `SELECT kind || ':' || id AS key FROM records WHERE id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb))`,
          [JSON.stringify(victimIds)],
        )
      ).map((r) => r.key),
    );
    expect(victimKeys.size).toBe(victimIds.length);
    // Anyone may sign up for any county's course: the seat counts the server keeps on it may move.
    const SEAT_COUNTS = `- 'enrolled' - 'waitlisted' - 'updatedAt' - 'version'`;
    const snapshot = async () =>
      JSON.stringify(
        (
          await db.query<{ key: string; data: unknown }>(
            `SELECT kind || ':' || id AS key, CASE WHEN kind = 'course' THEN data ${SEAT_COUNTS} ELSE data END AS data FROM records WHERE id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb)) ORDER BY kind, id`,
            [JSON.stringify(victimIds)],
          )
        ).filter((r) => victimKeys.has(r.key)),
      );
    const before = await snapshot();
    const borrowedIds = new Set<string>();
    const failures: string[] = [];
    for (const attack of fc.sample(attackArb, { seed: FUZZ_SEED + 2, numRuns: total })) {
      const args = fc.sample(builders[attack.name], { seed: attack.seed, numRuns: 1 })[0];
      const mutationId = attack.borrowed === null ? uuidv7() : victimMutations[attack.borrowed].id;
      if (attack.borrowed !== null) borrowedIds.add(mutationId);
      const { status } = await send(attackers[attack.attacker], attack.name, args, mutationId);
      if (status >= 500) failures.push(`${status} for ${attack.name}`);
      if ((await snapshot()) !== before) {
        failures.push(
          `${attack.name} by attacker ${attack.attacker} changed the other county: ${JSON.stringify(args)}`,
        );
        break;
      }
    }
    expect(failures).toEqual([]);
    // No record of the attackers' making points at the other county's people.
    const pointing = await db.query<{ kind: string; id: string }>(
      `SELECT kind, id FROM records WHERE NOT (id::text IN (SELECT jsonb_array_elements_text($1::text::jsonb))) AND data->>'seekerId' IN (SELECT jsonb_array_elements_text($2::text::jsonb))`,
      [JSON.stringify(victimIds), JSON.stringify(victimPeople)],
    );
    expect(pointing).toEqual([]);
    // The other county's mutation ids still answer for its accounts: replayed, the same answers.
    for (const m of victimMutations) {
      const response = await postJson(
        app,
        PUSH_PATH,
        {
          v: 1,
          clientId: m.who.clientId,
          schema: SCHEMA_VERSION,
          mutations: [{ seq: m.seq, id: m.id, name: m.name, args: m.args, at: 1 }],
        },
        m.who.headers,
      );
      expect((await response.json()).results[0]).toMatchObject({ ok: true });
    }
    // And an id an attacker sent first is still free for them: a new write under it is applied.
    const [borrowed] = borrowedIds.size > 0 ? [...borrowedIds] : [uuidv7()];
    const fresh = jobPostArgs({ ...placeB, place: '大沁他拉镇' });
    const taken = uuidv7();
    await send(
      attackers[2],
      'complaint.file',
      {
        id: uuidv7(),
        kind: 'other',
        anonymous: true,
        employerName: 'x',
        description: 'x',
        evidence: [],
        regionCode: '150525100',
      },
      taken,
    );
    for (const id of [borrowed, taken]) {
      const { body } = await send(deskB, 'job.post', { ...fresh, id: uuidv7() }, id);
      expect(body.results?.[0]).toMatchObject({ ok: true });
    }
  });
});
