-- Custom SQL migration: defuse site-path links the old hand-written Markdown renderer let through.
-- It accepted `[a](/\evil.example)` as a site path and wrote href="/\evil.example", which browsers
-- read as //evil.example (another site). markdown-it refuses such links on the next save; until
-- then, stored body_html gets the backslash percent-encoded, which browsers keep as a path here.
UPDATE stories
SET body_html = replace(body_html, 'href="/\', 'href="/%5C')
WHERE instr(body_html, 'href="/\') > 0;
