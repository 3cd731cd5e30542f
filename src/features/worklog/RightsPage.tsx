/**
 * 维权: who to call when wages are not paid (big tap-to-call buttons, each with what it is
 * for in plain words) and the evidence checklist, ticked on the phone, printable, and
 * carried into a 求助. Everything here works without signal; only the calls need the phone.
 */
import { A } from '@solidjs/router';
import { createResource, For, type JSX, Show } from 'solid-js';
import { countyWithCity } from '../../core/regions/names';
import { EVIDENCE_CODES, type EvidenceCode } from '../../core/evidence';
import { checkedEvidence, setCheckedEvidence } from '../../ui/evidence';
import { homePlace } from '../../ui/place';
import { useServices } from '../../ui/services';
import { myProfile } from '../seekers';
import { inspectionLine, LABOUR_HOTLINE, LEGAL_AID_HOTLINE, telHref, UNION_HOTLINE } from './hotlines';

import { t } from './strings';

function Hotline(props: { title: string; about: JSX.Element; phone: string; demo?: boolean; testId: string }) {
  return (
    <li class="hotline" data-testid={props.testId}>
      <h3>{props.title}</h3>
      <p>{props.about}</p>
      <a class="button primary wide call" href={telHref(props.phone)}>
        {t('rights.call', { number: props.phone })}
      </a>
      <Show when={props.demo}>
        <p class="muted small">{t('rights.demoNumber')}</p>
      </Show>
    </li>
  );
}

export default function RightsPage() {
  const { db } = useServices();
  // The place the user chose, else where their profile says they live.
  const [place] = createResource(async () => (await homePlace(db)) || ((await myProfile(db))?.regionCode ?? ''));
  const local = () => inspectionLine(place() ?? '');
  const [checked, { mutate }] = createResource(() => checkedEvidence(db), { initialValue: [] });
  const toggle = (code: EvidenceCode) => {
    const next = checked().includes(code) ? checked().filter((c) => c !== code) : [...checked(), code];
    mutate(next);
    void setCheckedEvidence(db, next);
  };
  return (
    <section class="page rights" data-testid="rights">
      <h2 class="page-title">{t('rights.title')}</h2>
      <p class="muted">{t('rights.hint')}</p>
      <ul class="hotlines">
        <Hotline
          testId="hotline-union"
          title={t('rights.union')}
          about={t('rights.union.about')}
          phone={UNION_HOTLINE}
        />
        <Show
          when={local()}
          fallback={
            <Hotline
              testId="hotline-inspection"
              title={t('rights.inspection.national')}
              about={
                <>
                  {t('rights.inspection.about')} {t('rights.inspection.noCounty')}
                </>
              }
              phone={LABOUR_HOTLINE}
            />
          }
        >
          {(line) => (
            <Hotline
              testId="hotline-inspection"
              title={t('rights.inspection', { county: countyWithCity(place() ?? '') })}
              about={t('rights.inspection.about')}
              phone={line().phone}
              demo={line().demo}
            />
          )}
        </Show>
        <Hotline
          testId="hotline-legal-aid"
          title={t('rights.legalAid')}
          about={t('rights.legalAid.about')}
          phone={LEGAL_AID_HOTLINE}
        />
      </ul>
      <A href="/worklog" class="button wide no-print" data-testid="rights-worklog">
        {t('rights.worklog')}
      </A>
      <h3>{t('rights.evidence')}</h3>
      <p class="muted">{t('rights.evidence.hint')}</p>
      <p data-testid="evidence-count">
        {t('rights.evidence.count', { have: checked().length, all: EVIDENCE_CODES.length })}
      </p>
      <ul class="evidence-list" data-testid="evidence-list">
        <For each={EVIDENCE_CODES}>
          {(code) => (
            <li>
              <label class="evidence-item">
                <input
                  type="checkbox"
                  name={`evidence-${code}`}
                  checked={checked().includes(code)}
                  onChange={() => toggle(code)}
                />
                <span>
                  <strong>{t(`evidence.${code}`)}</strong>
                  <span class="muted">{t(`evidence.${code}.why`)}</span>
                </span>
              </label>
            </li>
          )}
        </For>
      </ul>
      <div class="no-print">
        <button type="button" class="button wide" onClick={() => window.print()}>
          {t('rights.print')}
        </button>
        <A href="/complaints/new" class="button primary wide" data-testid="rights-complaint">
          {t('rights.fileComplaint')}
        </A>
      </div>
    </section>
  );
}
