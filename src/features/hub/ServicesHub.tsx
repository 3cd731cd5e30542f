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
