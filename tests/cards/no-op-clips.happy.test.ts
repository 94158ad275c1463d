import { describe, expect, it } from 'vitest';
import { dropNoOpClips } from '../../workers/cards/card-engine';

const svgText = (svg: string | Uint8Array) => (typeof svg === 'string' ? svg : new TextDecoder().decode(svg));
const size = { width: 1200, height: 630 };
// The shape satori gives a cover `<img>` whose box is the whole card, and a smaller clipped box.
const svg = [
  '<svg width="1200" height="630" viewBox="0 0 1200 630" xmlns="http://www.w3.org/2000/svg">',
  '<clipPath id="satori_cp-id-0"><rect x="0" y="0" width="1200" height="630"/></clipPath>',
  '<mask id="satori_om-id-0"><rect x="0" y="0" width="1200" height="630" fill="#fff"/></mask>',
  '<image x="0" y="-85" width="1200" height="800" href="data:image/jpeg;base64,AAAA" preserveAspectRatio="none" clip-path="url(#satori_cp-id-0)" mask="url(#satori_om-id-0)"/>',
  '<clipPath id="satori_cp-id-1"><rect x="60" y="60" width="300" height="40"/></clipPath>',
  '<mask id="satori_om-id-1"><rect x="60" y="60" width="300" height="40" fill="#fff"/></mask>',
  '<image x="60" y="40" width="300" height="80" href="data:image/jpeg;base64,AAAA" clip-path="url(#satori_cp-id-1)" mask="url(#satori_om-id-1)"/>',
  '<rect x="0" y="0" width="10" height="10" transform="matrix(0.71,0.71,-0.71,0.71,9,1)" mask="url(#satori_om-id-0)"/>',
  '</svg>',
].join('');

describe('clips that are the whole card', () => {
  const out = svgText(dropNoOpClips(svg, size));

  it('draws the full-card cover without a clip or a mask (resvg would composite it through a layer)', () => {
    expect(out).toContain('preserveAspectRatio="none"/>');
    expect(out).not.toMatch(/<image x="0" y="-85"[^>]*(clip-path|mask)=/);
  });

  it('keeps a clip or mask smaller than the card, and any on a transformed element', () => {
    expect(out).toContain('clip-path="url(#satori_cp-id-1)" mask="url(#satori_om-id-1)"');
    expect(out).toContain('transform="matrix(0.71,0.71,-0.71,0.71,9,1)" mask="url(#satori_om-id-0)"');
  });

  it('leaves an SVG with no such clip untouched', () => {
    const other = svg.replaceAll('width="1200" height="630"/>', 'width="1199" height="630"/>').replaceAll('width="1200" height="630" fill', 'width="1199" height="630" fill');
    expect(svgText(dropNoOpClips(other, size))).toBe(other);
  });
});
