import statistics as st
from fractions import Fraction as F
import random


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(1, 6)]), st.mean([1, 2.5]), st.mean([True, False, True]))
print(st.mean(iter([1, 2])), st.mean(range(10)), st.mean([F(1, 2), 1]), st.mean([1e308, 1e308]), st.mean([float('inf'), 1]))
show(lambda: st.mean([]))
show(lambda: st.mean(['a']))
show(lambda: st.mean([F(1, 2), 0.5]))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1, 0.2, 0.3]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([5])))
show(lambda: st.fmean([]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(['b', 'a', 'c']))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
show(lambda: st.median([]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green']), st.mode('aabbbc'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([1]))
show(lambda: st.mode([]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(data, n=10), st.quantiles(data), st.quantiles([1, 2], n=3, method='inclusive'), st.quantiles([1.5, 2.5, 10], n=5))
show(lambda: st.quantiles([1]))
show(lambda: st.quantiles([1, 2], n=0))
show(lambda: st.quantiles([1, 2], method='x'))
print(st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([1, 3]), st.variance([F(1, 3), F(2, 3), 1]))
print(st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([1]), st.variance([1, 2, 3], xbar=2))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
show(lambda: st.variance([1]))
show(lambda: st.stdev([]))
show(lambda: st.pvariance([]))
rng = random.Random(42)
for trial in range(30):
    sample = [rng.uniform(-100, 100) for _ in range(rng.randint(2, 40))]
    ints = [rng.randint(-50, 50) for _ in range(rng.randint(2, 25))]
    print(trial, st.mean(sample), st.stdev(sample), st.pstdev(sample), st.variance(ints), st.stdev(ints), st.median(sample), st.quantiles(sample, n=5))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True), st.linear_regression(x, y).slope)
show(lambda: st.correlation([1, 1], [1, 2]))
show(lambda: st.covariance([1], [1, 2]))
show(lambda: st.linear_regression([1, 1], [1, 2]))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.quantiles(), nd.zscore(115))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd + 5, nd * 2, nd - st.NormalDist(1, 2), nd.overlap(st.NormalDist(110, 15)))
print([round(st.NormalDist().inv_cdf(p), 12) for p in (0.001, 0.01, 0.1, 0.3, 0.5, 0.7, 0.99, 0.999999)])
show(lambda: st.NormalDist(0, -1))
print(issubclass(st.StatisticsError, ValueError))
