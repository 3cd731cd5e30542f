/** The place picker's search (hanzi, pinyin, initials), browsing, and "用我的位置" (issue 11). */
import { describe, expect, it } from 'vitest';
import { nearestCounty } from '../../../src/features/place/nearest';
import { placesUnder, searchPlaces } from '../../../src/features/place/search';
import { station } from '../../fixtures/records';

const labels = (query: string) => searchPlaces(query).map((p) => p.label);

describe('place search', () => {
  it('finds a county by hanzi, named with its city', () => {
    expect(labels('城中')[0]).toBe('西宁市 城中区');
    expect(labels('河东区')[0]).toBe('天津市 河东区');
  });

  it('finds a county by full pinyin, with or without spaces, and by initials', () => {
    expect(labels('chengzhong')[0]).toBe('西宁市 城中区');
    expect(labels('cheng zhong qu')[0]).toBe('西宁市 城中区');
    expect(labels('NaiMan')[0]).toBe('通辽市 奈曼旗');
    expect(labels('czq')[0]).toBe('西宁市 城中区');
  });

  it('finds a town with its city and county, a county before its towns', () => {
    expect(labels('总寨')).toContain('西宁市 城中区 总寨镇');
    expect(labels('zongzhai')).toContain('西宁市 城中区 总寨镇');
    const city = searchPlaces('xining');
    expect(city[0]).toMatchObject({ label: '西宁市 城中区', level: 'county' });
  });

  it('finds nothing for words that name no place', () => {
    expect(searchPlaces('北京')).toEqual([]);
    expect(searchPlaces('   ')).toEqual([]);
  });

  it('browses province → city → county → town, stepping over 直辖市’s unnamed city level', () => {
    expect(placesUnder('').map((r) => r.name)).toContain('青海省');
    expect(placesUnder('63').map((r) => r.name)).toEqual(['西宁市']);
    expect(placesUnder('6301').map((r) => r.name)).toEqual(['城中区']);
    expect(placesUnder('630103').map((r) => r.name)).toContain('总寨镇');
    expect(placesUnder('12').map((r) => r.name)).toEqual(['河东区']);
  });
});

describe('nearest county from a position', () => {
  const stations = [
    station({ regionCode: '630103100', lat: 36.5357, lon: 101.7466 }),
    station({ regionCode: '120102', lat: 39.1378, lon: 117.2108 }),
    station({ regionCode: '150525100', lat: 42.8461, lon: 120.6586 }),
  ];

  it('picks the county of the nearest station and says how far it is', () => {
    const near = nearestCounty({ lat: 36.6, lon: 101.78 }, stations);
    expect(near?.county).toBe('630103');
    expect(near!.meters).toBeGreaterThan(5_000);
    expect(near!.meters).toBeLessThan(10_000);
    expect(nearestCounty({ lat: 39.1, lon: 117.3 }, stations)?.county).toBe('120102');
  });

  it('skips deleted stations and answers nothing without any', () => {
    const gone = { ...stations[0], deleted: true };
    expect(nearestCounty({ lat: 36.6, lon: 101.78 }, [gone, stations[1]])?.county).toBe('120102');
    expect(nearestCounty({ lat: 36.6, lon: 101.78 }, [])).toBeUndefined();
  });
});
