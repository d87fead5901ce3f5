import math, sys, json, re, collections, itertools, functools
from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
print(math.sqrt(16), json.dumps({'a': [1, 2]}), re.findall(r'\d+', 'a1b22'), Counter('abca').most_common(1))
Pt = namedtuple('Pt', 'x y')
print(Pt(1, 2), deque([1, 2], maxlen=2), defaultdict(list)['k'], OrderedDict(a=1))
print(sys.version_info[:2], type(sys.modules).__name__, 'math' in sys.modules)
