import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { mutators } from '../../../src/core/mutators';
import { decodeRows, encodeRows, PushRequestSchema, SCHEMA_VERSION } from '../../../src/core/protocol';
import { JobSchema, StationSchema } from '../../../src/core/records';
import { postingFlags } from '../../../src/core/rules';
import { validate } from '../../../src/core/validation';
import { jobPostArgs, serverJob, station } from '../../fixtures/records';

describe('record schemas', () => {
  it('accept a complete job and station', () => {
    expect(validate(JobSchema, serverJob()).ok).toBe(true);
    expect(validate(StationSchema, station()).ok).toBe(true);
  });

  it('name the field and a stable code for each problem', () => {
    const result = validate(mutators['job.post'].args, { ...jobPostArgs(), contactPhone: '12345', title: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e.code]));
    expect(byField).toEqual({ title: 'required', contactPhone: 'phone' });
  });

  it('call a missing field "required", words for a number "number" and another wrong type "type"', () => {
    const { title: _omit, ...withoutTitle } = jobPostArgs();
    const missing = validate(mutators['job.post'].args, withoutTitle);
    const words = validate(mutators['job.post'].args, { ...jobPostArgs(), wageMin: '二百' });
    const blank = validate(mutators['job.post'].args, { ...jobPostArgs(), wageMin: ' ' });
    const wrongType = validate(mutators['job.post'].args, { ...jobPostArgs(), wageMin: true });
    expect(missing.ok || missing.errors[0]).toMatchObject({ field: 'title', code: 'required' });
    expect(words.ok || words.errors[0]).toMatchObject({ field: 'wageMin', code: 'number' });
    expect(blank.ok || blank.errors[0]).toMatchObject({ field: 'wageMin', code: 'type' });
    expect(wrongType.ok || wrongType.errors[0]).toMatchObject({ field: 'wageMin', code: 'type' });
  });

  it('reject bad region codes, coordinates and headcounts', () => {
    expect(validate(JobSchema, serverJob({ regionCode: '63010' })).ok).toBe(false);
    expect(validate(StationSchema, station({ lat: 91 })).ok).toBe(false);
    expect(validate(JobSchema, serverJob({ headcount: 0 })).ok).toBe(false);
    expect(validate(JobSchema, serverJob({ headcount: 1.5 })).ok).toBe(false);
  });

  it('trim free text before checking it', () => {
    const result = validate(JobSchema, serverJob({ title: '  保洁  ' }));
    expect(result.ok && result.value.title).toBe('保洁');
  });
});

describe('protocol', () => {
  it('round-trips records through the columnar encoding, dropping nothing', () => {
    const jobs = [serverJob(), serverJob({ description: '扫地', lat: 36.5, lon: 101.7 })];
    const decoded = decodeRows(encodeRows('job', jobs));
    expect(decoded).toEqual(jobs.map((j) => JSON.parse(JSON.stringify(j))));
  });

  it('bounds a push batch and requires uuids', () => {
    const mutation = { seq: 1, id: uuidv7(), name: 'job.post', args: {}, at: 1 };
    const request = { v: 1, clientId: uuidv7(), schema: SCHEMA_VERSION, mutations: Array(201).fill(mutation) };
    expect(v.safeParse(PushRequestSchema, request).success).toBe(false);
    expect(v.safeParse(PushRequestSchema, { ...request, mutations: [mutation] }).success).toBe(true);
    expect(v.safeParse(PushRequestSchema, { ...request, clientId: 'me', mutations: [mutation] }).success).toBe(false);
  });
});

describe('posting flags', () => {
  it('flag gender, ethnicity and fee wording, and nothing in a clean posting', () => {
    expect(postingFlags('招保安', '年龄18-60岁，身体健康')).toEqual([]);
    expect(postingFlags('招保安', '限男性')).toEqual(['gender']);
    expect(postingFlags('招保洁', '女性优先')).toEqual(['gender']);
    expect(postingFlags('服务员', '限汉族')).toEqual(['ethnicity']);
    expect(postingFlags('普工', '入职交押金200元')).toEqual(['fee']);
    expect(postingFlags('保洁', '打扫卫生，管午饭')).toEqual([]);
  });
});
