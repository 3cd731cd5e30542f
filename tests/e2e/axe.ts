/**
 * Accessibility check for a screen as the user sees it: axe-core's WCAG 2.x A/AA rules on
 * the current page, failing on any violation of serious or critical impact (each named with
 * the elements it was found on, so a failure says what to fix).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `axe-core on ${screen}`).toEqual([]);
}
