"""Session 40, on invented notices (places 疸, 疺 and 疻): what dev44's forms taught, as structure.

- a cell of a table with no total row is its own row's figure: asked the whole, the prose total answers;
- a quarterly report's title gives its figures' quarter: another quarter asked is not covered;
- a sub-section per kind ((一)电梯): asked that kind, the overview's figure is the whole's, not the section's;
- a department the notice names only as one item of a list has no other figure of the notice;
- the headquarters and the units under it (本部 / 下属子公司) are two levels, neither the other's;
- a figure that opens its clause after 对 counts what the verb after it was done to;
- a measure qualified (挂号排队满意度) that the notice states elsewhere is not the plain one (满意度);
- one measure of two bodies, the gap asked (A的整改完成率比B高多少个百分点), is worked out from both;
- what was done between two dates (从6月底到9月底又整改了多少个) is the rise of the running total;
- a dated entry of a timeline (7月10日,市委第六轮巡察正式启动) is no heading of a round;
- a figure of one body's own section ((一)疺川县人民医院) is not the whole's the question asks;
- an item of a breakdown whose characters all stand in the whole's word (罚款 of 罚没款) is not what asks for the whole.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.bodies import _abbreviates
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    homes = """疸县民政局关于敬老院消防隐患排查整治情况的通报

一、总体情况
专项行动共排查发现各类消防隐患64处，截至9月30日已整改52处。各院排查整改情况如下：

| 序号 | 机构名称 | 床位数（张） | 排查隐患（处） | 已整改（处） |
| --- | --- | --- | --- | --- |
| 1 | 疸城镇中心敬老院 | 110 | 17 | 15 |
| 2 | 疸河乡敬老院 | 70 | 21 | 16 |
| 3 | 疸县颐康养老公寓 | 150 | 26 | 21 |

二、下一步工作
持续开展消防安全培训，落实夜间巡查制度。
"""
    messages = """疺县2024年第三季度政务热线办理情况公开

一、总体情况
2024年第三季度，县政务热线共受理群众诉求2140件，较第二季度的1875件增长14.1%。截至9月30日，已办结2087件，办结率97.5%。对已办结诉求开展回访，满意率93.6%。

二、承办单位情况
受理量居前四位的是：县住房和城乡建设局318件、县人力资源和社会保障局241件、县教育局197件、县交通运输局152件。其中，县住房和城乡建设局办结290件，办结率91.2%。
"""
    equipment = """疺州市市场监管局特种设备安全专项整治总结

一、总体情况
全市共检查特种设备使用单位2130家，发现各类隐患1288项，已整改1204项。立案查处违法案件31起，罚没款96.4万元，其中罚款88.2万元、没收违法所得8.2万元。

二、分类整治情况
（一）电梯。共检查电梯5120台，发现隐患604项，责令停用电梯22台。
（二）锅炉。共检查锅炉318台，发现隐患133项，责令停用锅炉5台。
（三）气瓶。共抽查气瓶2.6万只，发现隐患207项。
"""
    groups = """疸州市国资委关于监管企业巡视整改情况的通报

疸州水务集团：反馈问题19个，已完成整改19个，整改完成率100%。
疸州文旅集团：反馈问题20个，已完成整改16个，整改完成率80%。
疸州交通集团：对2021年以来的养护工程开展专项检查，对11个应招未招项目重新履行招标程序。下属子公司追责问责17人，集团本部的问责情况另行通报。
"""
    survey = """疺川县卫生健康局关于群众满意度回访情况的报告

一、总体情况
受访群众总体满意度为90.8%，其中挂号排队满意度84.1%，医疗费用满意度82.7%。不满意原因中，反映挂号难、候诊时间长的58人次，反映停车难的41人次。

二、分医院情况
（一）疺川县人民医院
有效问卷1210份，满意度88.9%，其中反映挂号排队问题的30人次。
（二）疺川县中医医院
有效问卷806份，满意度92.4%。
"""
    diary = """疸州市2024年巡察整改工作纪实

4月30日，市委巡察办通报第五轮巡察整改进展：截至4月底，反馈问题已整改完成120个。

7月10日，市委第六轮巡察正式启动，对18个市直单位开展巡察。

8月30日，市委巡察办开展第二次集中评估。截至8月底，第五轮反馈问题已整改完成268个，整改完成率84.5%。
"""
    traffic = """疻县交通运输局以案促改情况通报

开展交通工程专项检查，发现问题58个，截至6月底已整改37个，截至9月底已整改50个。
"""
    backlog = """疻川县信访积案化解工作通报

全县排查信访积案215件，已化解171件，积案化解率79.5%。其中，疻阳镇化解率84.2%，疻湖乡化解率70.6%。
"""
    return build_answerer(tmp_path_factory, "tables-titles", [
        ("zhichuan-backlog", backlog, "疻川县"),
        ("dan-homes", homes, "疸县"), ("fu-messages", messages, "疺县"), ("fuzhou-equipment", equipment, "疺州市"),
        ("danzhou-groups", groups, "疸州市"), ("fuchuan-survey", survey, "疺川县"), ("danzhou-diary", diary, "疸州市"),
        ("zhi-traffic", traffic, "疻县"),
    ], "2024-12-25")


def test_a_whole_asked_of_a_table_without_a_total_row_is_the_prose_total(answerer):
    answered(answerer, "疸县敬老院消防大排查一共查出多少处隐患？", "64处")


def test_a_row_named_in_the_question_is_read_from_the_table(answerer):
    answered(answerer, "疸县颐康养老公寓排查出多少处隐患？", "26处")


def test_another_quarter_than_the_report_s_is_not_covered(answerer):
    refused_with(answerer, "疺县2024年第二季度政务热线的满意率是多少？", "period not covered")


def test_a_date_at_the_end_of_the_report_s_quarter_answers_that_quarter(answerer):
    answered(answerer, "疺县今年三季度的政务热线诉求办完了多少件？", "2087件")


def test_a_kind_with_its_own_section_is_not_answered_with_the_whole(answerer):
    refused_with(answerer, "疺州市电梯方面已经整改了多少项隐患？", "电梯")
    answered(answerer, "疺州市专项整治一共整改了多少项隐患？", "1204项")


def test_a_department_listed_with_its_own_count_has_no_other_figure(answerer):
    refused_with(answerer, "疺县人社局三季度热线诉求的办结率是多少？", "人社局")


def test_the_rate_after_a_department_s_own_count_is_that_department_s(answerer):
    answered(answerer, "疺县住建局三季度热线诉求的办结率是多少？", "91.2%")


def test_headquarters_and_the_units_under_it_are_two_levels(answerer):
    refused_with(answerer, "疸州交通集团本部有多少人被追责问责？", "本部")
    answered(answerer, "疸州交通集团下属子公司有多少人被追责问责？", "17人")


def test_a_figure_after_dui_counts_what_the_verb_after_it_was_done_to(answerer):
    refused_with(answerer, "疸州交通集团专项检查了多少个养护工程项目？", "measure not stated")


def test_a_qualified_measure_stated_elsewhere_is_not_the_plain_one(answerer):
    refused_with(answerer, "疺川县中医医院的挂号排队满意度是多少？", "挂号排队满意度")
    answered(answerer, "疺川县中医医院的满意度是多少？", "92.4%")


def test_one_measure_of_two_bodies_the_gap_is_worked_out():
    slots = read("疸州水务集团的整改完成率比疸州文旅集团高多少个百分点？")
    assert slots.op == "difference" and [p.who for p in slots.parts] == [["疸州水务集团"], ["疸州文旅集团"]]


def test_the_gap_between_two_bodies_is_computed_from_both_figures(answerer):
    d = answered(answerer, "疸州水务集团的整改完成率比疸州文旅集团高多少个百分点？", "相差20个百分点")
    assert "100%" in d["answer"] and "80%" in d["answer"]


def test_what_was_done_between_two_dates_is_the_rise_of_the_running_total(answerer):
    answered(answerer, "疻县交通工程专项检查查出的问题，从6月底到9月底又整改了多少个？", "相差13个")


def test_a_dated_entry_of_a_timeline_is_no_heading_of_a_round(answerer):
    answered(answerer, "截至8月底，疸州市第五轮巡察反馈问题已整改完成多少个？", "268个")


def test_a_qualifier_the_title_gives_frames_every_figure(answerer):
    answered(answerer, "疻川县疻阳镇的积案化解率是多少？", "84.2%")


def test_a_department_s_short_name_abbreviates_its_full_one():
    assert _abbreviates("市监局", "市市场监管局") and _abbreviates("住建局", "县住房和城乡建设局")
    assert not _abbreviates("人社局", "县住房和城乡建设局") and not _abbreviates("教育局", "县交通运输局")


def test_a_whole_s_word_holding_an_item_s_characters_asks_the_whole(answerer):
    answered(answerer, "疺州市特种设备专项整治的罚没款是多少？", "96.4万元")
    answered(answerer, "疺州市特种设备专项整治的罚款是多少？", "88.2万元")


def test_a_body_s_own_section_is_not_the_whole_asked(answerer):
    answered(answerer, "疺川县回访中，嫌挂号看病等得久的和嫌停车难的，加起来有多少人次？", "99人次")
