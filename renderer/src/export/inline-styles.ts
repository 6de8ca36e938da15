// The chart's look lives in the app's style sheets; an exported SVG stands alone, so every
// property that affects drawing is copied onto the elements themselves.
const DRAWING_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** A deep copy of `svg` with the computed drawing styles written inline on every element. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      target.remove();
      return;
    }
    const declarations = DRAWING_PROPERTIES.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
    target.setAttribute('style', declarations);
    // Interaction attributes mean nothing in a picture.
    for (const attribute of ['tabindex', 'role', 'aria-pressed', 'data-testid', 'data-focus']) target.removeAttribute(attribute);
  });
  return copy;
}
