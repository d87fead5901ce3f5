"""threading: the threading API for a single-threaded sandbox, written for Pyex. A Thread runs its
target to completion inside start(), deterministically, so join() finds it finished; locks,
conditions, semaphores and events keep their bookkeeping and error messages, and a wait that no
other thread could ever end raises RuntimeError instead of hanging. See docs/differences.md.
"""

import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id',
           'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_MAIN_IDENT = 1
_next_ident = 2
_counter = 0
_running = []
_active = {}


def _deadlock(what):
    return RuntimeError(f'{what} would block forever: Pyex runs threads one at a time '
                        '(a thread runs to completion in start()), so no other thread can '
                        'release it')


def _deprecated(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)  # past _deprecated and the method


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


def get_ident():
    """The identifier of the current thread (1 for the main thread)."""
    return _running[-1]._ident if _running else _MAIN_IDENT


def get_native_id():
    """The native identifier of the current thread (the same as get_ident() in Pyex)."""
    return get_ident()


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError('timeout value must be positive')


class _Lock:
    """A primitive lock (threading.Lock)."""

    __slots__ = ('_locked', '__weakref__')

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; False when it is held and the call does not block (or times out)."""
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking or timeout != -1:
            return False
        raise _deadlock('acquiring a held Lock')

    def release(self):
        """Release the lock (RuntimeError when it is not held)."""
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        """Whether the lock is held."""
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<{state} _thread.lock object at {hex(id(self))}>'


_Lock.__name__ = 'lock'
_Lock.__qualname__ = 'lock'
_Lock.__module__ = '_thread'


def Lock():
    """A new primitive lock."""
    return _Lock()


allocate_lock = Lock


class _RLock:
    """A reentrant lock: the thread holding it may acquire it again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock, incrementing the recursion level when this thread holds it."""
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking or timeout != -1:
            return False
        raise _deadlock('acquiring an RLock held by another thread')

    __enter__ = acquire

    def release(self):
        """Release one level of the lock (RuntimeError when this thread does not hold it)."""
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def __repr__(self):
        state = 'locked' if self._owner is not None else 'unlocked'
        return (f'<{state} {self.__class__.__module__}.{self.__class__.__qualname__} object '
                f'owner={self._owner or 0} count={self._count} at {hex(id(self))}>')


_RLock.__name__ = 'RLock'
_RLock.__qualname__ = 'RLock'
_RLock.__module__ = '_thread'


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _RLock(*args, **kwargs)


class Condition:
    """A condition variable: wait() until another thread notifies (never, in Pyex, without a
    timeout: that raises RuntimeError instead of hanging)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, self._waiters)

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs (returns False on timeout)."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        if timeout is None:
            raise _deadlock('Condition.wait() without a timeout')
        return False

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to true."""
        result = predicate()
        if result:
            return result
        if timeout is None:
            if not self._is_owned():
                raise RuntimeError('cannot wait on un-acquired lock')
            raise _deadlock('Condition.wait_for() without a timeout')
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        """Wake up one or more threads waiting on this condition, if any."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(0)

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify(0)


class Semaphore:
    """A counter of available slots: acquire() takes one, release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}>')

    def acquire(self, blocking=True, timeout=None):
        """Take one slot; False when none is free and the call does not block (or times out)."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking or timeout is not None:
            return False
        raise _deadlock('acquiring a Semaphore with no free slot')

    __enter__ = acquire

    def release(self, n=1):
        """Give back n slots."""
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' value={self._value}/{self._initial_value}>')

    def release(self, n=1):
        """Give back n slots (ValueError beyond the initial value)."""
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n


class Event:
    """A flag threads can set, clear and wait for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>'

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self._flag

    def set(self):
        """Set the internal flag to true."""
        self._flag = True

    def clear(self):
        """Reset the internal flag to false."""
        self._flag = False

    def wait(self, timeout=None):
        """The flag, once set; with the flag unset, False after a timeout (RuntimeError without)."""
        if self._flag:
            return True
        if timeout is None:
            raise _deadlock('Event.wait() on an unset event without a timeout')
        return False


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A barrier for a fixed number of threads (only parties=1 can pass in Pyex)."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>'
        return (f'<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:'
                f' waiters={self.n_waiting}/{self.parties}>')

    def wait(self, timeout=None):
        """Pass the barrier (parties=1), else break it: no other thread can arrive."""
        if self._broken:
            raise BrokenBarrierError
        if self._parties <= 1:
            if self._action is not None:
                self._action()
            return 0
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False
        self._count = 0

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Thread:
    """A thread of control. Pyex runs the target to completion inside start()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f' ({target_name})'
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        status = 'initial'
        if self._started:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread: in Pyex, run it to completion now."""
        global _next_ident
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _next_ident
        _next_ident += 1
        _active[self._ident] = self
        _running.append(self)
        try:
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            _running.pop()
            del _active[self._ident]
            self._is_stopped = True

    def run(self):
        """The thread's activity: call the target with the given arguments."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        """Wait until the thread terminates (it already has, once started)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        """Whether the thread is running (only while its own code runs, in Pyex)."""
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT
        _active[self._ident] = self


class Timer(Thread):
    """Call a function after a number of seconds: in Pyex, at start(), without waiting."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    """The Thread object of the caller's thread of control."""
    return _running[-1] if _running else _main_thread


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def main_thread():
    """The main thread object."""
    return _main_thread


def active_count():
    """The number of Thread objects currently alive."""
    return len(_active)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


def enumerate():
    """All Thread objects currently alive."""
    return list(_active.values())


class ExceptHookArgs:
    """The arguments of threading.excepthook: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    """Print an exception a thread's run() raised, as CPython does, to sys.stderr."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f'Exception in thread {name}:', file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))
    except SystemExit:
        pass


_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for threads started from here (recorded, never called)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def settrace(func):
    """Set a trace function for threads started from here (recorded, never called)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def stack_size(size=0):
    """Thread stack size (0: the default; Pyex has no per-thread stacks)."""
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    return 0


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__current(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        ident = get_ident()
        namespace = dicts.get(ident)
        if namespace is None:
            namespace = {}
            dicts[ident] = namespace
            init = type(self).__init__
            if init is not object.__init__:
                args, kw = object.__getattribute__(self, '_local__args')
                init(self, *args, **kw)
        return namespace

    def __getattribute__(self, name):
        if name.startswith('_local__') or name == '__class__':
            return object.__getattribute__(self, name)
        namespace = object.__getattribute__(self, '_local__current')()
        if name == '__dict__':
            return namespace
        if name in namespace:
            return namespace[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        object.__getattribute__(self, '_local__current')()[name] = value

    def __delattr__(self, name):
        namespace = object.__getattribute__(self, '_local__current')()
        try:
            del namespace[name]
        except KeyError:
            raise AttributeError(name) from None
