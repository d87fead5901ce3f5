// Random Python programs for differential fuzzing (scripts/fuzz-differential.mjs): typed expressions
// over variables of every builtin type and statement snippets covering the language. Seeded and
// deterministic; it does not run anything (the driver compares CPython's and Pyex's output).

import {
  snippetAlgorithms,
  snippetBuiltins,
  snippetCollections,
  snippetExceptions,
  snippetIterTools,
  snippetMath,
  snippetRichClass,
  snippetSyntaxError,
  snippetTextModules,
  snippetUncaught,
} from './program-snippets-stdlib.mjs';

// ---------------------------------------------------------------------------------------------
// Random numbers: a small seeded PRNG (mulberry32); every program has its own derived seed.

export function makeRng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

function programSeed(seed, index) {
  let h = (seed * 0x9e3779b1) ^ (index * 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Expression generator: typed expressions over the variables in scope.

const TYPES = ['int', 'bool', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'none'];
const WORDS = [
  'a',
  'b',
  'ab',
  'hello',
  'World',
  'x y',
  ' pad ',
  'abc,def',
  '',
  'Ünï',
  '42',
  'a-b-c',
];
const STR_ESCAPES = ['\\n', '\\t', "\\'", '\\\\', '\\x41', '\\u00e9', '"'];

class ExprGen {
  constructor(rng) {
    this.rng = rng;
    /** @type {Map<string, string>} variable name -> type */
    this.vars = new Map();
    this.maxDepth = 3;
  }

  varOf(type) {
    const names = [];
    for (const [name, t] of this.vars) if (t === type) names.push(name);
    return names.length === 0 ? null : this.rng.pick(names);
  }

  smallInt() {
    return String(this.rng.int(-3, 12));
  }

  intLiteral() {
    const r = this.rng;
    const k = r.int(0, 9);
    if (k < 5) return String(r.int(-10, 100));
    if (k === 5) return String(r.pick([0, 1, -1, 255, 256, 1000, 65535]));
    if (k === 6)
      return r.pick(['(2**31)', '(2**63)', '(-2**63)', '(10**20)', '(2**64 - 1)', '(3**40)']);
    if (k === 7) return r.pick(['0x1f', '0o17', '0b1011', '1_000_000', '123456789012345678901234']);
    if (k === 8) return String(r.int(-1000000, 1000000));
    return String(r.int(0, 9));
  }

  floatLiteral() {
    const r = this.rng;
    return r.pick([
      '0.5',
      '1.5',
      '-2.25',
      '0.1',
      '3.14159',
      '1e10',
      '1e-5',
      '-0.0',
      '0.0',
      '2.5',
      '1e300',
      '1e16',
      '123.456',
      "float('inf')",
      "float('-inf')",
      "float('nan')",
      '7.0',
      '(1/3)',
    ]);
  }

  strLiteral() {
    const r = this.rng;
    if (r.chance(0.15)) return `'${r.pick(WORDS)}${r.pick(STR_ESCAPES)}'`;
    if (r.chance(0.1)) return `"${r.pick(WORDS)}'"`;
    return `'${r.pick(WORDS)}'`;
  }

  bytesLiteral() {
    return this.rng.pick(["b'abc'", "b''", "b'\\x00\\xff'", "b'Hello World'", "b'a,b'", "b'12'"]);
  }

  leaf(type) {
    const r = this.rng;
    if (r.chance(0.45)) {
      const name = this.varOf(type);
      if (name !== null) return name;
    }
    switch (type) {
      case 'int':
        return this.intLiteral();
      case 'bool':
        return r.pick(['True', 'False']);
      case 'float':
        return this.floatLiteral();
      case 'str':
        return this.strLiteral();
      case 'bytes':
        return this.bytesLiteral();
      case 'list':
        return `[${this.elements(r.int(0, 4))}]`;
      case 'tuple': {
        const n = r.int(0, 4);
        return n === 1 ? `(${this.elements(1)},)` : `(${this.elements(n)})`;
      }
      case 'dict': {
        const n = r.int(0, 3);
        const items = [];
        for (let i = 0; i < n; i++)
          items.push(`${this.key()}: ${this.leaf(r.pick(['int', 'str']))}`);
        return `{${items.join(', ')}}`;
      }
      case 'set': {
        const n = r.int(0, 4);
        return n === 0 ? 'set()' : `{${this.elements(n, true)}}`;
      }
      default:
        return 'None';
    }
  }

  key() {
    return this.rng.chance(0.5) ? this.strLiteral() : String(this.rng.int(-2, 9));
  }

  elements(n, hashable = false) {
    const r = this.rng;
    const kind = r.pick(hashable ? ['int', 'str', 'mixed'] : ['int', 'str', 'mixed', 'float']);
    const items = [];
    for (let i = 0; i < n; i++) {
      // No None: its CPython 3.11 hash is its address, so a set made from the list has no
      // reproducible order (None still appears in tuples, dict values and variables).
      if (kind === 'mixed') items.push(this.leaf(r.pick(['int', 'str', 'bool'])));
      else if (kind === 'float')
        items.push(this.leaf('float').replace("float('nan')", "float('inf')"));
      else items.push(this.leaf(kind));
    }
    return items.join(', ');
  }

  /** A random expression of (mostly) the given type. */
  expr(type, depth = 0) {
    const r = this.rng;
    if (depth >= this.maxDepth || r.chance(0.3)) return this.leaf(type);
    if (r.chance(0.04)) return this.mismatch();
    const d = depth + 1;
    switch (type) {
      case 'int':
        return this.intExpr(d);
      case 'bool':
        return this.boolExpr(d);
      case 'float':
        return this.floatExpr(d);
      case 'str':
        return this.strExpr(d);
      case 'bytes':
        return this.bytesExpr(d);
      case 'list':
        return this.listExpr(d);
      case 'tuple':
        return this.tupleExpr(d);
      case 'dict':
        return this.dictExpr(d);
      case 'set':
        return this.setExpr(d);
      default:
        return r.pick(['None', `print(${this.expr('int', d)})`, `[].sort()`]);
    }
  }

  /** An operation on operands of unrelated types (exercises TypeError messages). */
  mismatch() {
    const r = this.rng;
    const a = this.leaf(r.pick(TYPES));
    const b = this.leaf(r.pick(TYPES));
    const op = r.pick(['+', '-', '<', '|', '&', '%', '@', '>=', '//', 'in', 'not in', '==']);
    if (r.chance(0.15)) return `${a}[${b}]`;
    if (r.chance(0.1)) return `len(${a})`;
    if (r.chance(0.1)) return `-${a}`;
    return `(${a} ${op} ${b})`;
  }

  intExpr(d) {
    const r = this.rng;
    const e = (t = 'int') => this.expr(t, d);
    switch (r.int(0, 24)) {
      case 0:
      case 1:
      case 2:
        return `(${e()} ${r.pick(['+', '-', '*'])} ${e()})`;
      case 3:
        return `(${e()} ${r.pick(['//', '%'])} ${e()})`;
      case 4:
        return `(${e()} ** ${r.int(0, 12)})`;
      case 5:
        return `(${e()} ${r.pick(['<<', '>>'])} ${r.int(0, 70)})`;
      case 6:
        return `(${e()} ${r.pick(['&', '|', '^'])} ${e()})`;
      case 7:
        return `${r.pick(['-', '~', '+'])}${e()}`;
      case 8:
        return `${r.pick(['abs', 'int', 'hash'])}(${e()})`;
      case 9:
        return `${r.pick(['min', 'max'])}(${e()}, ${e()}${r.chance(0.3) ? `, ${e()}` : ''})`;
      case 10:
        return `len(${e(r.pick(['str', 'list', 'tuple', 'dict', 'set', 'bytes']))})`;
      case 11:
        return `sum(${e('list')})`;
      case 12:
        return `(${e()} if ${e('bool')} else ${e()})`;
      case 13:
        return `int(${r.pick(["'42'", "' -17 '", "'0x1f', 16", "'1_000'", "'zz', 36", "'12.5'", "'0b101', 0", "'٣'"])})`;
      case 14:
        return `round(${e('float')}${r.chance(0.3) ? `, ${r.int(-2, 3)}` : ''})`;
      case 15:
        return `${e('str')}.${r.pick(['count', 'find', 'rfind', 'index'])}(${this.strLiteral()})`;
      case 16:
        return `divmod(${e()}, ${e()})[${r.int(0, 1)}]`;
      case 17:
        return `pow(${e()}, ${r.int(0, 5)}, ${e()})`;
      case 18:
        return `(${e()}).bit_length()`;
      case 19:
        return `ord(${r.pick(["'a'", "'é'", "'€'", "'ab'", "''", "'\\n'"])})`;
      case 20:
        return `${e('list')}[${e()}]`;
      case 21:
        return `(${e('bool')} + ${e()})`;
      case 22:
        return `int(${e('float')})`;
      case 23:
        return `${e('dict')}.get(${this.key()}, ${e()})`;
      default:
        return `len([${r.pick(['v', 'v * 2'])} for v in ${e('list')} if ${r.pick(['v', 'not v', 'v == 1'])}])`;
    }
  }

  boolExpr(d) {
    const r = this.rng;
    const t = r.pick(['int', 'str', 'float', 'list', 'tuple', 'bool']);
    switch (r.int(0, 12)) {
      case 0:
      case 1:
        return `(${this.expr(t, d)} ${r.pick(['<', '<=', '>', '>=', '==', '!='])} ${this.expr(t, d)})`;
      case 2:
        return `(${this.expr('int', d)} < ${this.expr('int', d)} <= ${this.expr('int', d)})`;
      case 3:
        return `not ${this.expr(r.pick(TYPES), d)}`;
      case 4:
        return `(${this.expr('bool', d)} ${r.pick(['and', 'or'])} ${this.expr('bool', d)})`;
      case 5:
        return `isinstance(${this.expr(r.pick(TYPES), d)}, ${r.pick(['int', 'str', '(int, float)', 'bool', 'list', 'object'])})`;
      case 6:
        return `(${this.expr(r.pick(['int', 'str']), d)} ${r.pick(['in', 'not in'])} ${this.expr(r.pick(['list', 'tuple', 'set', 'dict']), d)})`;
      case 7:
        return `(${this.expr('str', d)} in ${this.expr('str', d)})`;
      case 8:
        return `${r.pick(['any', 'all'])}(${this.expr('list', d)})`;
      case 9:
        return `${this.expr('str', d)}.${r.pick(['isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isidentifier', 'isalnum', 'istitle'])}()`;
      case 10:
        return `bool(${this.expr(r.pick(TYPES), d)})`;
      case 11:
        return `${this.expr('str', d)}.${r.pick(['startswith', 'endswith'])}(${this.strLiteral()})`;
      default:
        return r.chance(0.2)
          ? `${this.expr('set', d)}.isdisjoint(${this.expr('set', d)})`
          : `(${this.expr('set', d)} ${r.pick(['<=', '<', '>=', '=='])} ${this.expr('set', d)})`;
    }
  }

  floatExpr(d) {
    const r = this.rng;
    const e = (t = 'float') => this.expr(t, d);
    switch (r.int(0, 10)) {
      case 0:
      case 1:
        return `(${e()} ${r.pick(['+', '-', '*', '/'])} ${e(r.pick(['float', 'int']))})`;
      case 2:
        return `(${e('int')} / ${e('int')})`;
      case 3:
        return `(${e()} ${r.pick(['//', '%'])} ${e()})`;
      case 4:
        return `(${e()} ** ${r.pick(['2', '0.5', '-1', '3', '0'])})`;
      case 5:
        return `float(${r.pick(["'1.5'", "' 2e3 '", "'inf'", "'-nan'", "'1_0.5'", "'abc'", '10**400', '7'])})`;
      case 6:
        return `abs(${e()})`;
      case 7:
        return `round(${e()}, ${r.int(-1, 4)})`;
      case 8:
        return `${r.pick(['min', 'max'])}(${e()}, ${e()})`;
      case 9:
        return `sum(${e('list')}, 0.0)`;
      default:
        return `(${e()}).${r.pick(['real', 'conjugate()', '__abs__()', 'imag'])}`;
    }
  }

  strExpr(d) {
    const r = this.rng;
    const e = (t = 'str') => this.expr(t, d);
    switch (r.int(0, 24)) {
      case 0:
      case 1:
        return `(${e()} + ${e()})`;
      case 2:
        return `(${e()} * ${r.int(-1, 4)})`;
      case 3:
        return `${e()}[${this.slice(d)}]`;
      case 4:
        return `${e()}[${e('int')}]`;
      case 5:
        return `${e()}.${r.pick(['upper', 'lower', 'title', 'capitalize', 'swapcase', 'strip', 'lstrip', 'rstrip', 'casefold'])}()`;
      case 6:
        return `${e()}.replace(${this.strLiteral()}, ${this.strLiteral()}${r.chance(0.3) ? `, ${r.int(-1, 2)}` : ''})`;
      case 7:
        return `${e()}.${r.pick(['center', 'ljust', 'rjust'])}(${r.int(0, 12)}${r.chance(0.5) ? ", '*'" : ''})`;
      case 8:
        return `${e()}.zfill(${r.int(0, 8)})`;
      case 9:
        return `${this.strLiteral()}.join(${r.chance(0.5) ? e('list') : `map(str, ${e('list')})`})`;
      case 10:
        return `f'${this.fstringBody(d)}'`;
      case 11:
        return `${r.pick(['repr', 'str', 'ascii'])}(${this.expr(r.pick(TYPES), d)})`;
      case 12:
        return `${r.pick(['hex', 'bin', 'oct'])}(${e('int')})`;
      case 13:
        return `chr(${r.pick(['65', '233', '8364', '0x1F600', '-1', '1114112', '97 + 2'])})`;
      case 14:
        return `${this.percentFormat(d)}`;
      case 15:
        return `'{} ${r.pick(['{{}}', '', '{!r}'])}'.format(${e(r.pick(TYPES))}, ${e()})`;
      case 16:
        return `format(${this.formatPair(d)})`;
      case 17:
        return `${e('bytes')}.decode(${r.pick(['', "'latin-1'", "'ascii'", "'utf-8', 'replace'"])})`;
      case 18:
        return `${e()}.${r.pick(['partition', 'rpartition'])}(${r.pick(["','", "' '", "'-'"])})[${r.int(0, 2)}]`;
      case 19:
        return `''.join(sorted(${e()}${r.chance(0.4) ? ', reverse=True' : ''}))`;
      case 20:
        return `${e()}.${r.pick(['removeprefix', 'removesuffix', 'strip'])}(${this.strLiteral()})`;
      case 21:
        return `${e()}.expandtabs(${r.int(0, 4)})`;
      case 22:
        return `str(${e('int')})`;
      case 23:
        return `${e()}.encode().hex()`;
      default:
        return `${this.strLiteral()}.join(${r.pick(['str(v)', 'repr(v)', 'f"{v!r:>4}"'])} for v in ${e('list')})`;
    }
  }

  slice(d) {
    const r = this.rng;
    const part = () =>
      r.chance(0.4) ? '' : r.chance(0.7) ? String(r.int(-5, 6)) : this.expr('int', d);
    const step = r.chance(0.4) ? `:${r.pick(['-1', '2', '-2', '3', '', '0'])}` : '';
    return `${part()}:${part()}${step}`;
  }

  formatSpec(type) {
    const r = this.rng;
    const align = r.pick(['', '', '<', '>', '^', '*^', '0=', '=']);
    const sign = r.pick(['', '', '+', '-', ' ']);
    const width = r.chance(0.5) ? String(r.int(1, 12)) : '';
    const group = r.chance(0.15) ? r.pick([',', '_']) : '';
    if (type === 'int') {
      const alt = r.chance(0.2) ? '#' : '';
      return `${align}${sign}${alt}${width}${group}${r.pick(['', 'd', 'x', 'X', 'o', 'b', 'n', 'c', 'e', '%', 'f'])}`;
    }
    if (type === 'float') {
      const prec = r.chance(0.6) ? `.${r.int(0, 6)}` : '';
      return `${align}${sign}${width}${group}${prec}${r.pick(['', 'f', 'e', 'g', 'G', '%', 'E', 'F', 'n'])}`;
    }
    const prec = r.chance(0.3) ? `.${r.int(0, 4)}` : '';
    return `${align.replace('0=', '').replace(/^=$/, '')}${width}${prec}${r.pick(['', 's'])}`;
  }

  formatPair(d) {
    const type = this.rng.pick(['int', 'float', 'str']);
    return `${this.expr(type, d)}, '${this.formatSpec(type)}'`;
  }

  fstringBody(d) {
    const r = this.rng;
    const parts = [];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      if (r.chance(0.5)) parts.push(r.pick(['x=', ' ', '-', '[', ']', 'ab', '{{', '}}']));
      const type = r.pick(['int', 'float', 'str', 'list', 'bool']);
      const inner = this.fstringInner(type, d + 1);
      const conv = r.chance(0.2) ? r.pick(['!r', '!s', '!a']) : '';
      const eq = r.chance(0.08) && conv === '' ? '=' : '';
      const spec =
        r.chance(0.4) && ['int', 'float', 'str'].includes(type) && conv === ''
          ? `:${this.formatSpec(type)}`
          : '';
      parts.push(`{${inner}${eq}${conv}${spec}}`);
    }
    return parts.join('');
  }

  /** An expression that can sit inside `f'{…}'` under CPython 3.11 (no quote of the f-string). */
  fstringInner(type, d) {
    let inner = this.expr(type, d).replaceAll("'", '"');
    if (inner.includes('\\') || /f"|"[^"]*"[^"]*"/.test(inner)) {
      inner = this.leaf(type).replaceAll("'", '"');
      if (inner.includes('\\') || (inner.match(/"/g) ?? []).length % 2 === 1) inner = '0';
    }
    return inner;
  }

  percentFormat(d) {
    const r = this.rng;
    const specs = [];
    const args = [];
    const n = r.int(1, 3);
    for (let i = 0; i < n; i++) {
      const kind = r.pick(['d', 's', 'r', 'f', 'x', 'e', 'g', 'i', 'o', 'c', '%']);
      const flags = r.pick(['', '', '-', '0', '+', ' ', '#']);
      const width = r.chance(0.4) ? String(r.int(1, 9)) : '';
      const prec = r.chance(0.3) ? `.${r.int(0, 4)}` : '';
      specs.push(`%${flags}${width}${prec}${kind}`);
      if (kind === '%') continue;
      if (kind === 's' || kind === 'r') args.push(this.expr(r.pick(TYPES), d));
      else if (kind === 'c') args.push(r.pick(['65', "'z'", '0x263A']));
      else args.push(this.expr(r.pick(['int', 'float', 'int', 'bool']), d));
    }
    const fmt = `'${specs.join(' ')}'`;
    if (args.length === 1 && r.chance(0.5)) return `(${fmt} % ${args[0]})`;
    return `(${fmt} % (${args.join(', ')}${args.length === 1 ? ',' : ''}))`;
  }

  bytesExpr(d) {
    const r = this.rng;
    const e = (t = 'bytes') => this.expr(t, d);
    switch (r.int(0, 7)) {
      case 0:
        return `(${e()} + ${e()})`;
      case 1:
        return `(${e()} * ${r.int(0, 3)})`;
      case 2:
        return `${e()}[${this.slice(d)}]`;
      case 3:
        return `${e()}.${r.pick(['upper', 'lower', 'strip', 'title'])}()`;
      case 4:
        return `bytes(${r.pick(['[1, 2, 255]', '3', "'abc', 'ascii'", '[256]', 'range(65, 70)'])})`;
      case 5:
        return `${e('str')}.encode(${r.pick(['', "'utf-8'", "'latin-1'", "'ascii', 'ignore'"])})`;
      case 6:
        return `bytes.fromhex(${r.pick(["'4142'", "'41 42 43'", "'zz'"])})`;
      default:
        return `${e()}.replace(b'a', b'XY')`;
    }
  }

  listExpr(d) {
    const r = this.rng;
    const e = (t = 'list') => this.expr(t, d);
    switch (r.int(0, 18)) {
      case 0:
        return `(${e()} + ${e()})`;
      case 1:
        return `(${e()} * ${r.int(-1, 3)})`;
      case 2:
        return `${e()}[${this.slice(d)}]`;
      case 3:
        return `sorted(${e()}${r.chance(0.3) ? ', reverse=True' : ''}${r.chance(0.3) ? ', key=str' : ''})`;
      case 4:
        return `list(reversed(${e()}))`;
      case 5:
        return r.chance(0.5)
          ? `[${r.pick(['v * 2', 'v', 'str(v)', '(v, i)', 'v + 1'])} for i, v in enumerate(${e()})${r.chance(0.4) ? ` if ${r.pick(['v', 'not v', 'i % 2'])}` : ''}]`
          : `[${r.pick(['v * 2', 'v', 'str(v)', 'v + 1'])} for v in ${e()}${r.chance(0.4) ? ` if ${r.pick(['v', 'not v'])}` : ''}]`;
      case 6:
        return `list(range(min(${this.expr('int', d)}, 40)${r.chance(0.5) ? `, ${r.int(-5, 15)}` : ''}${r.chance(0.3) ? `, ${r.pick(['2', '-1', '3', '0'])}` : ''}))`;
      case 7:
        return `${this.expr('str', d)}.split(${r.pick(['', "','", "' '", "'a'", 'None, 1', "''"])})`;
      case 8:
        return `list(map(${r.pick(['str', 'abs', 'bool', 'lambda v: v * 3', 'len', 'repr'])}, ${e()}))`;
      case 9:
        return `list(zip(${e()}, ${e(r.pick(['list', 'str', 'tuple']))}))`;
      case 10:
        return `list(${this.expr(r.pick(['dict', 'str', 'set', 'tuple', 'bytes']), d)})`;
      case 11:
        return `[*${e()}, *${this.expr(r.pick(['tuple', 'str', 'set']), d)}]`;
      case 12:
        return `list(filter(${r.pick(['None', 'bool', 'lambda v: v', 'str.isdigit'])}, ${e()}))`;
      case 13:
        return `list(${this.expr('dict', d)}.${r.pick(['keys', 'values', 'items'])}())`;
      case 14:
        return `[[${this.expr('int', d)}] * 2 for _ in range(${r.int(0, 3)})]`;
      case 15:
        return `sorted(${e()}, key=${r.pick(['len', 'lambda v: -v', 'str', 'repr', 'lambda v: (type(v).__name__, str(v))'])})`;
      case 16:
        return `list(enumerate(${e()}, ${r.int(-1, 3)}))`;
      case 17:
        return `[v for row in ${r.pick(['[[1, 2], [3]]', '[(1,), ()]', "['ab', 'c']"])} for v in row if v ${r.pick(['!=', '=='])} ${this.leaf(r.pick(['int', 'str']))}]`;
      default:
        return `${this.expr('bytes', d)}.split(${r.pick(["b','", "b' '", ''])})`;
    }
  }

  tupleExpr(d) {
    const r = this.rng;
    const e = (t = 'tuple') => this.expr(t, d);
    switch (r.int(0, 6)) {
      case 0:
        return `(${e()} + ${e()})`;
      case 1:
        return `tuple(${this.expr(r.pick(['list', 'str', 'set']), d)})`;
      case 2:
        return `${e()}[${this.slice(d)}]`;
      case 3:
        return `divmod(${this.expr(r.pick(['int', 'float']), d)}, ${this.expr(r.pick(['int', 'float']), d)})`;
      case 4:
        return `(${this.expr(r.pick(TYPES), d)}, ${this.expr(r.pick(TYPES), d)})`;
      case 5:
        return `${this.expr('str', d)}.partition(${r.pick(["','", "' '", "'b'"])})`;
      default:
        return `tuple(v ${r.pick(['for v in', 'for v in reversed'])}(${this.expr('list', d)}))`;
    }
  }

  dictExpr(d) {
    const r = this.rng;
    const e = (t = 'dict') => this.expr(t, d);
    switch (r.int(0, 7)) {
      case 0:
        return `{**${e()}, **${e()}}`;
      case 1:
        return `(${e()} | ${e()})`;
      case 2:
        return `{${r.pick(['v', 'str(v)', 'i'])}: ${r.pick(['v', 'i', 'v * 2'])} for i, v in enumerate(${this.expr('list', d)})}`;
      case 3:
        return `dict(zip(${this.expr(r.pick(['str', 'list']), d)}, ${this.expr('list', d)}))`;
      case 4:
        return `dict(${r.pick(["a=1, b='x'", '[(1, 2), (3, 4)]', "[('k', 'v')], k2=2", '[1, 2]', "{'z': 0}, z=1"])})`;
      case 5:
        return `dict.fromkeys(${this.expr(r.pick(['str', 'list']), d)}, ${this.leaf('int')})`;
      case 6:
        return `{k: v for k, v in sorted(${e()}.items(), key=repr)}`;
      default:
        return `{${this.key()}: ${this.expr(r.pick(TYPES), d)}, ${this.key()}: ${this.expr(r.pick(TYPES), d)}}`;
    }
  }

  setExpr(d) {
    const r = this.rng;
    const e = (t = 'set') => this.expr(t, d);
    switch (r.int(0, 6)) {
      case 0:
        return `(${e()} ${r.pick(['|', '&', '-', '^'])} ${e()})`;
      case 1:
        return `set(${this.expr(r.pick(['list', 'str', 'tuple', 'dict']), d)})`;
      case 2:
        return `{${r.pick(['v', 'v % 3', 'str(v)', 'abs(v)'])} for v in ${this.expr('list', d)}}`;
      case 3:
        return `frozenset(${this.expr(r.pick(['list', 'str']), d)})`;
      case 4:
        return `${e()}.${r.pick(['union', 'intersection', 'difference', 'symmetric_difference'])}(${this.expr(r.pick(['list', 'set', 'str']), d)})`;
      case 5:
        return `{${this.elements(r.int(1, 5), true)}}`;
      default:
        return `set(range(${r.int(-3, 40)}))`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Statement snippets: each is a self-contained block of lines at top level.

const EXC_HANDLER = [
  'except Exception as e:',
  "    print('!', type(e).__name__, e, e.__traceback__.tb_lineno)",
];

/** Wraps lines in try/except that prints the exception type and message. */
function guarded(lines) {
  return ['try:', ...lines.map((l) => `    ${l}`), ...EXC_HANDLER];
}

class ProgramGen {
  constructor(rng) {
    this.rng = rng;
    this.ex = new ExprGen(rng);
    this.uid = 0;
  }

  fresh(prefix) {
    this.uid += 1;
    return `${prefix}${this.uid}`;
  }

  /** Preamble: one variable of each type, initialised with literals. */
  preamble() {
    const blocks = [];
    for (const type of TYPES) {
      const count = this.rng.int(1, 2);
      for (let i = 0; i < count; i++) {
        const name = `${type[0]}${type[1]}${i}`;
        blocks.push([`${name} = ${this.ex.leaf(type).replace("float('nan')", '0.25')}`]);
        this.ex.vars.set(name, type);
      }
    }
    return blocks;
  }

  snippet() {
    const r = this.rng;
    const kinds = [
      'assign',
      'assign',
      'assign',
      'print',
      'print',
      'augassign',
      'function',
      'closure',
      'class',
      'tryexcept',
      'loop',
      'generator',
      'match',
      'unpack',
      'walrus',
      'format',
      'comprehension',
      'mutate',
      'subscript',
      'lambda',
      'scopes',
      'withstmt',
      'recursion',
      'chain',
      'decorator',
      'targets',
      'math',
      'itertools',
      'collections',
      'textmodules',
      'algorithms',
      'builtins',
      'builtins',
      'exceptions',
      'richclass',
      'syntaxerror',
      'syntaxerror',
    ];
    const kind = r.pick(kinds);
    return this[`snippet_${kind}`]();
  }

  snippet_math() {
    return snippetMath(this);
  }

  snippet_itertools() {
    return snippetIterTools(this);
  }

  snippet_collections() {
    return snippetCollections(this);
  }

  snippet_textmodules() {
    return snippetTextModules(this);
  }

  snippet_algorithms() {
    return snippetAlgorithms(this);
  }

  snippet_builtins() {
    return snippetBuiltins(this);
  }

  snippet_exceptions() {
    return snippetExceptions(this);
  }

  snippet_richclass() {
    return snippetRichClass(this);
  }

  snippet_syntaxerror() {
    return snippetSyntaxError(this);
  }

  snippet_assign() {
    const type = this.rng.pick(TYPES);
    const existing = this.ex.varOf(type);
    const name = existing !== null && this.rng.chance(0.5) ? existing : this.fresh(`${type[0]}v`);
    const init = this.ex.leaf(type);
    const lines = guarded([
      `${name} = ${this.ex.expr(type)}`,
      `print(${JSON.stringify(name)}, repr(${name}))`,
    ]);
    this.ex.vars.set(name, type);
    return [`${name} = ${init}`, ...lines];
  }

  snippet_print() {
    const r = this.rng;
    const n = r.int(1, 3);
    const args = [];
    for (let i = 0; i < n; i++) args.push(this.ex.expr(r.pick(TYPES)));
    const extra = r.chance(0.2) ? `, sep=${r.pick(["'|'", "''", "', '"])}` : '';
    return guarded([`print(${args.join(', ')}${extra})`]);
  }

  snippet_augassign() {
    const r = this.rng;
    const type = r.pick(['int', 'str', 'list', 'float', 'set', 'dict']);
    const name = this.ex.varOf(type) ?? 'in0';
    const ops = {
      int: ['+=', '-=', '*=', '//=', '%=', '&=', '|=', '^=', '>>='],
      str: ['+=', '*='],
      list: ['+=', '*='],
      float: ['+=', '-=', '*=', '/='],
      set: ['|=', '&=', '-=', '^='],
      dict: ['|='],
    }[type];
    const op = r.pick(ops);
    const rhsType = op === '*=' && type !== 'int' ? null : type;
    const rhs = rhsType === null ? String(r.int(0, 3)) : this.ex.expr(rhsType, 1);
    return guarded([`${name} ${op} ${rhs}`, `print(${JSON.stringify(name)}, repr(${name}))`]);
  }

  snippet_function() {
    const r = this.rng;
    const name = this.fresh('f');
    const params = [];
    const usable = [];
    const np = r.int(0, 3);
    for (let i = 0; i < np; i++) {
      params.push(`p${i}`);
      usable.push(`p${i}`);
    }
    if (r.chance(0.2) && params.length > 0) params.push('/');
    const nd = r.int(0, 2);
    for (let i = 0; i < nd; i++) {
      params.push(`d${i}=${this.ex.leaf(r.pick(['int', 'str', 'none']))}`);
      usable.push(`d${i}`);
    }
    const star = r.chance(0.4);
    if (star) params.push('*args');
    else if (r.chance(0.3)) params.push('*');
    if (r.chance(0.4) || (!star && params[params.length - 1] === '*')) {
      params.push(`k0=${this.ex.leaf('int')}`);
      usable.push('k0');
    }
    const kwargs = r.chance(0.4);
    if (kwargs) params.push('**kw');
    const body = [];
    const parts = usable.map((u) => `${u}!r`);
    if (star) parts.push('args!r');
    if (kwargs) parts.push('sorted(kw.items())!r');
    body.push(`    return f'${parts.map((p) => `{${p}}`).join(' ')}'`);
    if (r.chance(0.3) && usable.length > 0)
      body.unshift(`    if ${usable[0]} == 0: raise ValueError('zero')`);
    const lines = [`def ${name}(${params.join(', ')}):`, ...body];
    const calls = [];
    const nc = r.int(2, 5);
    for (let i = 0; i < nc; i++) {
      const args = [];
      const na = r.int(0, 4);
      for (let j = 0; j < na; j++) args.push(this.ex.leaf(r.pick(['int', 'str', 'list'])));
      if (r.chance(0.4))
        args.push(`${r.pick(['p0', 'd0', 'k0', 'zz', 'args'])}=${this.ex.leaf('int')}`);
      if (r.chance(0.15)) args.push(`*${this.ex.leaf('list')}`);
      if (r.chance(0.15)) args.push(`**{${this.ex.strLiteral()}: 1}`);
      calls.push(...guarded([`print(${name}(${args.join(', ')}))`]));
    }
    if (r.chance(0.3))
      calls.push(`print(${name}.__name__, ${name}.__defaults__, ${name}.__kwdefaults__)`);
    return [...lines, ...calls];
  }

  snippet_closure() {
    const r = this.rng;
    const name = this.fresh('mk');
    const start = this.ex.leaf('int');
    const step = this.ex.expr('int', 2);
    const lines = [
      `def ${name}(start=${start}):`,
      '    total = start',
      '    def inc(step=1):',
      '        nonlocal total',
      '        total += step',
      '        return total',
      '    def get():',
      '        return total',
      '    return inc, get',
      ...guarded([
        `inc, get = ${name}()`,
        `print(inc(), inc(${step}), get())`,
        `fs = [lambda v, i=i: v * i for i in range(${r.int(0, 4)})]`,
        'gs = [lambda: i for i in range(3)]',
        'print([f(2) for f in fs], [g() for g in gs])',
        `print(inc.__closure__ is not None, ${name}.__code__.co_freevars, inc.__code__.co_freevars)`,
      ]),
    ];
    return lines;
  }

  snippet_class() {
    const r = this.rng;
    const name = this.fresh('C');
    const dunders = [];
    const add = (...l) => dunders.push(...l.map((x) => `    ${x}`));
    add('def __init__(self, v=0, *rest):', '    self.v = v', '    self.rest = rest');
    add('def __repr__(self):', `    return f'${name}({self.v!r})'`);
    if (r.chance(0.6))
      add(
        'def __eq__(self, other):',
        `    if not isinstance(other, ${name}): return NotImplemented`,
        '    return self.v == other.v',
      );
    if (r.chance(0.5)) add('def __hash__(self):', '    return hash(self.v)');
    if (r.chance(0.6))
      add('def __lt__(self, other):', '    return self.v < getattr(other, "v", other)');
    if (r.chance(0.5))
      add(
        'def __add__(self, other):',
        `    if isinstance(other, (int, ${name})): return ${name}(self.v + getattr(other, "v", other))`,
        '    return NotImplemented',
      );
    if (r.chance(0.3)) add('def __radd__(self, other):', `    return ${name}(other)`);
    if (r.chance(0.4)) add('def __len__(self):', '    return len(str(self.v))');
    if (r.chance(0.3)) add('def __bool__(self):', '    return bool(self.v)');
    if (r.chance(0.4)) add('def __getitem__(self, i):', '    return str(self.v)[i]');
    if (r.chance(0.3)) add('def __iter__(self):', '    yield from range(3)', '    yield self.v');
    if (r.chance(0.3)) add('def __contains__(self, x):', '    return x == self.v');
    if (r.chance(0.3)) add('def __call__(self, *a, **k):', '    return (self.v, a, sorted(k))');
    if (r.chance(0.3)) add('@property', 'def double(self):', '    return self.v * 2');
    if (r.chance(0.3)) add('@classmethod', 'def make(cls, v):', '    return cls(v)');
    if (r.chance(0.3)) add('@staticmethod', 'def helper(a, b=2):', '    return a * b');
    if (r.chance(0.3)) add('def __str__(self):', "    return 'str:' + repr(self.v)");
    if (r.chance(0.2))
      add(
        'def __getattr__(self, name):',
        "    if name.startswith('x'): return name * 2",
        '    raise AttributeError(name)',
      );
    const lines = [
      `class ${name}:`,
      `    tag = ${this.ex.leaf(r.pick(['int', 'str']))}`,
      ...dunders,
    ];
    const sub = this.fresh('D');
    if (r.chance(0.4)) {
      lines.push(
        `class ${sub}(${name}):`,
        '    def __init__(self, v=0):',
        '        super().__init__(v * 2)',
        '    def __repr__(self):',
        "        return 'sub' + super().__repr__()",
      );
    }
    const cls = lines.some((l) => l.startsWith(`class ${sub}`)) && r.chance(0.6) ? sub : name;
    const a = this.ex.leaf(r.pick(['int', 'str', 'float']));
    const b = this.ex.leaf('int');
    const ops = [
      `print(${cls}(${a}), ${cls}(${b}) == ${cls}(${b}), ${cls}(${a}) != ${cls}(${b}))`,
      `print(sorted([${cls}(${b}), ${cls}(3), ${cls}(-1)]))`,
      `print(${cls}(${b}) + ${cls}(1), ${cls}(${b}) + 5)`,
      `print(5 + ${cls}(${b}))`,
      `print(len(${cls}(${a})), bool(${cls}(${a})))`,
      `print(${cls}(${a})[0], list(${cls}(${b})))`,
      `print(${b} in ${cls}(${b}), 'q' in ${cls}(${a}))`,
      `print(${cls}(${a})(1, k=2))`,
      `print(${cls}(${b}).double, ${cls}.make(${b}), ${cls}.helper(${b}))`,
      `print(str(${cls}(${a})), f'{${cls}(${b})!s:>12}', '%s' % ${cls}(1))`,
      `print(${cls}(${a}).xyz, ${cls}(1).other)`,
      `print({${cls}(1), ${cls}(1), ${cls}(2)} == {${cls}(2), ${cls}(1)})`,
      `print(${cls}.tag, ${cls}.__name__, ${cls}.__qualname__, [k.__name__ for k in ${cls}.__mro__])`,
      `print(max(${cls}(1), ${cls}(${b})), min([${cls}(4), ${cls}(${b})]))`,
      `o = ${cls}(${a}); o.w = 1; print(sorted(vars(o)), hasattr(o, 'v'), getattr(o, 'nope', 'dflt'))`,
    ];
    const out = [...lines];
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) out.push(...guarded([r.pick(ops)]));
    return out;
  }

  snippet_tryexcept() {
    const r = this.rng;
    const name = this.fresh('t');
    const exc = r.pick([
      'ValueError',
      'KeyError',
      'IndexError',
      'ZeroDivisionError',
      'TypeError',
      'LookupError',
      'ArithmeticError',
      'Exception',
    ]);
    const raise = r.pick([
      `raise ${r.pick(['ValueError', 'KeyError', 'IndexError', 'TypeError'])}(${this.ex.leaf(r.pick(['str', 'int']))})`,
      `x = ${this.ex.expr('int', 1)} // n`,
      `x = [1, 2][n]`,
      `x = {'a': 1}[${this.ex.strLiteral()}]`,
      `x = int(${this.ex.strLiteral()})`,
      `raise ValueError('inner') from KeyError('cause')`,
      'x = n',
    ]);
    const finallyAct = r.pick(['log.append("fin")', 'return "from-finally"', 'log.append(n)']);
    const lines = [
      `def ${name}(n):`,
      '    log = []',
      '    try:',
      `        ${raise}`,
      '        log.append("body")',
      `    except ${r.chance(0.3) ? `(${exc}, OSError)` : exc} as e:`,
      '        log.append(type(e).__name__)',
      '        log.append(repr(e.__cause__))',
      r.chance(0.3) ? '        raise' : `        log.append(str(e))`,
      '    else:',
      '        log.append("else")',
      '    finally:',
      `        ${finallyAct}`,
      '    return log',
      ...guarded([`print(${name}(0))`]),
      ...guarded([`print(${name}(1))`]),
    ];
    if (r.chance(0.4)) {
      const cname = this.fresh('E');
      lines.push(
        `class ${cname}(${r.pick(['Exception', 'ValueError', 'KeyError'])}):`,
        '    pass',
        ...guarded([
          'try:',
          `    raise ${cname}(${this.ex.leaf(r.pick(['str', 'int', 'tuple']))})`,
          `except ${r.pick(['Exception', cname, 'LookupError'])} as e:`,
          '    print(type(e).__name__, e, e.args, repr(e))',
        ]),
      );
    }
    if (r.chance(0.3)) {
      lines.push(
        ...guarded([
          'try:',
          '    try:',
          `        1 / 0`,
          '    except ZeroDivisionError as z:',
          `        raise KeyError(${this.ex.strLiteral()})`,
          'except KeyError as k:',
          '    print(repr(k), repr(k.__context__), k.__suppress_context__)',
        ]),
      );
    }
    return lines;
  }

  snippet_loop() {
    const r = this.rng;
    const acc = this.fresh('acc');
    const iter = r.pick([
      `range(${r.int(-2, 8)})`,
      this.ex.expr('list', 1),
      this.ex.expr('str', 1),
      `enumerate(${this.ex.expr('list', 2)})`,
      this.ex.expr('dict', 2),
      `zip(${this.ex.expr('list', 2)}, ${this.ex.expr('str', 2)})`,
    ]);
    const lines = [
      `${acc} = []`,
      `for item in ${iter}:`,
      `    if ${r.pick(['item == 3', 'str(item) == "b"', `len(${acc}) > 3`, 'not item'])}:`,
      `        ${r.pick(['break', 'continue'])}`,
      `    ${acc}.append(item)`,
      ...(r.chance(0.5) ? ['else:', `    ${acc}.append('else')`] : []),
      `print(${acc})`,
    ];
    if (r.chance(0.5)) {
      const limit = r.int(0, 12);
      lines.push(
        'n = 0',
        `while n < ${limit}:`,
        '    n += 1',
        `    if n % ${r.int(2, 4)} == 0:`,
        '        continue',
        `    if n > ${r.int(3, 20)}:`,
        '        break',
        `    ${acc}.append(-n)`,
        'else:',
        `    ${acc}.append('w-else')`,
        `print(${acc}, n)`,
      );
    }
    if (r.chance(0.3)) {
      lines.push(
        'found = None',
        `for i in range(${r.int(1, 4)}):`,
        `    for j in range(${r.int(1, 4)}):`,
        `        if i * j == ${r.int(0, 4)}:`,
        '            found = (i, j)',
        '            break',
        '    else:',
        '        continue',
        '    break',
        'print(found)',
      );
    }
    return guarded(lines);
  }

  snippet_generator() {
    const r = this.rng;
    const g = this.fresh('g');
    const lines = [
      `def ${g}(n):`,
      '    total = 0',
      '    for i in range(n):',
      '        got = yield i * 2',
      '        if got is not None:',
      '            total += got',
      `    ${r.chance(0.5) ? `yield from ${r.pick(['"ab"', '[7, 8]', 'range(2)'])}` : 'pass'}`,
      '    return total',
      `def ${g}_outer():`,
      `    result = yield from ${g}(${r.int(0, 4)})`,
      '    yield ("result", result)',
    ];
    const tail = r.pick([
      [`print(list(${g}(${r.int(0, 5)})))`],
      [`it = ${g}(3)`, 'print(next(it), it.send(10), it.send(5), next(it, "done"), list(it))'],
      [`print(list(${g}_outer()))`],
      [`it = ${g}_outer()`, 'print(next(it), it.send(4), list(it))'],
      [`it = ${g}(2)`, 'next(it)', "print(it.throw(ValueError('t')))"],
      [`it = ${g}(2)`, 'print(next(it))', 'it.close()', 'print(next(it, "closed"))'],
      [
        `ge = (v * v for v in ${this.ex.expr('list', 2)} if v)`,
        'print(ge.__name__, list(ge), list(ge))',
      ],
      [
        `print(sum(x for x in range(${r.int(0, 20)}) if x % 3), max((len(w) for w in ${this.ex.expr('str', 2)}.split()), default=-1))`,
      ],
      [
        `it = ${g}(1)`,
        'print(next(it))',
        'try:',
        '    it.send(3)',
        'except StopIteration as s:',
        '    print("stop", s.value)',
      ],
    ]);
    return [...lines, ...guarded(tail)];
  }

  snippet_match() {
    const r = this.rng;
    const subject = r.pick([
      this.ex.expr(r.pick(TYPES), 1),
      `[${this.ex.leaf('int')}, ${this.ex.leaf('str')}]`,
      `{'k': ${this.ex.leaf('int')}, 'z': 1}`,
      `(${this.ex.leaf('int')}, (${this.ex.leaf('int')}, ${this.ex.leaf('str')}))`,
    ]);
    const cases = r.pick([
      ['case 0 | 1 | 2:', "    print('small')"],
      ['case int(v) if v > 10:', "    print('big int', v)"],
      ['case str() as s if len(s) > 1:', "    print('str', s)"],
      ['case [a, b]:', "    print('pair', a, b)"],
      ['case [first, *rest]:', "    print('seq', first, rest)"],
      ["case {'k': k, **others}:", "    print('map', k, others)"],
      ['case (x, (y, z)):', "    print('nested', x, y, z)"],
      ['case None | True | False:', "    print('singleton')"],
      ['case float(f):', "    print('float', f)"],
      ["case 'a' | 'b':", "    print('letter')"],
      ['case bytes() | bytearray():', "    print('bytes')"],
      ['case {1: _, 2: _}:', "    print('keys')"],
      ['case (1, *_) | [2, *_]:', "    print('starts')"],
      ['case set() | frozenset():', "    print('set')"],
    ]);
    const more = [];
    for (let i = 0; i < r.int(1, 4); i++)
      more.push(
        ...r.pick([
          ['case int(v) if v > 10:', "    print('big int', v)"],
          ['case [a, b]:', "    print('pair', a, b)"],
          ['case [first, *rest]:', "    print('seq', first, rest)"],
          ["case {'k': k, **others}:", "    print('map', k, others)"],
          ['case (x, (y, z)):', "    print('nested', x, y, z)"],
          ['case str(s):', "    print('s', s)"],
          ['case list() | tuple() as t:', "    print('sequence', type(t).__name__)"],
          ['case {}:', "    print('mapping')"],
          ['case -1 | 0.5 | 2j:', "    print('num literal')"],
        ]),
      );
    const lines = [
      `match ${subject}:`,
      ...[...cases, ...more].map((l) => `    ${l}`),
      '    case _:',
      "        print('default')",
    ];
    return guarded(lines);
  }

  snippet_unpack() {
    const r = this.rng;
    const value = r.pick([
      this.ex.expr('list', 1),
      this.ex.expr('str', 1),
      this.ex.expr('tuple', 1),
      `range(${r.int(0, 6)})`,
    ]);
    const target = r.pick([
      'a, b',
      'a, *b',
      '*a, b',
      'a, *b, c',
      'a, b, c',
      '(a, b), c',
      '[a, *b]',
      'a, = ',
    ]);
    const targetLine = target.endsWith('= ') ? `a, = ${value}` : `${target} = ${value}`;
    const names = ['a', 'b', 'c'].filter((n) => target.includes(n));
    return guarded([
      'a = b = c = None',
      targetLine,
      `print(${names.join(', ')})`,
      `x, y = y, x = ${this.ex.leaf('int')}, ${this.ex.leaf('str')}`,
      'print(x, y)',
      `print(*${this.ex.expr('list', 2)}, sep=${r.pick(["'/'", "' '"])})`,
      `print({**{'a': 1}, 'b': 2, **dict(c=3)}, [*range(2), *'xy'])`,
    ]);
  }

  snippet_walrus() {
    const r = this.rng;
    return guarded([
      `if (n := len(${this.ex.expr(r.pick(['list', 'str']), 1)})) > ${r.int(0, 4)}:`,
      "    print('long', n)",
      'else:',
      "    print('short', n)",
      `print([y for v in ${this.ex.expr('list', 2)} if (y := ${r.pick(['v', 'str(v)', 'v * 2'])})], y if 'y' in dir() else None)`,
      `print((w := ${this.ex.expr('int', 2)}), w + 1)`,
      `data = iter(${this.ex.expr('list', 2)})`,
      'while (item := next(data, None)) is not None:',
      '    print(item, end=",")',
      'print()',
    ]);
  }

  snippet_format() {
    const r = this.rng;
    const n = r.int(1, 3);
    const lines = [];
    for (let i = 0; i < n; i++) {
      lines.push(
        r.pick([
          `print(f'${this.ex.fstringBody(1)}')`,
          `print(format(${this.ex.formatPair(1)}))`,
          `print(${this.ex.percentFormat(1)})`,
          `print('{0!r:>{1}} {k}'.format(${this.ex.expr(r.pick(TYPES), 2)}, ${r.int(0, 10)}, k=${this.ex.leaf('str')}))`,
          `print('{:${this.ex.formatSpec('int')}}|{:${this.ex.formatSpec('float')}}'.format(${this.ex.expr('int', 2)}, ${this.ex.expr('float', 2)}))`,
          `print(repr(${this.ex.expr('float', 1)}), str(${this.ex.expr('float', 1)}))`,
          `print(f'{${this.ex.fstringInner('float', 2)}:.${r.int(0, 17)}${r.pick(['f', 'e', 'g', ''])}}')`,
        ]),
      );
    }
    return lines.flatMap((l) => guarded([l]));
  }

  snippet_comprehension() {
    const r = this.rng;
    const src = this.ex.expr('list', 1);
    return guarded([
      r.pick([
        `print([(i, j) for i in range(${r.int(0, 3)}) for j in range(i) if j != ${r.int(0, 2)}])`,
        `print({v: [w for w in range(v)] for v in range(${r.int(0, 4)})})`,
        `print(sorted({str(v)[:1] for v in ${src}}))`,
        `print([[v for v in row] for row in [${src}, ${this.ex.expr('list', 2)}]])`,
        `print(list(zip(*[${this.ex.expr('list', 2)}, ${this.ex.expr('list', 2)}])))`,
        `print([v for v in ${src} if isinstance(v, int) if v % 2 == 0])`,
        `print({i: c for i, c in enumerate(${this.ex.expr('str', 2)})})`,
      ]),
    ]);
  }

  snippet_mutate() {
    const r = this.rng;
    const name = this.ex.varOf(r.pick(['list', 'dict', 'set'])) ?? 'li0';
    const type = this.ex.vars.get(name) ?? 'list';
    const methods = {
      list: [
        'append(%)',
        'extend(%)',
        'insert(1, %)',
        'pop()',
        'pop(0)',
        'remove(%)',
        'reverse()',
        'clear()',
        'sort()',
        'sort(key=str, reverse=True)',
        'index(%)',
        'count(%)',
        'copy()',
      ],
      dict: [
        'setdefault(%, 1)',
        'pop(%, None)',
        'pop(%)',
        'update(a=1)',
        'popitem()',
        'get(%)',
        'clear()',
        'copy()',
        'items()',
      ],
      set: ['add(%)', 'discard(%)', 'remove(%)', 'pop()', 'update(%)', 'clear()', 'issubset(%)'],
    }[type];
    const lines = [];
    for (let i = 0; i < r.int(1, 3); i++) {
      const m = r.pick(methods).replace('%', this.ex.leaf(r.pick(['int', 'str', 'list'])));
      lines.push(...guarded([`print(${name}.${m}, ${name})`]));
    }
    if (type === 'list' && r.chance(0.5)) {
      lines.push(
        ...guarded([`${name}[${this.ex.slice(2)}] = ${this.ex.expr('list', 2)}`, `print(${name})`]),
      );
      lines.push(...guarded([`del ${name}[${this.ex.slice(2)}]`, `print(${name})`]));
    }
    if (type === 'dict' && r.chance(0.5)) {
      lines.push(
        ...guarded([
          `${name}[${this.ex.key()}] = ${this.ex.leaf('int')}`,
          `del ${name}[${this.ex.key()}]`,
          `print(${name})`,
        ]),
      );
    }
    return lines;
  }

  snippet_subscript() {
    const r = this.rng;
    const type = r.pick(['list', 'str', 'tuple', 'bytes', 'dict', 'range']);
    const base =
      type === 'range'
        ? `range(${r.int(-3, 10)}, ${r.int(-3, 20)}, ${r.pick([1, 2, -1, 3])})`
        : this.ex.expr(type, 1);
    const idx =
      type === 'dict' ? this.ex.key() : r.chance(0.5) ? this.ex.slice(2) : this.ex.expr('int', 2);
    return guarded([`print(repr(${base}[${idx}]))`]);
  }

  snippet_lambda() {
    const r = this.rng;
    return guarded([
      `fn = lambda a, b=${this.ex.leaf('int')}, *c, d=${this.ex.leaf('str')}, **e: (a, b, c, d, sorted(e))`,
      r.pick([
        `print(fn(${this.ex.leaf('int')}))`,
        `print(fn(1, 2, 3, d=4, z=5))`,
        `print(fn(b=1, a=2))`,
        `print(fn())`,
        `print(fn(1, a=2))`,
        `print(fn(*${this.ex.leaf('list')}))`,
      ]),
      `print(sorted(${this.ex.expr('list', 2)}, key=lambda v: (str(type(v)), str(v))))`,
    ]);
  }

  snippet_scopes() {
    const r = this.rng;
    const gname = this.fresh('gv');
    const fname = this.fresh('sc');
    return [
      `${gname} = ${this.ex.leaf('int')}`,
      `def ${fname}():`,
      `    global ${gname}`,
      `    ${gname} ${r.pick(['+=', '-=', '*='])} ${this.ex.leaf('int')}`,
      '    def inner():',
      `        return ${gname}`,
      `    local = [${gname} for ${gname}2 in range(2)]`,
      '    return inner(), local',
      ...guarded([`print(${fname}(), ${gname})`]),
      `class K${this.uid}:`,
      `    attr = ${this.ex.leaf('int')}`,
      '    vals = [attr for _ in range(1)] if False else []',
      '    def m(self):',
      `        return ${r.pick(['attr', 'self.attr', `K${this.uid}.attr`])}`,
      ...guarded([`print(K${this.uid}().m())`]),
      ...guarded([`def unb():`, `    print(zz)`, `    zz = 1`, 'unb()']),
    ];
  }

  snippet_withstmt() {
    const r = this.rng;
    const name = this.fresh('CM');
    return [
      `class ${name}:`,
      '    def __init__(self, tag): self.tag = tag',
      "    def __enter__(self): print('enter', self.tag); return self.tag",
      '    def __exit__(self, et, ev, tb):',
      "        print('exit', self.tag, et.__name__ if et else None, ev)",
      `        return ${r.pick(['True', 'False', 'None'])}`,
      ...guarded([
        `with ${name}(1) as a, ${name}(${this.ex.leaf('str')}) as b:`,
        '    print(a, b)',
        `    ${r.pick(['pass', 'raise ValueError("in with")', 'x = 1 / 0'])}`,
        "print('after')",
      ]),
    ];
  }

  snippet_recursion() {
    const r = this.rng;
    const name = this.fresh('rec');
    return [
      `def ${name}(n):`,
      `    return ${r.pick([`1 if n <= 1 else n * ${name}(n - 1)`, `n if n < 2 else ${name}(n - 1) + ${name}(n - 2)`, `[] if n <= 0 else [n] + ${name}(n - 2)`])}`,
      ...guarded([`print(${name}(${r.int(-1, 18)}))`]),
    ];
  }

  snippet_decorator() {
    const r = this.rng;
    const deco = this.fresh('deco');
    const fn = this.fresh('df');
    return [
      `def ${deco}(tag=${this.ex.leaf(r.pick(['int', 'str']))}):`,
      '    def wrap(func):',
      '        def inner(*args, **kwargs):',
      '            result = func(*args, **kwargs)',
      '            return (tag, func.__name__, result)',
      '        inner.__wrapped__ = func',
      '        return inner',
      '    return wrap',
      `@${deco}(${r.chance(0.5) ? this.ex.leaf('int') : ''})`,
      `def ${fn}(a, b=${this.ex.leaf('int')}, *, c=${this.ex.leaf('str')}):`,
      `    return ${r.pick(['a + b', 'str(a) + c', '[a] * 2', 'a if b else c'])}`,
      ...guarded([
        `print(${fn}(${this.ex.leaf(r.pick(['int', 'str']))}), ${fn}(1, 2, c='z'), ${fn}.__name__, ${fn}.__wrapped__.__name__)`,
      ]),
      `class ${fn}K:`,
      '    @property',
      '    def value(self):',
      '        return self._v',
      '    @value.setter',
      '    def value(self, v):',
      '        if v is None: raise ValueError("no None")',
      '        self._v = v',
      ...guarded([
        `o = ${fn}K()`,
        `o.value = ${this.ex.leaf(r.pick(['int', 'str', 'none']))}`,
        'print(o.value)',
      ]),
    ];
  }

  snippet_targets() {
    const r = this.rng;
    const name = this.fresh('T');
    return [
      `class ${name}:`,
      `    n = ${this.ex.leaf('int')}`,
      ...guarded([
        `o = ${name}()`,
        `o.n ${r.pick(['+=', '-=', '*=', '//=', '**='])} ${r.int(-2, 5)}`,
        `${name}.n += 1`,
        `d = {'k': ${this.ex.leaf('int')}, 'l': [1, 2]}`,
        `d['k'] ${r.pick(['+=', '-=', '|=', '<<='])} ${r.int(0, 4)}`,
        `d['l'][${r.int(-3, 2)}] += 10`,
        `a = b = [${this.ex.leaf('int')}]`,
        'b.append(0)',
        `x, (y, *z) = ${this.ex.leaf('int')}, ${r.pick(["'abc'", '[1, 2]', '(3,)', "''"])}`,
        'print(o.n, type(o).n, d, a is b, a, x, y, z)',
        `for i, (p, q) in enumerate(${r.pick(["['ab', 'cd']", '[(1, 2), (3, 4)]', '[(1,), (2, 3)]', "{'ab': 1}.items()"])}):`,
        '    print(i, p, q)',
        ...(r.chance(0.5) ? ['del o.n', 'del o.n'] : ['del o.n']),
        'print(o.n, hasattr(o, "n"))',
        `del d[${r.pick(["'k'", "'zz'", "'l'"])}]`,
        'print(d)',
      ]),
    ];
  }

  snippet_chain() {
    const r = this.rng;
    const a = this.ex.expr('int', 2);
    return guarded([
      `v = ${a}`,
      `print(${r.int(-5, 5)} < v < ${r.int(0, 50)}, v == v is not None, 0 <= v != 3 > -1)`,
      `print(${this.ex.expr('str', 2)} ${r.pick(['or', 'and'])} ${this.ex.expr('list', 2)}, ${this.ex.expr('int', 2)} ${r.pick(['or', 'and'])} 'x')`,
      `print(not ${this.ex.expr(r.pick(TYPES), 2)}, (v > 1) + (v < 1), ${r.pick(['True', 'False'])} * 3)`,
    ]);
  }

  program() {
    const blocks = this.preamble();
    const n = this.rng.int(4, 10);
    for (let i = 0; i < n; i++) blocks.push(this.snippet());
    // Some programs end with an uncaught error: the whole traceback is compared.
    if (this.rng.chance(0.3)) blocks.push(snippetUncaught(this));
    return blocks;
  }
}

/** Generates program `index` of `seed` as a list of blocks (each a list of lines). */
export function generateProgram(seed, index) {
  const rng = makeRng(programSeed(seed, index));
  return new ProgramGen(rng).program();
}

export function blocksToSource(blocks) {
  return `${blocks.map((b) => b.join('\n')).join('\n')}\n`;
}
