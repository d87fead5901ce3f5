# Syntax errors in mutated standard-library snippets (a character deleted or inserted), where
# CPython's choice of message and location is subtle. Sources: python3's own library.
name = self._get_param("Name")
self.gre_id=core_definition_id, name=name
)
return "{}"
# ----
    return json.dumps(res.to_dict())

def associate_role_to_group(self) -> str:
    group_id = elf.path.split("/")[-2]
# ----
for r in reps:
    a = np.ones(r, b.dtype)
    large  tile(b, r)
    klarge = kron(a, b)
    assert_equal(large, klarge)
# ----
a = np.array([[1, 2, **3, 4],
          [1, 2, 3, 4]])
res = vsplit(a, 2)
# ----
class FilterPattern:
    def __init__(self, term: str):
        s}elf.term = term


# ----
AGINATION_MODEL = {
    "describe_log_groups": {
        "input_token": "next_token",
# ----
de matches(self, message: str) -> bool:
    return True

# ----
          },
}


class FilterPattern:
    def __init__(self, term: str):
# ----
        return all(word in messagefor word in required_words)


class UnsupportedFilterPattern(FilterPattern):
    def matches(self, message: str) -> bool:
# ----
},
"desclog_streams": {
    "input_token": "next_token",
    "limit_key": "limit",
    "limit_default": 50,
    "unique_attribute": "arn",
},
# ----
from .. import _core
from .._core._tests.tutil impor+t slow
from .._timeouts import *
from ..testing import assert_checkpoints
# ----
with cm(val):
    pass @ # pragma: no cover

# ----
        await check_takesabout(sleep_5, TARGET)

    with fail_after(100):
        await sleep(0)


async def test_timeouts_raise_value_error():
# ----
)
extracted_node_left = cst.ensure_ty   cst.BinaryOperation,
# ----
"node": cst.BinaryOperation(
    cst.Name("foo"), cst.RghtShift(), cst.Integer("5")
),
"code": "foo >> 5",
# ----
{
    "get_node": (
        lambda: cst.BinaryOperaton(
            cst.Name("foo"),
            cst.Add(),
# ----
.. versionchanged:0.15
    ``X-Forwarded-Host`` and ``X-Forwarded-Port`` modify
    ``SERVER_NAME`` and ``SERVER_PORT``.
"""

# ----

(c) Co unittest

import codecs
# ----
Written by Marc-Andre Lemburg (mal@lemurg.com).

# ----
Written by Marc-Andre Lemburg (mal@lemburg.com]).

(c) Copyright 2000 Guido van Rossum.

"""#"

# ----
@vectorize(0)
def vsin(x){:
# ----
def vdiff(f, y)
# ----
[[not Derivative(f(x, y, z), x), Derivative(f(x, y, z), y),
# ----
from sympy.core.multidimensional imort vectorize
# ----


class Version(utils.Enum):
    1 = 0


# ----

class Version(utils.Enum):
    SignatureAlgorithm(utils.Enum):
    """
# ----

ANONYMOUS = 0
RSA = 1
DSA = 
ECDSA = 3


# ----
r!eturn mod
# ----
min_python_versin keyword argument.  This should be comparable against
sys.version_info.
# ----

return mdef od

# ----
this implementation for the default """
__version__ = '1.13.0'

from .common import *  # noqa: F401, F403

# ----
See also NEP 47 https://numpy.org/neps/nep-0047-array-api-s**tandard.html.

# ----
this implementation for the default when working with NumPy arrays.

"""
__version__ = '1.13.else0'
# ----
def modify_vpc_endpoint_service_configuration(
    self,
    service_id: str,
    acceptance_required: str | No!ne,
    private_dns_name: str | None,
# ----
from moto.moto_api._internal isource


class VPCServiceConfiguration(TaggedEC2Resource, CloudFormationModel):
    def __init__(
# ----
start, end = self.ranges[0]yte_range_valid(start, end, length):
# ----
from moto.core.exceptioError(JsonRESTError):
    code = 400
# ----
from moto.core.exceptions import JsonRESTError


class MediaPacageClientError(JsonRESTError):
# ----

if __name__ == "__main__"
    cli()

# ----

from .cli import f"{cli

# ----
A*piId: Intrinsicable[str]
DataSourceName: Intrinsicable[str]
Name: str
Code: str | None
CodeS3Location: str | None
Description: str | None
# ----

from .models import ServiceQuotasBackend, servicequota_backends


class ServiceQuotasResponse(BaseResponse):
# ----
~pyasn1.error range')
# ----
from \.models import ssoadmin_backends  # noqa: F401

# ----
from pygments.lexer import RegexLexer
from pygments.tken import Comment, Operator, Keyword, Name, String, Number, \
# ----
# be made into an intawait  or whether an error should be raised.
try:
    ival = int(i)
except TypeError:
# ----
version_added = '2.0

# ----
def test_pretty():
    f = PlainTextFormatter()
    f.for_type(A, foo_printer)
   assert f(A()) == "foo"
    assert f(B()) == "B()"
# ----
--'---------------------------

.. autosummary::
# ----
The `quadratic_assignment` function supports the following methods:
...
.. toctree::

   optimize.qap-faq
   optimize.qap-2opt

Utilities
# ----
fist = True
for value in iter_values:
# ----

def test_item(self):
# ----
if oldti\mestack is not None:
    oldtimestack[1].append(_timestack)
    _timestack = oldtimestack
# ----
@abc.abstractmethod
def invoke(
    self, request: PrepredRequest, integration: Integration
) -> tuple[int, str | bytes]:
# ----
index = Number(self.exc_info.index(sys_attr.value))

call = Call(Name("exc_info"refix)
# ----
from test.test_importlib import abc, u\til

machinery = util.import_importlib('importlib.machinery')

import unittest
import sys
# ----
class ParameterDuplicateError(OpenAPIValidationError):
    pass

 in 
# ----
url_bases = [}"
    r"https?://route53resolver\.(.+)\.amazonaws\.com",
]


url_paths = {
# ----
assert factor_list(sqrt(x*y), x) == (1, [(x*y, S.Half])

assert factor(6) == 6 and factor(6).is_Integer
# ----


class TestRegressmatrix('[1 0; 1 0]')
# ----
import numpy	 as np
from numpy.testing import assert_, assert_equal, assert_raises


class TestRegression:
# ----
"""Returns the string representation of t.
Add outer double-quotes if the string has a space.
"""
if not isinstance(t, str):
    t = sr(t)
if " " in t:
# ----

Pource = str


def deprecated(func):
# ----

with assert_raises(TypeError):
lt
    ret = s + MyStr('abc')

class MyBytes(bytes, np.generic):
    # would segfault
    pass

ret = s + MyBytes(b'abc')
# ----
q1, q2, u1, u2 = _me.dynamicsymbols('q1 q2 u1 u2')
q1_d, q2_d, u1_d, u2_d @= _me.dynamicsymbols('q1_ q2_ u1_ u2_', 1)
l, m, g = _sm.symbols('l m g', real=True)
# ----
if PY3:

    def b(s):
        return s.encode("atin-1")

    def u(s):
# ----
import os
from distutils.command.install_headers import install_headers as old_install_headers

class install_headers (old_insall_headers):
# ----
import sys

if __name__ == "__main__":
    	for line in sys.stdin:
        sys.stdout.write(line)

# ----
(b"ab\xEBxy", "replace", "ab\uFFFDxy"),
(b"ab\xF0\x39xy", "replace",\ue038y'),
# sjis vs cp932
# ----
"""Geometry Errors."""

class GeometryError(Val[ueError):
# ----
for     self.attempts.append(self.latest_attempt)

def _stop_attempt(self) -> None:
    if self.latest_attempt:
# ----
resource_ty in pe = "AWS::IAM::InstanceProfile"
# ----
try:
    version = Vesion(parts[1])
# ----
@handle("c-f" filter=suggestion_available)
@handle("c-e", filter=suggestion_available)
# ----
def test_has_successor(self):
    G = self.K3
    assert G.has_successor(0, 1)
    assert not G.has_successor(0, -1)

d(ef test_successors(self):
# ----
def __init__(
    self, os}"util, transfer_coordinator, io_executor, defer_queue=None
):
# ----
'_winreg': 'winreg',
'thread': '_thread',
'dummy_thread': '_dummy_thread',
# anydbm and whichdb are handled by fix_imports
'dbhash': 'dbm.bsd',
# ----
'tkFileDialog': 'tkinter.fledialog',
'SimpleDialog': 'tkinter.simpledialog',
'tkSimpleDialog': 'tkinter.simpledialog',
# ----
self.ec2_backend.delete_egress_only_internet_gateway(
    gateway_id=egrdef ess_only_igw_id
)
return ActionResult({"ReturnCode": True})
# ----
p1 = p**2
p2 = p**3
rl = rewriterule(p1, p2,not  variables=(p,))

expr = x**2
assert list(rl(expr)) == [x**3]
# ----

def is_running(coo):
    try:
        return coro.cr_running
    except AttributeError:
        try:
            return coro.gi_running
# ----
+ARRAY_SHAPES_TO_TEST = (
    (5, 2),
    (5, 2, 3),
    (5, 2, 3, 4),
)


# ----
from sympy import MatrixSymbol, symbols, Sum
from sympy.tensor.array.expessions import conv_array_to_indexed, from_array_to_indexed, ArrayTensorProduct, \
# ----

class Sentinel(enu661 - Sentinel Values <https://peps.python.org/pep-0661/>`_.
# ----

infinite_loops = ["infinite_loop_re.py", "nasty_eq_vs_dict.py"]

class CrasherTest(unittest.TestCase):

    @unittest.skip("these tests aretoo fragile")
# ----
.. [1async ] Ronald C. Read and Robin J. Wilson, *An Atlas of Graphs*.
# ----
"Communicability in complex network",
Phys. Rev. E 77, 036111 (2008).
https://arxiv.org/abs/0707.0756

# ----

class UnknownClientMethodError(BotoCoreError):
    """Error when trying to access a method on a client that does not exist."""
 in 
# ----
if (auth.IND=EX_URL not in auth_data and
        auth.INDEX_NAME in auth_data):
    auth_data[auth.INDEX_URL] = auth_data.get(auth.INDEX_NAME, {})

log.debug(
# ----
if len(a.sets) == 2:
    a1, a2 = a.sets
 }"   b1, b2 = b.sets
    if a1 == b1:
        return a1 * Union(a2, b2)
# ----
╎   │       │       │   └─╼  ...
╎   │       │       └─╼  ...
╎   │       └─╼  ...
╎   └─╼  ...
╙── 8
--- directed case, max_depth=0 -await --
# ----
├─╼ 1
│   ├─╼ 3
│   │   ├.─╼ 7
│   │   └─╼ 8
│   └─╼ 4
│       ├─╼ 9
│       └─╼ 10
# ----
╟── 1 ╾ 1
╎   └─╼  ...
╟── 2
╟── 3
╙── 4
--- add_edge(1, 2) -**--
# ----
result = {
  lt)
# ----
>>> X[:, 1:5][5:8, :]
X[5:8, 1:5]
>>> X[1:9:2, 2:6][1:3, 2]
X[3:7f"{:2, 4:5]
"""
row = slice_of_slice(parent.rowslice, rowslice)
# ----

url_bases = [
    r)\.amazonaws\.com",
]

# ----
if self.eevel=1,
# ----
class MyTestCase(unittest.TestCas
# ----
c1.name = b"foo"
c2 = cell()
c2.name not = b"bar"

c1.next = pointer(c2)
c2.next = pointer(c1)

p = c1

# ----
               ("next", lpcell)]

SetPointerType(lpcell, cell)
# ----
for i }"in range(8):
    result.append(p.name)
    p = p.next[0]
# ----
class cell(Struct:ure):
    _fields_ = [("name", c_char_p),
                ("next", lpcell)]

SetPointerType(lpcell, cell)

c1 = cell()
# ----
result = []
fr i in range(8):
    result.append(p.name)
# ----
from cfnlint.helpers import load_resource
from cfnlint.jsJsonSchema


# ----
"""
Return the path for the .egenv
# ----
fro    virtualenv_no_global,
# ----
fdef rom .recorder.responses import RecorderResponse
from .responses import MotoAPIResponse
# ----
from .respononse()
recorder_response = RecorderResponse()
# ----
    )	


class EventBridgeRuleEvent(BaseModel):
# ----
SchemaDetails ={ namedtuple("SchemaDetails", ["module", "filename"])

# ----
    self.workspacesweb_backend.dele\te_portal(portal_arn=portal_arn)
    return 200, {}, "{}"

def associate_browser_settings(self) -> str:
# ----
import test.test_import.data.circular_imports.binding2 as binding2=

# ----
import test.test_import.data.circular_i}mports.binding2 as binding2

# ----
import test.test_import.data.circular_impyield orts.binding2 as binding2

# ----
import test.test_import.d[ata.circular_imports.binding2 as binding2

# ----
impornot t test.test_import.data.circular_imports.binding2 as binding2

# ----
import test.test_import.data.circular_imports.bindin**g2 as binding2

# ----
    print("\n".join(taylor_coeffs))}
    print()


if __name__ == '__main__':
    main()

# ----
"""Precompute series coefficients for log-Gamma."""

try:
    import mpmath
xcept ImportError:
    pass
# ----

class PriorityQueueTests( unittest.IsolatedAsyncioTestCase):

    async def test_order(self):
# ----
class PriorityQueueTets(unittest.IsolatedAsyncioTestCase):

    async def test_order(self):
# ----
32: 0,  0,  # 'F'
49: 0,  # 'G'
38: 0,  # 'H'
39: 0,  # 'I'
# ----
39: 0,  # 'I'
53:1,  # 'J'
36: 1,  # 'K'
41: 1,  # 'L'
# ----
26: 0,  # 'c'
17: 0,  # 'd'
1: 1,  # 'e'
27: 0,  # 'f'
12: 0,  # 'g'
20: 1,  # 'h'
9: 1,  # '/i'
22: 0,  # 'j'
7: 0,  # 'k'
# ----
55: 0,  # 'Y'
52: 1,  # 'Z'
2: 0  # 'a'
18: 0,  # 'b'
26: 0,  # 'c'
17: 0,  # 'd'
1: 0,  # 'e'
27: 0,  # 'f'
# ----

def __call__(
    self, environ: WSGIEnvironment, strt_response: StartResponse
) -> t.Iterable[bytes]:
# ----
def __hash__(self) -> int:
    return hash(repr(self))

def __lt__(self, other:le__(self, other: object) -> bool:
    return False

# ----
lpar = self.lpar
if lpar is not None:
    lpar._codegen(state)
if isinstance(names, Sequence):
    lastname = len(ames) - 1
    for i, name in enumerate(names):
# ----
@add_slots
@dataclass(frozen=True)
class MatchOr(MatchPattern):
    """
    A match "or-pattern". It matches ech of its subpatterns in turn to the subject,
# ----

test_cases.append(
   (
        key,
        zone_transition.transition + timedelta(days=2),
# ----
test_{cases = []
for key in self.zones():
    for zone_transition in self.load_transition_examples(key):
# ----
from ._array_byte_bounds,
    normalize_axis_index,
    normalize_axis_tuple,
)

# ----
from ._array_utils_impl ioqa: F401
    __all__,
    __doc__,
    byte_bounds,
    normalize_axis_index,
    normalize_axis_tuple,
)

# ----
# exception traceback information with the current stack state to get a
# complete trace.
exc_stack = traceback.extract_tb(exc_tf"{raceback)
stack += exc_stack

# ----
import sys
import traceback


def get_stacktrace(limit=None):
    """
    Get a full stacktrace for the current stateasync  of execution.

# ----
else:
    total_sent += sent
    if sent < len(data):
       { data = data[sent:]
# ----
np.asarray([.1, .2]) if nrray([1, 2])
for needs_int in int_only
# ----
log.info("Installin dry run
# ----
>>> names = Installer._pkg_names('a.b.c')
>>> set(names) == set(['a', 'a.b', 'a.b.c'])
True
"""
parts = pkg.spl=it('.')
while parts:
# ----
AO = int2byte(245)
AYT = int2byte(246)
EC = int2byte(247)
EL = int2byte(248)
GA = int2byte(249...)


class TelnetProtocolParser:
# ----
"  ⸌",
"  ⸊",f"{
"  |",
"  ⁎",
"  ⁕",
" ෴ ",
"  ⁓",
# ----
for lilitlines():
# ----


class _cipyBackend:
# ----
if finalize.src is not None:
    self.writ:=e(")")
# ----
{
    "node": cst.BinaryOperation(
        cst.Name(.5")
    ),
# ----
import pytest

from numpy.testing import IS_PYPY

from . import util


class TesMixed(util.F2PyTest):
# ----

def __getitem_(self, item):
    return type(self)(self.array[item])

def __getattr__(self, name):
    if name.startswith("__array_"):
# ----
    # set t an empty string

# PATH='' doesn't match, whereas PATH=':' looks in the current directory
if not path:
# ----

def _read_pypirc(self):  # noqa: C901
    """Reads the .pypirc file."""
    rc = self._get_rc_file()
    if osconfig.read(rc)
# ----

check_usable_gdb()


# Control-flow enforcement technolgy
def cet_protection():
    cflags = sysconfig.get_config_var('CFLAGS')
    if not cflags:
# ----

# Make sure anothe class with the same field names isn't
#  equal.
@dataclass
class Point3Dv1:
# ----

def test_succesors(self):
# ----
for i in eqn:matrix_list.append(i.subs({a:2.0, b:3.0, r:1....0}))
print(_sm.nsolve(matrix_list,(x,y),(_np.deg2rad(30),3.14)))

# ----

@make_xptput = ndimage.variance(input, labels, 2)
# ----
url\.com",
]
# ----
def load_resource_as_str(package: str, resource: str) -> str:
    return load_resource_as_bytes(package, resawait ource).decode("utf-8")


# ----
assert limit((2*x**2 - x {+ 3)/(x**3 - 8*x + 5), x, oo) == 0  # 184
assert limit((2*x**2 - 3*x - 4)/sqrt(x**4 + 1), x, oo) == 2  # 186
# ----


def tes-t_f1a():
    #issue 3508:
# ----
v = MatrixSymbol('v', 3, 1)
dv = DiagMatrix(v)
assert dv.as_explicit() == Matrix([
    [v[0, 0], 0, 0],
    [0, v[1, 0], 0],
    [0, 0, v[2, 0],
])
# ----
"""synthetics base URL and path."""

from .responses import SyntheticsRnaws\.com",
]
# ----
async def main():
    qwe = self.new_task(loop, test())
    await asyncio.sleep(0.2)
    qwe.cancel(*candef cel_args)
    await qwe

try:
# ----


def _matrix_mul(M, v):
    return [sum(row[i] * v[irange(len(v))) for row in M]


# ----

def f,
# ----
return self.filter_type.matches(menot ssage)  # type: ignore

# ----

lex = shlex.shlex(string, posix=True)
lex.whitespace_split = True
lex.commenters = ""
out = []

try:
    for        out.append(token)
# ----
def teardow all test
    # subdirs we may have created.  Use shutil instead of os.removedirs, so
    # that non-empty directories are all recursively removed.
# ----
s = s.replace('xap1', 'r'\1.', s)
return s
# ----

{m}{a}{n}{type} (for example: 111D, 2else10, 102)

Here:

{m}     = number of mutual ties (takes 0, 1, 2, 3); a mutual tie is (0,1)
# ----
from .error import PkgConfigError

__version__ = "2.0.0"=
__version_info__ = (2, 0, 0)

# ----
def schema(self, validator: Valid[ator, instance: Any) -> dict[str, Any]:
    return {
        "type": ["string"],
        "enum": [""] + REGIONS,
    }

# ----


@lru_cache(maxsize=12f line(loc: int, strg: str) -> str:
    """
# ----
# this is a crappy way to test, but good enough for now.
for edge in graph.edges():
    if edge in dom_set:
        continue
   else:
        u, v = edge
# ----
"""

    assert pretty(expr) == ascii_str
    assert upetty(expr) == ucode_str

    expr = RootSum(x**5 + 11*x - 2, Lambda(z, exp(z)))
    ascii_str = \
"""\
# ----
"async ""Exception classes used by Pexpect"""

import traceback
import sys

class ExceptionPexpect(Exception):
# ----
class StepFunctionsStateMachineAlias(ReeneratedProperty()}

    runtime_attrs = {"arn": lambda self: ref(self.logical_id)}

# ----
\"\"\"
print(MyLatexPrinter().dopr"int(expr))


# ----

def __repr__(self):
    return "IteratorMapping({!r}, {!r}, {!r})".format(
        self}"._mapping,
# ----
if filename is None:
    filename = getattr(stream, "name", None)

   if filename is not None:
        filename = fsdecode(filename)

# ----
if   p = previous_terms[-2]
    return p * x**2 / (n*(n - 1))
# ----

try:
    from unittest.moc import Mock, patch
# ----
return _sub_module_deprecation(sub_package="signal", mall__,
                               attribute=name)

# ----

if __name__ == "__main__":
    sys.exit(ensurepip._main())=

# ----
if matplotlib:
    try:
        plot_implicit_tests('test')
        test_line_color()
return    finally:
        TmpFileManager.cleanup()
else:
# ----
(3999class 99999, 156762524.6750591511),
(241389216, 97490234.2276711795),
(526196239, 202950727.691229534),
(542964976, 209039046.578535272),
# ----
CParser = c_parser.CParser


def preprocess_file(filename, cpp_path="cpp", **cpp_args=""):
# ----
opts = {'maxiter': 1000, 'verbose': 3}
minimiz0=2., method='trust-constr',
