import math

import pytest
from hypothesis import given, strategies as st

from pipeline.numerals import normalize, parse_number


@pytest.mark.parametrize("s, want", [
    ("0", 0), ("7", 7), ("94", 94), ("5255.42", 5255.42), ("13717.50", 13717.5),
    ("1,234", 1234), ("1,234,567", 1234567), ("1,234.5", 1234.5),
    ("1\uff0c234", 1234), ("１２３", 123), ("１２．５", 12.5), ("１，２３４", 1234),
    (" 42 ", 42), (".5", 0.5),
])
def test_arabic(s, want):
    assert parse_number(s) == pytest.approx(want)


@pytest.mark.parametrize("s, want", [
    ("零", 0), ("〇", 0), ("一", 1), ("两", 2), ("二", 2), ("十", 10), ("十二", 12),
    ("二十", 20), ("三十六", 36), ("一百", 100), ("一百零五", 105), ("一百一十", 110),
    ("一千零五十", 1050), ("一万二千", 12000), ("两万", 20000), ("三亿五千万", 350_000_000),
    ("一万亿", 10**12), ("一百五", 150), ("两千五", 2500), ("两万五", 25000),
    ("九十九", 99), ("四十", 40), ("一千二百", 1200),
    ("二点三", 2.3), ("十二点五", 12.5), ("三点零五", 3.05), ("二点三亿", 2.3e8), ("一百点五万", 1_005_000),
])
def test_chinese(s, want):
    assert parse_number(s) == pytest.approx(want)


@pytest.mark.parametrize("s, want", [
    ("1.2万", 12000), ("3万", 30000), ("2.56亿", 2.56e8), ("1万2千", 12000),
    ("1,234万", 12_340_000), ("14.76万", 147600),
])
def test_mixed(s, want):
    assert parse_number(s) == pytest.approx(want)


@pytest.mark.parametrize("s, want", [
    ("二十余", 20), ("2000余", 2000), ("1200多", 1200), ("十余", 10), ("半", 0.5),
    ("百分之八十", 80), ("百分之十二点五", 12.5),
])
def test_approx_and_half(s, want):
    assert parse_number(s) == pytest.approx(want)


@pytest.mark.parametrize("s", [
    "", "   ", "abc", "十四五", "二〇一九", "一二三", "12,34", "1.2.3", "百百", "十百",
    "万万", "3a", "--", "重点", "点五", "三点",
])
def test_not_a_number(s):
    assert parse_number(s) is None


def test_non_string():
    assert parse_number(None) is None  # type: ignore[arg-type]


@pytest.mark.parametrize("value, unit, want", [
    (5255.42, "万元", (52_554_200, "元")),
    (2.56, "亿元", (256_000_000, "元")),
    (10.9791, "万元", (109_791, "元")),
    (3, "千元", (3000, "元")),
    (5, "百万元", (5_000_000, "元")),
    (2.4, "万人", (24000, "人")),
    (3.91, "万人次", (39100, "人次")),
    (2.8, "万吨", (28000, "吨")),
    (1.94, "万亩", (19400, "亩")),
    (2.6, "万家", (26000, "家")),
    (1.5, "万户", (15000, "户")),
    (6.8, "万平方米", (68000, "平方米")),
    (2, "万册", (20000, "册")),
    (3, "万份", (30000, "份")),
    (4, "万次", (40000, "次")),
    (3, "万余米", (30000, "米")),
    (1, "亿余元", (1e8, "元")),
    (14.76, "万千米", (147600, "千米")),
    (30.6, "公里", (30.6, "公里")),
    (3, "千米", (3, "千米")),
    (2, "千克", (2, "千克")),
    (5, "千瓦", (5, "千瓦")),
    (80.9, "%", (80.9, "%")),
    (80.9, "\uff05", (80.9, "%")),
    (3.67, "个百分点", (3.67, "个百分点")),
    (5, "百分点", (5, "个百分点")),
    (8, "元/生/餐", (8, "元/生/餐")),
    (3100, "吨/年", (3100, "吨/年")),
    (6, "万吨/年", (60000, "吨/年")),
    (6, "万吨\uff0f年", (60000, "吨/年")),
    (3, "万", (30000, "")),
    (2.5, "亿", (2.5e8, "")),
    (1000, "平米", (1000, "平方米")),
    (94, "家", (94, "家")),
    (3, "个方面", (3, "个")),
    (2, "方面", (2, "个")),
    (3.6, "个小时", (3.6, "小时")),
    (2, "个工作日", (2, "工作日")),
    (30, "日", (30, "天")),
    (3, "个月", (3, "个月")),
    (12, "人次", (12, "人次")),
    (7, "furlong", (7, "furlong")),
    (7, "", (7, "")),
])
def test_normalize(value, unit, want):
    v, u = normalize(value, unit)
    assert v == pytest.approx(want[0]) and u == want[1]


def test_normalize_is_exact_for_decimal_prefixes():
    # 10.9791 * 1e4 in floats is 109790.99999999999; the eval compares for equality
    assert normalize(10.9791, "万元")[0] == 109791.0
    assert normalize(0.07, "万元")[0] == 700.0
    assert normalize(1.1, "亿元")[0] == 110_000_000.0


def test_normalize_same_quantity_meets():
    assert normalize(5255.42, "万元")[0] == normalize(52554200, "元")[0]
    assert normalize(2.56, "亿元") == normalize(25600, "万元")


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.sampled_from(
    ["元", "万元", "亿元", "人", "万人次", "吨/年", "万吨/年", "%", "个百分点", "千米", "万千米", ""]))
def test_normalize_property(value, unit):
    v, u = normalize(value, unit)
    assert math.isfinite(v) and v >= value * (1 - 1e-12)
    assert normalize(v, u) == (v, u)  # the base unit is a fixed point


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_roundtrip(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.text(alphabet="0123456789.,,一二两三四五六七八九十百千万亿零〇余多半元个%", max_size=12))
def test_parse_never_raises(s):
    v = parse_number(s)
    assert v is None or (isinstance(v, float) and math.isfinite(v) and v >= 0)
