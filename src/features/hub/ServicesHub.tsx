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
    href: '/complaints',
    label: 'hub.complaints',
    about: 'hub.complaints.about',
    icon: 'M12 2 4 5v6c0 5 3.4 9.5 8 11 4.6-1.5 8-6 8-11V5zm-1 5h2v6h-2zm0 8h2v2h-2z',
  },
  {
    href: '/points',
    label: 'hub.points',
    about: 'hub.points.about',
    // A star: points earned at the station.
    icon: 'm12 2 3.1 6.3 6.9 1-5 4.9 1.2 6.8-6.2-3.2L5.8 21 7 14.2 2 9.3l6.9-1z',
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
