/**
 * Each role's own work, first on 我的: a worker's applications, 求助 and profile; an
 * employer's postings; staff's tools. Which one shows is MePage's role switch.
 */
import { A } from '@solidjs/router';
import { lazy, Show } from 'solid-js';
import { createLiveQuery } from '../../ui/live';
import { useServices } from '../../ui/services';
import { ComplaintList } from '../complaints';
import { MyApplications, MyPostings } from '../jobs';
import { MyPoints } from '../points';
import { openReviewCount } from '../seekers';
import { t } from './strings';

/** 求助: a worker's way to the station when wages are owed (anonymous is fine). */
function HelpLink() {
  return (
    <A href="/complaints/new" class="button wide warn" data-testid="complaint-link">
      {t('me.complaint')}
    </A>
  );
}

/** 我的求职意向 brings the place and trade names: loaded only on a worker's 我的. */
const ProfileSummary = lazy(() => import('./ProfileSummary'));

export function WorkerHome() {
  return (
    <>
      <MyApplications />
      <h3>{t('me.complaints')}</h3>
      <HelpLink />
      <ComplaintList />
      <ProfileSummary />
      <MyPoints linkToPage />
    </>
  );
}

export function EmployerHome() {
  return <MyPostings />;
}

/**
 * Staff: the desk's and field staff's day (今日待办, the station's lists, the trip list) is
 * the desk feature's DeskHome / FieldHome, placed here; below them, the tools only staff
 * may use.
 */
export function StaffHome() {
  const { db } = useServices();
  const reviewCount = createLiveQuery(
    () => null,
    () => openReviewCount(db),
    0,
  );
  return (
    <section data-testid="staff-home">
      <A href="/seekers/new" class="button wide primary" data-testid="register-seeker">
        {t('me.registerSeeker')}
      </A>
      <A href="/post" class="button wide">
        {t('me.postJob')}
      </A>
      <Show when={reviewCount() > 0}>
        <A href="/reviews" class="button wide warn" data-testid="reviews-link">
          {t('me.reviews', { n: reviewCount() })}
        </A>
      </Show>
    </section>
  );
}

/** Before a login: what anyone may do on this phone. */
export function AnonymousHome() {
  return (
    <>
      <HelpLink />
      <A href="/complaints" class="button wide">
        {t('me.complaints')}
      </A>
      <A href="/profile" class="button wide">
        {t('me.profile')}
      </A>
    </>
  );
}
