"""Session 48, on invented notices (places 皊, 皌, 皛, 皜): case lists, rounds, branches, last year's values and
restated figures.

- a notice of numbered cases (案例二：…皊通加油站…案): a case asked by its party (皊通加油站案) is a body; its
  penalty, said at the end of its section, answers; two cases compared by their parties;
- 这一季度 is this quarter, not the first;
- a unit pointed at by its place (皌川那边的县分中心, 皊江银行在皊东的那家支行) is the branch the notice names (皊东支行); a fine
  its record lays on the whole bank does not answer the branch asked 本身;
- a value with last year's beside it (综合得分82.47分（上年79.88分）): 上年 is the year before the one the
  report reports, and the change asked is computed from the two;
- 与上一轮审计相比…减少了多少: computed from this round's level and the base inside 与上一轮…相比;
- a monthly report whose opening says the month it reports: its 本月 does not answer another month;
- a figure said again with no time (a list of people dealt with) keeps the time it was first said with;
- a rate per mille (逾期率0.088‰) answers 逾期率是多少; what was collected (清收逾期贷款) is no 逾期额;
- 机械与车辆工程学院和外国语学院: the 与 inside a school's name joins no items; 2024年皌东县、皌川县两个分中心:
  the year opens the clause, the names each take 分中心;
- 虚报村保洁员2名: 村保洁员 is a job, 虚报村 no village; 各村被占用、挪用的集体资金 is one thing, no items of a sum;
- a kind asked (违规公务接待问题) of a line that counts all (该学院发现问题8个) is refused;
- 违法建设宗数 asks a number of 宗; 翠屏苑小区 is no district beside 皛湖区, and 该小区 points back; 上述地区 is the
  whole the notice listed; 6月底乡镇 names no town;
- 多少处 违章建筑 is answered in 宗; 加起来有多大 asks a size, not a count;
- 照全年…计划算,…还差多少家次才能完成: the plan less what was done; 多少个钟头 asks hours.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.periods import find_periods
from pipeline.question import _entities
from pipeline.slots import PERIOD
from tests.answering import answered, build_answerer, refused_with

CASES = """皊州市市场监督管理局发布2025年"铁拳"行动典型案例

2025年1—10月，全市市场监管部门共立案查处各类违法案件1368件，罚没款3975.4万元。现发布典型案例如下。

案例一：皊州市皊阳区鲜丰果蔬超市销售过期食品案

2025年3月，执法人员检查发现当事人货架上摆放超过保质期的乳制品21盒。当事人的行为违反了《中华人民共和国食品安全法》的规定。皊阳区市场监管局依法没收过期食品，并处罚款5万元。

案例二：皊江县皊通加油站计量作弊案

2025年5月，皊江县市场监管局会同县公安局对当事人突击检查，发现其4台加油机被加装作弊主板，加油机示值误差最大达-2.9%，远超国家规定的最大允许误差。执法人员现场固定证据，查封了涉案加油机，调取了销售记录和进货票据，对加油站负责人进行了询问。经查，当事人自2024年9月起通过遥控器控制作弊主板少给油量，涉案油品货值金额76.3万元。当事人的行为违反了《中华人民共和国计量法》的有关规定，性质恶劣，社会影响较大。

皊江县市场监管局依法没收违法所得、责令改正，并处罚款，罚没款共计118.6万元，并将涉嫌犯罪线索移送公安机关。

案例三：皊州市皊城区捷步体育用品店销售侵犯注册商标专用权商品案

2025年7月，执法人员在当事人店内查获侵犯注册商标专用权的运动鞋860双。皊城区市场监管局依法没收侵权商品，并处罚款42.5万元。
"""

BANK = """皊州监管分局2025年第二季度行政处罚信息公开表

二季度，皊州监管分局共对5家银行保险机构作出行政处罚，罚款合计612万元。

一、皊江银行股份有限公司皊东支行
主要违法违规行为：贷款资金被挪用于购房。
行政处罚内容：对皊江银行股份有限公司皊东支行罚款75万元。

二、皊州农村商业银行股份有限公司
主要违法违规行为：该行皊河支行贷后管理不到位，贷款资金回流借款人。
行政处罚内容：对皊州农村商业银行股份有限公司罚款110万元。
"""

SAFETY = """皊溪县应急管理局关于2025年第三季度安全生产大排查大整治情况的通报

第三季度，全县共检查企业1862家次，排查隐患4127项，已整改3955项，整改率95.8%，责令停产停业整顿企业19家，罚款318.4万元。

第二季度，全县共检查企业1591家次，责令停产停业整顿企业11家。
"""

SCORES = """皌州市发展和改革委员会关于2024年度全市营商环境评估结果的通报

各县（市、区）人民政府：

一、评估结果

第1名　皌城区　综合得分91.36分（上年89.72分）
第2名　皌江县　综合得分86.15分（上年84.08分）
第3名　皌川县　综合得分80.41分（上年81.26分）

全市纳税人年均纳税时间为92小时，较上年减少11小时。

二、整改要求

排名末位的县区要制定整改方案。
"""

AUDIT = """中共皌河镇纪律检查委员会关于村级财务专项审计结果的通报

各村党组织：

2024年11月至2025年1月，镇纪委委托第三方对全镇7个村2022年至2024年财务收支情况开展专项审计。

审计共发现各类问题79条，涉及违规金额386.45万元。与上一轮审计发现问题104条、违规金额502.3万元相比，问题条数和违规金额均有所下降。

皌水村：审计发现问题11条。2023年村集体鱼塘租金收入8.4万元未纳入村集体账户，由村会计坐收坐支。虚报村保洁员2名，冒领保洁工资6.72万元。

责任人处理情况：
1．皌水村原会计李某某，坐收坐支鱼塘租金8.4万元，给予党内严重警告处分。
"""

MONTHLY = """皌州市生态环境局环境执法工作月报

（2025年第6期）

现将2025年6月全市生态环境执法工作情况通报如下。

【皌河区】本月检查企业163家次，立案8起，罚款52.6万元。
【皌山县】本月检查企业118家次，立案5起，罚款31.2万元。

按照全年执法检查计划2400家次测算，1—6月全市累计检查企业1380家次，完成全年计划的57.5%。
"""

FUND = """皌州市住房公积金2024年年度报告

一、业务运行情况

2024年，皌东县分中心提取4.12亿元，皌川县分中心提取3.57亿元。

2024年，全市发放个人住房贷款0.74万笔、33.6亿元。其中，皌东县分中心发放0.09万笔、3.88亿元，皌川县分中心发放0.06万笔、2.47亿元。

二、资产风险状况

2024年末，个人住房贷款逾期额1522.6万元，逾期率0.074‰。其中，皌东县分中心逾期额268.3万元。个人住房贷款余额占缴存余额的76.42%。

三、审计整改情况

针对皌川县分中心个人住房贷款逾期清收不力的问题，成立专项清收小组，清收逾期贷款276.5万元。
"""

WARBOARD = """皛州市违法建设治理"百日攻坚"行动战报（第5期）

一、总体进展

自行动启动以来，全市累计拆除违法建设612宗、4.1万平方米。

二、各区进展

　　皛东区：【本周】拆除21宗、4380平方米；【累计】拆除187宗，目标200宗。
　　皛南区：【本周】拆除17宗；【累计】拆除164宗，目标190宗。

三、典型案例

　　（一）皛湖区翠屏苑小区楼顶违建案。该小区业主张某某未经规划许可，在楼顶私自搭建阳光房，违建面积214平方米，已于本周全部拆除。
"""

PENSION = """皜南省审计厅审计结果公告（2025年第2号）

2024年10月至2025年1月，省审计厅对皜州市、皜阳市、皜川市城乡居民基本养老保险基金进行了审计。

2024年，上述地区城乡居民养老保险基金收入合计92.37亿元。截至2024年底，上述地区城乡居民养老保险基金累计结余208.64亿元。
"""

SCHOOL = """皌州理工大学纪委办公室关于"四风"问题专项监督检查情况的通报

各学院：

检查共发现各类问题31个，其中：违规公务接待问题12个，违规发放津补贴问题9个。

机械与车辆工程学院：该学院发现问题8个，涉及金额7.92万元。
外国语学院：该学院发现问题5个，涉及金额3.18万元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s48", [
        ("pingzhou-tiequan-2025", CASES, "皊州市"),
        ("pingzhou-chufa-2025", BANK, "皊州市"),
        ("pingxi-anquan-2025", SAFETY, "皊溪县"),
        ("mozhou-pinggu-2025", SCORES, "皌州市"),
        ("mohe-shenji-2025", AUDIT, "皌河镇"),
        ("mozhou-yuebao-2025", MONTHLY, "皌州市"),
        ("mozhou-gongjijin-2024", FUND, "皌州市"),
        ("mozhou-ligong-2025", SCHOOL, "皌州市"),
        ("baizhou-zhanbao-2025", WARBOARD, "皛州市"),
        ("haonan-shenji-2025", PENSION, "皜南省", {"issuer": "皜南省审计厅"}),
    ], "2025-07-08")


def test_a_case_is_asked_by_its_party():
    assert _entities("皊通加油站案和捷步体育用品店案，哪个被罚的钱更多？") == ["皊通加油站", "捷步体育用品店"]
    assert _entities("检查站的案件有多少") == []  # (a kind of body, no party named)


def test_a_cases_penalty_at_the_end_of_its_section(answerer):
    answered(answerer, "皊通加油站案被罚了多少钱？", "118.6万元")
    d = answered(answerer, "皊通加油站案和捷步体育用品店案，哪个被罚的钱更多？各是多少？", "皊通加油站")
    assert "118.6万元" in d["answer"] and "42.5万元" in d["answer"]


def test_this_quarter_is_no_first_quarter(answerer):
    assert [m.group(0) for m in PERIOD.finditer("皊溪县这一季度有多少家企业")] == []
    assert [m.group(0) for m in PERIOD.finditer("今年一季度有多少家企业")] == ["今年一季度"]
    answered(answerer, "皊溪县这一季度有多少家企业被责令停产停业整顿？", "19家")


def test_a_branch_pointed_at_by_its_place(answerer):
    answered(answerer, "皊江银行在皊东的那家支行这回被罚了多少钱？", "75万元")


def test_a_fine_on_the_whole_bank_is_not_the_branchs(answerer):
    refused_with(answerer, "皊州农商行的皊河支行本身被罚款多少？", "皊河支行")


def test_last_years_value_beside_this_years(answerer):
    s = "综合得分91.36分(上年89.72分)"
    assert [s[a:b] for a, b in find_periods(s)] == ["上年"]
    assert find_periods("比上年增长") == [] and find_periods("60岁以上年龄") == []
    answered(answerer, "皌州市2024年度营商环境评估中，皌江县的综合得分是多少？", "86.15分")
    d = answered(answerer, "皌江县2024年度营商环境综合得分比上年提高了多少分？", "2.07分")
    assert "计算" in d["answer"]


def test_a_change_on_the_round_before(answerer):
    d = answered(answerer, "与上一轮审计相比，皌河镇本次审计发现的违规金额减少了多少万元？", "115.85万元")
    assert "502.3" in d["answer"] and "386.45" in d["answer"]


def test_another_month_than_the_report_is_refused(answerer):
    refused_with(answerer, "皌州市皌河区5月份检查了多少家次企业？", "6月")
    answered(answerer, "皌州市皌河区6月份检查了多少家次企业？", "163家次")


def test_a_figure_said_again_keeps_its_time(answerer):
    refused_with(answerer, "皌水村2024年的鱼塘租金收入有多少没有入账？", "2023年")


def test_a_job_is_no_village(answerer):
    answered(answerer, "皌水村冒领了多少保洁工资？", "6.72万元")


def test_a_rate_per_mille_and_what_was_collected(answerer):
    answered(answerer, "2024年末皌州市住房公积金个人住房贷款逾期率是多少？", "0.074‰")
    refused_with(answerer, "2024年末皌川县分中心的个人住房贷款逾期额是多少？")


def test_a_joined_name_and_counted_names(answerer):
    d = answered(answerer, "机械与车辆工程学院和外国语学院，哪个学院被查出的问题更多？各有多少个？", "机械与车辆工程")
    assert "8个" in d["answer"] and "5个" in d["answer"]
    answered(answerer, "2024年皌东县、皌川县两个分中心的住房公积金提取额合计多少亿元？", "7.69亿元")


def test_the_whole_asked_is_no_cases_own_total(answerer):
    answered(answerer, "皊州市场监管部门今年罚款加没收一共收了多少钱？", "3975.4万元")
    # (a case pointed at, 那个加油站 of 皊江县, is asked its own total)
    answered(answerer, "皊江县那个加油站被发现作弊的加油机一共几台？", "4台")


def test_two_things_done_to_one_noun_are_no_items():
    from pipeline.slots import split_items

    assert split_items("皌河镇各村被占用、挪用的集体资金一共追回多少？") == ([], "")


def test_the_gap_to_a_plan_and_hours_said_otherwise(answerer):
    d = answered(answerer, "照全年执法检查计划算，皌州市上半年检查完之后还差多少家次才能完成全年计划？", "相差1020家次")
    assert "2400" in d["answer"] and "1380" in d["answer"]
    answered(answerer, "皌州市纳税人年均纳税时间是多少个钟头？", "92小时")


def test_a_kind_asked_of_a_count_of_all(answerer):
    # (the notice counts the kind school-wide; the school's own line counts all its problems)
    refused_with(answerer, "机械与车辆工程学院被查出了几个违规公务接待问题？", "违规公务接待问题")


def test_a_places_unit_pointed_at(answerer):
    assert _entities("皌川那边的县分中心2024年发放了多少亿元公积金贷款？") == ["皌川县分中心"]
    answered(answerer, "皌川那边的县分中心2024年发放了多少亿元公积金贷款？", "2.47亿元")


def test_a_count_of_cases_asked_as_a_number_of_zong(answerer):
    # (违法建设宗数: 宗 is what is counted, no word of the measure)
    d = answered(answerer, "皛东区和皛南区累计拆除的违法建设宗数，哪个区更多？", "皛东区")
    assert "187宗" in d["answer"] and "164宗" in d["answer"]


def test_a_housing_estate_is_no_district_and_its_paragraph_is_the_cases(answerer):
    answered(answerer, "皛湖区翠屏苑小区楼顶违建案中，违建面积是多少平方米？", "214平方米")


def test_the_places_pointed_back_at_are_the_whole(answerer):
    answered(answerer, "截至2024年底，被审计地区城乡居民养老保险基金累计结余多少？", "208.64亿元")


def test_a_months_end_is_no_town():
    assert _entities("截至6月底乡镇配套资金实际到位了多少？") == []
    assert _entities("4月底皔口镇完成多少投资？") == ["皔口镇"]


def test_sites_and_cases_and_a_size_asked(answerer):
    answered(answerer, "皛州这次违建百日攻坚以来一共推倒了多少处违章建筑？", "612宗")
    answered(answerer, "皛东区这一周拆掉的违章建筑加起来有多大？", "4380平方米")
