// CPU cost of the media pipeline in Node (the same photon and resvg wasm as the Worker):
// one thumbnail pair per kind of source, the card copy of a cover, and warm card renders
// with and without a cover. `npx tsx scripts/bench-media.ts`. CPU time (process.cpuUsage),
// not wall time, so a busy machine inflates it less; still, compare runs on one machine.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { normaliseCardContent } from '../workers/cards/card-address';
import { CARD_SIZES, cardFormats, cardTree, type CardContent } from '../workers/cards/card-design';
import { initCardEngine, renderPng, type CardFont } from '../workers/cards/card-engine';
import { makeCardCover, makeThumbs } from '../workers/media/image-pipeline';
import { photoFile as photo } from '../tests/media/fixtures';
import { ROOT } from './lib/local-dev';

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
}

function measure(runs: number, fn: () => unknown): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    fn();
    times.push(cpuMs() - t);
  }
  return median(times);
}

function fontData(weight: string): ArrayBuffer {
  const bytes = readFileSync(join(ROOT, `node_modules/@expo-google-fonts/be-vietnam-pro/${weight}/BeVietnamPro_${weight}.ttf`));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function main() {
  const fonts: CardFont[] = [
    { name: 'Be Vietnam Pro', data: fontData('600SemiBold'), weight: 600, style: 'normal' },
    { name: 'Be Vietnam Pro', data: fontData('700Bold'), weight: 700, style: 'normal' },
  ];
  await initCardEngine({
    yogaWasm: await WebAssembly.compile(readFileSync(join(ROOT, 'node_modules/satori/yoga.wasm'))),
    resvgWasm: await WebAssembly.compile(readFileSync(join(ROOT, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'))),
  });
  const content: CardContent = normaliseCardContent({
    storyId: 1,
    title: 'Người dân xã Ẵng Nưa góp đất mở đường, cả bản vui như hội',
    summary: 'Ba mươi hộ dân tự nguyện hiến hơn 4.000 m² đất để mở rộng đường liên bản.',
    categoryName: 'Gương người tốt việc tốt',
    categoryColor: '#b45309',
    provinceName: 'Điện Biên',
    coverKey: null,
  });
  const card = await renderPng(cardTree(content, 'og', null), CARD_SIZES.og, fonts);
  const sources: [string, Uint8Array][] = [
    ['JPEG 4032×3024 (12 MP phone photo)', photo('jpg', 4032, 3024)],
    ['JPEG 3000×2000', photo('jpg', 3000, 2000)],
    ['PNG 1600×1200', photo('png', 1600, 1200)],
    ['WebP 1200×1600', photo('webp', 1200, 1600)],
    ['OG card PNG 1200×630', card],
  ];
  console.log(`Media pipeline, CPU ms (median); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const [label, bytes] of sources) {
    const thumbs = makeThumbs(bytes);
    const runs = bytes.length > 2_000_000 ? 3 : 5;
    console.log(`thumbnails of ${label} (${(bytes.length / 1024).toFixed(0)} KB): ${measure(runs, () => makeThumbs(bytes))} ms → 1x ${thumbs.x1.length} B, 2x ${thumbs.x2.length} B`);
  }
  const big = sources[0]?.[1] ?? new Uint8Array();
  const cardCover = makeCardCover(big);
  console.log(`card copy of the 12 MP cover (once per cover): ${measure(3, () => makeCardCover(big))} ms → ${(cardCover.length / 1024).toFixed(0)} KB`);
  console.log(`thumbnails from that card copy (what a cover story costs after the first decode): ${measure(5, () => makeThumbs(cardCover))} ms`);
  const coverSrc = `data:image/jpeg;base64,${Buffer.from(cardCover).toString('base64')}`;
  for (const format of cardFormats) {
    for (const src of [null, coverSrc]) {
      const times: number[] = [];
      await renderPng(cardTree(content, format, src), CARD_SIZES[format], fonts);
      for (let i = 0; i < 6; i++) {
        const t = cpuMs();
        await renderPng(cardTree({ ...content, title: `${content.title} ${i}` }, format, src), CARD_SIZES[format], fonts);
        times.push(cpuMs() - t);
      }
      console.log(`warm card render ${format}${src ? ' with cover' : ''}: ${median(times)} ms`);
    }
  }
}

await main();
