import { expect, type Page } from '@playwright/test';

// How a spec does what a facilitator does on the session screen.

export async function setSessionTitle(page: Page, title: string): Promise<void> {
  await page.getByLabel('Session title').fill(title);
}

export async function captureCandidate(page: Page, title: string): Promise<void> {
  const before = await page.getByTestId('candidate-row').count();
  const capture = page.getByLabel('New candidate');
  await capture.fill(title);
  await capture.press('Enter');
  await expect(page.getByTestId('candidate-row')).toHaveCount(before + 1);
}

export async function candidateTitles(page: Page): Promise<string[]> {
  return page.locator('[data-testid="candidate-row"] .candidate-title').evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
}
