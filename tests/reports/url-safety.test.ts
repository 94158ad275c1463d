import { describe, expect, it } from 'vitest';
import { reportedUrlProblem } from '../../workers/reports/url-safety';

describe('reportedUrlProblem', () => {
  it.each([
    'https://www.facebook.com/story.php?story_fbid=1&id=2',
    'http://vnexpress.net/bai-viet.html',
    'https://8.8.8.8/dns',
    'https://[2606:4700:4700::1111]/',
    'https://tintức.vn/bài-viết',
    'https://example.com:8443/x',
  ])('accepts the public link %s', (url) => {
    expect(reportedUrlProblem(url)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'http and https'],
    ['JaVaScRiPt:alert(document.cookie)', 'http and https'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'http and https'],
    ['file:///etc/passwd', 'http and https'],
    ['ftp://example.com/file', 'http and https'],
    ['vbscript:msgbox', 'http and https'],
    ['not a link', 'Not a valid link'],
    ['//example.com/no-scheme', 'Not a valid link'],
    ['https://user:pass@example.com/', 'user name or password'],
  ])('refuses %s', (url, reason) => {
    expect(reportedUrlProblem(url)).toContain(reason);
  });

  it.each([
    'http://localhost:8787/api',
    'http://app.localhost/',
    'http://printer.local/',
    'http://service.internal/',
    'http://intranet/',
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://[::1]/',
    'http://[::]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:192.168.0.1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://LOCALHOST./',
  ])('refuses the private or local address %s', (url) => {
    expect(reportedUrlProblem(url)).toBe('Links to private or local addresses cannot be reported');
  });

  it('accepts a mapped public IPv4 address and a public 172 address outside 172.16/12', () => {
    expect(reportedUrlProblem('http://[::ffff:8.8.8.8]/')).toBeNull();
    expect(reportedUrlProblem('http://172.32.0.1/')).toBeNull();
  });

  it('refuses links longer than 2,048 characters', () => {
    const long = `https://example.com/${'a'.repeat(2048)}`;
    expect(reportedUrlProblem(long)).toContain('2048');
  });
});
