// The renderer's binary assets, imported as modules so they ship inside the Worker:
// wasm as CompiledWasm (compiled at upload time; workerd refuses run-time compilation)
// and the fonts as Data (ArrayBuffer). See the [[rules]] in wrangler.toml.
import semiBold from '@expo-google-fonts/be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf';
import bold from '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import yogaWasm from 'satori/yoga.wasm';
import type { CardEngineAssets, CardFont } from './card-engine';

export const cardEngineAssets: CardEngineAssets = { yogaWasm, resvgWasm };

/** Be Vietnam Pro: SemiBold for the category, province and mark, Bold for the title. */
export const cardFonts: CardFont[] = [
  { name: 'Be Vietnam Pro', data: semiBold, weight: 600, style: 'normal' },
  { name: 'Be Vietnam Pro', data: bold, weight: 700, style: 'normal' },
];
