"""Shared test settings: hypothesis profiles (``ci`` is the default; ``HYPOTHESIS_PROFILE=dev`` for more).

``ci`` draws the same examples on every run (``derandomize``), so a run that passes once passes
again and a red build always means a change; ``dev`` draws new random examples every time, ten
times as many, to look for what the fixed set has not met (``benchmarks/probe_hostile.py`` too).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
