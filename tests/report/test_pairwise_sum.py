"""The report's mean of S-scores adds as numpy does, so it equals the pandas figure to the last bit."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from diversify.report.build import pairwise_sum


def test_pairwise_sum_is_numpy_sum_bit_for_bit() -> None:
    rng = random.Random(7)
    lengths = [*range(40), 127, 128, 129, 255, 256, 257, 1000, 1031]
    for n in lengths * 20:
        xs = [rng.uniform(-1, 1) * 10 ** rng.randint(-8, 8) for _ in range(n)]
        assert pairwise_sum(xs) == float(np.add.reduce(np.array(xs, dtype=np.float64))), n
        if xs:
            assert pairwise_sum(xs) / n == float(pd.Series(xs).mean()), n


def test_pairwise_sum_differs_from_left_to_right_sometimes() -> None:
    """Not a plain sum in another dress: on some inputs the order of additions shows."""
    rng = random.Random(3)
    differs = 0
    for _ in range(500):
        xs = [rng.uniform(0, 1) * 10 ** rng.randint(-8, 8) for _ in range(40)]
        differs += pairwise_sum(xs) != sum(xs)
    assert differs > 0
