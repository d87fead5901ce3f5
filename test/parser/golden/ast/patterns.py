# match statements: every pattern kind, guards, and the soft keywords.
match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5 | -2.5 | 3j | -4j | 1 + 2j | 1 - 2j | -1 + 2j:
        pass
    case "s" | b"b" | "a" "b" | f"x":
        pass
    case None | True | False:
        pass
    case name:
        pass
    case _:
        pass
    case a.b | a.b.c:
        pass
    case (a):
        pass
    case (a, b):
        pass
    case ():
        pass
    case []:
        pass
    case [a, b, *rest]:
        pass
    case [*_, last]:
        pass
    case (a,):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case {}:
        pass
    case {"k": v, 1: w, a.b: c, None: d}:
        pass
    case {"k": v, **rest}:
        pass
    case {**rest}:
        pass
    case {-1: x, 1 + 2j: y}:
        pass
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2,):
        pass
    case a.b.C(d, e=f):
        pass
    case [Point(x=0) | Point(y=0), *others] as whole:
        pass
    case (1 | 2) as n if n > 0:
        pass
    case x if x:
        pass
    case {"a": [1, {"b": (c, d)}]}:
        pass
match x, y:
    case 1, 2: pass
match *x, y:
    case _: pass
match (x):
    case _: pass
match [x]:
    case _: pass
match -x:
    case _: pass
match x,:
    case _: pass
match match:
    case case: pass
