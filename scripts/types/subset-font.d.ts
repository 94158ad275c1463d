// subset-font ships no types; only the call scripts/fonts.ts makes.
declare module 'subset-font' {
  type Options = {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    keepFeatures?: string[];
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    preserveNameIds?: number[];
    dropTables?: string[];
  };
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: Options): Promise<Buffer>;
}
