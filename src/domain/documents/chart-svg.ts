// A chart block as inline SVG for the HTML preview: the same bars the Google Doc shows as an image, with labels.
import { escapeHtml } from '../text/escape-html';
import type { ChartBlock } from './model';
import { formatValue } from './text-renderer';

const COLORS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099'];
const WIDTH = 640;

export function chartSvg(b: ChartBlock): string {
  const height = Math.round(WIDTH * b.aspect);
  const e = escapeHtml;
  const span = b.range.max - b.range.min || 1;
  const share = (v: number) => Math.max(0, Math.min(1, (v - b.range.min) / span));
  const legend = b.series.length > 1 ? 22 : 0;
  const pad =
    b.chart === 'bar'
      ? { left: 230, right: 40, top: 10 + legend, bottom: 24 }
      : { left: 40, right: 16, top: 10 + legend, bottom: 70 };
  const plotW = WIDTH - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const parts: string[] = [];
  b.series.forEach((s, i) => {
    if (b.series.length > 1)
      parts.push(
        `<rect x="${pad.left + i * 160}" y="6" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/><text x="${pad.left + i * 160 + 16}" y="17" font-size="11">${e(s.name)}</text>`,
      );
  });
  parts.push(`<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${pad.top + plotH}" stroke="#555"/>`);
  parts.push(
    `<line x1="${pad.left}" y1="${pad.top + plotH}" x2="${pad.left + plotW}" y2="${pad.top + plotH}" stroke="#555"/>`,
  );
  const n = Math.max(1, b.categories.length);
  b.categories.forEach((c, ci) => {
    if (b.chart === 'bar') {
      const band = plotH / n;
      const bar = (band * 0.7) / b.series.length;
      parts.push(
        `<text x="${pad.left - 6}" y="${pad.top + ci * band + band / 2 + 4}" text-anchor="end" font-size="11">${e(c)}</text>`,
      );
      b.series.forEach((s, si) => {
        const v = s.values[ci] ?? 0;
        const y = pad.top + ci * band + band * 0.15 + si * bar;
        const w = share(v) * plotW;
        parts.push(
          `<rect x="${pad.left + 1}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${bar.toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`,
        );
        parts.push(
          `<text x="${(pad.left + w + 4).toFixed(1)}" y="${(y + bar / 2 + 4).toFixed(1)}" font-size="10">${formatValue(v)}</text>`,
        );
      });
    } else {
      const band = plotW / n;
      const bar = (band * 0.7) / b.series.length;
      parts.push(
        `<text transform="translate(${(pad.left + ci * band + band / 2).toFixed(1)},${pad.top + plotH + 12}) rotate(30)" font-size="10">${e(c.length > 28 ? `${c.slice(0, 27)}…` : c)}</text>`,
      );
      b.series.forEach((s, si) => {
        const v = s.values[ci] ?? 0;
        const x = pad.left + ci * band + band * 0.15 + si * bar;
        const h = share(v) * plotH;
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${(pad.top + plotH - h).toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${COLORS[si % COLORS.length]}"/>`,
        );
        parts.push(
          `<text x="${(x + bar / 2).toFixed(1)}" y="${(pad.top + plotH - h - 3).toFixed(1)}" text-anchor="middle" font-size="10">${formatValue(v)}</text>`,
        );
      });
    }
  });
  return `<figure style="margin:6pt 0;text-align:center"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" font-family="Arial, sans-serif" role="img" aria-label="${e(b.title)}">${parts.join('')}</svg><figcaption>${e(b.title)}</figcaption></figure>`;
}
