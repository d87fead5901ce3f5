# Syntax errors (blocks): CPython 3.11's message and location for each case.
if x

# ----
if x:
pass
# ----
for 1 in x: pass
# ----
for x in 1 2: pass
# ----
if x = 1: pass
# ----
if x.y = 1: pass
# ----
for f() in x: pass
# ----
for a, b() in x: pass
# ----
with a as f(): pass
# ----
with a as b, c as d() : pass
# ----
if x:
# ----
if x:

# ----
for x in y
  pass
# ----
while x y: pass
# ----
class A
  pass
# ----
class A(B) x: pass
# ----
try
 pass
# ----
try:
 pass
x = 1
# ----
try:
 pass
except A, B:
 pass
# ----
try:
 pass
except:
 pass
except* A:
 pass
# ----
try:
 pass
except* A:
 pass
except:
 pass
# ----
try:
 pass
except*:
 pass
# ----
with a as b
 pass
# ----
match x
  case 1: pass
# ----
match x:
  case 1
   pass
# ----
x = 1
  y = 2
# ----
else: pass
# ----
match x:
    case 1 + 1: pass
# ----
match x:
    case Foo(a=1, b): pass
# ----
match x:
    case {**_}: pass
# ----
match x:
    case a as _: pass
# ----
match x:
    case a as 1: pass
# ----
match x:
    case 1j + 1: pass
# ----
match x:
    case 1 + 1j: pass
# ----
x = [1, 2
  3
# ----
async x = 1
# ----
@
def f(): pass
# ----
@x y
def f(): pass
# ----
x = [
]]
# ----
if True:
    pass
  else:
    pass
# ----
if 1:
    x
        y
# ----
class A:
pass
# ----
while True:
  pass
else
  pass
# ----
for x in y:
  pass
else:
pass
# ----
with open(x) as f:
x
# ----
try:
  x
finally:
y
# ----
try:
  x
except E:
y
# ----
if x:
  pass
elif y:
z
# ----
class C(metaclass=): pass
# ----
with (a as b, c as d():
  pass
# ----
with (a, b) as c, d:
  pass
# ----
class A(x for x in y): pass
# ----
@property
class
