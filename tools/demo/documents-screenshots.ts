// Renders the three generated documents of the demo school to PNG for docs/: the order, the consents and a program,
// each page as the emulated Google Doc holds it (what the add-on wrote), in Debian's Chromium.
// Run: npx tsx tools/demo/documents-screenshots.ts  (writes docs/documents/*.png)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { documentToHtml, listDocuments } from '../emulator/documents';
import { documentsSchool } from '../../test/support/documents';

const OUT = path.resolve(__dirname, '../../docs/documents');

async function main(): Promise<void> {
  const school = documentsSchool({ pairs: 8 });
  school.generate({ kind: 'order' });
  school.generate({ kind: 'consents', consentMode: 'pagePerPerson' });
  school.generate({ kind: 'programs', pairIds: [school.pairIds.at(-1)!] }); // the group: two mentees
  const docs = listDocuments(school.world);
  const pick = (prefix: string) => docs.find((d) => d.name.startsWith(prefix))!;
  const wanted: Array<{ file: string; doc: ReturnType<typeof pick>; pages: number }> = [
    { file: 'order', doc: pick('Приказ'), pages: 2 },
    { file: 'consents', doc: pick('Согласия'), pages: 2 },
    { file: 'program', doc: pick('ПНП'), pages: 1 },
  ];
  fs.mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
    for (const w of wanted) {
      await page.setContent(documentToHtml(school.world, w.doc.id), { waitUntil: 'load' });
      const pages = await page.$$('.page');
      for (let i = 0; i < Math.min(w.pages, pages.length); i++) {
        const file = path.join(OUT, `${w.file}-${i + 1}.png`);
        await pages[i]!.screenshot({ path: file });
        console.log(`${path.relative(process.cwd(), file)}: ${w.doc.name}, page ${i + 1}`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
