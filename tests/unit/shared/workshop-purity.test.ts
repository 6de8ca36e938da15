import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as workshop from '../../../shared/workshop';
import { quadrantOf, weightedAxisValue } from '../../../shared/workshop';
import { criterion } from './workshop-fixtures';

const dir = fileURLToPath(new URL('../../../shared/workshop', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('shared/workshop stays pure', () => {
  it('imports nothing but its siblings, the session schema, the texts of the catalogues and how a language writes words, numbers and dates', () => {
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      for (const [, spec] of source.matchAll(/from\s+'([^']+)'/g)) {
        expect([f, spec]).toSatisfy(([, s]: [string, string]) => s!.startsWith('./') || ['../session/schema', '../i18n/languages', '../i18n/texts', '../i18n/sentence', '../i18n/numbers', '../i18n/dates'].includes(s!));
      }
      expect(source).not.toMatch(/\b(window|document|process|require)\s*[.(]/);
    }
  });

  it('every file is re-exported from index.ts', () => {
    const index = readFileSync(join(dir, 'index.ts'), 'utf8');
    for (const f of files) if (f !== 'index.ts') expect(index).toContain(`'./${f.replace(/\.ts$/, '')}'`);
  });

  it('every export has a comment right above it', () => {
    for (const f of files.filter((x) => x !== 'index.ts')) {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^export (const|function|type|interface|class)/.test(line)) return;
        // Walk up over a multi-line declaration's comment block.
        const above = lines[i - 1] ?? '';
        expect([f, line, /^\s*(\/\/|\*|\/\*\*)/.test(above) || above.trim().endsWith('*/')]).toEqual([f, line, true]);
      });
    }
  });

  it('exposes the public API', () => {
    for (const name of [
      'indexScores',
      'computeCandidateResults',
      'widestGaps',
      'quadrantOf',
      'clampToScale',
      'snapToScale',
      'rankCandidates',
      'rankingRuleText',
      'canAddDot',
      'framingWarnings',
      'weightSensitivity',
      'scoresVisibleTo',
      'criteriaFor',
      'scoringProgress',
      'placeLabels',
      'labelOverlapArea',
    ]) {
      expect(workshop).toHaveProperty(name);
    }
  });
});

describe('properties', () => {
  it('a weighted axis value lies between the lowest and highest score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 8 }),
        (pairs) => {
          const crit = pairs.map(([, w], i) => criterion(`k${i}`, 'impact', w));
          const scores = new Map(pairs.map(([v], i) => [`k${i}`, v]));
          const value = weightedAxisValue(scores, crit);
          const weighted = pairs.filter(([, w]) => w > 0).map(([v]) => v);
          if (weighted.length === 0) expect(value).toBeUndefined();
          else {
            expect(value).toBeGreaterThanOrEqual(Math.min(...weighted));
            expect(value).toBeLessThanOrEqual(Math.max(...weighted));
          }
        },
      ),
    );
  });

  it('quadrants are monotonic: more impact never leaves the high half, less complexity never leaves the low half', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (i, c, d) => {
        const t = { impact: 5.5, complexity: 5.5 };
        const q = quadrantOf({ impact: i, complexity: c }, t);
        const up = quadrantOf({ impact: i + d, complexity: c }, t);
        if (q === 'quick-wins' || q === 'big-bets') expect(['quick-wins', 'big-bets']).toContain(up);
        const easier = quadrantOf({ impact: i, complexity: c - d }, t);
        if (q === 'quick-wins' || q === 'fill-ins') expect(['quick-wins', 'fill-ins']).toContain(easier);
      }),
    );
  });
});
