import type { TiplineAdapter, TiplinePlatform } from '../tipline.types';
import { telegramAdapter } from './telegram';
import { zaloAdapter } from './zalo';

/** Every messenger the tipline speaks, by platform. */
export const tiplineAdapters: Record<TiplinePlatform, TiplineAdapter> = {
  telegram: telegramAdapter,
  zalo: zaloAdapter,
};
