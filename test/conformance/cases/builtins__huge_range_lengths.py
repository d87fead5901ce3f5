# Ranges longer than sys.maxsize: len() and list()/tuple()/sorted() raise OverflowError before
# building anything; a length that fits but no machine can hold is a MemoryError; lengths past
# 2**53 are exact.
import sys

huge = range(-2**63 - 3, 15)
for make in (len, list, tuple, sorted):
    try:
        print(make(huge))
    except OverflowError as error:
        print(type(error).__name__, error)
print(len(range(2**62)), len(range(2**62)) == 2**62, len(range(0, 2**63 - 1)) == sys.maxsize)
try:
    list(range(2**62))
except MemoryError as error:
    print(type(error).__name__, repr(error))
print(huge[5], huge[-1], 10**20 in range(10**21), range(2**62)[-1])
