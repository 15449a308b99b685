"""Session 35, on invented notices (places 甗, 甝, 甞): a general thesaurus read only against the
candidate's own clause, a reader's doubled words, a month's figure beside the running total, general
classifiers (袋, 门, 篇), the one thing the question counts when another 几 says "some", and a scope before
the fact's own verb."""
import pytest

from pipeline.synonyms import in_words_of, synonyms
from pipeline.textnorm import unreduplicated
from tests.answering import answered, ask_checked, build_answerer, refused_with

MONTHLY = """甗城县纪委监委关于2024年10月“四风”问题查处情况的通报

一、从问题类型看
本月查处享乐主义、奢靡之风问题7起，1-10月累计56起。享乐主义、奢靡之风问题中，违规吃喝问题本月3起，1-10月累计21起；违规收送礼品礼金问题本月2起，1-10月累计15起。
从问题来源看，1-10月通过信访举报查处24起，通过监督检查发现并查处29起。
"""

SAMPLING = """甝州市市场监督管理局关于2024年第三季度食品安全监督抽检情况的通告

本季度全市共完成食品安全监督抽检3126批次，检出不合格样品39批次。
截至2024年10月25日，累计立案调查27件，罚没款合计12.86万元；下架、封存不合格食品312.8公斤，责令召回问题产品1446袋。
市医保局在专项整治中出台《甝州市定点医药机构违规行为积分管理办法》等制度文件6项。
集团投入安全生产专项资金1.83亿元，对所属6座煤矿排查各类隐患1274项，已整改1256项。
"""

COLLEGE = """甞州大学党委关于巡察整改情况的公示

马克思主义学院：2024年以来，学院教师在CSSCI来源期刊发表论文17篇，较上年同期增加6篇。
外国语学院：对学院开设的全部课程开展专项排查，共排查课程142门，调整更换教材9种。
附属医院：退还多收患者费用36.95万元，涉及患者1792人次。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "thesaurus", [
        ("yancheng-sifeng-2024", MONTHLY, "甗城县"),
        ("qizhou-choujian-2024", SAMPLING, "甝州市"),
        ("changzhou-daxue-2024", COLLEGE, "甞州大学"),
    ], "2024-11-08")


def test_the_thesaurus_reads_a_word_only_as_one_the_clause_uses():
    assert "患者" in synonyms("病人")
    assert in_words_of("多收病人的钱退回去", "退还多收患者费用") == "多收患者的钱退还去"
    # the field's action classes keep apart what a thesaurus groups (核查 is no 核销): nothing replaced
    assert in_words_of("结案", "立案查处") == "结案"
    assert in_words_of("病人", "") == "病人"


def test_a_readers_doubled_words_are_read_once():
    assert unreduplicated("因为吃吃喝喝违规") == "因为吃喝违规"
    assert unreduplicated("人人参与") == "人人参与"  # (one character doubled is no AABB word)


def test_a_months_figure_beside_the_running_total(answerer):
    # 本月3起, 1-10月累计21起: the running total counts what the month's figure counts
    answered(answerer, "甗城县1-10月查处的违规吃喝问题有多少起？", "21起")
    d = answered(answerer, "甗城县1-10月查处的违规吃喝问题和违规收送礼品礼金问题合计多少起？", "36起")
    assert d["computed"]["op"] == "sum"
    answered(answerer, "甗城县本月查处违规吃喝问题几起？", "3起")


def test_a_classifier_of_goods_is_no_weight(answerer):
    answered(answerer, "甝州市这个季度一共让商家召回了多少袋问题食品？", "1446袋")
    answered(answerer, "甝州市下架封存了多少公斤不合格食品？", "312.8公斤")


def test_the_counted_thing_when_another_ji_says_some(answerer):
    # 几座煤矿 names the mines; 多少处隐患 asks, and the notice counts the same 隐患 in 项
    answered(answerer, "甝州市那个集团的几座煤矿一共查出了多少处隐患？", "1274项")


def test_a_scope_before_the_facts_own_verb_is_no_body(answerer):
    answered(answerer, "甝州市医保局在专项整治中出台了多少项制度文件？", "6项")


def test_a_classifier_the_notice_uses_for_one_thing_only(answerer):
    answered(answerer, "甞州大学外国语学院整改时把多少门课都过了一遍？", "142门")
    # 较上年同期增加6篇 is a change of the 17篇, no other thing counted in 篇
    answered(answerer, "甞州大学马克思主义学院的老师在C刊上发了几篇文章？", "17篇")


CAMPAIGN = """甗川市医保基金管理突出问题专项整治情况通报

今年4月以来，甗川市开展医保基金专项整治，追回医保基金1.86亿元。
截至2024年10月底，全市共检查定点医药机构2316家，追回医保基金1.86亿元。
从区域看，甗阳区检查定点医药机构612家，不合格11家；甗山县检查定点医药机构803家，不合格14家。从机构看，定点零售药店检查1140家。
甗山县康宁医院虚构康复理疗服务项目，追回医保基金134万元。
各县区逐项整改。甗阳区追回医保基金3126万元；甗东县追回医保基金2258万元；甗山县追回医保基金1794万元；甗川高新区追回医保基金965万元。
截至2024年6月10日，督察组向甗阳市转办群众信访举报件286件。
甗山县交通运输局违规拨付衔接资金2860万元；甗山县甗丰农业开发有限公司虚报带动脱贫户人数，套取衔接资金19.6万元。
剩余资金调整用于甗北镇甗坪村产业路建设，新建产业路4.6公里。
全市住房公积金实缴单位5826家。
各学院共制定整改措施213项。外国语学院（反馈问题19个，制定整改措施49项，已完成41项）；医学院（反馈问题18个，制定整改措施45项，已完成38项）。
"""


@pytest.fixture(scope="module")
def campaign(tmp_path_factory):
    return build_answerer(tmp_path_factory, "campaign", [("yanchuan-yibao-2024", CAMPAIGN, "甗川市")], "2024-11-08")


def test_a_body_inside_the_place_asked_is_not_the_place(campaign):
    # 甗山县康宁医院's 134万元 is one hospital's; 甗山县追回医保基金1794万元 is the county's
    answered(campaign, "甗川市专项整治中，甗山县追回的医保基金有多少？", "1794万元")
    answered(campaign, "甗山县那家康宁医院追回了多少医保基金？", "134万元")
    # (a company of the kind asked, inside the county, is the one asked)
    answered(campaign, "甗山县那家虚报带贫人数的农业公司骗走了多少衔接资金？", "19.6万元")


def test_a_zone_named_after_the_city_is_a_part_of_it_and_a_headline_figure_has_its_body_twins_time(campaign):
    # 甗川高新区 opens its own stretch between semicolons: a part of 甗川市; the headline 1.86亿元 is the
    # body's 截至2024年10月底 figure, no first half's
    refused_with(campaign, "甗川市今年上半年追回了多少医保基金？")


def test_a_list_of_places_earlier_in_the_paragraph_is_no_lead(campaign):
    answered(campaign, "甗山县检查了多少家定点医药机构？", "803家")
    # 从机构看,定点零售药店检查1140家 is the city's again, whatever the district list before it names
    d = ask_checked(campaign, "甗山县检查了多少家定点零售药店？")
    assert "1140" not in (d["answer"] or ""), d


def test_a_running_total_at_another_day(campaign):
    refused_with(campaign, "截至2024年6月底，督察组一共向甗阳市转办了多少件信访举报？", "period not covered", "6月10日")
    answered(campaign, "截至2024年6月10日，督察组一共向甗阳市转办了多少件信访举报？", "286件")


def test_money_diverted_is_not_money_obtained_by_a_false_claim(campaign):
    refused_with(campaign, "甗山县交通运输局挪用了多少衔接资金？", "挪用")


def test_where_in_the_town_asked_the_work_is(campaign):
    answered(campaign, "甗北镇新建的产业路有多少公里？", "4.6公里")


def test_what_was_added_is_not_the_stock(campaign):
    refused_with(campaign, "甗川市新开户缴公积金的单位有多少家？", "what was added")


def test_measures_carried_out_are_not_those_drawn_up(campaign):
    answered(campaign, "外国语学院已完成的整改措施有多少项？", "41项")
    answered(campaign, "外国语学院制定了多少项整改措施？", "49项")


def test_two_colleges_after_one_university():
    from pipeline.slots import read

    parts = read("甞州大学第三轮巡察给机械工程学院和医学院一共反馈了多少个问题？").parts
    assert [p.text for p in parts] == ["甞州大学第三轮巡察给机械工程学院 一共反馈了多少个问题", "甞州大学第三轮巡察给医学院 一共反馈了多少个问题"]


WEEKLY = """甠州市交通运输局关于治超专项整治成效的通报

专项整治开展6周以来，全市共查处违法超限超载车辆1037辆，罚款537.6万元。
第1周：检测车辆30120辆，查处超限238辆，罚款96.4万元
第2周：检测车辆31055辆，查处超限204辆，罚款88.1万元
第3周：检测车辆32680辆，查处超限158辆，罚款83.2万元
"""


@pytest.fixture(scope="module")
def weekly(tmp_path_factory):
    return build_answerer(tmp_path_factory, "weekly", [("tianzhou-zhichao-2024", WEEKLY, "甠州市")], "2024-11-08")


def test_a_week_asked_of_a_notice_with_a_line_per_week(weekly):
    # the line's label (第3周：) says whose the figures after it are; the campaign's total is no week's
    answered(weekly, "甠州市治超第3周逮到了多少辆超限的货车？", "158辆")
    refused_with(weekly, "甠州市治超第7周查处了多少辆超限车辆？", "period not covered", "第1周")
    refused_with(weekly, "甠州市治超前两周一共查处了多少辆超限车辆？", "period not covered")
    answered(weekly, "甠州市治超专项整治一共查处了多少辆违法超限超载车辆？", "1037辆")


def test_a_year_asked_of_a_figure_the_notice_says_is_of_another(campaign):
    # 截至2024年10月底,…追回医保基金1.86亿元: the notice's year is 2024; 2023年 asked is another year's figure
    refused_with(campaign, "甗川市2023年追回了多少医保基金？", "period not covered")
    # (a date the work stands at is no year asked of the data: 截至2024年10月底 answers)
    answered(campaign, "截至2024年10月底，甗川市一共检查了多少家定点医药机构？", "2316家")


def test_a_thing_of_the_breakdowns_kind_it_does_not_list():
    from types import SimpleNamespace as NS

    from pipeline.bodies import unlisted_item_conflict

    text = "全省共对312人采取留置措施,其中厅局级干部21人、县处级干部97人,留置人数较去年同期增加23名。"
    i = text.index("97人")
    fact = NS(fig=NS(start=i, end=i + 3, sentence_start=0, text="97人"), clause_start=text.index("县处级"), measure="县处级干部")
    assert "乡科级干部" in unlisted_item_conflict("1—9月被采取留置措施的人员中,乡科级干部有多少人?", fact, text)
    assert unlisted_item_conflict("1—9月被采取留置措施的县处级干部有多少人?", fact, text) is None
    # (items that share only one character, 物业费 and 停车费, are no kind of their own)
    text2 = "追回违规减免费用86.47万元,其中物业费61.2万元、停车费25.27万元。"
    j = text2.index("25.27")
    fact2 = NS(fig=NS(start=j, end=j + 7, sentence_start=0, text="25.27万元"), clause_start=text2.index("停车费"), measure="停车费")
    assert unlisted_item_conflict("追回的电梯费有多少?", fact2, text2) is None
