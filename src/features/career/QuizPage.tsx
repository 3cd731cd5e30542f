/**
 * 适合干什么: one question at a time, each answer a big button with a picture; then the
 * occupations that fit, each with why and a link to the job list searched for it.
 */
import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { occupationByCode } from '../../core/occupations';
import { lang } from '../../i18n';
import { type Answers, QUESTIONS, REASON, suggest } from './quiz';
import { occupationLabel } from './resume';
import { t } from './strings';

function Results(props: { answers: Answers; restart: () => void }) {
  const suggestions = () => suggest(props.answers);
  return (
    <div data-testid="quiz-results">
      <h3>{t('quiz.result')}</h3>
      <Show when={suggestions().length > 0} fallback={<p class="notice">{t('quiz.none')}</p>}>
        <ul class="cards">
          <For each={suggestions()}>
            {(suggestion) => {
              const occupation = occupationByCode(suggestion.code);
              const name = occupation ? occupationLabel(occupation) : '';
              const reasons = suggestion.because.map((trait) => t(REASON[trait])).join(lang() === 'en' ? ', ' : '，');
              return (
                <li class="card" data-testid="quiz-suggestion">
                  <p class="job-title">{name}</p>
                  <p class="because">{t('quiz.because', { reasons })}</p>
                  <A href={`/?q=${encodeURIComponent(occupation?.name ?? '')}`} class="button primary">
                    {t('quiz.find')}
                  </A>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <button type="button" class="button wide" onClick={() => props.restart()}>
        {t('quiz.again')}
      </button>
    </div>
  );
}

export default function QuizPage() {
  const [step, setStep] = createSignal(0);
  const [answers, setAnswers] = createSignal<Answers>({});
  const question = () => QUESTIONS[step()];
  const answer = (choice: number) => {
    setAnswers({ ...answers(), [question().id]: choice });
    setStep(step() + 1);
  };
  const restart = () => {
    setAnswers({});
    setStep(0);
  };

  return (
    <section class="page" data-testid="quiz">
      <h2 class="page-title">{t('quiz.title')}</h2>
      <Show when={question()} fallback={<Results answers={answers()} restart={restart} />}>
        {(current) => (
          <div>
            <p class="muted">{t('quiz.hint')}</p>
            <p class="muted" data-testid="quiz-progress">
              {t('quiz.progress', { n: step() + 1, total: QUESTIONS.length })}
            </p>
            <h3 class="quiz-question">{t(current().prompt)}</h3>
            <div class="quiz-choices">
              <For each={current().choices}>
                {(choice, index) => (
                  <button
                    type="button"
                    class={answers()[current().id] === index() ? 'quiz-choice on' : 'quiz-choice'}
                    onClick={() => answer(index())}
                  >
                    <svg viewBox="0 0 24 24" width="48" height="48" aria-hidden="true">
                      <path d={choice.icon} fill="currentColor" />
                    </svg>
                    <span>{t(choice.label)}</span>
                  </button>
                )}
              </For>
            </div>
            <Show when={step() > 0}>
              <button type="button" class="button wide" onClick={() => setStep(step() - 1)}>
                {t('quiz.back')}
              </button>
            </Show>
          </div>
        )}
      </Show>
    </section>
  );
}
