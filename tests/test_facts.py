"""facts: every figure knows its measure, its period and its kind; every span is exact.

The sentences are written for these tests (none is copied from the corpus).
"""
import pytest

from pipeline.facts import annotate, kind_of
from pipeline.figures import extract_figures


def facts(text, subject=None):
    figs = extract_figures("t", text, (lambda pos: subject) if subject else None)
    for f in figs:  # offsets are sacred
        if f.measure is not None:
            assert text[f.measure_start:f.measure_end] == f.measure
        if f.period is not None:
            assert text[f.period_start:f.period_end] == f.period
    return {f.text: f for f in figs}


def measure(text, fig, subject=None):
    return facts(text, subject)[fig].measure


@pytest.mark.parametrize("text, fig, want", [
    # verb + object before the number
    ("街道为外来务工人员讨回工资12万元。", "12万元", "为外来务工人员讨回工资"),
    ("今年新修乡村道路18.5公里。", "18.5公里", "新修乡村道路"),
    # object + 为/达/共 + number
    ("全县学生近视率为31.2%。", "31.2%", "学生近视率"),
    ("商标注册总量达2300件。", "2300件", "商标注册总量"),
    # number + measure word + noun: what is counted follows the measure word
    ("年内建成5个社区养老服务站。", "5个", "社区养老服务站"),
    ("先后约谈8名村干部。", "8名", "村干部"),
    # adverbs and scope words are not the measure
    ("目前我镇已累计清理河道垃圾46吨。", "46吨", "清理河道垃圾"),
    ("其中党员干部9人。", "9人", "党员干部"),
])
def test_measure_from_clause_structure(text, fig, want):
    assert measure(text, fig) == want


def test_the_subject_is_not_part_of_the_measure():
    text = "县水利局新增节水灌溉面积3200亩。"
    assert measure(text, "3200亩", subject="县水利局") == "新增节水灌溉面积"


def test_a_list_of_figure_items_gives_each_its_own_measure():
    f = facts("截至9月底,拆除违章搭建15处、清运建筑垃圾80吨、补种绿化带600平方米。")
    assert f["15处"].measure == "拆除违章搭建"
    assert f["80吨"].measure == "清运建筑垃圾"
    assert f["600平方米"].measure == "补种绿化带"


def test_an_enumeration_with_fenbie_pairs_items_and_figures():
    f = facts("一等奖、二等奖、三等奖分别为2名、5名、9名。")
    assert f["2名"].measure == "一等奖"
    assert f["5名"].measure == "二等奖"
    assert f["9名"].measure == "三等奖"


def test_each_figure_in_a_clause_chain_reads_its_own_clause():
    f = facts("全年受理群众来信320件,办结301件,办结率94.1%。")
    assert f["320件"].measure == "受理群众来信"
    assert f["301件"].measure == "办结"
    assert f["94.1%"].measure == "办结率"


def test_a_figure_right_after_another_counts_the_same_thing():
    f = facts("清退不符合条件的补贴对象27户63人。")
    assert f["27户"].measure == f["63人"].measure and f["63人"].measure


def test_a_sub_unit_or_a_share_is_named_by_its_own_words():
    # evals/gold/LABELLING.md: a place given only a rate is measured by its name; a share by 占
    f = facts("全县贷款不良率2.4%,其中东河镇高达4.9%;涉农贷款余额12亿元、仅占18.5%。")
    assert f["2.4%"].measure == "贷款不良率"
    assert f["4.9%"].measure == "东河镇"
    assert f["18.5%"].measure == "仅占"


def test_a_change_from_one_figure_to_another_keeps_the_measure():
    f = facts("审批时限从20个工作日缩短到8个工作日。")
    assert f["20个工作日"].measure == "审批时限"
    assert f["8个工作日"].measure == "审批时限"


def test_dummy_verbs_leave_what_was_done():
    f = facts("对4家农贸市场进行突击检查3次。")
    assert f["4家"].measure == "农贸市场进行突击检查"  # 对's object: what was counted and what was done
    assert f["3次"].measure == "突击检查"
    # an adverbial of manner before the dummy verb (按规定程序) says how, not what was done
    f = facts("对不符合条件的21户46人按规定程序予以及时清退。")
    assert f["21户"].measure == "予以及时清退"


def test_an_object_of_a_preposition_or_a_clause_head_is_measured_by_what_follows():
    f = facts("为16家民营企业兑现奖补资金230万元,9家企业通过复审。")
    assert f["16家"].measure == "民营企业兑现奖补资金"
    assert f["230万元"].measure == "民营企业兑现奖补资金"
    assert f["9家"].measure == "企业通过复审"


def test_a_value_in_parentheses_belongs_to_the_word_before():
    f = facts("该县增速低于全省(8.2%)3.1个百分点。")
    assert f["8.2%"].measure == "增速低于全省"
    assert f["3.1个百分点"].measure == "增速低于全省"


def test_a_short_verb_then_the_figure_then_a_noun_measures_the_noun():
    f = facts("累计发放500万元消费券,完成60%左右的主体工程。")
    assert f["500万元"].measure == "消费券"
    assert f["60%"].measure == "主体工程"


def test_measure_is_none_when_the_figure_is_the_time_itself():
    f = facts("近两个月来,各村持续推进整改。")
    assert f["两个月"].measure is None


@pytest.mark.parametrize("text, fig, want", [
    ("截至2023年6月底,全市累计发放贷款3.2亿元。", "3.2亿元", "截至2023年6月底"),
    ("今年1-9月,全区完成植树造林1200亩。", "1200亩", "今年1-9月"),
    ("2022年全县新增就业岗位850个。", "850个", "2022年"),
    ("上半年共受理投诉46件。", "46件", "上半年"),
    ("前三季度财政收入增长4.5%。", "4.5%", "前三季度"),
    ("2020年以来,共帮扶困难家庭73户。", "73户", "2020年以来"),
])
def test_period_is_the_nearest_time_phrase_before_the_figure(text, fig, want):
    assert facts(text)[fig].period == want


def test_no_period_when_the_sentence_states_none_and_never_across_sentences():
    f = facts("2021年,全镇开展培训。新建公厕12座。")
    assert f["12座"].period is None


def test_the_nearest_time_phrase_wins():
    f = facts("2019年启动改造,截至今年3月底完成改造楼栋42栋。")
    assert f["42栋"].period == "截至今年3月底"


@pytest.mark.parametrize("unit, kind", [
    ("万元", "money"), ("元/人", "money"), ("亿美元", "money"), ("个", "count"), ("万人次", "count"),
    ("家", "count"), ("公里", "length"), ("米", "length"), ("平方米", "area"), ("万亩", "area"),
    ("吨", "weight"), ("立方米", "volume"), ("%", "percent"), ("个百分点", "points"), ("倍", "ratio"),
    ("个月", "duration"), ("个工作日", "duration"), ("千瓦时", "other"), ("万", "count"),
])
def test_kind_from_the_unit(unit, kind):
    assert kind_of(unit) == kind


def test_every_figure_gets_a_kind_and_full_width_text_keeps_offsets():
    text = "全区共排查隐患１２０处，整改率达９５％。"
    f = facts(text)
    assert f["１２０处"].measure == "排查隐患" and f["１２０处"].kind == "count"
    assert f["９５％"].measure == "整改率" and f["９５％"].kind == "percent"


def test_annotate_is_idempotent_and_returns_figures_in_order():
    text = "新建停车位300个,新增充电桩45根。"
    figs = extract_figures("t", text)
    again = annotate(text, list(reversed(figs)))
    assert [f.start for f in again] == sorted(f.start for f in figs)
    assert [f.measure for f in again] == ["新建停车位", "新增充电桩"]


def test_figures_in_a_quote_get_spans_relative_to_the_quote():
    text = "其他内容。完成老旧小区改造6个。"
    quote = text[5:]
    f = extract_figures("q", quote)[0]
    assert quote[f.measure_start:f.measure_end] == f.measure == "完成老旧小区改造"


# ---------------------------------------------------------------- scoring


def test_fact_matches_by_overlap_or_shared_characters():
    from pipeline.evaluate import fact_accuracy, fact_matches

    gold = {"measure": "追回资金", "measure_start": 10}
    assert fact_matches({"measure": "督促追回资金", "measure_start": 8}, gold, "measure")  # holds the gold phrase
    assert fact_matches({"measure": "追回资金", "measure_start": None}, gold, "measure")  # same words, no span
    assert not fact_matches({"measure": "约谈企业", "measure_start": 30}, gold, "measure")
    assert not fact_matches({"measure": None}, gold, "measure")
    pairs = [({"measure": "追回资金", "measure_start": 10}, gold), ({"measure": "处理"}, {"measure": "立案查处"}),
             ({"measure": "x"}, {"text": "3个"})]  # a gold figure without a measure is not judged
    acc, wrong = fact_accuracy(pairs, "measure")
    assert acc == 0.5 and len(wrong) == 1
    assert fact_accuracy(pairs, "period") == (None, [])


def test_now_words_are_not_periods_and_cut_an_earlier_one_off():
    f = facts("2022年,全县新建公厕15座,目前已投入使用12座。截至目前,累计培训380人次。")
    assert f["15座"].period == "2022年"
    assert f["12座"].period is None
    assert f["380人次"].period is None


def test_time_phrases_that_name_things_or_comparison_bases_are_not_periods():
    f = facts("印发《2023年农村改厕实施方案》5份。比上年同期增长12%。")
    assert f["5份"].period is None
    assert f["12%"].period is None


@pytest.mark.parametrize("text, fig, want", [
    ("专项检查期间,共收到群众来信23件。", "23件", "专项检查期间"),
    ("自督察反馈以来,共关停小作坊14家。", "14家", "自督察反馈以来"),
    ("至检查时该镇仍有积案6件。", "6件", "至检查时"),
    ("3家企业已于7月底完成搬迁。", "3家", "于7月底"),
])
def test_event_spans_and_a_time_after_the_figure_in_its_clause(text, fig, want):
    assert facts(text)[fig].period == want


def test_a_time_phrase_is_not_part_of_the_measure():
    assert measure("3家企业已于7月底完成搬迁。", "3家") == "完成搬迁"


def test_a_change_from_one_count_to_another_is_measured_by_what_changes():
    f = facts("将服务窗口由12个合并为7个。")
    assert f["12个"].measure == f["7个"].measure == "服务窗口"


def test_a_relative_clause_before_a_generic_noun_says_what_is_counted():
    assert measure("督查组交办的14个问题已全部办结。", "14个") == "督查组交办"


def test_fenbie_without_a_list_is_an_adverb():
    assert measure("班子成员分别联系企业16家。", "16家") == "联系企业"


def test_an_event_counter_counts_the_event_before_it():
    f = facts("召开局务会议6次专题研究整改工作,开展8次暗访。")
    assert f["6次"].measure == "召开局务会议"
    assert f["8次"].measure == "暗访"


def test_a_list_item_reaching_its_value_keeps_its_own_measure():
    f = facts("全镇生猪存栏达到2.1万头、家禽饲养量达到35万只。")
    assert f["2.1万头"].measure == "生猪存栏"
    assert f["35万只"].measure == "家禽饲养量"


def test_a_short_generic_noun_after_a_verb_leaves_the_verb_as_the_measure():
    assert measure("现场核查5家企业。", "5家") == "现场核查"
    assert measure("年内建成5个社区养老服务站。", "5个") == "社区养老服务站"  # content noun: kept
    assert measure("剩余3个项目正在办理验收手续。", "3个") == "项目正在办理验收手续"


def test_a_now_word_inside_another_word_is_no_now_word():
    assert facts("全年完成项目前期工作9个。")["9个"].period == "全年"


def test_an_adverbial_period_after_the_subject_scopes_the_later_clauses():
    f = facts("县审计局今年以来开展专项审计3轮,对进度滞后的5个单位下发督办函。")
    assert f["3轮"].period == "今年以来"
    assert f["5个"].period == "今年以来"


def test_a_count_followed_by_the_next_item_of_a_list_keeps_the_words_before_it():
    # 给予…7人、组织处理19人次: what follows 、 is the next item's measure, not this figure's
    t = "截至10月底，给予党纪政务处分7人、组织处理19人次。"
    assert measure(t, "7人") == "党纪政务处分"
    assert measure(t, "19人次") == "组织处理"


def test_a_change_with_its_years_between_measures_what_changes():
    # 由2024年底的4.35亿元下降到3.08亿元: the years stand between the change's words and its figures
    # (dev13, a tax bureau's report)
    text = "截至2025年底,全市欠税余额由2024年底的4.35亿元下降到3.08亿元;新增欠税由2024年的1.88亿元下降到2025年的0.86亿元。"
    got = {f.text: f.measure for f in extract_figures("t", text)}
    assert got["4.35亿元"] == got["3.08亿元"] == "欠税余额"
    assert got["1.88亿元"] == got["0.86亿元"] == "新增欠税"
