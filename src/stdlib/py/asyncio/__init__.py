# asyncio for Pyex: a single-threaded event loop on a virtual clock (sleep advances time at
# once, so runs are deterministic). The pieces live in events, tasks, locks and queues.

from .events import (
    CancelledError, InvalidStateError, TimeoutError, Future, Task, Handle, TimerHandle,
    EventLoop as AbstractEventLoop, EventLoop as BaseEventLoop, EventLoop as SelectorEventLoop,
    get_event_loop, get_running_loop, new_event_loop, set_event_loop, current_task, all_tasks,
    create_task, ensure_future, iscoroutine, iscoroutinefunction, isfuture, sleep, run,
    _get_running_loop,
)
from .tasks import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, gather, wait, wait_for, as_completed,
    shield, timeout, timeout_at, Timeout, TaskGroup, run_coroutine_threadsafe, to_thread,
)
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueEmpty, QueueFull


class IncompleteReadError(EOFError):
    """Kept for name compatibility; Pyex has no streams."""


class LimitOverrunError(Exception):
    """Kept for name compatibility; Pyex has no streams."""
