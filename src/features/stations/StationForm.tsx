/**
 * 修改驿站信息 (`/stations/:id/edit`): the desk of the station (or an admin) sets its
 * services, opening hours and phone. The change is on this phone at once (the 驿站 list,
 * map and page read it from here) and syncs by itself. The photo is uploaded on its own and
 * needs the network (StationPhotoField): stations go to every phone in the first sync, so the
 * record carries only the photo's hash (docs/ACCESS.md).
 */
import { useNavigate, useParams } from '@solidjs/router';
import { createSignal, onMount, Show } from 'solid-js';
import { mayEditStation } from '../../core/access';
import { STATION_SERVICES, type Station } from '../../core/records';
import { errorText } from '../../ui/errors';
import {
  asOptionalText,
  ChoiceChips,
  createForm,
  Form,
  SubmitRow,
  TextField,
  TimeField,
  ToggleField,
} from '../../ui/form';
import { useActor } from '../../ui/actor';
import { useServices } from '../../ui/services';
import { stationEdit } from './edit';
import { StationPhotoField } from './StationPhotoField';
import { stationById } from './stations.repo';
import { t } from './strings';

const INITIAL = { services: [] as string[], allDay: false, opens: '', closes: '', phone: '' };
type Values = typeof INITIAL;

function toValues(station: Station): Values {
  const [opens = '', closes = ''] = station.hours.daily?.split('-') ?? [];
  return { services: station.services, allDay: station.hours.allDay, opens, closes, phone: station.phone ?? '' };
}

/** Open all day, or from `opens` to `closes` every day (an empty side fails the schema: 看不懂). */
const hoursOf = (values: Values): Station['hours'] =>
  values.allDay ? { allDay: true } : { allDay: false, daily: `${values.opens}-${values.closes}` };

export default function StationForm() {
  const navigate = useNavigate();
  const params = useParams<{ id: string }>();
  const { db } = useServices();
  const actor = useActor();
  const [station, setStation] = createSignal<Station>();
  const [loaded, setLoaded] = createSignal(false);

  const form = createForm({
    initial: INITIAL,
    mutation: (values) => ({
      name: 'station.save',
      args: stationEdit(station()!, {
        services: values.services as Station['services'],
        hours: hoursOf(values),
        phone: asOptionalText(values.phone),
      }),
    }),
    fieldOf: (path) => (path.startsWith('hours') ? 'opens' : path.replace(/^services\..*/, 'services')),
    refuse: (args) =>
      mayEditStation(actor(), args) ? undefined : { path: 'services', message: errorText('FORBIDDEN') },
    done: ({ args }) => navigate(`/stations/${args.id}`),
  });

  onMount(async () => {
    const found = await stationById(db, params.id);
    if (found) {
      setStation(found);
      form.patch(toValues(found));
    }
    setLoaded(true);
  });

  return (
    // data-loaded: the form holds the station's values (or the station is not on this phone).
    <section class="page" data-loaded={loaded() ? '' : undefined}>
      <h2 class="page-title">{t('stationEdit.title')}</h2>
      <Show when={station()} fallback={<Show when={loaded()}>{<p class="empty">{t('station.notFound')}</p>}</Show>}>
        {(s) => (
          <>
            <p class="muted">{s().name}</p>
            <Form form={form} testId="station-form">
              <ChoiceChips
                form={form}
                name="services"
                label={t('stations.services')}
                options={STATION_SERVICES.map((service) => ({ value: service, label: t(`service.${service}`) }))}
              />
              <ToggleField form={form} name="allDay" label={t('stationEdit.allDay')} />
              <Show when={!form.values.allDay}>
                <div class="row">
                  <TimeField form={form} name="opens" label={t('stationEdit.opens')} />
                  <TimeField form={form} name="closes" label={t('stationEdit.closes')} />
                </div>
                <p class="muted">{t('stationEdit.hoursHint')}</p>
              </Show>
              <TextField form={form} name="phone" type="tel" label={t('stationEdit.phone')} />
              <p class="muted">{t('stationEdit.offline')}</p>
              <SubmitRow form={form} label={t('stationEdit.save')} testId="station-submit" />
            </Form>
            <StationPhotoField station={s()} />
          </>
        )}
      </Show>
    </section>
  );
}
