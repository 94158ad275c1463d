// A session's device in words ("Chrome trên Android"), from its stored User-Agent.
// A short ordered list is enough for a person to recognise their own devices; it
// is not analytics. Order matters: Edge, Opera, Cốc Cốc and Samsung Internet also
// say "Chrome", and Chrome says "Safari".

export type DeviceWords = { browser: string | null; os: string | null };

const browsers: [RegExp, string][] = [
  [/\bZalo\b/i, 'Zalo'],
  [/\bFBAN|FBAV\b/, 'Facebook'],
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bcoc_coc|CocCoc/i, 'Cốc Cốc'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/(?:\b|Headless)Chrome\/|\bCriOS\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
  [/\bcurl\//, 'curl'],
];

const systems: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

/** The browser and system named by a User-Agent (null for what is not recognised). */
export function describeUserAgent(userAgent: string | null): DeviceWords {
  const ua = userAgent ?? '';
  return {
    browser: browsers.find(([re]) => re.test(ua))?.[1] ?? null,
    os: systems.find(([re]) => re.test(ua))?.[1] ?? null,
  };
}
