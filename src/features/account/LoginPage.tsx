/**
 * 登录: phone + SMS code (workers and employers; an account is made on first login) or
 * phone + password (required for staff and admins: a right code alone is refused for them,
 * and the page switches to the password). Works on a slow link: every wait is shown, every
 * refusal is explained, and a failed attempt never clears what was typed.
 */
import { useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { useServices } from '../../ui/services';
import { MOBILE_PATTERN } from '../../core/fields';
import { t } from './strings';
import { AuthError } from '../../sync/auth';
import { NetworkError } from '../../sync/http';
import { errorText } from '../../ui/errors';
import { Field } from '../../ui/form/Field';
import { nextPath } from '../../ui/next-path';

const CODE_WAIT_S = 60;
const MODES = [
  ['code', 'login.byCode'],
  ['password', 'login.byPassword'],
] as const;

function explain(error: unknown): string {
  if (error instanceof NetworkError) return t('login.offline');
  if (error instanceof AuthError) {
    const key = `login.error.${error.code}`;
    return t.has(key) ? t(key) : errorText(error.code);
  }
  return errorText('FAILED');
}

/** A number typed on the phone keypad; anything but digits is dropped as it is typed. */
function DigitsInput(props: {
  name: string;
  type: 'tel' | 'text';
  autocomplete: string;
  maxlength: number;
  value: string;
  onValue: (v: string) => void;
}) {
  return (
    <input
      name={props.name}
      type={props.type}
      inputmode="numeric"
      autocomplete={props.autocomplete}
      maxlength={props.maxlength}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value.replace(/\D/g, ''))}
    />
  );
}

export default function LoginPage() {
  const { auth, scheduler } = useServices();
  const navigate = useNavigate();
  const [params] = useSearchParams<{ next?: string }>();
  const [mode, setMode] = createSignal<'code' | 'password'>('code');
  const [phone, setPhone] = createSignal('');
  const [secret, setSecret] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const [info, setInfo] = createSignal('');
  const [wait, setWait] = createSignal(0);
  const timer = setInterval(() => setWait((s) => Math.max(0, s - 1)), 1000);
  onCleanup(() => clearInterval(timer));

  const phoneError = () => (phone() !== '' && !MOBILE_PATTERN.test(phone()) ? t('login.phoneInvalid') : '');

  const sendCode = async () => {
    if (!MOBILE_PATTERN.test(phone())) return setError(t('login.phoneInvalid'));
    setBusy(true);
    setError('');
    try {
      await auth.requestCode(phone());
      setWait(CODE_WAIT_S);
      setInfo(t('login.codeSent'));
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!MOBILE_PATTERN.test(phone())) return setError(t('login.phoneInvalid'));
    setBusy(true);
    setError('');
    try {
      await auth.login(phone(), mode() === 'code' ? { code: secret() } : { password: secret() });
      void scheduler.syncNow();
      navigate(nextPath(params.next, '/me'), { replace: true });
    } catch (e) {
      setError(explain(e));
      if (e instanceof AuthError && e.code === 'PASSWORD_REQUIRED') {
        setMode('password');
        setSecret('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page">
      <h2 class="page-title">{t('login.title')}</h2>
      <p class="muted">{t('login.why')}</p>
      <div class="chips" role="tablist">
        <For each={MODES}>
          {([value, label]) => (
            <button
              type="button"
              role="tab"
              class={mode() === value ? 'toggle on' : 'toggle'}
              aria-selected={mode() === value}
              onClick={() => {
                setMode(value);
                setSecret('');
              }}
            >
              {t(label)}
            </button>
          )}
        </For>
      </div>
      <form class="form" onSubmit={(e) => void submit(e)} novalidate>
        <Field label={t('login.phone')} error={phoneError()}>
          <DigitsInput name="phone" type="tel" autocomplete="tel" maxlength={11} value={phone()} onValue={setPhone} />
        </Field>
        <Show
          when={mode() === 'code'}
          fallback={
            <Field label={t('login.password')}>
              <input
                name="password"
                type="password"
                autocomplete="current-password"
                value={secret()}
                onInput={(e) => setSecret(e.currentTarget.value)}
              />
            </Field>
          }
        >
          <Field label={t('login.code')}>
            <DigitsInput
              name="code"
              type="text"
              autocomplete="one-time-code"
              maxlength={6}
              value={secret()}
              onValue={setSecret}
            />
          </Field>
          <button type="button" class="button wide" disabled={busy() || wait() > 0} onClick={() => void sendCode()}>
            {wait() > 0 ? t('login.resendIn', { s: wait() }) : t('login.sendCode')}
          </button>
        </Show>
        <Show when={info() && !error()}>
          <p class="notice" role="status">
            {info()}
          </p>
        </Show>
        <Show when={error()}>
          <p class="notice warn" role="alert" data-testid="login-error">
            {error()}
          </p>
        </Show>
        <button type="submit" class="button primary wide" disabled={busy()}>
          {busy() ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
