// The parsed form of a regex: sre's "subpattern" lists of (op, argument) items as typed nodes,
// plus the min/max width computation the compiler and lookbehind checks need.

import { MAXREPEAT } from './re-constants.js';

/** An item of a character set `[...]` before compilation. */
export type SetItem =
  | { readonly kind: 'NEGATE' }
  | { readonly kind: 'LITERAL'; readonly code: number }
  | { readonly kind: 'RANGE'; readonly lo: number; readonly hi: number }
  | { readonly kind: 'CATEGORY'; readonly category: SetCategory };

/** Categories written in a pattern (`\d \D \s \S \w \W`); the compiler picks ASCII or Unicode. */
export type SetCategory = 'DIGIT' | 'NOT_DIGIT' | 'SPACE' | 'NOT_SPACE' | 'WORD' | 'NOT_WORD';

/** Zero-width positions written in a pattern; the compiler applies MULTILINE and UNICODE. */
export type AtKind =
  | 'BEGINNING'
  | 'BEGINNING_STRING'
  | 'BOUNDARY'
  | 'NON_BOUNDARY'
  | 'END'
  | 'END_STRING';

/** The three repeat flavours: greedy, lazy, possessive. */
export type RepeatKind = 'MAX_REPEAT' | 'MIN_REPEAT' | 'POSSESSIVE_REPEAT';

/** One item of a parsed pattern (sre's `(op, av)` tuple). */
export type RegexNode =
  | { readonly kind: 'LITERAL'; readonly code: number }
  | { readonly kind: 'NOT_LITERAL'; readonly code: number }
  | { readonly kind: 'ANY' }
  | { readonly kind: 'IN'; readonly items: readonly SetItem[] }
  | { readonly kind: 'AT'; readonly at: AtKind }
  | { readonly kind: 'BRANCH'; readonly branches: readonly SubPattern[] }
  | {
      readonly kind: 'SUBPATTERN';
      readonly group: number | null;
      readonly addFlags: number;
      readonly delFlags: number;
      readonly body: SubPattern;
    }
  | { readonly kind: 'ATOMIC_GROUP'; readonly body: SubPattern }
  | {
      readonly kind: RepeatKind;
      readonly min: number;
      readonly max: number;
      readonly body: SubPattern;
    }
  | { readonly kind: 'GROUPREF'; readonly group: number }
  | {
      readonly kind: 'GROUPREF_EXISTS';
      readonly group: number;
      readonly yes: SubPattern;
      readonly no: SubPattern | null;
    }
  | {
      readonly kind: 'ASSERT' | 'ASSERT_NOT';
      readonly direction: 1 | -1;
      readonly body: SubPattern;
    };

/** Group bookkeeping shared by all subpatterns of one parse (sre_parse.State). */
export interface ParseState {
  /** Flags in effect for the whole pattern (argument flags plus global inline flags). */
  flags: number;
  /** Group name -> group number. */
  readonly groupdict: Map<string, number>;
  /** Width (min, max) of each closed group; null while open. Index 0 is the whole pattern. */
  readonly groupwidths: ([number, number] | null)[];
  /** Number of groups that existed when the outermost open lookbehind began, or null. */
  lookbehindgroups: number | null;
  /** Conditional group references by number -> first position, checked at the end. */
  readonly grouprefpos: Map<number, number>;
}

/** A sequence of nodes with a cached width, as sre_parse.SubPattern. */
export class SubPattern {
  /** The items in order. */
  readonly items: RegexNode[];
  /** The shared parse state (for group widths). */
  readonly state: ParseState;
  private width: [number, number] | null = null;

  constructor(state: ParseState, items: RegexNode[] = []) {
    this.state = state;
    this.items = items;
  }

  /** Minimum and maximum width in characters, clamped as sre does (MAXREPEAT means unbounded). */
  getWidth(): [number, number] {
    if (this.width !== null) return this.width;
    let lo = 0;
    let hi = 0;
    for (const node of this.items) {
      switch (node.kind) {
        case 'BRANCH': {
          let i = MAXREPEAT - 1;
          let j = 0;
          for (const branch of node.branches) {
            const [l, h] = branch.getWidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          }
          lo += i;
          hi += j;
          break;
        }
        case 'ATOMIC_GROUP':
        case 'SUBPATTERN': {
          const [i, j] = node.body.getWidth();
          lo += i;
          hi += j;
          break;
        }
        case 'MAX_REPEAT':
        case 'MIN_REPEAT':
        case 'POSSESSIVE_REPEAT': {
          const [i, j] = node.body.getWidth();
          lo += i * node.min;
          hi += j * node.max;
          break;
        }
        case 'ANY':
        case 'IN':
        case 'LITERAL':
        case 'NOT_LITERAL':
          lo += 1;
          hi += 1;
          break;
        case 'GROUPREF': {
          const width = this.state.groupwidths[node.group];
          if (width) {
            lo += width[0];
            hi += width[1];
          }
          break;
        }
        case 'GROUPREF_EXISTS': {
          let [i, j] = node.yes.getWidth();
          if (node.no !== null) {
            const [l, h] = node.no.getWidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          } else {
            i = 0;
          }
          lo += i;
          hi += j;
          break;
        }
        case 'AT':
        case 'ASSERT':
        case 'ASSERT_NOT':
          break;
        default:
          assertNever(node);
      }
    }
    this.width = [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
    return this.width;
  }
}

/** Exhaustiveness guard for switches over node kinds. */
export function assertNever(value: never): never {
  throw new Error(`unexpected regex node ${JSON.stringify(value)}`);
}

/** sre_parse compares `(op, av)` tuples with `==`: by value for simple items, by identity otherwise. */
export function sameNode(a: RegexNode, b: RegexNode): boolean {
  if (a === b) return true;
  switch (a.kind) {
    case 'LITERAL':
    case 'NOT_LITERAL':
      return b.kind === a.kind && b.code === a.code;
    case 'ANY':
      return b.kind === 'ANY';
    case 'AT':
      return b.kind === 'AT' && b.at === a.at;
    case 'GROUPREF':
      return b.kind === 'GROUPREF' && b.group === a.group;
    case 'IN':
      return b.kind === 'IN' && sameSetItems(a.items, b.items);
    default:
      return false;
  }
}

function sameSetItems(a: readonly SetItem[], b: readonly SetItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (setItemKey(a[i]!) !== setItemKey(b[i]!)) return false;
  }
  return true;
}

/** A string identifying a set item by value (for dedup and comparison). */
export function setItemKey(item: SetItem): string {
  switch (item.kind) {
    case 'NEGATE':
      return 'N';
    case 'LITERAL':
      return `L${item.code}`;
    case 'RANGE':
      return `R${item.lo},${item.hi}`;
    case 'CATEGORY':
      return `C${item.category}`;
    default:
      return assertNever(item);
  }
}
