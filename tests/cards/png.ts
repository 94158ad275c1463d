/** What a PNG says about itself: signature and IHDR width/height. */
export function pngInfo(bytes: Uint8Array): { valid: boolean; width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const valid = signature.every((b, i) => bytes[i] === b) && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { valid, width: valid ? view.getUint32(16) : 0, height: valid ? view.getUint32(20) : 0 };
}
