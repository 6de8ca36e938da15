import type * as PdfJs from 'pdfjs-dist';

/** The text of every page of a PDF, read with pdf.js, words joined by single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js ships as ES modules only; the legacy build runs on Node 20.
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as typeof PdfJs;
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Each page of a PDF: its size in points (the media box) and its text, read with pdf.js. */
export async function pdfPages(bytes: Uint8Array): Promise<{ width: number; height: number; text: string }[]> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as typeof PdfJs;
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    pages.push({ width: x1 - x0, height: y1 - y0, text: content.items.map((item) => ('str' in item ? item.str : '')).join(' ') });
  }
  await document.destroy();
  return pages;
}
