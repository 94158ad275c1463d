import { describe, expect, inject, it } from 'vitest';

// Measured against the real `wrangler dev` server (Node clocks are real; workerd's
// are frozen during a request, so this cannot be measured in the Worker tests).
const baseURL = inject('baseURL');

async function timedLogin(email: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const res = await fetch(`${baseURL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL },
    body: JSON.stringify({ email, password: 'not-the-right-password' }),
  });
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, body };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const stable = (body: string) => JSON.stringify({ ...JSON.parse(body), requestId: undefined });

describe('failed sign-in timing', () => {
  it('takes about as long for an unknown email as for a wrong password, with the same answer', async () => {
    const known: number[] = [];
    const unknown: number[] = [];
    let a = { status: 0, body: '{}' };
    let b = { status: 0, body: '{}' };
    // Interleaved, 3 each: stays under the per-account lockout (5) and the per-IP one.
    for (let i = 0; i < 3; i++) {
      const k = await timedLogin('editor2@lantoa.local');
      const u = await timedLogin(`nobody-${i}@lantoa.local`);
      known.push(k.ms);
      unknown.push(u.ms);
      a = k;
      b = u;
    }
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(stable(b.body)).toBe(stable(a.body));
    const ratio = median(unknown) / median(known);
    console.info(`failed sign-in, median ms: wrong password ${median(known).toFixed(1)}, unknown email ${median(unknown).toFixed(1)}`);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('takes about as long for a number that is no number, or an unknown number, as for a wrong password', async () => {
    const known: number[] = [];
    const malformed: number[] = [];
    const unknownPhone: number[] = [];
    let answers: string[] = [];
    // 3 each, interleaved; every malformed or unknown number has its own counter, editor@ gets 3 of its 5.
    for (let i = 0; i < 3; i++) {
      const k = await timedLogin('editor@lantoa.local');
      const m = await timedLogin(`0905 12${i}`);
      const u = await timedLogin(`0909 00${i} 00${i}`);
      known.push(k.ms);
      malformed.push(m.ms);
      unknownPhone.push(u.ms);
      answers = [k, m, u].map((r) => `${r.status} ${stable(r.body)}`);
    }
    expect(new Set(answers).size, answers.join('\n')).toBe(1);
    console.info(`failed sign-in, median ms: wrong password ${median(known).toFixed(1)}, malformed number ${median(malformed).toFixed(1)}, unknown number ${median(unknownPhone).toFixed(1)}`);
    for (const times of [malformed, unknownPhone]) {
      const ratio = median(times) / median(known);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    }
  });
});
