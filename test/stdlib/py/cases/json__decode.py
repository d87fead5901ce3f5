import json
cases = ['', ' ', '[', '[1,', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '{a:1}', '"abc', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"a\nb"', '[1 2]', '01', '-', '-a', '1.', '1e', '.5', 'nul', 'tru', 'NaN', '-Infinity', '[1]x', '{"a":[1,{"b":}]}', '\ufeff[]', '"\\ud834\\udd1e"', '"\\ud834"', '1.5e3', '-0', '-0.0', '1E+2', '[true,false,null]', '{"a":1,"a":2}', '  [ 1 , 2 ]  ', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '123456789012345678901234567890', '1e400', '[-1e-400]', '"\t"', '{"":""}', '{"a"', '{"a":', '[1,[2,[3]]', '{1:2}', '"\\', '"\\u"', "'a'", '[1,,2]', '{,}', 'true false']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'E', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), 'X', type(e).__name__, e)
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a": "\xc3\xa9"}')))
try: json.loads(1)
except TypeError as e: print(e)
print(json.loads('"a\\u00e9"', strict=False), json.loads('"a\nb"', strict=False))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('{"b":1,"a":2}', object_pairs_hook=list), json.loads('{"b":{"x":1}}', object_hook=lambda d: sorted(d)))
d = json.JSONDecoder()
print(d.raw_decode('[1] tail'), d.raw_decode('  1', ) if False else None)
try: d.raw_decode('  1')
except Exception as e: print(type(e).__name__, e)
print(repr(json.JSONDecodeError('m', 'ab\ncd', 4)))
