# Exception constructors, members, str() and repr() of the built-in exceptions with extra behaviour:
# OSError args/filename rules, BlockingIOError.characters_written, UnicodeTranslateError, SyntaxError()
# and ExceptionGroup argument errors.
cases = [
    KeyError(), KeyError('a'), KeyError('a', 'b'), KeyError(1), KeyError(('a',)), KeyError(''),
    ValueError(), ValueError(''), ValueError(1, 2), OSError(), OSError(2), OSError(2, 'No such'), OSError(2, 'No such', 'f.txt'),
    OSError(2, 'No such', 'f.txt', None, 'g.txt'), FileNotFoundError(2, 'x'), OSError(13, 'denied'),
    UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte'), UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad'),
    UnicodeEncodeError('ascii', 'é', 0, 1, 'ordinal'), UnicodeEncodeError('ascii', '\U0001f600x', 0, 1, 'r'),
    UnicodeTranslateError('\u20ac', 0, 1, 'no'), StopIteration(), StopIteration(5), StopIteration(5, 6),
    SystemExit(), SystemExit(3), SystemExit('m'), SyntaxError(), SyntaxError('m'), SyntaxError('m', ('f', 1, 2, 'x', 1, 3)),
    SyntaxError('m', ('f', 1, 2, 'x')), IndentationError('i', (None, 3, 1, None)), ImportError(), ImportError('m', name='n', path='p'),
    ModuleNotFoundError('nope', name='n'), AttributeError('a', name='n', obj=1), NameError('x', name='y'),
    BaseExceptionGroup('g', [ValueError(1)]), ExceptionGroup('g', [KeyError('k'), OSError(1, 'x')]),
    Exception('a', 1, None), Exception(Exception('inner')), ArithmeticError(), ZeroDivisionError('division by zero'),
    RecursionError(), MemoryError(), BlockingIOError(11, 'again', 5), ConnectionError(), TimeoutError(110, 't'),
]
for e in cases:
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'No such', 'f.txt')
print(e.errno, e.strerror, e.filename, e.filename2, type(e).__name__)
print(OSError(2, 'x').__class__.__name__, OSError(13, 'x').__class__.__name__, OSError(11, 'a').__class__.__name__, OSError(999, 'a').__class__.__name__)
b = BlockingIOError(11, 'again', 5); print(b.characters_written)
u = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'x'); print(u.encoding, u.object, u.start, u.end, u.reason)
s = SyntaxError('m', ('f', 1, 2, 'x', 1, 3)); print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.msg)
i = ImportError('m', name='n', path='p'); print(i.name, i.path, i.msg)
g = ExceptionGroup('g', [KeyError('k'), ValueError(2)]); print(g.message, g.exceptions, g.split(KeyError), g.subgroup(ValueError), g.derive([TypeError()]))
print(repr(StopIteration(5).value), SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise ValueError('x')
except ValueError as e:
    e.add_note('note 1'); e.add_note('note 2'); print(e.__notes__, repr(e))
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(repr(MyErr(1, 2)), str(MyErr(1, 2)), MyErr(1, 2).args)
class E2(Exception): pass
print(repr(E2()), repr(E2(1, 'x')), E2.__mro__)
print(Exception.__new__(Exception).args)
e = Exception(1); e.args = [2, 3]; print(e.args, repr(e))
print(repr(KeyError.__str__(KeyError('z'))))
print(isinstance(ExceptionGroup('a', [ValueError()]), Exception), type(BaseExceptionGroup('a', [ValueError()])).__name__, type(BaseExceptionGroup('a', [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup('a', []), lambda: ExceptionGroup('a', [1]), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('a', [KeyboardInterrupt()])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(OSError(2, 'x', None).args, OSError(2,'x',None,None,'b').args, repr(OSError(2, 'x', None, None, 'b')), str(OSError(2,'x',None,None,'b')))
b = BlockingIOError(11, 'again', 5); print(b.args, b.filename, b.characters_written, str(b))
b = BlockingIOError(11, 'again')
try: print(b.characters_written)
except AttributeError as e: print('AE', e)
b.characters_written = 3; print(b.characters_written); del b.characters_written
try: del b.characters_written
except AttributeError as e: print('AE', e)
class B(BlockingIOError): pass
b = B(11, 'a', 5); print(b.args, b.filename, str(b))
print(BlockingIOError(11, 'a', 'f').args, BlockingIOError(11, 'a', 'f').filename)
try: BlockingIOError(11, 'a', 2.5)
except Exception as e: print(type(e).__name__, e)
print(repr(SyntaxError(None).__str__()), str(SyntaxError(1)), repr(str(SyntaxError())))
t = UnicodeTranslateError('ab\U0001f600', 1, 3, 'r'); print(str(t), t.object, t.start, t.end, t.reason, t.args, repr(t))
print(str(UnicodeTranslateError('\U0001f600', 0, 1, 'r')), str(UnicodeTranslateError('\xe9', 0, 1, 'r')))
print(str(UnicodeEncodeError('ascii', 'ab', 5, 6, 'r')), str(UnicodeDecodeError('ascii', b'ab', 5, 6, 'r')))
try: UnicodeTranslateError('a', 0)
except TypeError as e: print(e)
print(UnicodeTranslateError('a', 0, 1, 'r').encoding)
for a in [(1, [ValueError()]), ('a',), ('a', [1], 3), ('a', 1)]:
    try: ExceptionGroup(*a)
    except TypeError as e: print(e)
