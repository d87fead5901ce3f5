// More statement snippets for the differential fuzzer (program-generator.mjs mixes them in):
// standard-library modules (math, itertools, functools, collections, json, re, operator, heapq,
// bisect, string), more builtins, exception chaining and rich-comparison classes. Each takes the
// generator (its rng, expression generator and `fresh` names) and returns one block of lines.

/** Wraps lines in try/except that prints the exception type and message. */
function guarded(lines) {
  return [
    'try:',
    ...lines.map((l) => `    ${l}`),
    'except Exception as e:',
    "    print('!', type(e).__name__, e)",
  ];
}

/** math: integer and float functions over generated operands. */
export function snippetMath(g) {
  const r = g.rng;
  const i = () => g.ex.expr('int', 2);
  const f = () => g.ex.expr(r.pick(['float', 'int']), 2);
  const call = r.pick([
    () => `math.gcd(${i()}, ${i()})`,
    () => `math.lcm(${i()}, ${i()})`,
    () => `math.isqrt(${i()})`,
    () => `math.comb(${r.int(-1, 30)}, ${r.int(-1, 12)})`,
    () => `math.perm(${r.int(0, 20)}${r.chance(0.5) ? `, ${r.int(-1, 8)}` : ''})`,
    () => `math.factorial(${r.int(-1, 25)})`,
    () => `math.${r.pick(['floor', 'ceil', 'trunc'])}(${f()})`,
    () =>
      `math.${r.pick(['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'atan', 'fabs'])}(${f()})`,
    () => `math.log(${f()}, ${r.pick(['2', '10', '0.5', '1', '3'])})`,
    () =>
      `math.${r.pick(['fmod', 'remainder', 'copysign', 'hypot', 'atan2', 'pow', 'ldexp'])}(${f()}, ${r.chance(0.5) ? i() : f()})`,
    () => `math.fsum([${f()}, ${f()}, 0.1, 0.2, 1e16, -1e16])`,
    () => `math.prod([${i()}, ${i()}, ${r.int(-3, 3)}]${r.chance(0.3) ? `, start=${f()}` : ''})`,
    () => `math.${r.pick(['isfinite', 'isinf', 'isnan'])}(${f()})`,
    () => `math.isclose(${f()}, ${f()}${r.chance(0.5) ? ', rel_tol=0.5' : ''})`,
    () => `math.frexp(${f()})`,
    () => `math.modf(${f()})`,
    () => `math.dist([${f()}, 1], [2, ${f()}])`,
    () => `(math.pi, math.e, math.tau, math.inf, -math.inf)`,
  ]);
  return ['import math', ...guarded([`print(${call()})`, `print(${call()}, ${call()})`])];
}

/** itertools and functools over generated lists and strings. */
export function snippetIterTools(g) {
  const r = g.rng;
  const seq = () => g.ex.expr(r.pick(['list', 'str', 'tuple']), 2);
  const n = () => r.int(-1, 4);
  const call = r.pick([
    () =>
      `list(itertools.accumulate(${g.ex.expr('list', 2)}${r.chance(0.4) ? ', operator.mul' : ''}${r.chance(0.3) ? `, initial=${r.int(0, 5)}` : ''}))`,
    () => `list(itertools.chain(${seq()}, ${seq()}))`,
    () => `list(itertools.chain.from_iterable([${seq()}, ${seq()}]))`,
    () => `list(itertools.combinations(${seq()}, ${n()}))`,
    () => `list(itertools.combinations_with_replacement(${seq()}, ${r.int(0, 2)}))`,
    () => `list(itertools.permutations(${seq()}, ${r.int(0, 2)}))[:12]`,
    () => `list(itertools.product(${seq()}, ${r.pick(["'ab'", '[0, 1]', '()'])}))`,
    () => `list(itertools.product('ab', repeat=${r.int(0, 3)}))`,
    () => `[(k, list(v)) for k, v in itertools.groupby(${seq()})]`,
    () =>
      `[(k, list(v)) for k, v in itertools.groupby(sorted(${g.ex.expr('list', 2)}, key=str), key=type)]`,
    () =>
      `list(itertools.islice(${seq()}, ${r.int(-1, 5)}${r.chance(0.5) ? `, ${r.int(0, 8)}` : ''}${r.chance(0.3) ? `, ${r.int(1, 3)}` : ''}))`,
    () =>
      `list(itertools.zip_longest(${seq()}, ${seq()}${r.chance(0.5) ? ", fillvalue='-'" : ''}))`,
    () => `list(itertools.starmap(pow, [(2, ${r.int(0, 9)}), (3, ${r.int(-2, 4)})]))`,
    () => `list(itertools.takewhile(bool, ${seq()}))`,
    () => `list(itertools.dropwhile(lambda v: v != ${g.ex.leaf('int')}, ${seq()}))`,
    () => `list(itertools.compress(${seq()}, [1, 0, 1, 1, 0]))`,
    () => `list(itertools.filterfalse(None, ${seq()}))`,
    () => `list(itertools.pairwise(${seq()}))`,
    () => `list(itertools.repeat(${g.ex.leaf('str')}, ${n()}))`,
    () =>
      `list(zip(itertools.count(${r.int(-3, 3)}, ${r.pick(['1', '2', '-1', '0.5'])}), ${seq()}))`,
    () => `list(itertools.islice(itertools.cycle(${seq()}), ${r.int(0, 7)}))`,
    () =>
      `functools.reduce(${r.pick(['operator.add', 'operator.mul', 'lambda a, b: a * 2 + b', 'max'])}, ${g.ex.expr('list', 2)}${r.chance(0.4) ? `, ${g.ex.leaf('int')}` : ''})`,
    () =>
      `functools.partial(${r.pick(['int', 'pow', 'divmod', 'round'])}, ${g.ex.leaf(r.pick(['int', 'str', 'float']))})(${r.pick(['', '2', 'base=16', '3'])})`,
    () =>
      `sorted(${g.ex.expr('list', 2)}, key=functools.cmp_to_key(lambda a, b: (str(a) > str(b)) - (str(a) < str(b))))`,
    () =>
      `list(map(operator.${r.pick(['neg', 'not_', 'abs', 'index', 'truth'])}, ${g.ex.expr('list', 2)}))`,
    () => `operator.itemgetter(${r.int(-2, 3)}${r.chance(0.3) ? ', 0' : ''})(${seq()})`,
    () =>
      `list(map(operator.attrgetter('${r.pick(['real', 'imag', 'denominator', 'numerator'])}'), ${g.ex.expr('list', 2)}))`,
  ]);
  const cached = g.fresh('cached');
  return [
    'import itertools, functools, operator',
    ...guarded([`print(${call()})`, `print(${call()})`]),
    '@functools.lru_cache(maxsize=None)',
    `def ${cached}(n):`,
    `    return n if n < 2 else ${cached}(n - 1) + ${cached}(n - 2)`,
    ...guarded([
      `print(${cached}(${r.int(0, 60)}), ${cached}.cache_info().hits > 0, ${cached}.__name__)`,
    ]),
  ];
}

/** collections: Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap. */
export function snippetCollections(g) {
  const r = g.rng;
  const seq = () => g.ex.expr(r.pick(['list', 'str', 'tuple']), 2);
  const point = g.fresh('Pt');
  const lines = r.pick([
    () => [
      `c = collections.Counter(${seq()})`,
      `c.update(${seq()})`,
      `print(c.most_common(${r.int(0, 3)}), sorted(c.elements(), key=repr)[:8], c.total())`,
      `print(c + collections.Counter(${seq()}), c - collections.Counter('ab'), c & c, -c)`,
      `print(repr(c)[:60], c[${g.ex.leaf('str')}], ${g.ex.leaf('int')} in c)`,
    ],
    () => [
      `d = collections.defaultdict(${r.pick(['list', 'int', 'set', 'lambda: "?"'])})`,
      `for k in ${seq()}:`,
      `    d[k]${r.pick(['.append(1)', ' = d[k]', '.add(2)', ' += 1'])}`,
      'print(dict(d), len(d), d.default_factory is not None)',
    ],
    () => [
      `q = collections.deque(${seq()}, maxlen=${r.pick(['None', '3', '0', '5'])})`,
      `q.append(${g.ex.leaf('int')})`,
      `q.appendleft(${g.ex.leaf('str')})`,
      `q.rotate(${r.int(-3, 3)})`,
      `q.extend(${seq()})`,
      'print(q, len(q), q.maxlen, list(reversed(q)))',
      `print(q.pop(), q.popleft(), q.count(${g.ex.leaf('int')}), q)`,
    ],
    () => [
      `o = collections.OrderedDict(zip(${seq()}, range(10)))`,
      `o.move_to_end(next(iter(o)), last=${r.pick(['True', 'False'])})`,
      `print(o, o.popitem(last=${r.pick(['True', 'False'])}), list(o.keys()))`,
      'print(o == dict(o), collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1))',
    ],
    () => [
      `${point} = collections.namedtuple('${point}', ${r.pick(["'x y'", "['x', 'y']", "'x, y'"])}${r.chance(0.4) ? ', defaults=[0]' : ''})`,
      `p = ${point}(${g.ex.leaf('int')}${r.chance(0.6) ? `, ${g.ex.leaf('str')}` : ''})`,
      'print(p, p.x, p[1], p._asdict(), p._replace(x=9), p._fields, tuple(p))',
      `print(${point}._make([1, 2]), p == (p.x, p.y), p + (3,))`,
    ],
    () => [
      `m = collections.ChainMap({'a': 1}, ${g.ex.expr('dict', 2)})`,
      `m['z'] = ${g.ex.leaf('int')}`,
      "print(m, dict(m), m['a'], m.maps[0], list(m), m.new_child({'a': 5})['a'])",
    ],
  ]);
  return ['import collections', ...guarded(lines())];
}

/** json and re over generated values and strings. */
export function snippetTextModules(g) {
  const r = g.rng;
  const value = () =>
    g.ex.expr(r.pick(['int', 'float', 'str', 'list', 'dict', 'bool', 'none', 'tuple']), 2);
  const pattern = r.pick([
    "r'\\d+'",
    "r'[a-z]+'",
    "r'(\\w)(\\w)?'",
    "r'\\s*,\\s*'",
    "r'(?P<word>[A-Z]\\w*)'",
    "r'^a|b$'",
    "r'(a|b)*c'",
    "r'[^\\W\\d]+'",
    "r'x*'",
    "r'(?i)HELLO'",
    "r'\\b\\w'",
    "r'(\\d)(?=\\d)'",
  ]);
  const text = () => g.ex.expr('str', 2);
  const call = r.pick([
    () =>
      `json.dumps(${value()}${r.pick(['', ', sort_keys=True', ', indent=2', ", separators=(',', ':')", ', ensure_ascii=False'])})`,
    () => `json.loads(json.dumps(${value()}))`,
    () =>
      `json.loads(${r.pick(['\'[1, 2.5, "x", null, true]\'', '\'{"a": {"b": [1e3, -0.0]}}\'', '\'"\\\\u00e9"\'', "'[1,]'", "'NaN'", '\'{"a" 1}\'', "'12345678901234567890'"])})`,
    () => `re.findall(${pattern}, ${text()})`,
    () =>
      `re.sub(${pattern}, ${r.pick(["'-'", "r'<\\g<0>>'", 'lambda m: m.group(0).upper()', "''"])}, ${text()}${r.chance(0.3) ? ', count=1' : ''})`,
    () => `re.split(${pattern}, ${text()}${r.chance(0.3) ? ', maxsplit=1' : ''})`,
    () => `(lambda m: m and (m.group(0), m.span(), m.groups()))(re.search(${pattern}, ${text()}))`,
    () => `(lambda m: m and m.groupdict())(re.match(r'(?P<a>\\w)(?P<b>\\w)?', ${text()}))`,
    () => `[m.span() for m in re.finditer(${pattern}, ${text()})]`,
    () => `re.fullmatch(${pattern}, ${text()}) is not None`,
    () => `re.escape(${text()})`,
    () => `re.subn(${pattern}, '#', ${text()})`,
  ]);
  return ['import json, re', ...guarded([`print(${call()})`, `print(${call()})`])];
}

/** heapq, bisect and string constants over generated lists. */
export function snippetAlgorithms(g) {
  const r = g.rng;
  const ints = () => `[${Array.from({ length: r.int(0, 7) }, () => r.int(-20, 20)).join(', ')}]`;
  const lines = r.pick([
    () => [
      `h = ${ints()}`,
      'heapq.heapify(h)',
      `heapq.heappush(h, ${r.int(-20, 20)})`,
      'print(h, heapq.heappop(h) if h else None, h)',
      `print(heapq.nlargest(${r.int(0, 3)}, ${ints()}), heapq.nsmallest(${r.int(0, 3)}, ${g.ex.expr('list', 2)}, key=str))`,
      `print(list(heapq.merge(sorted(${ints()}), sorted(${ints()}))), heapq.heappushpop(h, ${r.int(-5, 5)}), h)`,
    ],
    () => [
      `s = sorted(${ints()})`,
      `x = ${r.int(-20, 20)}`,
      'print(bisect.bisect_left(s, x), bisect.bisect_right(s, x), bisect.bisect(s, x, 1))',
      'bisect.insort(s, x)',
      `print(s, bisect.bisect_left(s, ${r.int(-3, 3)}, key=lambda v: -v) if False else None)`,
    ],
    () => [
      `print(string.ascii_letters[:${r.int(0, 60)}], string.digits, string.punctuation[:${r.int(0, 40)}])`,
      `print(string.capwords(${g.ex.expr('str', 2)}), string.Template('$a and ${'$'}{b}').safe_substitute(a=${g.ex.leaf('int')}))`,
      `print(string.Template('$x').substitute(${r.pick(['x=1', "{'x': 'y'}", ''])}))`,
    ],
  ]);
  return ['import heapq, bisect, string', ...guarded(lines())];
}

/** More builtins: key functions, defaults, bases, rounding, iter sentinels, slices. */
export function snippetBuiltins(g) {
  const r = g.rng;
  const list = () => g.ex.expr('list', 2);
  const call = r.pick([
    () =>
      `sorted(${list()}, key=${r.pick(['str', 'repr', 'len', 'abs', 'lambda v: (type(v).__name__, str(v))', 'bool'])}${r.chance(0.4) ? ', reverse=True' : ''})`,
    () =>
      `${r.pick(['min', 'max'])}(${list()}${r.pick(['', ', key=str', ', default=-1', ', key=len', ', key=lambda v: -v'])})`,
    () =>
      `${r.pick(['min', 'max'])}(${g.ex.leaf('int')}, ${g.ex.leaf('float')}${r.chance(0.5) ? `, ${g.ex.leaf('bool')}` : ''})`,
    () =>
      `(${r.pick(['any', 'all'])}(${list()}), ${r.pick(['any', 'all'])}(v > 1 for v in ${list()}))`,
    () =>
      `list(zip(${list()}, ${g.ex.expr(r.pick(['str', 'tuple']), 2)}${r.chance(0.3) ? ', strict=True' : ''}))`,
    () =>
      `list(map(${r.pick(['pow', 'max', 'operator_add'])}, ${list()}, ${list()}))`.replace(
        'operator_add',
        'lambda a, b: a + b',
      ),
    () => `sum(${list()}${r.chance(0.4) ? `, ${r.pick(['10', '0.5', '[]', "''"])}` : ''})`,
    () =>
      `int(${r.pick(["'ff'", "'0x1F'", "'  -12  '", "'1_000'", "'z'", "'0b101'", "'077'", "'0o17'", "'١٢'"])}, ${r.pick(['16', '0', '36', '2', '8', '10', '1'])})`,
    () => `round(${g.ex.expr(r.pick(['float', 'int']), 2)}, ${r.int(-3, 4)})`,
    () =>
      `round(${r.pick(['2.5', '3.5', '-0.5', '0.125', '2.675', '1e300', '-1.5'])}${r.chance(0.5) ? `, ${r.int(-1, 3)}` : ''})`,
    () =>
      `pow(${r.int(-20, 40)}, ${r.int(-3, 60)}, ${r.pick(['7', '97', '-5', '1', '1000000007', '0'])})`,
    () =>
      `divmod(${g.ex.expr(r.pick(['int', 'float']), 2)}, ${g.ex.expr(r.pick(['int', 'float']), 2)})`,
    () => `list(iter([3, 2, 1, 0, 5].pop, ${r.int(0, 3)}))`,
    () => `list(enumerate(${g.ex.expr('str', 2)}, ${r.int(-2, 5)}))`,
    () => `list(reversed(${g.ex.expr(r.pick(['dict', 'list', 'str', 'tuple']), 2)}))`,
    () =>
      `${g.ex.expr(r.pick(['list', 'str', 'tuple']), 2)}[slice(${r.int(-3, 3)}, ${r.pick(['None', '5', '-1'])}, ${r.pick(['None', '2', '-1'])})]`,
    () =>
      `slice(${r.int(-3, 3)}, ${r.int(-5, 9)}, ${r.pick(['None', '2', '-3'])}).indices(${r.int(0, 10)})`,
    () =>
      `isinstance(${g.ex.leaf(r.pick(['int', 'bool', 'float', 'str', 'list']))}, (${r.pick(['int', 'str', 'float', 'list'])}, ${r.pick(['bool', 'tuple', 'bytes'])}))`,
    () => `(callable(${g.ex.leaf(r.pick(['int', 'str']))}), callable(len), callable(int))`,
    () =>
      `${r.pick(['bin', 'oct', 'hex'])}(${g.ex.expr('int', 2)}), format(${g.ex.expr('int', 2)}, '${r.pick(['#x', '#b', '08b', ',', '_x', '+o', 'c', 'n', '>+10,'])}')`,
    () => `(ord(${r.pick(["'a'", "'é'", "'€'", "'ab'", "''"])}), ascii(${g.ex.expr('str', 2)}))`,
    () => `dict(zip(${g.ex.expr('str', 2)}, ${list()}))`,
    () => `list(filter(${r.pick(['None', 'str.isdigit', 'lambda v: v % 2'])}, ${list()}))`,
    () =>
      `(${g.ex.expr('int', 2)}).to_bytes(${r.int(1, 4)}, '${r.pick(['big', 'little'])}'${r.chance(0.4) ? ', signed=True' : ''})`,
    () =>
      `int.from_bytes(${g.ex.expr('bytes', 2)}, '${r.pick(['big', 'little'])}'${r.chance(0.4) ? ', signed=True' : ''})`,
    () =>
      `(${g.ex.expr('float', 2)}).${r.pick(['is_integer()', 'hex()', 'as_integer_ratio()', '__round__()', '__trunc__()'])}`,
    () => `float.fromhex(${r.pick(["'0x1.8p1'", "'-0x1p-1074'", "'inf'", "'0x.8'", "'1'"])})`,
    () =>
      `complex(${g.ex.leaf('int')}, ${g.ex.leaf('float')}) ${r.pick(['*', '+', '/', '**'])} ${r.pick(['1j', '2', '(1-2j)', '0.5'])}`,
    () =>
      `(${g.ex.expr('int', 2)}).${r.pick(['bit_count()', 'bit_length()', 'as_integer_ratio()', '__index__()', 'conjugate()'])}`,
    () => `hash(${g.ex.expr(r.pick(['int', 'float', 'str', 'tuple', 'bool', 'bytes']), 2)})`,
  ]);
  return guarded([`print(${call()})`, `print(${call()})`]);
}

/** Exceptions: chaining, context, finally/return, custom classes, error attributes. */
export function snippetExceptions(g) {
  const r = g.rng;
  const err = g.fresh('Err');
  const fn = g.fresh('ef');
  const raised = r.pick([
    `${err}(${g.ex.leaf(r.pick(['int', 'str']))})`,
    `KeyError(${g.ex.leaf(r.pick(['int', 'str', 'tuple']))})`,
    'ValueError()',
    `OSError(2, ${g.ex.leaf('str')})`,
    `UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'bad')`,
    `StopIteration(${g.ex.leaf('int')})`,
    `ZeroDivisionError(${g.ex.leaf('str')}, ${g.ex.leaf('int')})`,
  ]);
  const cause = r.pick(['', ' from None', ' from e', ` from ${err}('cause')`]);
  return [
    `class ${err}(${r.pick(['Exception', 'ValueError', 'LookupError'])}):`,
    `    ${r.pick(['pass', 'def __str__(self): return "custom:" + repr(self.args)', 'def __init__(self, *a): super().__init__(*a, "extra")'])}`,
    `def ${fn}(n):`,
    '    try:',
    `        ${r.pick(['[][n]', '{}[n]', '1 // n', 'int("x" * n)', 'n.nope'])}`,
    '    except Exception as e:',
    `        raise ${raised}${cause}`,
    '    finally:',
    `        ${r.pick(['pass', "print('finally', n)", 'n += 1'])}`,
    ...guarded([`${fn}(${r.int(0, 2)})`]).slice(0, 2),
    'except Exception as e:',
    '    print(type(e).__name__, repr(e), str(e), e.args)',
    '    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)',
    `    print(isinstance(e, ${r.pick(['LookupError', 'ArithmeticError', 'OSError', 'ValueError'])}), getattr(e, ${r.pick(["'errno'", "'strerror'", "'reason'", "'value'", "'start'"])}, '-'))`,
    `def ${fn}f():`,
    '    try:',
    `        return ${g.ex.leaf('int')}`,
    '    finally:',
    `        ${r.pick(['print("cleanup")', 'return -1', 'pass'])}`,
    ...guarded([
      `print(${fn}f())`,
      `try:`,
      `    raise ${err}(1, 2)`,
      `except (${err}, TypeError) as exc:`,
      '    print(exc.args, str(exc), len(exc.args))',
      `print(${r.pick(['ExceptionGroup("eg", [ValueError(1), TypeError(2)]).exceptions', 'BaseExceptionGroup("g", [KeyError(1)]).message', 'repr(ExceptionGroup("m", [OSError()]))', 'ValueError(1, 2).with_traceback(None).args'])})`,
    ]),
  ];
}

/** A class with rich comparisons, __format__, __index__, total_ordering and __init_subclass__. */
export function snippetRichClass(g) {
  const r = g.rng;
  const name = g.fresh('R');
  const v = () => g.ex.leaf(r.pick(['int', 'int', 'float', 'bool']));
  return [
    'import functools',
    '@functools.total_ordering',
    `class ${name}:`,
    `    __slots__ = ${r.pick(["('v',)", "['v']", "'v'"])}`,
    '    def __init__(self, v): self.v = v',
    `    def __eq__(self, o): return self.v == (o.v if isinstance(o, ${name}) else o)`,
    `    def __lt__(self, o): return ${r.pick(['self.v < (o.v if isinstance(o, type(self)) else o)', 'NotImplemented'])}`,
    '    def __hash__(self): return hash(self.v)',
    '    def __repr__(self): return f"R({self.v!r})"',
    `    def __format__(self, spec): return ${r.pick(["format(self.v, spec) + '!'", "'F' + spec", 'str(self.v)'])}`,
    '    def __index__(self): return int(self.v)',
    ...guarded([
      `a, b = ${name}(${v()}), ${name}(${v()})`,
      'print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == a.v)',
      'print(sorted([b, a, a]), max(a, b), f"{a:>5}", format(b, ""), [10, 20, 30][a] if 0 <= a.v < 3 else None)',
      `print(bin(a), hex(b), range(5)[${name}(1)], {a, b, ${name}(a.v)} == {a, b})`,
      'a.w = 1',
    ]),
    ...guarded([
      `class Base${name}:`,
      '    seen = []',
      '    def __init_subclass__(cls, tag=None, **kw):',
      '        super().__init_subclass__(**kw)',
      `        Base${name}.seen.append((cls.__name__, tag))`,
      `class Sub${name}(Base${name}, tag=${g.ex.leaf(r.pick(['int', 'str']))}): pass`,
      `class Sub2${name}(Sub${name}): pass`,
      `print(Base${name}.seen, Sub2${name}.__mro__[1].__name__, Sub2${name}.__qualname__)`,
    ]),
  ];
}

/**
 * An uncaught error through a few frames (functions, methods, lambdas, comprehensions,
 * generators), ending the program: the driver compares the whole traceback, source lines and
 * carets included.
 */
export function snippetUncaught(g) {
  const r = g.rng;
  const failing = r.pick([
    () => `[1, 2][v ${r.pick(['+ 5', '* 3', '- 9'])}]`,
    () => `{'k': v}[${r.pick(["'j'", 'v', '(v, v)'])}]`,
    () => `v.${r.pick(['missing', 'real.nope', 'bit_length().x'])}`,
    () => `${r.pick(['v / 0', 'v // (v - v)', '1 % (v * 0)', '(v + 1.5) / 0.0'])}`,
    () => `int(${r.pick(["'x'", "str(v) + 'z'", "'1' * 5000"])})`,
    () => `${r.pick(["'a' + v", 'v + None', '[v] - [v]', '-"s"', 'v < "s"'])}`,
    () => `${r.pick(['undefined_name', 'v(1)', 'len(v)', 'next(iter([]))'])}`,
    () => `(lambda w: w[${r.int(3, 9)}])(${r.pick(['[v]', '(v,)', "'ab'"])})`,
    () => `max(${r.pick(['[]', '()', "''"])})`,
    () => `${r.pick(['sorted([v, "s"])', 'dict([(1, 2, 3)])', "''.join([v])", 'tuple(v)'])}`,
  ])();
  const shape = r.int(0, 5);
  const lines = [];
  lines.push('def deep(v):');
  if (r.chance(0.3)) {
    lines.push('    w = (', `        ${failing}`, '    )', '    return w');
  } else {
    lines.push(`    return ${failing}`);
  }
  switch (shape) {
    case 0:
      lines.push('def middle(v):', '    return deep(v) + 1', 'middle(1)');
      break;
    case 1:
      lines.push('class Box:', '    def open(self, v):', '        return deep(v)', 'Box().open(2)');
      break;
    case 2:
      lines.push('print([deep(v) for v in range(3)])');
      break;
    case 3:
      lines.push(
        'def gen(n):',
        '    for v in range(n):',
        '        yield deep(v)',
        'print(list(gen(2)))',
      );
      break;
    case 4:
      lines.push('print(sorted([3, 1, 2], key=deep))');
      break;
    default:
      lines.push(
        'def outer(v):',
        '    try:',
        '        return deep(v)',
        '    except ArithmeticError:',
        "        return 'arith'",
        '    finally:',
        "        print('outer done')",
        `print(outer(${r.int(0, 2)}))`,
        'deep(0)',
      );
  }
  return lines;
}

const MUTATION_INSERTS = [
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  ',',
  '=',
  '.',
  ' ',
  '\n',
  "'",
  '"',
  '\\',
  '#',
  '@',
  '*',
  '**',
  'if ',
  ' else ',
  'lambda ',
  'not ',
  ' in ',
  ' is ',
  'for ',
  'async ',
  'await ',
  'yield ',
  'return ',
  ':=',
  '->',
  '...',
  '`',
  '$',
  '?',
  '!',
  ';',
  '\t',
  '    ',
  '0x',
  '1_',
  '0o8',
  '1e',
  'f"{',
  "b'",
  'r"',
  'del ',
  'pass',
  'import ',
  'global x',
  '*a',
  '==',
];

/**
 * A source built from generated code, mutated (a character removed, text inserted, a slice
 * doubled, neighbours swapped), compiled: the SyntaxError's message and location are printed.
 */
export function snippetSyntaxError(g) {
  const r = g.rng;
  const e = () => g.ex.expr(r.pick(['int', 'str', 'list', 'dict', 'bool', 'tuple']), 1);
  const template = r.pick([
    () => `x = ${e()}`,
    () => `if ${e()}:\n    y = ${e()}\nelse:\n    y = 0`,
    () => `def f(a, b=${e()}, *c, d, **k):\n    return ${e()}`,
    () => `for i in ${e()}:\n    print(i, ${e()})`,
    () => `while ${e()}:\n    break`,
    () =>
      `class C(${r.pick(['object', 'int', ''])}):\n    z = ${e()}\n    def m(self): return self.z`,
    () => `x = [v for v in ${e()} if v]`,
    () => `with open(${e()}) as fh, ctx():\n    pass`,
    () => `try:\n    x = ${e()}\nexcept (A, B) as err:\n    raise\nfinally:\n    pass`,
    () => `x = f'{${e()}!r:>{w}}' + ${e()}`,
    () => `lambda a, *b: (${e()}, a)`,
    () =>
      `match ${e()}:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v}:\n        pass`,
    () => `x: int = ${e()}\nx += ${e()}`,
    () => `@deco(${e()})\nasync def g():\n    await x\n    return [i async for i in y]`,
    () => `import a.b as c\nfrom . import (d, e)\nglobal q\ndel x[0], y.z`,
    () => `print(${e()}, sep=${e()}, *args, **kw)`,
  ]);
  let source = template();
  const mutations = r.int(1, 2);
  for (let m = 0; m < mutations; m++) {
    const at = r.int(0, source.length);
    switch (r.int(0, 4)) {
      case 0:
        source = source.slice(0, at) + source.slice(at + 1);
        break;
      case 1:
      case 2:
        source = source.slice(0, at) + r.pick(MUTATION_INSERTS) + source.slice(at);
        break;
      case 3: {
        const end = Math.min(source.length, at + r.int(1, 6));
        source = source.slice(0, end) + source.slice(at, end) + source.slice(end);
        break;
      }
      default:
        if (at + 1 < source.length) {
          source = source.slice(0, at) + source[at + 1] + source[at] + source.slice(at + 2);
        }
    }
  }
  const mode = r.pick(['exec', 'exec', 'exec', 'eval']);
  return [
    'try:',
    `    compile(${JSON.stringify(source)}, '<m>', '${mode}')`,
    "    print('compiled')",
    'except SyntaxError as err:',
    '    print(type(err).__name__, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset, repr(err.text))',
    'except Exception as err:',
    "    print('!', type(err).__name__, err)",
  ];
}
