# asyncio core for Pyex: exceptions, Future, Task and a single-threaded event loop with a
# virtual clock (sleeping advances the clock instantly). Higher-level helpers live in tasks.py.

import heapq
from collections import deque


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = EventLoop()
    return _event_loop


class Handle:
    """A callback scheduled on the loop."""

    def __init__(self, callback, args, loop, when=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._when = when

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback',
                'exception': exc,
                'handle': self,
            })


TimerHandle = Handle


class EventLoop:
    """A deterministic event loop: FIFO ready queue plus timers on a virtual clock."""

    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._sequence = 0
        self._clock = 0.0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._tasks = []
        self._debug = False
        # Host Promises (Pyex's runAsync): ids in flight, futures awaiting them, results not yet awaited.
        self._host_inflight = set()
        self._host_waiting = {}
        self._host_results = {}
        # External host calls made in this loop under start(): id -> (name, args, kwnames).
        self._host_requests = {}

    def time(self):
        return self._clock

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled = []

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self, when)
        self._sequence += 1
        heapq.heappush(self._scheduled, (when, self._sequence, handle))
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._clock + delay, callback, *args)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def call_exception_handler(self, context):
        import sys
        message = context.get('message', 'Unhandled exception in event loop')
        exc = context.get('exception')
        text = message
        if exc is not None:
            text += '\n' + type(exc).__name__ + ': ' + str(exc)
        print(text, file=sys.stderr)

    def stop(self):
        self._stopping = True

    def _run_once(self):
        if not self._ready and self._scheduled:
            # Virtual time: jump straight to the next timer.
            when = self._scheduled[0][0]
            if when > self._clock:
                self._clock = when
        while self._scheduled:
            when, _, handle = self._scheduled[0]
            if handle._cancelled:
                heapq.heappop(self._scheduled)
                continue
            if when > self._clock:
                break
            heapq.heappop(self._scheduled)
            self._ready.append(handle)
        count = len(self._ready)
        for _ in range(count):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                if not self._ready and not self._stopping:
                    while self._scheduled and self._scheduled[0][2]._cancelled:
                        heapq.heappop(self._scheduled)
                    if self._host_inflight and self._wait_for_host():
                        continue
                    if not self._scheduled:
                        raise RuntimeError('Event loop is blocked: nothing left to run')
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def _wait_for_host(self):
        # Nothing is ready and host Promises are in flight: hand them to the host until one settles,
        # or until the next timer is due (time then runs in real time, not virtually).
        timeout = None
        if self._scheduled:
            timeout = self._scheduled[0][0] - self._clock
            if timeout <= 0:
                return False
        import _pyex_host
        elapsed, settled = _pyex_host.wait(timeout)
        self._clock += elapsed
        if not settled and timeout is not None:
            self._clock = max(self._clock, self._scheduled[0][0])
        for call_id, ok, payload in settled:
            self._host_inflight.discard(call_id)
            self._host_requests.pop(call_id, None)
            future = self._host_waiting.pop(call_id, None)
            if future is None:
                self._host_results[call_id] = (ok, payload)
            elif not future.cancelled():
                if ok:
                    future.set_result(payload)
                else:
                    future.set_exception(_host_exception(payload))
        return True

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def _done(fut):
            fut._loop.stop()

        future.add_done_callback(_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _host_exception(payload):
    import builtins
    type_name, message = payload
    cls = getattr(builtins, type_name, None)
    if isinstance(cls, type) and issubclass(cls, BaseException):
        return cls(message)
    return RuntimeError(f'{type_name}: {message}')


_host_next_id = 0


def _host_request(name, args, kwnames):
    # An external host function called in a running loop under Pyex's start(): an awaitable that the
    # host answers (as the run's host call) once the loop has nothing else to run.
    global _host_next_id
    _host_next_id += 1
    call = _HostCall(_host_next_id, name)
    call._loop._host_requests[_host_next_id] = (name, args, kwnames)
    return call


class _HostCall:
    """What an async host function returns in a running event loop (Pyex's runAsync): awaiting it
    waits for the host's Promise."""

    def __init__(self, call_id, name):
        self._call_id = call_id
        self._name = name
        self._loop = get_running_loop()
        self._loop._host_inflight.add(call_id)
        self._outcome = None

    def __repr__(self):
        return f'<host call {self._name}()>'

    async def _as_coroutine(self):
        return await self

    def __await__(self):
        if self._outcome is None:
            loop = self._loop
            if self._call_id in loop._host_results:
                self._outcome = loop._host_results.pop(self._call_id)
            else:
                future = loop.create_future()
                loop._host_waiting[self._call_id] = future
                try:
                    self._outcome = (True, (yield from future.__await__()))
                except BaseException as error:
                    self._outcome = (False, error)
                    raise
                return self._outcome[1]
        ok, payload = self._outcome
        if ok:
            return payload
        if isinstance(payload, BaseException):
            raise payload
        raise _host_exception(payload)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and \
        getattr(obj, '_asyncio_future_blocking', None) is not None


class Future:
    """A result that will be available later; awaiting it suspends the awaiting task."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._asyncio_future_blocking = False

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._repr_info())

    def _repr_info(self):
        info = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=' + repr(self._exception)
            else:
                info += ' result=' + repr(self._result)
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0


def _coro_name(coro):
    return getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or repr(coro)


class Task(Future):
    """A Future that drives a coroutine on the loop."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        global _task_counter
        super().__init__(loop=loop)
        if isinstance(coro, _HostCall):
            # An async host function stands for a coroutine function: its call can be a task.
            coro = coro._as_coroutine()
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter += 1
            name = f'Task-{_task_counter}'
        self._name = str(name)
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        info = self._state.lower()
        info += f' name={self._name!r} coro=<{_coro_name(self._coro)}()>'
        if self._state == _FINISHED:
            if self._exception is not None:
                info += ' exception=' + repr(self._exception)
            else:
                info += ' result=' + repr(self._result)
        return f'<{type(self).__name__} {info}>'

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return None

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self, state, result=None, exception=None):
        self._state = state
        self._result = result
        self._exception = exception
        try:
            self._loop._tasks.remove(self)
        except ValueError:
            pass
        self._schedule_callbacks()

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._finish(_CANCELLED)
            else:
                self._finish(_FINISHED, result=stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self._finish(_CANCELLED)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish(_FINISHED, exception=error)
            raise
        except BaseException as error:
            self._finish(_FINISHED, exception=error)
        else:
            self._handle_yield(result)
        finally:
            loop._current_task = previous

    def _handle_yield(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
                self._loop.call_soon(self._step, error)
            elif blocking:
                if result is self:
                    error = RuntimeError(f'Task cannot await on itself: {self!r}')
                    self._loop.call_soon(self._step, error)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
                self._loop.call_soon(self._step, error)
        elif result is None:
            self._loop.call_soon(self._step)
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


async def _probe():
    pass


_probe_coro = _probe()
_CoroutineType = type(_probe_coro)
_probe_coro.close()
del _probe_coro


def iscoroutine(obj):
    return isinstance(obj, _CoroutineType)


def iscoroutinefunction(func):
    while hasattr(func, 'func') and hasattr(func, 'args'):
        func = func.func
    func = getattr(func, '__func__', func)
    code = getattr(func, '__code__', None)
    if code is not None and code.co_flags & 0x80:
        return True
    return getattr(func, '_is_coroutine', None) is not None


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    awaitable = getattr(type(coro_or_future), '__await__', None)
    if awaitable is not None:
        async def _wrap():
            return await coro_or_future
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {task for task in loop._tasks if not task.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


class _Sleep0:
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


def _cancel_all_tasks(loop):
    from .tasks import gather
    to_cancel = [task for task in loop._tasks if not task.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            set_event_loop(None)
            loop.close()
