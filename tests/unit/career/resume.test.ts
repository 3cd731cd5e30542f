/** 简历: the resume made from the profile on the phone, the finished courses and the lines only the resume has. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import type { Seeker } from '../../../src/core/records';
import { GigDb } from '../../../src/db/db';
import { resumeFacts, saveResumeExtras } from '../../../src/features/career/career.repo';
import { buildResume, isLicence, NO_EXTRAS } from '../../../src/features/career/resume';
import { rememberMyProfile } from '../../../src/features/seekers/seekers.repo';
import { seekerRegisterArgs } from '../../fixtures/records';

const freshDb = () => new GigDb(`test-${uuidv7()}`);

function seeker(overrides: Partial<Seeker> = {}): Seeker {
  const { registeredBy, ...args } = seekerRegisterArgs({
    name: '马建国',
    phone: '13900000001',
    birthYear: 1980,
    regionCode: '630103100',
    village: '二十里铺村',
    skills: ['砌砖', '看图纸', 'B2', '电工证'],
    wishes: {
      occupations: ['bricklayer', 'tiler'],
      minWage: 250,
      wageUnit: 'day',
      payPeriods: ['daily'],
      maxDistanceKm: 20,
    },
  });
  return { ...args, registeredBy, version: 1, updatedAt: 1, deleted: false, ...overrides };
}

const section = (resume: ReturnType<typeof buildResume>, title: string) =>
  resume.sections.find((s) => s.title === title)?.lines;

describe('the resume', () => {
  it('says name, age, place and the work the profile wants, in words', () => {
    const resume = buildResume({ seeker: seeker(), courses: [], extras: NO_EXTRAS }, 2026);
    expect(resume.name).toBe('马建国');
    expect(resume.about).toEqual(['46 岁（1980 年生）', '城中区 总寨镇 二十里铺村']);
    expect(section(resume, '会干的活')).toEqual(['瓦工', '瓷砖工']);
    expect(section(resume, '技能')).toEqual(['砌砖、看图纸']);
    expect(section(resume, '证书和驾照')).toEqual(['B2', '电工证']);
    expect(section(resume, '想找的工作')).toEqual(['工资不低于 250 元/天', '日结', '20 公里以内']);
  });

  it('shows the phone only when the worker ticks it, and adds years, work history and finished courses', () => {
    const extras = {
      showPhone: true,
      years: { bricklayer: 12 },
      history: [
        { when: '2019-2023', where: '西宁 万达工地', what: '砌墙、抹灰' },
        { when: '', where: '', what: '' },
      ],
    };
    const resume = buildResume({ seeker: seeker(), courses: ['电工上岗培训'], extras }, 2026);
    expect(resume.about).toContain('电话 13900000001');
    expect(section(resume, '会干的活')).toEqual(['瓦工　12 年', '瓷砖工']);
    expect(section(resume, '工作经历')).toEqual(['2019-2023  西宁 万达工地  砌墙、抹灰']);
    expect(section(resume, '参加过的培训')).toEqual(['电工上岗培训']);
    expect(buildResume({ seeker: seeker(), courses: [], extras: NO_EXTRAS }, 2026).about.join()).not.toContain(
      '13900000001',
    );
  });

  it('leaves out what the profile does not say, rather than showing empty headings', () => {
    const bare = seeker({
      birthYear: undefined,
      village: undefined,
      skills: [],
      wishes: { occupations: [], payPeriods: [] },
    });
    const resume = buildResume({ seeker: bare, courses: [], extras: NO_EXTRAS }, 2026);
    expect(resume.about).toEqual(['城中区 总寨镇']);
    expect(resume.sections).toEqual([]);
  });

  it('tells licences and certificates from skills', () => {
    for (const licence of ['B2', 'A1', 'C1', '叉车证', '健康证', '电工证书'])
      expect(isLicence(licence), licence).toBe(true);
    for (const skill of ['砌砖', '做饭', '开叉车', 'Excel']) expect(isLicence(skill), skill).toBe(false);
  });
});

describe('what the resume reads on the phone', () => {
  it('finds no resume without a profile', async () => {
    expect(await resumeFacts(freshDb())).toBeNull();
  });

  it('reads the profile, only the finished courses, and the extras kept for that profile', async () => {
    const db = freshDb();
    const mine = seeker();
    await db.seekers.put(mine);
    await rememberMyProfile(db, mine.id);
    const course = (title: string) => ({
      id: uuidv7(),
      version: 1,
      updatedAt: 1,
      deleted: false,
      title,
      regionCode: '630103',
      startDate: '2026-03-01',
      days: 5,
      capacity: 30,
      points: 10,
    });
    const done = course('电工上岗培训');
    const booked = course('叉车培训');
    await db.courses.bulkPut([done, booked]);
    const enrol = (courseId: string, status: 'completed' | 'enrolled', seekerId = mine.id) => ({
      id: uuidv7(),
      version: 1,
      updatedAt: 1,
      deleted: false,
      courseId,
      seekerId,
      status,
    });
    await db.enrollments.bulkPut([
      enrol(done.id, 'completed'),
      enrol(booked.id, 'enrolled'),
      enrol(booked.id, 'completed', uuidv7()),
    ]);
    const extras = { showPhone: true, years: { tiler: 3 }, history: [] };
    await saveResumeExtras(db, mine.id, extras);
    await saveResumeExtras(db, uuidv7(), { ...extras, showPhone: false });

    const facts = await resumeFacts(db);
    expect(facts?.seeker.id).toBe(mine.id);
    expect(facts?.courses).toEqual(['电工上岗培训']);
    expect(facts?.extras).toEqual(extras);
  });
});
