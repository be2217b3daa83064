// Packages that ship no type declarations, typed as this project uses them.

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    dropTables?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'wawoff2/decompress.js' {
  /** woff2 → the sfnt (TrueType/OpenType) file it packs. */
  export default function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
