"""Session 50, on invented notices (places 皳, 皵, 皶, 皷, 盁, 盃): sections that say a measure short, plans and
lines that mark off a set, stages of the work, the parties a section or a case is about, and the parts of a
question that name their own party or time.

- a town's section says 完成新改建 where the overview said 完成农村公路新改建: the object it leaves unsaid is the
  overview's; a 出租汽车 complaint is no act of letting out;
- 计划检查…600家次,实际检查648家次,…出动执法人员1,520人次: the plan took its own figure, the rest was done; a
  target with its own figure in the sentence before governs no later sentence; 案值5万元以上 marks off cases;
- 审计抽查发现,有19个项目…: those found at fault, not all that were checked; 自查中 asked of a figure the audit
  found; 多少假烟 counts goods, never the fines; 皵河镇、皵山乡等地 is a group of one level;
- 已整改完成的问题 asked beside 反馈问题23个,已整改完成19个: the ones done;
- 三、皶源县分局整改情况 owns its section; ◆ X门诊部…案。 is that clinic's case, and 医美 is 医疗美容;
- 其中收回被占用集体资金 named in other words; 每年 of a 年新增收入; 达标 of 合格率; a ;-stretch's own words pick
  its figure; 《…办法》 names no body; 全年 opening a paragraph is the year the one before reported; a
  sentence that opens on the first round (首轮专项整治期间,…) is not the round asked;
- parts: 李某某 and 皶州烟草局 open parts of their own, 现在 is no part of an earlier date, 三个市 is no place, a
  list said 分别 gives each department its figure; 除X以外,…其余 is the whole less X, and 不算9月 is no stretch asked.
- 还有多少件没有办结 of 受理73件,办结64件 after a sentence's 已办结287件; 较上年同期的29起 with 43起 for 多了多少;
  在已退还的2186.4万元中,通过调解退还… is a breakdown; 整治村霸 names no village; 收缴上来 is 追缴.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.actions import fact_action
from pipeline.slots import read
from tests.answering import answered, ask_checked, build_answerer, refused_with

ROADS = """皳江县交通运输局关于2025年上半年“四好农村路”建设督查情况的通报

一、总体情况

2025年上半年，全县完成农村公路新改建96.4公里，完成投资8,260万元。县12345热线上半年共受理出租汽车投诉2,186件，办结2,143件。

二、各乡镇情况

● 皳口镇。2025年新改建任务30公里，上半年完成新改建21.3公里，完成投资1,850万元。

● 皳溪镇。2025年新改建任务26公里，上半年完成新改建17.8公里，完成投资1,420万元。

三、执法检查

县住建局巡察反馈住建领域问题23个，目前已整改完成19个，还有4个正在推进。

专项整治期间，全县计划检查餐饮单位600家次，实际检查648家次，完成计划的108%，累计出动执法人员1,520人次。截至6月底，全县问题线索办结率为88.4%，距全年办结率不低于95%的目标仍有差距。上半年，全县共追缴违纪违法资金0.86亿元。
"""

AUDIT = """皵州大学关于科研经费管理审计整改情况的报告

一、审计指出问题的整改情况

审计抽查发现，有19个项目擅自调剂预算科目，涉及金额386.7万元。2022年至2024年，皵科2021-063课题组负责人通过某商贸有限公司虚开材料费发票37张，套取经费58.26万元；皵科2022-142课题组通过虚构测试业务取得虚开发票12张，套取经费198460元。

审计指出，皵河镇、皵山乡等地3个合作项目未按合同约定期限完工，涉及建设面积1.24万亩。县教育体育局、县卫生健康局超预算支出分别为684.5万元、213.7万元。

二、开展全面自查

学校组织对2020年以来立项的全部科研项目开展自查自纠，自查中学校另行发现问题项目47项。

三、整改总体成效

通过整改，累计追回资金463.58万元，修订完善《皵州大学科研经费管理办法》等制度14项。
"""

TOBACCO = """皶州市烟草专卖局（公司）党组关于巡察整改进展情况的通报

一、整改总体情况

2024年9月至2025年3月，全市查处涉烟违法案件386起，其中案值5万元以上案件47起；查获违法卷烟12.6万条，罚没款863.5万元。

二、皶源县分局整改情况

2024年9月至2025年3月，皶源县分局查处涉烟违法案件92起；查获违法卷烟3.4万条，罚没款216.8万元。

三、典型案例

◆ 皶州悦颜医疗美容门诊部使用未经注册医疗器械案。经查，该门诊部为消费者注射使用37人次。市场监管部门依法没收其违法所得8.62万元，并处罚款43.1万元，罚没款合计51.72万元。
"""

VILLAGES = """皷溪镇人民政府关于农村集体“三资”清理结果的公示

一、各村清理情况

皷口村：清理合同52份，收回资金31.2万元，其中收回被占用集体资金8.5万元，规范合同15份。
皷山村：清理合同41份，收回资金22.6万元，规范合同12份。

二、清理成效

通过清理，收回的资源重新发包后，村集体年新增收入12.9万元。全年抽检村级财务凭证320份，合格率95.5%。

2024年，全镇婚嫁彩礼平均金额为9.6万元，较2023年的16.8万元下降42.9%。

全年全镇办理结婚登记236对，其中婚事新办209对。
"""


ROUNDS = """盁西省纪委监委关于粮食购销领域专项整治“回头看”情况的通报

首轮专项整治期间，全省共追缴违纪违法所得0.92亿元、挽回经济损失1.94亿元。

“回头看”开展以来，全省共督促挽回粮食购销领域经济损失2.87亿元。对首轮整改敷衍应付的党组织和党员领导干部，共问责党员领导干部和公职人员153人。
"""


TUTORING = """盃东县教育局“双减”专项治理新闻发布会实录

督察组累计向我县转办群众信访举报件316件，已办结287件。从各镇办理情况看，盃河镇受理转办件73件，办结64件。

专项治理以来，全县累计开展联合执法检查146次，查处隐形变异培训问题43起，较上年同期的29起有所增加。

从退费方式看，在已退还的2186.4万元中，通过调解退还1624.3万元，通过诉讼执行退还287.5万元。

扫黑除恶常态化以来，盃河镇整治村霸，追缴违法所得57.8万元，已全部上缴国库。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "s50", [
        ("chujiang-nongcunlu-2025", ROADS, "皳江县"),
        ("zhezhou-daxue-keyan-2026", AUDIT, "皵州市", {"issuer": "皵州大学"}),
        ("zhuzhou-yancao-2025", TOBACCO, "皶州市"),
        ("guxi-sanzi-2025", VILLAGES, "皷溪镇"),
        ("cuxi-liangshi-2025", ROUNDS, "盁西省"),
        ("beidong-shuangjian-2025", TUTORING, "盃东县"),
    ], "2025-07-18")


def test_a_section_says_the_overviews_measure_short():
    assert fact_action("县12345热线上半年共受理出租汽车投诉") == "受理"


def test_a_towns_measure_said_short_answers_and_a_taxi_is_no_letting_out(answerer):
    answered(answerer, "皳口镇上半年修好了多少公里农村路？", "21.3公里")
    refused_with(answerer, "皳口镇上半年新建了多少座桥梁？")
    answered(answerer, "皳江县的热线上半年接到了多少件打车方面的投诉？", "2,186件")


def test_plans_targets_and_lines_that_mark_off_a_set(answerer):
    refused_with(answerer, "皳江县专项整治原计划出动多少人次执法人员？", "plan")
    answered(answerer, "皳江县专项整治计划检查多少家次餐饮单位？", "600家次")
    refused_with(answerer, "皳江县今年计划追缴多少违纪违法资金？", "plan")
    refused_with(answerer, "整改期间皶州全市查处的涉烟违法案件，涉案总案值是多少？", "line")


def test_those_found_at_fault_a_stage_of_the_work_goods_and_a_group(answerer):
    refused_with(answerer, "皵州大学这次审计一共抽查了多少个科研项目？", "checked")
    refused_with(answerer, "皵州大学自查中另外发现的问题项目涉及多少金额？", "自查")
    d = answered(answerer, "巡察整改期间，皶州全市一共查扣了多少假烟私烟？", "12.6万条")
    assert "万元" not in d["answer"]
    refused_with(answerer, "皵河镇未按期完工的合作项目涉及多少亩？", "皵河镇")


def test_a_section_or_a_case_names_its_party(answerer):
    answered(answerer, "皶源县分局查获了多少条违法卷烟？", "3.4万条")
    answered(answerer, "悦颜那家医美门诊部连罚款带没收，一共被罚了多少钱？", "51.72万元")
    d = answered(answerer, "皵州大学通过整改累计追回资金多少？", "463.58万元")
    assert "198460元" not in d["answer"]


def test_an_items_words_said_otherwise_and_the_stretch_that_holds_them(answerer):
    answered(answerer, "皷口村这回把被人挪占的集体的钱要回来多少？", "8.5万元")
    answered(answerer, "皷溪镇把收回的地重新包出去以后，村里每年能多进账多少钱？", "12.9万元")
    answered(answerer, "皷溪镇抽检的村级财务凭证，有多大比例是达标的？", "95.5%")
    answered(answerer, "皵州大学有个课题组找商贸公司开假的材料发票，从学校骗走了多少科研经费？", "58.26万元")
    refused_with(answerer, "2023年皷溪镇有多少对新人是婚事新办的？", "period")


def test_parts_that_name_their_own_party_or_time():
    parts = read("皵河镇原党委书记张某某非法收受的财物和李某某套取的农业补贴资金，哪个更多？").parts
    assert parts[1].who == [] and "皵河镇" not in parts[1].text
    parts = read("皷溪镇为彩礼专项治理安排的工作经费，和皶州烟草局需要补缴的土地出让金，哪一笔钱更多？").parts
    assert "皷溪镇" not in parts[1].text
    parts = read("皷溪镇彩礼专项治理的工作经费到2024年底花掉了多少？全镇红白理事会现在有多少名成员？").parts
    assert parts[0].period == "2024年底" and parts[1].period is None


def test_a_list_of_places_and_departments_said_in_turn(answerer):
    d = answered(answerer, "县教育体育局和县卫生健康局，哪个超预算支出更多？", "县教育体育局更多")
    assert "684.5万元" in d["answer"] and "213.7万元" in d["answer"]


def test_the_whole_less_a_part_left_out(answerer):
    assert read("不算6月，皳江县今年1—5月共受理多少件投诉？").parts[0].period == "今年1—5月"
    assert read("2024年9月至2025年3月，皶州查处了多少起案件？").parts[0].period == "2024年9月至2025年3月"
    d = answered(answerer, "2024年9月至2025年3月，除皶源县分局以外，皶州全市其余地方查处了多少起涉烟违法案件？", "294起")
    assert "386起" in d["answer"] and "92起" in d["answer"]


def test_an_earlier_round_is_not_the_round_asked(answerer):
    answered(answerer, "盁西省“回头看”督促挽回的经济损失是多少？", "2.87亿元")
    answered(answerer, "盁西省“回头看”共问责党员领导干部和公职人员多少人？", "153人")
    answered(answerer, "盁西省首轮专项整治挽回了多少经济损失？", "1.94亿元")


def test_the_ones_done_beside_all_of_them(answerer):
    answered(answerer, "皳江县住建局已整改完成的巡察反馈问题有多少个？", "19个")
    answered(answerer, "皳江县住建局被巡察反馈了多少个问题？", "23个")


def test_what_is_left_a_change_from_its_base_and_a_frame_of_items(answerer):
    answered(answerer, "盃河镇受理的督察转办件还有多少件没有办结？", "9件")
    answered(answerer, "盃东县专项治理以来查处的隐形变异培训问题，比上年同期多了多少起？", "14起")
    d = ask_checked(answerer, "盃东县培训机构一共给家长退回了多少学费？")
    assert "1624.3万元" not in (d["answer"] or "")  # (an item of the frame, not the whole asked)
    answered(answerer, "盃河镇这轮整治村霸，收缴上来的违法所得有多少？", "57.8万元")
