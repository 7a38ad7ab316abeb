"""The assessment cites the number of the text applied (CSL renumbered on 2026-01-01).

Law notes ``china_time_and_sentencing.md`` §6.3 (transition table): 2016 Art 59 is amended Art 61,
65 is 67, 68 is 69 (para 2 of 2016 is para 3 of the amended text), 69 is 70. Administrative
Penalty Law Art 37: an act before 2026-01-01 decided later keeps the 2016 text unless the new
one is lighter (new 61 is heavier at every level, so old 59 governs).
"""

from __future__ import annotations

import datetime as dt

import pytest

import penalties
from penalties.core.versions import Version

OLD, NEW = "2025-12-31", "2026-01-01"


@pytest.mark.parametrize(
    ("article_id", "old", "new", "facts"),
    [
        ("cn.csl.59.1", ("59", 1), ("61", 1), {"circumstances": ["refused_correction"]}),
        ("cn.csl.65", ("65", None), ("67", None), {"procurement_amount": 1_000, "cii_operator": True}),
        ("cn.csl.68.2", ("68", 2), ("69", 3), {}),
    ],
)
def test_basis_is_the_number_of_the_text_applied(
    article_id: str, old: tuple[str, int | None], new: tuple[str, int | None], facts: dict[str, object]
) -> None:
    before = penalties.assess(article_id, on=OLD, **facts)
    after = penalties.assess(article_id, on=NEW, **facts)
    assert (before.basis.article, before.basis.paragraph) == old
    assert (after.basis.article, after.basis.paragraph) == new
    # The heading of the explanation is the assessment's citation.
    assert f"Art {old[0]}" in before.explain("en").splitlines()[0]
    assert f"Art {new[0]}" in after.explain("en").splitlines()[0]
    # Every fine cites the article of the text applied too.
    assert {s.basis.article for s in after.sanctions if s.kind.value == "fine"} <= {new[0]}


def test_time_rule_trace_names_each_text_by_its_number() -> None:
    a = penalties.assess(
        "cn.csl.59.1", on="2026-03-01", offence_date="2025-06-01", circumstances=["refused_correction"]
    )
    cited = {step.code: (step.basis.article, step.basis.paragraph) for step in a.trace}
    assert cited["time_candidate_offence"] == ("59", 1)
    assert cited["time_candidate_decision"] == ("61", 1)
    assert any(step.code == "time_chosen_offence" for step in a.trace)
    assert (a.basis.article, a.basis.paragraph) == ("59", 1)  # the 2016 text governs (heavier new 61)


def test_article_cites_its_current_text_and_versions_their_own() -> None:
    art = penalties.article("cn.csl.59.1")
    assert (art.basis.article, art.basis.paragraph) == ("61", 1)
    old = art.versions[0]
    assert (old.number, old.paragraph) == ("59", 1)
    assert old.to_dict()["number"] == "59"
    assert art.basis_of(art.current) == art.basis


def test_version_without_a_number_is_cited_as_its_article() -> None:
    art = penalties.article("cn.dsl.45.1")
    for version in art.all_versions():
        assert art.basis_of(version) == art.basis
    plain = Version(dt.date(2020, 1, 1), "x", "t", "g", None)
    assert plain.number is None and "number" not in plain.to_dict()
