# time: struct_time, gmtime/localtime of fixed instants, mktime, strftime, strptime, asctime/ctime.
import time

t = time.gmtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, t[:3], t == (2023, 11, 14, 22, 13, 20, 1, 318, 0), len(t))
print(time.gmtime(0), time.gmtime(-1.5), time.localtime(86400 * 366).tm_yday)
print(time.strftime('%a %A %b %B %c %C %d %D %e %F %G %g %h %H %I %j %k %l %m %M %p %P %r %R %S %T %u %U %V %w %W %x %X %y %Y %z %Z %% %f %q %s', t))
print(repr(time.strftime('%n%t', t)), time.strftime('%4Y %-d %_d %-m %^a', time.gmtime(0)))
for stamp in (0, 951782400, 1709251199, 4102444800, -86400 * 365 * 50):
    g = time.gmtime(stamp)
    print(stamp, time.strftime('%Y-%m-%dT%H:%M:%S %j %U %W %V %G %u %w', g), time.mktime(g), time.asctime(g))
print(time.strftime('%Y-%m-%d', (99, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.ctime(0), time.asctime((2024, 2, 29, 12, 30, 0, 3, 60, 0)))
print(time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.mktime((2024, 14, 35, 25, 61, 61, 0, 1, -1)))
print(time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0)), time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'UTC', 0)).tm_zone)
for text, fmt in (('2024-01-05 13:14:15', '%Y-%m-%d %H:%M:%S'), ('Fri Jan  5 13:14:15 2024', '%a %b %d %H:%M:%S %Y'),
                  ('10:20 PM', '%I:%M %p'), ('02-29', '%m-%d'), ('UTC', '%Z'), ('+0130', '%z'),
                  ('2024 10 1', '%Y %W %w'), ('2024 1 3', '%G %V %u'), ('99 Dec', '%y %b'), ('5', '%d'),
                  ('2024-366', '%Y-%j'), ('12/31/99', '%x'), ('23:59:60', '%X')):
    r = time.strptime(text, fmt)
    print(repr(text), r, r.tm_zone, r.tm_gmtoff)
print(time.strptime('Fri Jan  5 13:14:15 2024'))
print(time.timezone, time.altzone, time.daylight, time.tzname)

def attempt(label, action):
    try:
        print(label, 'ok', repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('gmtime str', lambda: time.gmtime('a'))
attempt('gmtime huge', lambda: time.gmtime(1e20))
attempt('struct short', lambda: time.struct_time((1, 2, 3)))
attempt('struct long', lambda: time.struct_time(tuple(range(12))))
attempt('month range', lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)))
attempt('hour range', lambda: time.strftime('%Y', (2024, 1, 1, 25, 0, 0, 0, 1, 0)))
attempt('format type', lambda: time.strftime(5))
attempt('tuple type', lambda: time.strftime('%Y', 5))
attempt('tuple length', lambda: time.strftime('%Y', (1, 2)))
attempt('no match', lambda: time.strptime('2024', '%Y-%m'))
attempt('unconverted', lambda: time.strptime('2024-01-05x', '%Y-%m-%d'))
attempt('bad directive', lambda: time.strptime('5', 'x%q'))
attempt('stray', lambda: time.strptime('5', '%Y%'))
attempt('strptime type', lambda: time.strptime(5, '%Y'))
attempt('sleep negative', lambda: time.sleep(-1))
attempt('sleep str', lambda: time.sleep('a'))
attempt('mktime type', lambda: time.mktime(5))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__)
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.01)
