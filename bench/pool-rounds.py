#!/usr/bin/env python3
"""Pools the rounds of several live-bench runs (the .rounds.csv files bench/live.sh writes beside each report) and
prints the median and p99 of commit (real: the dispatcher's hand-over) or send (bare) to DOM over all of them.
Usage: bench/pool-rounds.py LiveBench.Artifacts/live-...rounds.csv [...]"""
import csv
import sys


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


real, bare = [], []
for path in sys.argv[1:]:
    with open(path, newline="") as rounds:
        for row in csv.DictReader(rounds):
            real.append(float(row["real_dom"]) - float(row["real_dispatched"]))
            bare.append(float(row["bare_dom"]) - float(row["bare_send"]))

if not real:
    sys.exit(__doc__)
print(f"{len(sys.argv) - 1} runs, {len(real)} rounds per side")
for name, values in (("real", real), ("bare", bare)):
    print(f"{name}: median {quantile(values, 0.5):.2f} ms, p99 {quantile(values, 0.99):.2f} ms, max {max(values):.2f} ms")
print(f"p99 ratio {quantile(real, 0.99) / quantile(bare, 0.99):.2f}, median ratio {quantile(real, 0.5) / quantile(bare, 0.5):.2f}")
