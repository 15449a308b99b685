"""Session 37, on invented notices (places 畠, 畡, 畢, 畣, 畤): forms the engine had not read before: a
monthly report whose figures come in pairs, this month's and the year's total in brackets, with a line
per station; a provincial 督查通报 with a paragraph per city (全市 there is that city) and numbered
problems under 发现的问题; a hotline report that gives each district's rate in parentheses after its name,
in a sentence that opens with what is measured (满意率方面,…); a reply letter with years listed 分别; a
state firm's 清单 whose lines open with a status mark (✔/▲/✘); a post with ▍问题N： headings."""
import pytest

from pipeline.parse import parse
from pipeline.slots import read
from tests.answering import answered, ask_checked, build_answerer, refused_with

MONTHLY = """畠桥县交通运输局关于2024年10月份全县治理车辆超限超载工作情况的通报

一、总体情况
本月全县共检测货运车辆12,468辆次（今年累计118,730辆次），查处超限超载车辆356辆（今年累计2,814辆），超限率2.86%。本月开展联合执法行动14次（今年累计121次）。

二、各检测站（中队）工作情况
（一）畠河超限检测站：本月检测车辆4,215辆次（累计39,862辆次），查处超限车辆128辆（累计1,047辆），卸载货物706吨（累计5,813吨）。
（二）畠山超限检测站：本月检测车辆3,608辆次（累计34,190辆次），查处超限车辆97辆（累计762辆），卸载货物538吨（累计4,206吨）。
（三）流动治超中队：本月路面巡查检测车辆1,715辆次（累计17,223辆次），查处超限车辆50辆（累计401辆）。
（四）非现场执法点：本月经审核确认超限违法车辆163辆，已处理131辆，处理率80.4%。

三、11月份工作目标
（一）全县检测货运车辆不少于13,000辆次。
（二）开展联合执法行动不少于15次。
"""

DUCHA = """畡川省人民政府办公厅关于2024年优化营商环境专项督查情况的通报

一、典型经验做法
（一）畡阳市打造涉企诉求“直通车”。畡阳市在市政务服务中心设立涉企诉求专席。今年以来，全市共受理企业诉求8,915件，办结8,702件，办结率97.6%。

二、发现的问题
（一）畡山市
1.政务服务办件超时较多。督查组抽查市政务服务中心办件记录480件，超时办结73件，超时率15.2%。
2.招投标领域设置隐性门槛。抽查政府投资项目招标文件24份，其中7份设置了限制性条款。
"""

HOTLINE = """畢州市12345政务服务便民热线2024年10月运行情况通报

本月热线共受理群众诉求12.6万件，按时办结率96.71%，满意率93.85%。
按时办结率方面，全市6个县（市、区）中，畢东区（99.12%）、畢阳市（98.86%）位列前两名；畢北新区（93.08%）、畢江县（92.51%）位列后两名。满意率方面，畢山县（96.30%）、畢东区（95.82%）排名前两位；畢北新区（89.93%）、畢江县（88.15%）排名后两位。
"""

REPLY = """畣水市教育局关于市政协十届三次会议第0127号提案的答复

一、关于教师配备
2021年以来，我局持续充实城区师资。2021年、2022年、2023年分别招聘中小学教师386名、452名、517名，合计补充教师1355名。
二、关于课后服务
2023—2024学年，参加课后服务的学生达21.6万人，参与率为93.4%。2024年全市立案督办课后服务违规收费问题31件，较2022年的24件增加7件。
"""

CHECKLIST = """中共畤州省物产流通集团有限公司委员会关于巡察反馈问题整改进展情况的公示

截至2024年11月30日，12项问题中已完成整改2项，正在推进1项，尚未启动1项。（✔已完成 ▲推进中 ✘未启动）

一、贯彻落实决策部署方面
✔ 主业聚焦不够，2021年以来开展非主业贸易业务，累计交易额12.7亿元。已全面退出非主业贸易业务，清理相关业务合同46份。
▲ 应收账款管控薄弱，巡察时长期挂账应收账款余额达2.36亿元。成立清收专班，收回逾期款项3912.6万元。
✘ 人才队伍结构不合理，青年管理人员占比仅为14.2%。人才发展规划编制工作尚未启动。
✔ 基层党组织建设薄弱，有5个党支部未按期换届。已完成5个党支部换届选举。
"""

POST = """畤河医保｜专项整治半年追回医保基金3862.7万元

【查出了哪些问题】
本次整治共发现问题线索1692条。

▍问题一：串换药品、耗材和诊疗项目问题
查实127家，涉及金额906.3万元。

▍问题二：超标准收费、重复收费问题
查实164家，涉及金额1137.8万元。

【划重点】
① 7月31日前，所有定点医药机构完成自查自纠，完成率100%；
② 下半年再开展飞行检查不少于4轮。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "monthly-status", [
        ("chengqiao-zhichao-2024", MONTHLY, "畠桥县"),
        ("chuanchuan-yingshang-2024", DUCHA, "畡川省"),
        ("bizhou-rexian-2024", HOTLINE, "畢州市"),
        ("dashui-tian-dafu-2024", REPLY, "畣水市"),
    ], "2024-11-12")


def test_a_months_figure_and_its_running_total_in_brackets(answerer):
    # the year's total asked: the bracketed 累计, not this month's figure before it
    answered(answerer, "畠桥县今年截至10月份累计查了多少辆超载货车？", "2,814辆")
    # the report's own month asked by name: this month's figure, not the bracketed total
    answered(answerer, "畠山治超站10月份查出了多少辆超限车？", "97辆")
    d = answered(answerer, "畠河超限检测站和流动治超中队本月查处超限车辆各多少辆？哪个多？", "畠河超限检测站更多")
    assert "128辆" in d["answer"] and "50辆" in d["answer"]


def test_another_month_than_the_report_covers_is_not_stated(answerer):
    # 14次 is October's; the 15次 under 11月份工作目标 is a target, not what was done
    refused_with(answerer, "畠桥县11月份开展了多少次联合执法行动？")
    # the whole asked by the county's name: the opening's total, not a station's line
    d = answered(answerer, "畠桥县11月份货车检测量的目标，比10月份实际检测量多出多少辆次？", "相差532辆次")
    assert "12,468辆次" in d["answer"]


def test_a_share_asked_with_bai_fen_zhi(answerer):
    answered(answerer, "畠桥县不停车检测点抓拍确认的超限车，10月份处理掉了百分之多少？", "80.4%")


def test_quan_shi_in_a_paragraph_about_one_city_is_that_city(answerer):
    answered(answerer, "畡阳市今年以来一共接到了多少件企业诉求？", "8,915件")


def test_a_value_in_parentheses_after_a_name_is_that_places(answerer):
    d = answered(answerer, "畢州市12345热线10月，畢江县的按时办结率和满意率分别是多少？", "92.51%")
    assert "88.15%" in d["answer"] and "96.30%" not in d["answer"]
    parts = read("畢江县的按时办结率和满意率分别是多少？").parts
    assert [p.text.startswith("畢江县的") for p in parts] == [True, True]


def test_years_listed_fenbie_and_a_value_compared_against(answerer):
    d = answered(answerer, "畣水市2022年和2023年招聘的中小学老师，一共多少人？", "969名")
    assert d["computed"]["op"] == "sum"
    answered(answerer, "畣水市2022年立案督办了多少件课后服务违规收费问题？", "24件")
    # a school year asked is not the calendar year nor another school year
    refused_with(answerer, "畣水市2022—2023学年有多少名学生参加了课后服务？", "学年")


def test_issues_of_status_marked_lines_and_post_headings():
    issues = [i.text for i in parse("checklist", CHECKLIST).issues]
    assert any(i.startswith("主业聚焦不够") for i in issues)
    assert any(i.startswith("应收账款管控薄弱") for i in issues)
    assert any(i.startswith("人才队伍结构不合理") for i in issues)
    assert not any(i.startswith(("✔", "▲", "✘")) for i in issues)
    post = [i.text for i in parse("post", POST).issues]
    assert post == ["串换药品、耗材和诊疗项目问题", "超标准收费、重复收费问题"]  # not the 划重点 targets
    ducha = [i.text for i in parse("ducha", DUCHA).issues]
    assert "政务服务办件超时较多" in ducha and "招投标领域设置隐性门槛" in ducha


def test_questions_read_from_names_said_short():
    parts = read("畠河超限检测站和流动治超中队本月查处超限车辆各多少辆？").parts
    assert [p.text for p in parts] == ["畠河超限检测站本月查处超限车辆各多少辆?", "流动治超中队本月查处超限车辆各多少辆?"]
    assert read("畠桥县不停车检测点抓拍确认的超限车，10月份处理掉了百分之多少？").parts[0].measure.endswith("超限车处理")
    # an earlier item's own 一共 stays with it; only the comparing words are cut
    from pipeline.slots import split_items
    items, _ = split_items("畠都市第六批信访件一共罚的钱，和畣山县追缴退还给群众的钱，哪个多？")
    assert items[0].endswith("一共罚的钱")
