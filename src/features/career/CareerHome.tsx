/** 简历·练面试: the three things this feature offers, as big tiles. */
import { A } from '@solidjs/router';
import { type Words, t } from './strings';

const PARTS: { href: string; label: keyof Words; about: keyof Words }[] = [
  { href: '/career/resume', label: 'career.resume', about: 'career.resume.about' },
  { href: '/career/quiz', label: 'career.quiz', about: 'career.quiz.about' },
  { href: '/career/interview', label: 'career.interview', about: 'career.interview.about' },
];

export default function CareerHome() {
  return (
    <section class="page" data-testid="career-home">
      <h2 class="page-title">{t('career.title')}</h2>
      <p class="muted">{t('career.hint')}</p>
      <ul class="career-parts">
        {PARTS.map((part) => (
          <li>
            <A href={part.href} class="card-link career-part" data-testid={`career-${part.href.split('/')[2]}`}>
              <span class="career-part-label">{t(part.label)}</span>
              <span class="muted">{t(part.about)}</span>
            </A>
          </li>
        ))}
      </ul>
    </section>
  );
}
