/** The desk's lists as spreadsheets (src/features/desk/tables.ts): worded heads and cells, never a code. */
import { describe, expect, it } from 'vitest';
import { placeWithDetail } from '../../../src/core/regions';
import { jobsTable, seekersTable } from '../../../src/features/desk/tables';
import { tableGrid } from '../../../src/features/sheets/table';
import { seekerRegisterArgs, serverJob } from '../../fixtures/records';

const CODES = /\b(open|unverified|daily|day|cleaner|bricklayer|630103\d*)\b/;

describe('desk lists as tables', () => {
  it('words the station’s jobs: trade, place, wage, pay, status and check in words', () => {
    const grid = tableGrid(jobsTable([serverJob({ contactPhone: '13900000001' })]));
    expect(grid[0]).toEqual([
      '岗位',
      '工种',
      '用工单位',
      '地点',
      '工资',
      '结算',
      '人数',
      '电话',
      '状态',
      '核实',
      '发布日期',
    ]);
    expect(grid[1]).toEqual([
      '招保洁员',
      '保洁员',
      '总寨鑫家政服务中心',
      '城中区 总寨镇',
      '150-180 元/天',
      '日结',
      2,
      '13900000001',
      '招人中',
      '未核实',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ]);
    expect(grid.flat().join(' ')).not.toMatch(CODES);
  });

  it('gives the people with their whole phone numbers and wishes in words', () => {
    const seeker = {
      ...seekerRegisterArgs({ wishes: { occupations: ['cleaner'], payPeriods: [] }, village: '王斌堡村' }),
      version: 1,
      updatedAt: 1,
      deleted: false,
    };
    const grid = tableGrid(seekersTable([seeker]));
    expect(grid[1]).toEqual(['马师傅', '13900000001', '', '城中区 总寨镇 王斌堡村', '保洁员', '瓦工']);
    expect(grid.flat().join(' ')).not.toMatch(CODES);
  });
});

describe('placeWithDetail', () => {
  it('adds the words written for a place only when they say more than its name', () => {
    expect(placeWithDetail('630103100200', '总寨镇王斌堡村')).toBe('城中区 总寨镇 王斌堡村委会');
    expect(placeWithDetail('630103100200', '王斌堡村三社')).toBe('城中区 总寨镇 王斌堡村委会 王斌堡村三社');
    expect(placeWithDetail('630103100')).toBe('城中区 总寨镇');
  });
});
