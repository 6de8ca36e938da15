// How many pages a PDF printed by Chromium has. Chromium (Skia) writes each page object's
// dictionary uncompressed, "/Type /Page", beside one "/Type /Pages" tree; main reads the count
// to keep the ML brief to one page without shipping a PDF reader.

const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z0-9])/g;

/** The number of page objects in a PDF's bytes (0 for bytes that are not a PDF). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) return 0;
  return text.match(PAGE_OBJECT)?.length ?? 0;
}

/**
 * Prints the first of a page's fit levels that comes out as one page (fonts differ between
 * machines, so each is measured, not guessed); the last level is printed whatever it gives.
 */
export async function printOnOnePage(levels: number, render: (level: number) => string, print: (html: string) => Promise<Uint8Array>): Promise<{ pdf: Uint8Array; level: number }> {
  for (let level = 0; ; level += 1) {
    const pdf = await print(render(level));
    if (level >= levels - 1 || pdfPageCount(pdf) === 1) return { pdf, level };
  }
}
