import { describe, expect, it } from 'vitest';
import { circleRing, convert, distanceMeters, fitPoints, parseCoordinates, toWgs84 } from '../../../src/core/geo';

const hangzhou = { lat: 30.2798, lon: 120.1949 }; // WGS-84

describe('datum conversion at the input edge', () => {
  it('GCJ-02 (高德/腾讯) is offset ~500 m and converts back to the same WGS-84 point', () => {
    const gcj = convert(hangzhou, 'wgs84', 'gcj02');
    const offset = distanceMeters(hangzhou, gcj);
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(700);
    expect(distanceMeters(toWgs84(gcj, 'gcj02'), hangzhou)).toBeLessThan(0.5);
  });

  it('BD-09 (百度) adds more and also round-trips', () => {
    const bd = convert(hangzhou, 'wgs84', 'bd09');
    expect(distanceMeters(hangzhou, bd)).toBeGreaterThan(900);
    expect(distanceMeters(toWgs84(bd, 'bd09'), hangzhou)).toBeLessThan(1);
  });

  it('WGS-84 input is kept as is', () => {
    expect(toWgs84(hangzhou, 'wgs84')).toEqual(hangzhou);
  });
});

describe('parseCoordinates', () => {
  it('reads lon,lat (高德) and lat,lon in either order', () => {
    expect(parseCoordinates('120.1949,30.2798')).toEqual(hangzhou);
    expect(parseCoordinates('30.2798, 120.1949')).toEqual(hangzhou);
    expect(parseCoordinates('纬度 30.2798 经度 120.1949')).toEqual(hangzhou);
  });

  it('reads share links', () => {
    expect(parseCoordinates('https://uri.amap.com/marker?position=120.1949,30.2798&name=x')).toEqual(hangzhou);
  });

  it('rejects text with no coordinate or outside China', () => {
    expect(parseCoordinates('凯旋街道')).toBeNull();
    expect(parseCoordinates('12.5, 41.9')).toBeNull();
  });
});

describe('rings and the point-map projection', () => {
  it('a ring is closed and every vertex is at the radius', () => {
    const ring = circleRing(hangzhou, 866, 32);
    expect(ring).toHaveLength(33);
    expect(ring[0]).toEqual(ring[32]);
    for (const [lon, lat] of ring) expect(distanceMeters(hangzhou, { lat, lon })).toBeCloseTo(866, 3);
  });

  it('fitPoints keeps every point inside the box, north up', () => {
    const points = [hangzhou, { lat: 30.3, lon: 120.25 }, { lat: 30.25, lon: 120.1 }];
    const fit = fitPoints(points, 320, 200);
    for (const p of points) {
      const { x, y } = fit.project(p);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(200);
    }
    expect(fit.project(points[1]).y).toBeLessThan(fit.project(points[2]).y);
  });
});
