/**
 * The charts of /stats/ as SVG made at build time with Observable Plot, rendered into a server-side DOM
 * (linkedom). Colours come from CSS (classes per domain, `currentColor` for text and axes), so the charts
 * follow the light and dark themes. Server-only.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { domainIds, type DomainId } from '../data/domains.ts';

export interface YearDomainCount {
  readonly year: number;
  readonly domain: DomainId;
  readonly count: number;
}

export interface Count {
  readonly name: string;
  readonly count: number;
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Plot's output as markup for a page under a strict CSP: its <style> element and inline styles go (the site's
 * CSS styles .chart), and so does the font-variant attribute, which SVG does not define.
 */
function markup(chart: Element, label: string): string {
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', label);
  for (const style of chart.querySelectorAll('style')) style.remove();
  for (const element of [chart, ...chart.querySelectorAll('*')]) {
    element.removeAttribute('style');
    element.removeAttribute('font-variant');
    // The chart is one image (role img, named by `label`, its numbers in the table after it): Plot's
    // aria-labels on its groups, which ARIA forbids on generic elements, go.
    if (element !== chart) element.removeAttribute('aria-label');
  }
  return chart.outerHTML;
}

/** The words of the per-year chart, in the page's language. */
export interface YearChartWords {
  /** The chart's accessible name. */
  readonly label: string;
  readonly year: string;
  readonly papers: string;
  domainName(domain: DomainId): string;
}

/** Papers per year, stacked by domain (a paper in two domains counts in both). */
export function papersPerYearChart(rows: readonly YearDomainCount[], words: YearChartWords): string {
  const order = domainIds.filter((d) => rows.some((r) => r.domain === d));
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 720,
    height: 320,
    marginLeft: 40,
    style: { background: 'none', color: 'currentColor' },
    x: { label: words.year, tickFormat: (y: number) => String(y), type: 'band' },
    y: { label: words.papers, grid: true },
    color: { domain: order, range: order.map((_, i) => `c${i}`) },
    marks: [
      Plot.barY(rows, {
        x: 'year',
        y: 'count',
        fill: 'domain',
        order,
        // Each bar carries its domain as a class (see stats CSS); the colour scale only names them.
        className: 'stack',
        title: (r: YearDomainCount) => `${r.year}, ${words.domainName(r.domain)}: ${r.count}`,
      }),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element;
  // Plot writes fill="c0", "c1"… from the range above: turn each into the domain's class.
  for (const rect of chart.querySelectorAll('rect[fill^="c"]')) {
    const index = Number(rect.getAttribute('fill')?.slice(1));
    rect.removeAttribute('fill');
    rect.setAttribute('class', `bar domain-${order[index] ?? 'general'}`);
  }
  return markup(chart, words.label);
}

/** A horizontal bar chart of counts, largest first. */
export function countChart(rows: readonly Count[], label: string, axis: string): string {
  const chart = Plot.plot({
    document: document as unknown as Document,
    width: 720,
    height: 28 + rows.length * 18,
    marginLeft: 150,
    style: { background: 'none', color: 'currentColor' },
    x: { label: axis, grid: true },
    y: { label: null, domain: rows.map((r) => r.name) },
    marks: [Plot.barX(rows, { x: 'count', y: 'name', fill: 'currentColor', className: 'bar-single' }), Plot.ruleX([0])],
  }) as unknown as Element;
  return markup(chart, label);
}
