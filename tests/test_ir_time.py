"""Time: Solar Hijri dates, the law's entry into force, the amounts decrees, and Art 781's what-if."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from penalties import Interval, InvalidFactError, Money, NotInForceError, assess
from penalties.law.ir import CBI_INFLATION, DECREES, SCHEDULES, hypothetical_adjustment, parse_date

M = 1_000_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1403/04/04", dt.date(2024, 6, 24)),
        ("۱۴۰۳/۰۴/۰۴", dt.date(2024, 6, 24)),
        ("1399/12/25", dt.date(2021, 3, 15)),
        ("1388-03-05", dt.date(2009, 5, 26)),
        ("1399.11.08", dt.date(2021, 1, 27)),
        ("2024-06-24", dt.date(2024, 6, 24)),
        (dt.date(2024, 6, 24), dt.date(2024, 6, 24)),
        (dt.datetime(2024, 6, 24, 13, 5), dt.date(2024, 6, 24)),
    ],
)
def test_dates_gregorian_and_solar_hijri(text, expected):
    assert parse_date(text) == expected
    assert assess("ir.ipc.729", on=text).facts.on == expected


def test_jdatetime_dates_are_accepted():
    import jdatetime

    assert assess("ir.ipc.729", on=jdatetime.date(1403, 4, 4)).facts.on == dt.date(2024, 6, 24)


@pytest.mark.parametrize(
    "bad", ["1403/13/01", "1403/12/31", "1403/04", "tomorrow", "", "1403/04/04/01", 14030404, 2024.5, None]
)
def test_bad_dates_name_the_field_and_the_forms(bad):
    with pytest.raises(InvalidFactError) as raised:
        assess("ir.ipc.729", on=bad)
    assert raised.value.field == "on"
    assert "1403/04/04" in raised.value.expected and "YYYY-MM-DD" in raised.value.expected


@pytest.mark.parametrize(
    "on", ["2009-05-25", "1388/03/04", "1387/01/01", "1300/01/01", "0001-01-01", dt.date(1999, 1, 1)]
)
def test_before_the_law_is_in_force(on):
    with pytest.raises(NotInForceError) as raised:
        assess("ir.ipc.729", on=on)
    assert raised.value.in_force_from == dt.date(2009, 5, 26)
    assert "1388/03/05" in str(raised.value)


def test_the_first_day_in_force_takes_the_1388_amounts():
    assert assess("ir.ccl.1", on="1388/03/05").fine == Interval(Money(5 * M, "IRR"), Money(20 * M, "IRR"))


def test_decree_dates():
    assert [(d.key, d.effective) for d in DECREES] == [
        ("1388", dt.date(2009, 5, 26)),
        ("1399", dt.date(2021, 3, 15)),
        ("1403", dt.date(2024, 6, 24)),
    ]
    assert DECREES[1].number == "153973/ت57752هـ"
    assert DECREES[2].number == "56261/ت62298هـ"


def test_explanation_names_the_decree_and_the_status():
    text = assess("ir.ipc.736", on="1403/04/04").explain()
    assert "56261/ت62298هـ" in text and "VERIFIED" in text
    text = assess("ir.ipc.736", on="1400/01/01").explain()
    assert "153973/ت57752هـ" in text and "CONFLICT" in text


def test_1403_is_3_3_times_1399_rounded():
    # The law notes' observation (iran.md §1): every 1403 figure equals 3.3 x the 1399 figure, rounded
    # to a round number (49.5M -> 50M, 198M -> 200M, 495M -> 500M, 19.8M -> 20M), except 736 in REPO.
    for key, schedule in SCHEDULES.items():
        _, d1399, d1403 = schedule.figures
        for old, new in ((d1399.range.low, d1403.range.low), (d1399.range.high, d1403.range.high)):
            exact = old.amount * Fraction(33, 10)
            assert abs(new.amount - exact) <= exact / 50, key


# ---------------------------------------------------------------------------------------------
# Art 781 what-if
def test_whatif_is_exact_and_marked_hypothetical():
    result = hypothetical_adjustment(20 * M, 1398, 1398)
    assert result.hypothetical is True
    assert result.amount == Money(28_240_000, "IRR")
    assert result.factor == Fraction(1412, 1000)
    assert str(result).startswith("HYPOTHETICAL")
    assert "781" in result.basis


def test_whatif_cbi_1393_to_1398_is_about_2_86():
    result = hypothetical_adjustment(1_000_000_000, 1393, 1398)
    expected = Fraction(1156, 1000) * Fraction(1119, 1000) * Fraction(109, 100) * Fraction(1096, 1000)
    expected *= Fraction(1312, 1000) * Fraction(1412, 1000)
    assert result.factor == expected
    assert Fraction(285, 100) < result.factor < Fraction(287, 100)
    assert isinstance(result.amount.amount, (int, Fraction))


def test_whatif_missing_years_and_user_series():
    with pytest.raises(InvalidFactError) as raised:
        hypothetical_adjustment(20 * M, 1398, 1401)
    assert raised.value.field == "series" and raised.value.value == [1399, 1400]
    result = hypothetical_adjustment(20 * M, 1399, 1400, series={1399: "36.4", 1400: Decimal("40.2")})
    assert result.amount == Money(20 * M, "IRR") * (Fraction(1364, 1000) * Fraction(1402, 1000))
    assert result.series == "user-supplied series"
    with pytest.raises(InvalidFactError):
        hypothetical_adjustment(20 * M, 1399, 1399, series={1399: 36.4})
    with pytest.raises(InvalidFactError):
        hypothetical_adjustment(20.0, 1399, 1399)
    assert 1399 not in CBI_INFLATION and CBI_INFLATION[1391].status.value == "VERIFIED"
