"""queue: FIFO, LIFO and priority queues, written for Pyex from the documented behaviour.

Pyex runs one thread, so nothing can ever fill an empty queue while get() waits: a blocking get()
on an empty queue (or put() on a full one) without a timeout raises RuntimeError instead of
hanging forever; with a timeout it raises Empty/Full at once, as it would after waiting.
"""

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one retrieved item as processed (for join())."""
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been marked done (at once if so already)."""
        if self.unfinished_tasks:
            raise RuntimeError('Queue.join() would block forever: no other thread can call '
                               'task_done() in Pyex')

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put item in the queue; Full if it is bounded and full."""
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if block:
                _check_timeout(timeout)
                if timeout is None:
                    raise RuntimeError('Queue.put() on a full queue would block forever: no '
                                       'other thread can remove items in Pyex')
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item; Empty if there is none."""
        if not self._qsize():
            if block:
                _check_timeout(timeout)
                if timeout is None:
                    raise RuntimeError('Queue.get() on an empty queue would block forever: no '
                                       'other thread can add items in Pyex')
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # Storage, overridden by the subclasses.
    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (entries are typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        from collections import deque
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if block:
                _check_timeout(timeout)
                if timeout is None:
                    raise RuntimeError('SimpleQueue.get() on an empty queue would block forever: '
                                       'no other thread can add items in Pyex')
            raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._queue

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)
