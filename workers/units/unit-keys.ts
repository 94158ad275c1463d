// How a unit is found from typed text: "Đảng bộ phường Hải Châu / Chi bộ khu phố 3",
// "dang bo phuong hai chau/chi bo khu pho 3" and "ĐẢNG BỘ PHƯỜNG HẢI CHÂU /  Chi bộ khu phố 3"
// name the same unit. `units.path_key` stores the key; imports, forms and the migration
// from free-text units all look units up by it (exact match, never LIKE).
import { foldVietnamese } from '../stories/text';

/** Separator between names in a written path. */
export const PATH_SEPARATOR = ' / ';

/** One name folded: no accents, lower case, single spaces. */
export function unitNameKey(name: string): string {
  return foldVietnamese(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A written path split into its names (NFC, trimmed, empty parts dropped). */
export function splitUnitPath(path: string): string[] {
  return path
    .normalize('NFC')
    .split('/')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

/** The key of a path given as its names from the top down. */
export function unitPathKey(names: readonly string[]): string {
  return names.map(unitNameKey).join('/');
}

/** The display path of names from the top down. */
export function unitPath(names: readonly string[]): string {
  return names.join(PATH_SEPARATOR);
}
