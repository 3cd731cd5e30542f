/**
 * "导航": hand the station to the phone's own map app. Each app gets coordinates in its
 * own datum (MAPS.md §5): geo: URIs are WGS-84, 高德 takes GCJ-02, 百度 BD-09. These are
 * app schemes, not web pages, so an app with offline maps can route with no connection.
 */
import { convert } from '../../core/geo';
import type { Station } from '../../core/records';

const APP = 'gigstation';

export interface MapLink {
  app: 'phone' | 'amap' | 'baidu';
  href: string;
}

export function mapLinks(station: Pick<Station, 'name' | 'lat' | 'lon'>, userAgent: string): MapLink[] {
  const name = encodeURIComponent(station.name);
  const gcj = convert(station, 'wgs84', 'gcj02');
  const bd = convert(station, 'wgs84', 'bd09');
  const ios = /iPhone|iPad|iPod/.test(userAgent);
  const amap = ios ? 'iosamap' : 'androidamap';
  const links: MapLink[] = [
    {
      app: 'amap',
      href: `${amap}://viewMap?sourceApplication=${APP}&poiname=${name}&lat=${gcj.lat}&lon=${gcj.lon}&dev=0`,
    },
    {
      app: 'baidu',
      href: `baidumap://map/marker?location=${bd.lat},${bd.lon}&title=${name}&content=${name}&coord_type=bd09ll&src=${APP}`,
    },
  ];
  // Android lets the user pick any installed map app for geo:; iOS has no geo: handler.
  if (!ios)
    links.unshift({ app: 'phone', href: `geo:${station.lat},${station.lon}?q=${station.lat},${station.lon}(${name})` });
  return links;
}
