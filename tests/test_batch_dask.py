"""The README's Dask recipe: fine_bounds_frame mapped over the partitions of a dask DataFrame on a
local cluster of two worker processes gives what one process gives, and a bad row in one partition
reaches the caller as the library's own error, with its fields and notes."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import penalties  # noqa: E402
from penalties import InvalidFactError, NotInForceError, assess  # noqa: E402
from penalties.batch import INT64_MAX, fine_bounds_frame, frame_meta  # noqa: E402

# Starting the cluster takes a few seconds; the whole module stays well under a minute.
pytestmark = pytest.mark.timeout(120)

IR = "ir.ipc.729"
DSL = "cn.dsl.47"
ON = dt.date(2024, 5, 1)
README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as made,
    ):
        yield made


def ir_cases(n: int, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    first = np.datetime64("2009-05-26")
    days = first + rng.integers(0, (np.datetime64("2026-12-31") - first).astype(int), n).astype("timedelta64[D]")
    # The days each decree took effect, and the day before.
    days[:4] = np.array(["2021-03-14", "2021-03-15", "2024-06-23", "2024-06-24"], dtype="datetime64[D]")
    return pd.DataFrame(
        {"company": rng.random(n) < 0.4, "organised": rng.random(n) < 0.5, "day": days},
        index=pd.RangeIndex(1000, 1000 + n, name="case"),
    )


def dsl_cases(n: int, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    gains = pd.array(np.floor(10 ** rng.uniform(0, 9, n)).astype(np.int64), dtype="Int64")
    gains[rng.integers(0, n, n // 20)] = pd.NA
    gains[:3] = [INT64_MAX // 10 + 1, 99_999, 100_000]  # the first beyond int64 after 10x: exact anyway
    return pd.DataFrame({"gains": gains, "company": rng.random(n) < 0.5})


def expected(article_id: str, **facts: Any) -> Any:
    found = assess(article_id, **facts).find(penalties.SanctionKind.FINE, penalties.Addressee.OFFENDER)
    return None if found is None else found.range


def test_partitions_on_two_workers_equal_one_process_and_assess(client: Any) -> None:
    cases = ir_cases(20_000, seed=1)
    arguments: dict[str, Any] = {"legal_person": "company", "circumstances": {"organised": "organised"}, "on": "day"}
    single = fine_bounds_frame(cases, IR, **arguments)
    lazy = dd.from_pandas(cases, npartitions=8).map_partitions(fine_bounds_frame, IR, **arguments, meta=frame_meta())
    result = lazy.compute()
    assert result.dtypes.to_dict() == frame_meta().dtypes.to_dict()
    assert result.index.equals(cases.index)
    assert result.equals(single)
    assert {type(v) for v in result["low"]} <= {int, Fraction} and any(type(v) is Fraction for v in result["low"])
    # Both workers took part.
    assert len(client.scheduler_info()["workers"]) == 2
    for label in [*cases.index[:4], *np.random.default_rng(2).choice(cases.index, 60, replace=False)]:
        row = cases.loc[label]
        want = expected(
            IR,
            on=pd.Timestamp(row["day"]).date(),
            offender="legal_person" if row["company"] else "natural_person",
            circumstances=["organised"] if row["organised"] else [],
        )
        assert (result.loc[label, "low"], result.loc[label, "high"]) == (want.low.amount, want.high.amount), label
        assert (result.loc[label, "low_closed"], result.loc[label, "high_closed"]) == (
            want.low_closed,
            want.high_closed,
        )


def test_gains_with_missing_values_and_int64_columns(client: Any) -> None:
    cases = dsl_cases(20_000, seed=3)
    single = fine_bounds_frame(cases, DSL, gains="gains", legal_person="company", on=ON)
    lazy = dd.from_pandas(cases, npartitions=6).map_partitions(
        fine_bounds_frame, DSL, gains="gains", legal_person="company", on=ON, meta=frame_meta()
    )
    result = lazy.compute()
    assert result.equals(single)
    assert result.loc[0, "high"] == (INT64_MAX // 10 + 1) * 10  # beyond int64: exact, as an int
    for i in [0, 1, 2, *np.random.default_rng(4).integers(0, len(cases), 60).tolist()]:
        gains = cases["gains"].iloc[i]
        facts: dict[str, Any] = {"on": ON, "offender": "legal_person" if cases["company"].iloc[i] else "natural_person"}
        if gains is not pd.NA and gains:
            facts["illegal_gains"] = int(gains)
        want = expected(DSL, **facts)
        assert (result["low"].iloc[i], result["high"].iloc[i]) == (want.low.amount, want.high.amount), i
    # int64 numerators and denominators: what Parquet keeps (every bound here fits but the first).
    fitting = cases.iloc[1:]
    numbers = (
        dd.from_pandas(fitting, npartitions=4)
        .map_partitions(fine_bounds_frame, DSL, gains="gains", on=ON, numbers="int64", meta=frame_meta("int64"))
        .compute()
    )
    assert numbers.equals(fine_bounds_frame(fitting, DSL, gains="gains", on=ON, numbers="int64"))
    assert numbers.dtypes.to_dict() == frame_meta("int64").dtypes.to_dict()


def test_exact_objects_survive_the_text_conversion_of_dask(client: Any) -> None:
    # dask.dataframe may store an object column as text; each exact value reads back as itself.
    values: list[Any] = [Fraction(1_000_001, 3), "12345.67", 2**70, None, 250_000, Fraction(7, 2)]
    cases = pd.DataFrame({"gains": pd.Series(values * 50, dtype=object)})
    single = fine_bounds_frame(cases, DSL, gains="gains", on=ON)
    result = (
        dd.from_pandas(cases, npartitions=3)
        .map_partitions(fine_bounds_frame, DSL, gains="gains", on=ON, meta=frame_meta())
        .compute()
    )
    assert result.equals(single)
    assert result["low"].iloc[0] == Fraction(1_000_001, 3)


def test_a_bad_row_in_one_partition_raises_the_library_error_at_compute(client: Any) -> None:
    cases = dsl_cases(10_000, seed=5)
    cases.loc[7_777, "gains"] = -5
    lazy = dd.from_pandas(cases, npartitions=5).map_partitions(
        fine_bounds_frame, DSL, gains="gains", on=ON, meta=frame_meta()
    )
    with pytest.raises(InvalidFactError) as caught:
        lazy.compute()
    error = caught.value
    assert type(error) is InvalidFactError
    assert (error.field, error.value) == ("illegal_gains", -5)
    assert "frame column 'gains', frame index 7777" in error.__notes__
    assert any(note.startswith("batch row ") for note in error.__notes__)

    # A date the article is not in force on, in the last partition only.
    dated = ir_cases(4_000, seed=6)
    dated.loc[dated.index[-1], "day"] = np.datetime64("2009-05-25")
    lazy = dd.from_pandas(dated, npartitions=4).map_partitions(
        fine_bounds_frame, IR, legal_person="company", on="day", meta=frame_meta()
    )
    with pytest.raises(NotInForceError) as missed:
        lazy.compute()
    assert missed.value.article_id == IR and missed.value.on == dt.date(2009, 5, 25)
    assert f"frame index {dated.index[-1]}" in missed.value.__notes__


def test_parameters_are_refused_typed_at_compute(client: Any) -> None:
    cases = dsl_cases(1_000, seed=7)
    for arguments, field in (
        ({"gains": "no such column"}, "gains"),
        ({"gains": "gains", "circumstances": {"no_such": True}}, "circumstances"),
        ({"gains": "gains", "numbers": "floats"}, "numbers"),
    ):
        lazy = dd.from_pandas(cases, npartitions=2).map_partitions(
            fine_bounds_frame, DSL, on=ON, **arguments, meta=frame_meta()
        )
        with pytest.raises(InvalidFactError) as caught:
            lazy.compute()
        assert caught.value.field == field
    # Halves: dask gives a Float64 frame the token of an Int64 frame of equal values (and so its graph).
    floats = cases.assign(gains=cases["gains"].astype("Float64") / 2)
    lazy = dd.from_pandas(floats, npartitions=2).map_partitions(
        fine_bounds_frame, DSL, gains="gains", on=ON, meta=frame_meta()
    )
    with pytest.raises(InvalidFactError) as caught:
        lazy.compute()
    assert caught.value.field == "illegal_gains" and "'gains'" in str(caught.value)


def readme_recipe() -> str:
    """The Python block of the README's "Batches" section that starts a LocalCluster."""
    if not README.exists():
        pytest.skip("README.md is not beside the tests")
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Batches\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)
    found = [block for block in blocks if "LocalCluster" in block]
    assert len(found) == 1, "the Batches section has one Dask recipe"
    return found[0]


def test_the_readme_recipe_runs_as_a_script(tmp_path: Path) -> None:
    script = tmp_path / "recipe.py"
    script.write_text(readme_recipe(), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=100)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[:2] == ["low", "high"]
    assert "46116860184273879040" in done.stdout  # row 4: 10 x 2**62, exact
