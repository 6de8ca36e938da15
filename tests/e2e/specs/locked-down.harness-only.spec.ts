import { expect, test } from '../fixtures';
import { candidateTitles, captureCandidate } from './session-page';

// Locked down, checked in the page: the Content Security Policy stops requests to other
// origins before they are made, and the harness answers navigation and new windows the way
// main does (will-navigate refused, window-open denied). The page stays the app, state intact.

test('the page cannot leave the app: fetch, remote images, navigation and new windows are refused', async ({ app, network }) => {
  const { page } = app;
  const origin = new URL(page.url()).origin;
  await captureCandidate(page, 'Churn prediction');

  const fetched = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'fetched';
    } catch {
      return 'refused';
    }
  });
  expect(fetched).toBe('refused');
  const image = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'https://example.com/pixel.png';
        document.body.append(img);
      }),
  );
  expect(image).toBe('refused');
  // The policy stopped both inside the page: not even an attempt reached the network.
  expect(network.outside).toEqual([]);

  await page.evaluate(() => void window.open('https://example.com/'));
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(new URL(page.url()).origin).toBe(origin);
  expect(page.context().pages()).toEqual([page]);
  expect(await candidateTitles(page)).toEqual(['Churn prediction']);
  console.log(`[locked-down] attempts refused outside the page: ${JSON.stringify(network.outside)}`);
  // Only the navigation attempts were seen, and each was refused.
  expect(network.outside.every((url) => url.startsWith('https://example.com/'))).toBe(true);
  expect(network.all.filter((url) => !url.startsWith(origin) && !network.outside.includes(url))).toEqual([]);
});
