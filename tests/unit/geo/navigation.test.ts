import { describe, expect, it } from 'vitest';
import { convert, distanceMeters, parseCoordinates } from '../../../src/core/geo';
import { mapLinks } from '../../../src/features/stations/navigation';

const station = { name: '凯旋街道诺巢爱心驿站', lat: 30.2798, lon: 120.1949 };
const ANDROID = 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

describe('导航 hand-off', () => {
  it('gives each map app coordinates in its own datum', () => {
    const links = Object.fromEntries(mapLinks(station, ANDROID).map((l) => [l.app, l.href]));
    expect(links.phone).toBe(`geo:30.2798,120.1949?q=30.2798,120.1949(${encodeURIComponent(station.name)})`);
    const gcj = convert(station, 'wgs84', 'gcj02');
    expect(links.amap).toContain(`lat=${gcj.lat}&lon=${gcj.lon}&dev=0`);
    expect(links.amap.startsWith('androidamap://')).toBe(true);
    expect(links.baidu).toContain('coord_type=bd09ll');
    // What 百度 receives converts back to where the station really is.
    const bd = parseCoordinates(new URL(links.baidu).searchParams.get('location')!)!;
    expect(distanceMeters(convert(bd, 'bd09', 'wgs84'), station)).toBeLessThan(1);
  });

  it('on iPhone: no geo: link, and the iOS 高德 scheme', () => {
    const links = mapLinks(station, IPHONE);
    expect(links.map((l) => l.app)).toEqual(['amap', 'baidu']);
    expect(links[0].href.startsWith('iosamap://')).toBe(true);
  });
});
