"""heapq: binary min-heaps on plain lists, written for Pyex from the documented behaviour. The sift
routines make the same comparisons in the same order as CPython's, so heaps of items that compare
equal but differ end up in the same arrangement.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _check_list(heap, name, numbered=False):
    if not isinstance(heap, list):
        where = 'argument 1' if numbered else 'argument'
        raise TypeError(f'{name}() {where} must be list, not {type(heap).__name__}')


def _sift_toward_root(heap, start, pos):
    """Move heap[pos] up (toward index 0, not past `start`) while it is smaller than its parent."""
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    """Restore the heap below `pos`: walk the smaller children down to a leaf, then sift the
    displaced item back up (fewer comparisons than stopping early, as in CPython)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush', True)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item; IndexError if the heap is empty."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop the smallest item, then push item (the heap size stays the same)."""
    _check_list(heap, 'heapreplace', True)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    _check_list(heap, 'heappushpop', True)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(heap, /):
    """Rearrange a list into a heap, in place, in linear time."""
    _check_list(heap, 'heapify')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves(heap, pos)


# Max-heap variants (private in CPython too, but used by real programs).

def _sift_toward_root_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(heap, /):
    """Rearrange a list into a max-heap, in place."""
    _check_list(heap, '_heapify_max')
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_toward_leaves_max(heap, pos)


def _heappop_max(heap, /):
    """Pop the largest item from a max-heap."""
    _check_list(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item, /):
    """Pop the largest item of a max-heap, then push item."""
    _check_list(heap, '_heapreplace_max', True)
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sift_toward_leaves_max(heap, 0)
    return largest


def _heappush_max(heap, item, /):
    heap.append(item)
    _sift_toward_root_max(heap, 0, len(heap) - 1)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (stable: ties come from earlier inputs first)."""
    entries = []
    for order, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for value in iterator:
            sort_key = value if key is None else key(value)
            # Entries compare by key, then by input order (never by value).
            entries.append([sort_key, order * (-1 if reverse else 1), value, iterator])
            break
    if reverse:
        _heapify_max(entries)
        pop_top, replace_top = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop_top, replace_top = heappop, heapreplace
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        iterator = entry[3]
        for value in iterator:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_top(entries, entry)
            break
        else:
            pop_top(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            yield value


def _index(n):
    if isinstance(n, int):
        return n
    method = getattr(type(n), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return method(n)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; equals sorted(iterable, key=key)[:n]."""
    n = _index(n)
    if n <= 0:
        iter(iterable)  # CPython still takes an iterator: a non-iterable is a TypeError
        return []
    if n == 1:
        marker = object()
        result = min(iterable, default=marker, key=key)
        return [] if result is marker else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; equals sorted(iterable, key=key, reverse=True)[:n]."""
    n = _index(n)
    if n <= 0:
        iter(iterable)  # CPython still takes an iterator: a non-iterable is a TypeError
        return []
    if n == 1:
        marker = object()
        result = max(iterable, default=marker, key=key)
        return [] if result is marker else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
