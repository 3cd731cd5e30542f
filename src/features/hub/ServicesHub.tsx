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
    href: '/scan',
    label: 'hub.scan',
    about: 'hub.scan.about',
    icon: 'M3 3h6v2H5v4H3zm12 0h6v6h-2V5h-4zM3 15h2v4h4v2H3zm16 0h2v6h-6v-2h4zM7 11h10v2H7z',
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
