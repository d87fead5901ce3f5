import sys
def inner():
    try:
        sys.exit(7)
    finally:
        print('inner finally')
def outer():
    try:
        inner()
    except Exception:
        print('Exception does not catch SystemExit')
    finally:
        print('outer finally')
outer()
