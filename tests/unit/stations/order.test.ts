/** The 驿站 list starts where the user is: the chosen town, its county, then the other followed ones, then the rest. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/core/ids';
import { GigDb } from '../../../src/db/db';
import { updateSyncState } from '../../../src/db/sync-state';
import { allStations } from '../../../src/features/stations/stations.repo';
import { station } from '../../fixtures/records';

describe('allStations()', () => {
  it('lists the chosen county’s stations first, then the followed counties’, then the rest by place', async () => {
    const db = new GigDb(`test-${uuidv7()}`);
    const tianjin = station({ regionCode: '120102001', name: '河东区驿站' });
    const chengzhong = station({ regionCode: '630103100', name: '总寨镇驿站' });
    const otherTown = station({ regionCode: '630103001', name: '人民街道驿站' });
    const naiman = station({ regionCode: '150525100', name: '大沁他拉镇驿站' });
    const gone = station({ regionCode: '630103100', name: '撤了的驿站', deleted: true });
    await db.stations.bulkPut([tianjin, otherTown, chengzhong, naiman, gone]);
    await updateSyncState(db, (s) => {
      s.counties = ['150525', '630103'];
      s.home = '630103100';
    });
    // The chosen town's station leads, though its code sorts after its county neighbour's.
    expect((await allStations(db)).map((s) => s.name)).toEqual([
      '总寨镇驿站',
      '人民街道驿站',
      '大沁他拉镇驿站',
      '河东区驿站',
    ]);
    await updateSyncState(db, (s) => {
      s.counties = [];
      s.home = undefined;
    });
    expect((await allStations(db)).map((s) => s.name)).toEqual([
      '河东区驿站',
      '大沁他拉镇驿站',
      '人民街道驿站',
      '总寨镇驿站',
    ]);
    db.close();
  });
});
