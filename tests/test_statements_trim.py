"""A statement answer drops the outline marker it starts with, a decimal one (2.4) whole: a
half-stripped marker (`4 公务用车…` from `2.4 公务用车…`) is a number the notice never states."""

import pytest

from pipeline.statements import trim


@pytest.mark.parametrize("raw, want", [
    ("2.4 公务用车管理不规范的问题", "公务用车管理不规范的问题"),
    ("1.1 关于台账的问题", "关于台账的问题"),
    ("3.关于食堂的问题", "关于食堂的问题"),
    ("(二)关于资金的问题", "关于资金的问题"),
    ("二是建立台账", "建立台账"),
])
def test_markers_are_dropped_whole(raw, want):
    assert trim(raw) == want


@pytest.mark.parametrize("raw", ["2.5万元用于修缮", "4 个问题已整改", "2.5 万元已退回", "12个问题"])
def test_figures_are_not_markers(raw):
    assert trim(raw) == raw
