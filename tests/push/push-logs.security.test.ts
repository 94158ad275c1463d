// Endpoints and keys are capabilities: no failure path may write them to the logs.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../workers/app';
import { signedInAs } from '../helpers/auth';
import { ORIGIN } from '../helpers/http';
import { failingD1 } from '../helpers/outage';
import { fakeBrowser } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('push API with D1 down', () => {
  it('answers 503 to an unsubscribe and logs neither the endpoint nor anything of it', async () => {
    const member = await signedInAs('member');
    const browser = await fakeBrowser();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await createApp().fetch(
      new Request(`${ORIGIN}/api/push/unsubscribe`, {
        method: 'POST',
        headers: { ...member.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ endpoint: browser.endpoint }),
      }),
      { ...env, DB: failingD1('writes') },
      createExecutionContext(),
    );
    expect(res.status).toBe(503);
    expect(errors).toHaveBeenCalled();
    const logged = JSON.stringify(errors.mock.calls);
    expect(logged).not.toContain(browser.endpoint);
    expect(logged).not.toContain(new URL(browser.endpoint).pathname);
  });
});
