import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as png2icons from 'png2icons';

// Every icon of the packaged app from one source, build/icon.svg: PNGs at each size Linux
// desktops use, icon.ico for Windows and icon.icns for macOS. Run `npm run icons` after
// changing the SVG, and commit what it writes.

const BUILD = join(__dirname, '..', 'build');
export const ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024] as const;

function render(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

async function main(): Promise<void> {
  const svg = await readFile(join(BUILD, 'icon.svg'), 'utf8');
  await mkdir(join(BUILD, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) {
    // electron-builder reads Linux icons from a folder of `<size>x<size>.png`.
    await writeFile(join(BUILD, 'icons', `${size}x${size}.png`), render(svg, size));
  }
  const large = render(svg, 1024);
  await writeFile(join(BUILD, 'icon.png'), large);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC, 0);
  const ico = png2icons.createICO(large, png2icons.BICUBIC, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not make icon.icns and icon.ico.');
  await writeFile(join(BUILD, 'icon.icns'), icns);
  await writeFile(join(BUILD, 'icon.ico'), ico);
  console.log(`Wrote build/icons/{${ICON_SIZES.map((size) => `${size}x${size}`).join(',')}}.png, icon.png, icon.ico, icon.icns`);
}

void main();
