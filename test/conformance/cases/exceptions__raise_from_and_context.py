def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse") from e
try:
    parse("x")
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__), e.__suppress_context__)
def handler():
    try:
        {}["k"]
    except KeyError:
        return undefined_thing
handler()
