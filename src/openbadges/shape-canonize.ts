import { NQuads, canonize as canonizeDataset, type Quad, type Term } from 'rdf-canonize';
import type { DocumentLoader, JsonObject } from './types.js';

/**
 * Canonicalization (RDFC-1.0 N-Quads, as eddsa-rdfc-2022 signs) that turns JSON-LD into RDF once
 * per document *shape* instead of once per document.
 *
 * Turning JSON-LD into RDF (expanding it against its contexts) is about 98% of the cost of
 * canonicalizing one of our credentials; canonicalizing the resulting quads is the other 2%. Every
 * credential an issuer signs has the same keys, types and contexts; only the string values differ.
 * So the library expands a *skeleton* once — the document with each string value replaced by a
 * numbered slot IRI — and each later document of that shape puts its values into the skeleton's
 * quads and canonicalizes those. Strings that are part of the shape stay in the skeleton: `type`
 * values, keywords (`@…` other than `@id` and `@value`) and the whole `@context`.
 *
 * The result is exactly the library's, or the library is used:
 * - A skeleton is used only if every slot comes out of expansion verbatim, as one whole IRI or
 *   literal (a value the contexts would rewrite — a vocabulary term, a JSON literal — makes the
 *   shape unusable), and only after the first document of the shape came out identical both ways.
 * - A value in an IRI slot must be a plain absolute `https`, `http`, `urn` or `did` IRI (which
 *   expansion keeps as it is); any other value sends that document to the library.
 * - Quads that become identical once filled in are merged, as expansion merges them.
 * Tests compare both ways over generated credentials with hostile strings (shape-canonize.test.ts).
 */

export type Canonize = (input: JsonObject, options: { documentLoader: DocumentLoader }) => Promise<string>;

/** A canonicalization that counts how each document was done. */
export type ShapeCanonize = Canonize & {
  /** Documents filled into a skeleton, and documents the library did whole. */
  readonly counts: { filled: number; library: number };
};

const SLOT = 'urn:x-microcred-slot:';
const SLOT_IRI = /^urn:x-microcred-slot:(\d+)$/;
const PLAIN_IRI = /^(?:https?|urn|did):[^\s<>"{}|\\^`]+$/;

/** A skeleton quad's term: fixed, or a slot for the document's n-th string value. */
type TemplateTerm = Term | { slot: number; termType: 'NamedNode' | 'Literal'; literal?: Term };
type TemplateQuad = [TemplateTerm, TemplateTerm, TemplateTerm, TemplateTerm];

interface Template {
  quads: TemplateQuad[];
  /** Slots that must hold an IRI. */
  iriSlots: number[];
}

/** Whether a string under `key` is part of the shape rather than a value. */
const isShapeKey = (key: string) =>
  key === 'type' || (key.startsWith('@') && key !== '@id' && key !== '@value');

/**
 * The document with its string values replaced by slot IRIs, and the values in slot order. Values
 * of the slots in `keep` stay in the skeleton (their slot numbers are still counted).
 */
export function skeletonOf(
  document: JsonObject,
  keep: ReadonlySet<number> = new Set(),
): { skeleton: JsonObject; values: string[] } {
  const values: string[] = [];
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (isShapeKey(key)) return value;
      values.push(value);
      return keep.has(values.length - 1) ? value : `${SLOT}${values.length - 1}`;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value !== null && typeof value === 'object') {
      const copy: JsonObject = {};
      for (const [k, v] of Object.entries(value)) copy[k] = k === '@context' ? v : walk(v, k);
      return copy;
    }
    return value;
  };
  return { skeleton: walk(document, '') as JsonObject, values };
}

/**
 * Reads a skeleton's quads into a template: null when some slot did not come out verbatim as one
 * whole IRI or literal, or when fewer than `slotCount` slots came out at all.
 */
function templateOf(quads: Quad[], slotCount: number): Template | null {
  const kinds = new Map<number, 'NamedNode' | 'Literal'>();
  let usable = true;
  const termOf = (term: Term): TemplateTerm => {
    // rdf-canonize takes a blank node already labelled `c14n…` as canonical and keeps its label;
    // the skeleton's labels come from a canonical form, so they are renamed.
    if (term.termType === 'BlankNode')
      return { termType: 'BlankNode', value: term.value.replace('c14n', 'b') };
    const slot = SLOT_IRI.exec(term.value);
    if (!slot) {
      if (term.value.includes(SLOT) || term.datatype?.value.includes(SLOT)) usable = false;
      return term;
    }
    const n = Number(slot[1]);
    const kind = term.termType === 'NamedNode' ? 'NamedNode' : term.termType === 'Literal' ? 'Literal' : null;
    if (kind === null || (kinds.has(n) && kinds.get(n) !== kind)) usable = false;
    if (kind) kinds.set(n, kind);
    return kind === 'Literal'
      ? { slot: n, termType: kind, literal: term }
      : { slot: n, termType: 'NamedNode' };
  };
  const template = quads.map(
    (q) => [termOf(q.subject), termOf(q.predicate), termOf(q.object), termOf(q.graph)] as TemplateQuad,
  );
  if (!usable || kinds.size !== slotCount) return null;
  const iriSlots = [...kinds].filter(([, kind]) => kind === 'NamedNode').map(([n]) => n);
  return { quads: template, iriSlots };
}

/** The template's quads with the document's values in their slots, duplicates merged. */
function fill(template: Template, values: string[]): Quad[] {
  const term = (t: TemplateTerm): Term => {
    if (!('slot' in t)) return t;
    const value = values[t.slot]!;
    return t.termType === 'NamedNode' ? { termType: 'NamedNode', value } : { ...t.literal!, value };
  };
  const seen = new Set<string>();
  const quads: Quad[] = [];
  for (const [s, p, o, g] of template.quads) {
    const quad = { subject: term(s), predicate: term(p), object: term(o), graph: term(g) };
    const line = NQuads.serializeQuad(quad);
    if (seen.has(line)) continue;
    seen.add(line);
    quads.push(quad);
  }
  return quads;
}

/** Whether every value bound for an IRI slot is one expansion keeps exactly as written. */
const canFill = (template: Template, values: string[]) =>
  template.iriSlots.every((n) => PLAIN_IRI.test(values[n]!));

/** A bounded map: emptied when full (shapes are few; a flood of new ones just starts it over). */
function remember<T>(map: Map<string, T>, key: string, make: () => T, limit: number): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * What the library's expansion of a shape's all-slots skeleton tells: which slots hold IRIs. Those
 * whose values in the document that revealed the shape are not plain IRIs (vocabulary terms such
 * as `proofPurpose: "assertionMethod"`, which the contexts expand) are *kept*: they stay in the
 * skeleton, and each combination of their values has a template of its own.
 */
interface Shape {
  kept: number[];
  templates: Map<string, Promise<Template | null>>;
  /** The context documents the library loaded for the shape, checked again on every use. */
  contexts: Map<string, { document: unknown; json?: string }>;
}

const RDFC = { algorithm: 'RDFC-1.0', format: 'application/n-quads' };
const MAX_SHAPES = 256;
const MAX_TEMPLATES_PER_SHAPE = 64;

/**
 * Wraps a library canonicalization (`library`, e.g. the eddsa-rdfc-2022 cryptosuite's) with
 * skeletons. A skeleton serves a later call only if that call's document loader gives the same
 * context documents as the library loaded when it learnt the shape (callers such as
 * jsonld-signatures wrap the loader anew for every document, so the loader itself cannot be the key).
 */
export function shapeCanonize(library: Canonize): ShapeCanonize {
  const counts = { filled: 0, library: 0 };
  const shapes = new Map<string, Promise<Shape | null>>();
  type Options = { documentLoader: DocumentLoader };

  /** The options with a loader that notes, in `shape`, every context document it gives. */
  const noting = (shape: Pick<Shape, 'contexts'>, options: Options): Options => ({
    ...options,
    documentLoader: async (url) => {
      const remote = await options.documentLoader(url);
      shape.contexts.set(url, { document: remote.document });
      return remote;
    },
  });

  const sameContexts = async (shape: Shape, { documentLoader }: Options) => {
    for (const [url, known] of shape.contexts) {
      const remote = await documentLoader(url).catch(() => null);
      if (remote?.document === known.document) continue;
      known.json ??= JSON.stringify(known.document);
      if (!remote || JSON.stringify(remote.document) !== known.json) return false;
    }
    return true;
  };

  const learnShape = async (skeleton: JsonObject, values: string[], options: Options) => {
    const shape: Shape = { kept: [], templates: new Map(), contexts: new Map() };
    const quads = NQuads.parse(await library(skeleton, noting(shape, options)));
    const template = templateOf(quads, values.length);
    if (!template) return null;
    shape.kept = template.iriSlots.filter((n) => !PLAIN_IRI.test(values[n]!));
    return shape;
  };

  /** The template for the document's kept values, checked against the library on this document. */
  const makeTemplate = async (shape: Shape, document: JsonObject, values: string[], options: Options) => {
    const { skeleton } = skeletonOf(document, new Set(shape.kept));
    const [quads, expected] = await Promise.all([
      library(skeleton, noting(shape, options)).then((nquads) => NQuads.parse(nquads)),
      library(document, options),
    ]);
    const template = templateOf(quads, values.length - shape.kept.length);
    if (!template || !canFill(template, values)) return { template: null, expected };
    const filled = await canonizeDataset(fill(template, values), { ...options, ...RDFC });
    return { template: filled === expected ? template : null, expected };
  };

  const canonize: Canonize = async (input, options) => {
    const { skeleton, values } = skeletonOf(input);
    const key = JSON.stringify(skeleton);
    const learning = remember(shapes, key, () => learnShape(skeleton, values, options), MAX_SHAPES);
    // A failure (the library refused the skeleton) is not remembered for the shape.
    const shape = await learning.catch(() => {
      if (shapes.get(key) === learning) shapes.delete(key);
      return null;
    });
    if (shape && (await sameContexts(shape, options))) {
      const variant = JSON.stringify(shape.kept.map((n) => values[n]));
      let made: Promise<{ template: Template | null; expected: string }> | undefined;
      const known = remember(
        shape.templates,
        variant,
        () => {
          made = makeTemplate(shape, input, values, options);
          const template = made.then(({ template }) => template);
          template.catch(() => shape.templates.delete(variant));
          return template;
        },
        MAX_TEMPLATES_PER_SHAPE,
      );
      if (made) {
        counts.library++;
        return (await made).expected;
      }
      const template = await known.catch(() => null);
      if (template && canFill(template, values)) {
        counts.filled++;
        return canonizeDataset(fill(template, values), { ...options, ...RDFC });
      }
    }
    counts.library++;
    return library(input, options);
  };
  return Object.assign(canonize, { counts });
}
