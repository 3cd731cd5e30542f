/**
 * 服务: every service of the station a worker can use, as big tiles with an icon and one line
 * on what it is for. Each feature adds its own tile to TILES; the page behind it loads on demand.
 */
import { A } from '@solidjs/router';
import { type Words, t } from './strings';

interface Tile {
  href: string;
  label: keyof Words;
  about: keyof Words;
  /** A 24×24 SVG path: no icon font, no emoji an old phone may lack. */
  icon: string;
}

const TILES: Tile[] = [
  {
    href: '/policies',
    label: 'hub.policies',
    about: 'hub.policies.about',
    // A document with lines of text.
    icon: 'M6 2h8l6 6v14H6zm7 1.5V9h5.5zM8 12h8v1.5H8zm0 3h8v1.5H8zm0 3h5v1.5H8z',
  },
  {
    href: '/complaints',
    label: 'hub.complaints',
    about: 'hub.complaints.about',
    icon: 'M12 2 4 5v6c0 5 3.4 9.5 8 11 4.6-1.5 8-6 8-11V5zm-1 5h2v6h-2zm0 8h2v2h-2z',
  },
  {
    href: '/courses',
    label: 'hub.courses',
    about: 'hub.courses.about',
    // A mortarboard: a course.
    icon: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z',
  },
  {
    href: '/career',
    label: 'hub.career',
    about: 'hub.career.about',
    // A sheet of paper with a person on it: a resume.
    icon: 'M5 2h14v20H5zm2 2v16h10V4zm5 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zm-4 8c0-2 2-3 4-3s4 1 4 3v1H8zm0 3h8v1.5H8z',
  },
  {
    href: '/scan',
    label: 'hub.scan',
    about: 'hub.scan.about',
    icon: 'M3 3h6v2H5v4H3zm12 0h6v6h-2V5h-4zM3 15h2v4h4v2H3zm16 0h2v6h-6v-2h4zM7 11h10v2H7z',
  },
  {
    href: '/events',
    label: 'hub.events',
    about: 'hub.events.about',
    icon: 'M7 2h2v2h6V2h2v2h3v18H4V4h3zM6 9v11h12V9zm4 2 5 3-5 3z',
  },
  {
    href: '/points',
    label: 'hub.points',
    about: 'hub.points.about',
    // A star: points earned at the station.
    icon: 'm12 2 3.1 6.3 6.9 1-5 4.9 1.2 6.8-6.2-3.2L5.8 21 7 14.2 2 9.3l6.9-1z',
  },
  {
    href: '/rights',
    label: 'hub.rights',
    about: 'hub.rights.about',
    // A phone handset beside a page: who to call, and the days written down.
    icon: 'M14 2h6a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm1 3v2h4V5zm0 4v2h4V9zM6.6 10.8a12 12 0 0 0 6.6 6.6l2.2-2.2 3.6 1.5V21a1 1 0 0 1-1 1A17 17 0 0 1 2 5a1 1 0 0 1 1-1h4.3l1.5 3.6z',
  },
];

export default function ServicesHub() {
  return (
    <section class="page" data-testid="services-hub">
      <h2 class="page-title">{t('hub.title')}</h2>
      <p class="muted">{t('hub.hint')}</p>
      <ul class="hub-tiles">
        {TILES.map((tile) => (
          <li>
            <A href={tile.href} class="hub-tile" data-testid={`hub-${tile.href.slice(1)}`}>
              <svg viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
                <path d={tile.icon} fill="currentColor" />
              </svg>
              <span class="hub-tile-label">{t(tile.label)}</span>
              <span class="hub-tile-about">{t(tile.about)}</span>
            </A>
          </li>
        ))}
      </ul>
    </section>
  );
}
