"""Session 44, on invented notices (places 瘱, 瘲, 瘳): amounts written the way finance notices write them,
changes the notice states as two levels, and labels that say whose a line is.

- an amount in capitals restated in digits (人民币壹佰零叁万伍仟元整（¥1,035,000.00）) is one amount: the
  digits are read (a yuan sign says the unit, the thousands commas part no cells), answered, and measured by
  the line's label (应收回金额), not by the closing 整;
- a change asked between two levels the notice states apart (余额达2.36亿元 … 截至11月末上述余额降至1.94亿元;
  火灾41起,比上一年同期的57起下降28.1%; 追回2419.8万元,…,上年同期追回1536.2万元) is computed from them;
- a rise between two dates asked with 又/多 and 这段时间里 (…又多落实了多少条整改措施) keeps the counted
  noun as its measure, and a party committee's team (县委常委班子) is who acted, not what is counted;
- two districts' bureaus (两个市场监管分局), a bureau beside a township government (卫生健康局和瘳口镇人民政府)
  and 村（社区）干部 are read as what they are;
- a line opened by a town's label (瘲东街道：…) gives that town's figures, not the county's;
- a month of this year asked (今年1月) of a campaign's total that names no month is refused;
- 一共 asked of the notice's own body: the year's count (全年…;给予党纪政务处分147人) over the staff's own (1人);
- a county of one character (瘮县) is a place, whose town's figure (瘮河镇…121宗) is a part of it; 违建 asked is
  the notice's 违法建设, and 面积有多大 asks an area, said beside the count;
- a kind the notice only lists among others, with no figure (其余为餐饮食品、糕点…), is not answered by the
  count of them all; 几部法规 asks a count;
- a title under its issuer's line names the notice's topic; what a measure was taken against (为化解城区
  大班额) is not what is counted, and 上学名额 is the field's 学位; months under an audit year's title may be the year the notice was written.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.figures import extract_figures
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

FINANCE = """瘳城县财政局关于违规使用财政资金收回国库情况的公告

一、瘳城县住房和城乡建设局
违规事项：重复申领老旧小区改造补助资金。
应收回金额：人民币壹佰零叁万伍仟元整（¥1,035,000.00）
已收回金额：人民币陆拾万元整（¥600,000.00）

二、瘳口镇人民政府
违规事项：超范围列支村级公益事业奖补资金。
应收回金额：人民币贰拾叁万壹仟柒佰元整（¥231,700.00）
已收回金额：人民币贰拾叁万壹仟柒佰元整（¥231,700.00）

三、瘳城县卫生健康局
违规事项：违规发放公共卫生服务补助。
应收回金额：人民币肆拾肆万零捌佰元整（¥440,800.00）
已收回金额：人民币肆拾肆万零捌佰元整（¥440,800.00）

截至2024年6月30日，已收回违规资金人民币壹佰贰拾柒万贰仟伍佰元整（¥1,272,500.00）。截至2024年8月20日，已收回违规资金人民币壹佰柒拾万柒仟伍佰元整（¥1,707,500.00）。
"""

CHANGES = """瘱州物产集团关于巡察整改进展情况的通报

一、应收账款管控薄弱的问题。巡察时长期挂账应收账款余额达2.36亿元。成立清收专班，通过诉讼、和解等方式收回逾期款项3912.6万元，截至11月末上述余额降至1.94亿元。

二、医保基金追回。截至9月底，集团所属医院配合医保部门追回医保基金2419.8万元，追回率84.5%，上年同期追回1536.2万元。

三、整改措施落实。集团党委班子共查摆问题19个，制定整改措施58条。截至2024年3月31日，已完成整改措施32条；截至2024年6月20日，已完成51条。
"""

FIRE = """瘲川县安全生产委员会办公室
关于冬春火灾防控专项督查情况的通报

督查期间，全县共检查单位3862家，发现火灾隐患5217处，整改4983处，拘留9人。督查期间全县共发生火灾41起，比上一年同期的57起下降28.1%，未发生亡人火灾。

截至2024年3月31日，全县尚有234处隐患未完成整改，其中重大火灾隐患6处。

一、分阶段情况
12月第3周，夜查清理飞线216处。1月至3月共检查单位1680家，其中1月702家。

二、分乡镇情况
瘲东街道：检查单位745家，发现隐患1126处，整改1031处。辖区老旧小区集中，督查期间发生火灾11起，比上一年同期增加3起。
瘲河镇：检查单位612家，发现隐患803处，整改798处。
"""

SCHOOLS = """瘱州市委巡察办关于瘱城县巡察整改进展情况的公示

| 序号 | 问题 | 责任单位 | 进展 |
| 8 | 城区义务教育学校大班额问题未有效解决 | 瘱城县教育体育局 | 新建扩建教室42间，新增学位1890个，城区大班额由巡察时的31个降至0个 |
| 9 | 村（社区）干部培训不足 | 瘱城县委组织部 | 组织培训村（社区）干部1380人次 |
"""

REPORT = """瘳山县纪委书记、县监委主任2024年度述职述廉报告

二、保持惩治高压态势
全年共受理信访举报412件。全年立案156件，较2023年的143件上升9.1%，其中立案审查调查乡科级干部23人；给予党纪政务处分147人，移送检察机关审查起诉9人。

五、加强自身建设
严格内部监督，处置反映纪检监察干部的问题线索5件，立案1件，给予党纪处分1人。
"""

DEMOLITION = """瘮县违法建设治理年度对比情况通报

2024年，全县共拆除违法建设637宗、面积21.46万平方米，较2023年的512宗、17.83万平方米分别增长24.4%和20.4%。其中，拆除存量违建589宗、19.87万平方米。

重点镇成效明显。瘮河镇全年拆除违建121宗、4.36万平方米，拆除宗数居全县首位。
"""

SAMPLING = """瘮州市市场监督管理局关于2024年第三季度食品安全监督抽检情况的通告

2024年第三季度，全市共完成食品安全监督抽检2846批次，检出不合格样品41批次，不合格率为1.44%。从类别看，不合格样品主要集中在食用农产品，共23批次，其余为餐饮食品、糕点、粮食加工品和调味品。
"""

AUDIT = """瘱州市关于2023年度市级预算执行审计查出问题整改情况的报告

市审计局对市级预算执行情况进行了审计，共查出问题48个，涉及金额3.62亿元。截至2024年6月底，已整改问题41个。

市财政局牵头督促整改。1至6月，追回违规使用财政资金1860万元，归还原资金渠道2340万元，制定完善制度17项。
"""


@pytest.fixture(scope="module")
def ans(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s44", [
        ("cz-finance", FINANCE, "瘳城县"), ("wz-changes", CHANGES, "瘱州市"), ("lc-fire", FIRE, "瘲川县"),
        ("yc-schools", SCHOOLS, "瘱城县"), ("yz-audit", AUDIT, "瘱州市"), ("ss-report", REPORT, "瘳山县"),
        ("m-demolition", DEMOLITION, "瘮县"), ("mz-sampling", SAMPLING, "瘮州市")], "2024-12-01")


def test_a_yuan_sign_reads_the_amount_whole_and_its_label_measures_it():
    figs = [f for f in extract_figures("x", FINANCE) if f.text.startswith("¥")]
    first = figs[0]
    assert (first.text, first.value, first.unit) == ("¥1,035,000.00", 1035000.0, "元")
    assert first.measure == "应收回金额"  # not the 整 that closes the capitals
    capital = next(f for f in extract_figures("x", FINANCE) if f.text == "壹佰零叁万伍仟元")
    assert capital.measure == "应收回金额"


def test_an_amount_in_capitals_is_answered_in_its_digits(ans):
    answered(ans, "截至2024年6月30日，瘳城县已经有多少违规资金退回了国库？", "¥1,272,500.00")


def test_what_is_owed_by_its_label_answers_what_is_owed(ans):
    d = answered(ans, "瘳城县卫生健康局和瘳口镇人民政府的应收回金额，哪个更多？", "")
    assert "¥440,800.00" in d["answer"] and "¥231,700.00" in d["answer"]


def test_a_balance_said_again_by_pointing_back_gives_the_fall(ans):
    answered(ans, "瘱州物产集团长期挂账的应收账款，从巡察时到11月末降了多少？", "0.42亿元")


def test_a_level_and_the_year_befores_base_give_the_change(ans):
    answered(ans, "瘲川县冬春督查期间的火灾比上一年同期少了几起？", "16起")
    answered(ans, "瘱州物产集团所属医院截至9月底追回的医保基金，比上年同期多追回了多少？", "883.6万元")


def test_a_rise_between_two_dates_keeps_the_counted_noun():
    parts = read("从3月底到6月20日，瘱城县委常委班子又多落实了多少条整改措施？").parts
    assert [p.measure for p in parts] == ["落实整改措施", "落实整改措施"]
    parts = read("瘳城县从6月底到8月20日这段时间里又追回了多少违规资金？").parts
    assert [p.measure for p in parts] == ["追回违规资金", "追回违规资金"]
    assert read("截至3月底瘡城县委常委班子落实了多少条整改措施？").parts[0].measure == "落实整改措施"


def test_a_rise_between_two_dates_is_computed(ans):
    answered(ans, "瘳城县从6月30日到8月20日这段时间里又追回了多少违规资金？", "相差435000元")


def test_bodies_are_read_as_what_they_are():
    parts = read("瘱东区和瘱南县两个市场监管分局一共立了多少案？").parts
    assert [p.text.split(" ")[0] for p in parts] == ["瘱东区市场监管分局", "瘱南县市场监管分局"]
    parts = read("瘳城县卫生健康局和瘳口镇人民政府的应收回金额，哪个更多？").parts
    assert parts[0].text.startswith("瘳城县卫生健康局的")  # no 人民政府 of the township's


def test_village_cadres_name_no_village(ans):
    answered(ans, "瘱城县培训了多少人次的村（社区）干部？", "1380人次")


def test_a_towns_label_says_whose_the_line_is(ans):
    # the county's 41起 with the year before's 57起, not 瘲东街道's rise of 3起
    d = answered(ans, "瘲川县冬春督查期间的火灾比上一年同期少了几起？", "16起")
    assert "3起" not in d["answer"]


def test_a_title_under_its_issuers_line_is_the_notices_topic(ans):
    answered(ans, "瘲川县冬春火灾防控专项督查中，12月第3周夜查清理飞线多少处？", "216处")


def test_what_a_measure_was_taken_against_is_not_what_is_counted(ans):
    answered(ans, "瘱城县为化解城区大班额，一共多出来多少个上学名额？", "1890个")


def test_months_under_an_audit_years_title_may_be_the_year_the_notice_was_written(ans):
    answered(ans, "瘱州市2024年1至6月追回了多少违规使用的财政资金?", "1860万元")


def test_months_are_not_of_a_year_neither_the_title_nor_the_notice_names(ans):
    refused_with(ans, "瘱州市2022年1至6月追回了多少违规使用的财政资金?")


def test_a_month_of_this_year_is_not_a_campaigns_total(ans):
    refused_with(ans, "瘲川县冬春火灾督查中，今年1月整改了多少处火灾隐患？", "period not covered")


def test_the_years_count_is_the_whole_asked(ans):
    answered(ans, "瘳山县纪委监委2024年一共处分了多少人？", "147人")


def test_a_county_of_one_character_and_its_whole_count_and_area(ans):
    d = answered(ans, "瘮县2024年一共拆了多少处违建，拆掉的面积有多大？", "637宗")
    assert "21.46万平方米" in d["answer"] and "19.87" not in d["answer"]
    assert read("瘮县2024年一共拆了多少处违建，拆掉的面积有多大？").parts[0].wants == ["count", "area"]


def test_a_kind_listed_without_a_figure_is_not_answered_by_the_count_of_all(ans):
    refused_with(ans, "瘮州三季度抽检里不合格的餐饮食品有几批？")
    answered(ans, "瘮州三季度抽检里一共有多少批次不合格？", "41批次")


def test_how_many_laws_asks_a_count():
    p = read("瘮州市人大常委会今年制定了几部地方性法规？").parts[0]
    assert p.answer_type == "number" and p.measure == "人大常委会制定地方性法规"


def test_problems_to_be_put_right_are_what_was_found_not_fixed():
    from pipeline.actions import fact_action

    assert fact_action("全区共梳理整改问题") == "梳理"  # 整改问题 names the problems; 梳理 is what was done
    assert fact_action("已完成整改问题") == "完成整改"
