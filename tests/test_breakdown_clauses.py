"""Session 49, on invented notices (places 皣, 皤, 皥, 皦, 皧): breakdowns said clause by clause, a quarterly report's
terms, parties pointed at, and the kinds of number a question asks.

- 共有1406人重复领取…其中,皣阳市517人,重复领取301.4万元;皣山市389人,…: each ;-clause opens with a place, a
  peer of the next; a figure with nothing but that place before it counts what the whole counts, and every
  figure of the clause is that place's; a place the breakdown does not list gets no figure; a sentence's own
  opening (有关市县已追回…) is no place of a breakdown, nor is a ; inside brackets;
- 分乡镇看,A镇…;B镇…;其余5个乡镇共…: the rest is no town asked; the one count in the measure word asked of the
  town asked answers when the question's act is the figure's (查出来 for 发现), not another act (报废);
- a quarterly report: 本季度 and the report's own quarter by name are this term, 年初以来 the total so far, and
  较上季度的… the term before; 上季度 asked takes the base; a named rate (满意率) is not a share of
  something else; 涨到了多少 asks the value after the change;
- 撤掉 is 下架, not 发布; 多少套 is never answered in 件; 多少个…人员 is never answered by 部门;
- …多少天?B呢?: the clause before asked again of B; 那家皦丰农机店 and 皥州市顺达物流公司 name a party;
  皥东县和皥州市直单位: 市直单位 is one body;
- 当年 is the year its paragraph said last; a sentence that opens with 期间 is the stretch said before; a total
  over 2022年至2024年 is no one year's; 较2024年同期的… is that stretch of the year, not all of it;
- 动工 read across 党员活动工作餐 is no act.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import fact_action
from pipeline.facts import annotate
from pipeline.figures import extract_figures
from pipeline.question import _entities
from pipeline.slots import _what_about, read
from tests.answering import answered, build_answerer, refused_with

PENSION = """皣南省2025年养老保险基金审计结果公告

一、审计发现的主要问题

1. 死亡人员待遇未及时停发。被审计地区共有1288名参保人员死亡后仍被继续发放养老保险待遇，违规领取金额共计606.2万元。

2. 重复领取养老保险待遇。审计发现，被审计地区共有1406人重复领取养老保险待遇，重复领取金额922.6万元。其中，皣阳市517人，重复领取301.4万元；皣山市389人，重复领取244.7万元。

3. 低保对象核查。查出不符合条件的低保对象64人（皣阳市23人；皣山市19人；皣川市22人），已停发并追回低保金28.7万元。

二、审计查出问题的整改情况

有关市县已追回违规领取的养老保险待遇共计1320.5万元，其中皣阳市502.6万元、皣山市417.3万元。
"""

QUARTER = """皤州市市场监督管理局关于2025年第二季度预付式消费投诉处理情况的通报

一、总体情况

本季度，全市共受理预付式消费投诉2,214件，较上季度的2,506件环比下降11.7%；办结2,098件，办结率94.8%，较上季度提高1.9个百分点。其中，美容美发类投诉1,027件，占本季度投诉总量的46.4%。年初以来，全市累计受理预付式消费投诉4,720件，办结4,433件，办结率93.9%。

本季度，市市场监管局督促各网络交易平台下架违规预付卡销售链接3,185条，较上季度的4,042条环比下降21.2%。

二、整改成效

第三方抽样调查显示，全市消费者对预付式消费维权渠道的知晓率仅为58.3%。专项整治开展后，消费者维权渠道知晓率提升至86.9%，比整治前提高28.6个百分点。

三、典型案例

（一）皤州市安康健身服务有限公司案。该公司在多个网络平台发布虚假优惠信息312条，诱导消费者办理预付卡。市市场监管局依法责令其停业整顿45天，并处罚款12万元。

（二）皤州市悦颜美容有限公司案。该公司收取预付款后拒不退款。市市场监管局依法责令其停业整顿20天，并处罚款6万元。
"""

TOWNS = """皦东县农业农村局关于农机购置补贴专项核查情况的通报

一、核查总体情况

2022年至2024年，全县共兑付农机购置补贴资金4,286.5万元。期间累计核查补贴机具1,630台，发现违规问题机具87台。

分乡镇看，皦河镇发现问题机具29台，涉及补贴资金71.3万元；皦山镇发现问题机具21台，涉及补贴资金52.6万元；皦湖镇发现问题机具14台，涉及补贴资金33.8万元；其余5个乡镇共发现问题机具23台，涉及补贴资金49.5万元。

2023年，县农业农村局在自查中发现问题机具12台，当年追回补贴资金26.4万元。

2025年一季度，县农业农村局受理补贴问题举报21件，较2024年同期的35件下降40.0%。

二、典型问题

其中，皦东县皦丰农机销售有限公司一家涉及问题机具16台、补贴资金38.9万元，已被列入黑名单。

三、党费使用情况

县农业农村局机关党委使用党费支付党员活动工作餐费用3650元，已责令退回。
"""

RIVERS = """皧州市水利局2024年河道采砂专项整治工作总结

一、总体情况

全年全市共查处非法采砂案件41起，罚款96.3万元。

二、重点河段整治情况

（一）皧江干流皧阳段

该河段全年开采河砂63.5万立方米，同比下降8.2%。全年在该段查处非法采砂案件9起，罚款22.6万元。

（二）皧江干流皧东县段

该河段全年开采河砂38.7万立方米。全年在该段查处非法采砂案件12起，罚款31.4万元。

（三）皧河皧溪镇段

该河段全段为禁采区。全年在该段查处非法采砂案件6起，罚款18.5万元。

三、征地补偿款审计整改

皧东镇皧山村、皧湾村通过虚增青苗数量等方式，多报冒领补偿款236.4万元，其中皧山村虚报冒领151.2万元。整改情况：截至2025.3.31，已追回198.6万元，剩余37.8万元正在追缴。

皧东镇2023年实施的安置项目中，被征收户过渡安置费86.2万元逾期发放。
"""

INTERVIEW = """皥州市纪委监委“清理吃空饷”网络访谈实录

主持人：这次专项清理的总体情况怎么样？

嘉宾：为此，市纪委监委会同市委组织部、市财政局等4个部门，在全市开展专项清理。截至2024年10月底，全市共清理出“吃空饷”人员186人，追缴资金1,036.8万元。从各县区看，皥城区清理出33人，追缴资金211.4万元；皥东县清理出28人，追缴资金176.2万元。市直单位清理出41人，追缴资金298.5万元。

主持人：群众举报情况如何？

嘉宾：专项清理期间共受理相关信访举报66件，经查实的38件。全市应追缴资金1,120.5万元，已追缴到位1,036.8万元。

主持人：今年还有新发现吗？

嘉宾：今年以来持续开展“回头看”，又新发现“吃空饷”人员9人，追缴资金41.2万元。加上专项清理期间查出的人员，全市累计清理出“吃空饷”人员195人，累计已追缴到位资金1,078.0万元。督导中累计开展提醒谈话860人次，其中2025年一季度开展312人次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s49", [
        ("pinan-yanglao-2025", PENSION, "皣南省", {"issuer": "皣南省审计厅"}),
        ("pozhou-yufu-2025q2", QUARTER, "皤州市"),
        ("jiaodong-nongji-2025", TOWNS, "皦东县"),
        ("haozhou-fangtan-2024", INTERVIEW, "皥州市"),
        ("jizhou-caisha-2024", RIVERS, "皧州市"),
    ], "2025-07-18")


def _facts(text):
    return {f.text: f for f in annotate(text, extract_figures("d", text))}


def test_a_part_named_only_by_its_place_counts_what_the_whole_counts():
    f = _facts(PENSION)
    assert f["517人"].measure == f["389人"].measure == f["1406人"].measure == "重复领取养老保险待遇"
    assert (f["517人"].subject, f["301.4万元"].subject) == ("皣阳市", "皣阳市")
    assert (f["389人"].subject, f["244.7万元"].subject) == ("皣山市", "皣山市")
    # (the sentence's own opening, 有关市县已追回…, names no place of the breakdown; nor does a ; in brackets)
    assert f["1320.5万元"].subject is None and f["28.7万元"].subject is None


def test_a_places_part_answers_and_an_unlisted_place_is_refused(answerer):
    answered(answerer, "皣阳市有多少人同时拿了两份养老金？", "517人")
    answered(answerer, "皣山市有多少人重复领取养老保险待遇？", "389人")
    refused_with(answerer, "皣川市有多少人重复领取养老保险待遇？")
    answered(answerer, "皣南省查出不该吃低保的人，一共要回了多少低保金？", "28.7万元")


def test_the_rest_is_no_town_asked_and_a_towns_one_count_answers(answerer):
    refused_with(answerer, "皦湖镇一共报废了多少台农机？")
    answered(answerer, "皦湖镇查出来多少台有毛病的补贴农机？", "14台")
    d = answered(answerer, "皦河镇和皦山镇发现的问题机具涉及的补贴资金，哪个镇更多？多多少？", "皦河镇")
    assert "71.3万元" in d["answer"] and "52.6万元" in d["answer"] and "49.5万元" not in d["answer"]


def test_a_quarterly_reports_own_quarter_and_the_term_before(answerer):
    answered(answerer, "皤州市第二季度预付式消费投诉的办结率是多少？", "94.8%")
    answered(answerer, "皤州市上季度下架了多少条违规预付卡销售链接？", "4,042条")
    d = answered(answerer, "皤州市本季度受理的预付式消费投诉比上季度少了多少件？", "相差292件")
    assert "2,506件" in d["answer"] and "2,214件" in d["answer"]
    refused_with(answerer, "皤州市第二季度预付式消费投诉的群众满意率是多少？", "满意率")
    answered(answerer, "整治以后，皤州市消费者知道维权渠道的比例涨到了多少？", "86.9%")


def test_acts_measure_words_and_counted_nouns(answerer):
    answered(answerer, "皤州二季度让网上撤掉了多少条有问题的预付卡链接？", "3,185条")
    refused_with(answerer, "皤州市市场监管局第二季度新建了多少套人才公寓？")
    answered(answerer, "皥州这次一共揪出了多少个光拿钱不上班的“吃空饷”人员？", "186人")


def test_what_about_b_and_parties_pointed_at(answerer):
    assert _what_about("安康健身被责令停业整顿多少天?悦颜美容呢?") == "安康健身被责令停业整顿多少天?悦颜美容被责令停业整顿多少天?"
    assert _what_about("皥州市皥河镇发现了多少台?皥山镇呢?") == "皥州市皥河镇发现了多少台?皥州市皥山镇发现了多少台?"
    d = answered(answerer, "安康健身被责令停业整顿多少天？悦颜美容呢？哪家更长？", "安康健身")
    assert "45天" in d["answer"] and "20天" in d["answer"]
    assert _entities("被拉黑的那家皦丰农机店，牵扯到的补贴款有多少？") == ["皦丰农机店"]
    assert _entities("这家农机店罚了多少") == []
    assert "顺达物流公司" in _entities("皥州市顺达物流公司被罚款多少?")
    answered(answerer, "皦东县被拉黑的那家皦丰农机店，牵扯到的补贴款有多少？", "38.9万元")
    parts = read("皥东县和皥州市直单位，哪个追缴的“吃空饷”资金更多？").parts
    assert [p.text.split(" ")[0] for p in parts] == ["皥东县", "皥州市直单位"] and "市直单位" in parts[1].who
    d = answered(answerer, "皥东县和皥州市直单位，哪个追缴的“吃空饷”资金更多？", "皥州市")
    assert "176.2万元" in d["answer"] and "298.5万元" in d["answer"]
    answered(answerer, "皥城区一共要回来多少吃空饷的钱？", "211.4万元")
    answered(answerer, "群众反映“吃空饷”的举报里，最后核实属实的有多少件？", "38件")


def test_times_said_back(answerer):
    refused_with(answerer, "2022年皦东县兑付了多少农机购置补贴资金？", "2022年至2024年")
    answered(answerer, "2023年皦东县追回了多少农机补贴资金？", "26.4万元")
    refused_with(answerer, "2024年全年皦东县农业农村局受理了多少件补贴问题举报？")


def test_an_act_read_across_two_words_is_none():
    assert fact_action("机关党委使用党费支付党员活动工作餐费用") == "支付"
    assert fact_action("全年查处违纪案件") == "查处"


def test_stretches_of_river_and_what_was_done_about_a_problem(answerer):
    assert _entities("2024年皧江干流皧阳段和皧东县段，哪个河段开采的河砂更多？") == ["皧江干流皧阳段", "皧东县段"]
    assert _entities("这一阶段查处了多少") == []
    d = answered(answerer, "2024年皧江干流皧阳段和皧东县段，哪个河段开采的河砂更多？", "皧江干流皧阳段更多")
    assert "63.5万立方米" in d["answer"] and "38.7万立方米" in d["answer"]
    d = answered(answerer, "2024年皧江干流皧阳段和皧河皧溪镇段的非法采砂罚款合计多少？", "41.1万元")
    # (…多报冒领补偿款236.4万元…。整改情况:…已追回198.6万元: the block after a problem says what was done)
    answered(answerer, "皧东镇几个村靠虚报青苗骗领的补偿款，已经要回来多少了？", "198.6万元")
    # (被征收户 names whom, no act: the fee's own act follows the figure)
    answered(answerer, "皧东镇逾期发放的过渡安置费有多少？", "86.2万元")


def test_some_ji_wrongs_named_and_acts_joined():
    from pipeline.actions import asked_actions
    from pipeline.question import some_ji

    q = "皧东镇几个村靠虚报青苗骗领的补偿款,已经要回来多少了?"
    assert some_ji(q, q.index("几"), q.index("几") + 2)
    assert not some_ji("有几个村存在问题,清退了多少户?", 1, 3)
    assert read(q).parts[0].kinds == ["money"] and read(q).parts[0].asks == 1
    assert asked_actions("皧东镇已追回的虚报冒领补偿款") == ["追回"]
    assert asked_actions("一共让商家撤柜、追回了多少吨有问题的食品?") == ["追回", "撤柜"]
    assert fact_action("被征收户过渡安置费") is None


def test_a_grand_total_and_a_running_total_beside_the_stretch_asked(answerer):
    # (加上专项清理期间查出的人员,全市累计…1,078.0万元: that and more, not the campaign's own)
    answered(answerer, "皥州市这次专项清理已追缴到位的资金有多少？", "1,036.8万元")
    d = answered(answerer, "2025年一季度，皥州开展了多少人次提醒谈话？", "312人次")
    assert "860人次" not in d["answer"]
