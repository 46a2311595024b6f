// The network as the book's inspector draws it: a column of circles per layer,
// the inputs first, and an edge for every weight, blue when positive and red
// when negative (the figures' colours), thicker the larger it is. Every neuron
// is a button: click it (or focus it and press Enter) to inspect it.
import { paletteColor, BLUE, RED } from '../../../../src/plot/palette.js';
import type { NNetwork } from '../../../../src/index.js';
import { messages, onLanguageChange } from '../../i18n/language.js';
import { h } from '../../ui/dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const COLUMN = 170;
const ROW = 56;
const RADIUS = 15;
const MARGIN = 36;
// Room on each side for the inputs' names and the columns' captions.
const SIDE = 90;

/** Which neuron: its layer (0 is the first layer of neurons) and its place in it. */
export interface NeuronAddress {
  layer: number;
  neuron: number;
}

/** The topology drawing; `show` redraws it for a network. */
export class TopologyView {
  readonly element: HTMLElement;
  private readonly svg: SVGSVGElement;
  private selected: NeuronAddress | undefined;
  private drawn: { network: NNetwork; inputNames: readonly string[] } | undefined;

  constructor(private readonly onSelect: (address: NeuronAddress) => void) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'topology');
    this.element = h('div', { class: 'topology-box' }, this.svg);
    onLanguageChange(() => this.redraw());
  }

  /** The neuron shown as selected, if any. */
  select(address: NeuronAddress | undefined): void {
    this.selected = address;
    this.redraw();
  }

  /** Draws `network` with its current weights. */
  show(network: NNetwork, inputNames: readonly string[]): void {
    this.drawn = { network, inputNames };
    this.redraw();
  }

  /** The neuron that has the keyboard focus, if one has. */
  private focusedNeuron(): NeuronAddress | undefined {
    const active = document.activeElement;
    if (!(active instanceof SVGElement) || !this.svg.contains(active)) return undefined;
    return { layer: Number(active.dataset['layer']), neuron: Number(active.dataset['neuron']) };
  }

  private redraw(): void {
    if (this.drawn === undefined) return;
    const { network, inputNames } = this.drawn;
    const t = messages().networks;
    const sizes = [network.numberOfInputs(), ...network.layers.map((l) => l.numberOfNeurons())];
    const tallest = Math.max(...sizes);
    const width = 2 * MARGIN + (sizes.length - 1) * COLUMN;
    const height = 2 * MARGIN + (tallest - 1) * ROW + 24;
    const at = (column: number, k: number) => ({ x: MARGIN + column * COLUMN, y: MARGIN + ((tallest - sizes[column]!) * ROW) / 2 + k * ROW });
    const largest = Math.max(1e-9, ...network.layers.flatMap((l) => l.neurons.flatMap((n) => [...n.weights].map(Math.abs))));

    const nodes: SVGElement[] = [];
    network.layers.forEach((layer, l) => {
      layer.neurons.forEach((neuron, j) => {
        const to = at(l + 1, j);
        neuron.weights.forEach((w, i) => {
          const from = at(l, i);
          nodes.push(svg('line', { x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: paletteColor(w >= 0 ? BLUE : RED, 0.75), 'stroke-width': 0.6 + (5 * Math.abs(w)) / largest }));
        });
      });
    });
    for (let i = 0; i < sizes[0]!; i++) {
      const p = at(0, i);
      nodes.push(svg('circle', { cx: p.x, cy: p.y, r: RADIUS, class: 'input' }));
      nodes.push(text(inputNames[i] ?? `x${i + 1}`, p.x - RADIUS - 6, p.y + 4, 'end'));
    }
    network.layers.forEach((layer, l) => {
      const isOutput = l === network.layers.length - 1;
      layer.neurons.forEach((_, j) => {
        const p = at(l + 1, j);
        const name = t.neuronName(l + 1, j + 1, isOutput);
        const selected = this.selected?.layer === l && this.selected.neuron === j;
        const group = svg('g', { class: `neuron${isOutput ? ' output' : ''}${selected ? ' selected' : ''}`, role: 'button', tabindex: 0, 'aria-pressed': String(selected), 'aria-label': name, 'data-layer': l, 'data-neuron': j });
        group.append(svg('circle', { cx: p.x, cy: p.y, r: RADIUS }));
        const title = svg('title', {});
        title.textContent = name;
        group.append(title);
        group.addEventListener('click', () => this.onSelect({ layer: l, neuron: j }));
        group.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.onSelect({ layer: l, neuron: j });
          }
        });
        nodes.push(group);
      });
    });
    sizes.forEach((size, column) => {
      const caption = column === 0 ? t.inputsCaption(size) : t.layerCaption(size, column === sizes.length - 1);
      nodes.push(text(caption, at(column, 0).x, height - 10, 'middle'));
    });
    const focused = this.focusedNeuron();
    this.svg.setAttribute('viewBox', `${-SIDE} 0 ${width + 2 * SIDE} ${height}`);
    this.svg.setAttribute('aria-label', t.topologyLabel);
    this.svg.replaceChildren(...nodes);
    // A redraw must not take the keyboard focus away from the neuron that had it.
    if (focused !== undefined) this.svg.querySelector<SVGElement>(`g[data-layer="${focused.layer}"][data-neuron="${focused.neuron}"]`)?.focus();
  }
}

function svg(tag: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

function text(content: string, x: number, y: number, anchor: 'start' | 'middle' | 'end'): SVGElement {
  const element = svg('text', { x, y, 'text-anchor': anchor });
  element.textContent = content;
  return element;
}
