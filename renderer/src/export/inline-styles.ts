// The chart's look lives in the app's style sheets; an exported SVG stands alone, so every
// property that affects drawing is copied onto the elements themselves.
//
// Only what an element would not get anyway is written: a property equal to what it inherits
// (or, where nothing is inherited, to the property's initial value) is left out, unless the
// element carries a presentation attribute of that name, which the style must then override;
// font properties go on text only.
// The picture is the same; the file is a fifth of the size, and a 4× PNG of a thousand
// candidates no longer spends most of its time writing and parsing styles (npm run bench,
// Export; README, Performance).

/** Drawing properties of every shape, with their initial values as Chromium writes computed values. */
const SHAPE_PROPERTIES: Readonly<Record<string, string>> = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'paint-order': 'normal',
  visibility: 'visible',
};

/** Drawing properties of text only: elements that draw no text never need them. */
const TEXT_PROPERTIES = ['font-family', 'font-size', 'font-weight', 'letter-spacing', 'text-anchor', 'dominant-baseline'];

/** Every property above is inherited but opacity. */
const NOT_INHERITED = new Set(['opacity']);

const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

/** Interaction attributes mean nothing in a picture. */
const INTERACTION_ATTRIBUTES = ['tabindex', 'role', 'aria-pressed', 'data-testid', 'data-focus'];

type Values = ReadonlyMap<string, string>;

/** A deep copy of `svg` with the computed drawing styles written inline where they are needed. */
export function cloneWithInlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  // Each element's drawn values, for its children to compare with.
  const drawn = new Map<Element, Values>();
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      target.remove();
      return;
    }
    const parent = original.parentElement ? drawn.get(original.parentElement) : undefined;
    const isText = TEXT_ELEMENTS.has(original.localName);
    const parentIsText = original.parentElement !== null && TEXT_ELEMENTS.has(original.parentElement.localName);
    const values = new Map<string, string>();
    const declarations: string[] = [];
    // `otherwise`: what the element draws with if it writes nothing (undefined: not known, so written).
    const write = (property: string, otherwise: string | undefined) => {
      const value = computed.getPropertyValue(property);
      values.set(property, value);
      if (value !== otherwise || target.hasAttribute(property)) declarations.push(`${property}:${value}`);
    };
    for (const [property, initial] of Object.entries(SHAPE_PROPERTIES)) write(property, NOT_INHERITED.has(property) || !parent ? initial : parent.get(property));
    // Text properties are written on text elements only: the outermost text writes all of
    // them (the elements round it write none, and may carry font attributes of their own), a
    // text inside it those that differ from it.
    if (isText) for (const property of TEXT_PROPERTIES) write(property, parentIsText ? parent?.get(property) : undefined);
    drawn.set(original, values);
    if (declarations.length > 0) target.setAttribute('style', declarations.join(';'));
    else target.removeAttribute('style');
    for (const attribute of INTERACTION_ATTRIBUTES) target.removeAttribute(attribute);
  });
  return copy;
}
