/**
 * First run: before any county's jobs download, the job list asks where the user is. The
 * choice is a county (or a town in it), or, said out loud, every place; never every place
 * by default.
 */
import { useServices } from '../../ui/services';
import { followEveryCounty, followPlace } from './place.repo';
import PlacePicker from './PlacePicker';
import { t } from './strings';

export default function PlaceSetup() {
  const { db, scheduler } = useServices();
  const chosen = () => void scheduler.syncNow();
  return (
    <section class="card place-setup" data-testid="place-setup" aria-labelledby="place-setup-title">
      <h3 id="place-setup-title">{t('place.setupTitle')}</h3>
      <p class="muted">{t('place.setupHint')}</p>
      <PlacePicker onPick={(code) => void followPlace(db, code).then(chosen)} />
      <button
        type="button"
        class="button wide"
        data-testid="place-all"
        onClick={() => void followEveryCounty(db).then(chosen)}
      >
        {t('place.all')}
      </button>
    </section>
  );
}
