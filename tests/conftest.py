"""Hypothesis profiles (see docs/robustness.md).

``ci`` (the default): few examples, derandomized, no deadline, so CI is quick and the same
every run. ``thorough``: ``FINFIG_HYPOTHESIS=thorough .venv/bin/python -m pytest
tests/test_properties.py`` runs 10,000 random examples per property and keeps failures in
``.hypothesis/`` to replay them. ``FINFIG_HYPOTHESIS_EXAMPLES=N`` overrides the count.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_COUNT = os.environ.get("FINFIG_HYPOTHESIS_EXAMPLES")

settings.register_profile(
    "ci",
    max_examples=int(_COUNT or 250),
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=int(_COUNT or 10_000),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("FINFIG_HYPOTHESIS", "ci"))
