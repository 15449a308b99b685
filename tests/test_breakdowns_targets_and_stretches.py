"""Session 38, on invented notices (places 畹 and 畺): what dev41's forms taught, as structure.

- a breakdown by place said clause by clause (分区看,畹东区关停41家,畹西区关停33家…; 其中,畹东区纳入监管资金…,
  畹西区2750万元): each place's figure counts what the whole's does, the name is whose it is;
- 甲、乙、丙分别… where the last name ends otherwise (区、区、县);
- a change 由2022年的35个增加到48个: the new value is of the sentence's year, not the earlier one's;
- a key-value line with a target and then a result (年度目标:…。实际完成:…): the result is no target;
- a plan's act in a later year (…,2026年安排资金…) is planned; a target asked may lie after the notice's date;
- a stretch asked (节日期间) is no running total (今年以来…); a gap from the average asked is the gap stated;
- a still-running status (正在整改…个) is what is not yet done; a bare count heading its clause counts its noun;
- the change on the year before, from the level and the year before's value in brackets.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from pipeline.facts import listed_owners
from pipeline.figures import extract_figures
from pipeline.slots import read, sub_questions
from pipeline.textnorm import fold
from tests.answering import answered, ask_checked, build_answerer, refused_with


def figs(text):
    out = {}
    for f in extract_figures("t", text):
        if f.measure is not None:
            assert text[f.measure_start:f.measure_end] == f.measure  # offsets are sacred
        out.setdefault(f.text, f)
    return out


def test_each_place_of_a_clause_by_clause_breakdown_counts_what_the_whole_counts():
    text = ("截至10月底，全市累计关停违规托管机构126家。分区看，畹东区关停41家，畹西区关停33家，畹湖区关停29家。"
            "全市纳入监管的托管费合计9,870万元，其中，畹东区纳入监管资金3120万元，畹西区2750万元，畹湖区1980万元。")
    f = figs(text)
    assert f["41家"].measure == "关停违规托管机构"  # the whole's, not 畹东区关停
    assert f["33家"].measure == "关停违规托管机构"
    assert "畹" not in f["3120万元"].measure and "纳入监管资金" in f["3120万元"].measure
    assert "畹" not in (f["2750万元"].measure or "")


def test_a_clause_that_only_names_a_town_is_not_a_peer_breakdown():
    f = figs("今年新修乡村道路18.5公里。")
    assert f["18.5公里"].measure == "新修乡村道路"


def test_names_listed_before_fenbie_may_end_otherwise():
    text = "本月全市查处问题31起。从地区看，畹东区、畹西区、畹山县分别查处11起、8起、6起。"
    f = figs(text)
    assert f["8起"].measure == "查处" and f["8起"].subject == "畹西区"
    assert f["6起"].measure == "查处" and f["6起"].subject == "畹山县"
    folded = fold(text)
    s = folded.index("畹东区")
    names, _ = listed_owners(folded, s, folded.index("分别"), 3)
    assert [folded[a:b] for a, b in names] == ["畹东区", "畹西区", "畹山县"]


def test_the_new_value_of_a_change_is_of_the_sentence_s_year():
    f = figs("2024年全区村级集体经济总收入1.3亿元，年经营性收入超过50万元的强村由2023年的35个增加到48个。")
    assert f["35个"].period == "2023年"
    assert f["48个"].period == "2024年"
    assert "强村" in f["48个"].measure and f["48个"].measure.startswith("年经营性收入")


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    shishi = """畹州市人民政府关于2024年度民生实事完成情况的公告

五、稳就业促增收
年度目标：城镇新增就业9500人。实际完成：通过招聘活动、公益性岗位等方式，城镇新增就业10230人，完成率107.7%。

七、居民增收
全年农村居民人均可支配收入20560元，增长7.1%。

六、农村供水提升
年度目标：新建改造农村供水管网300公里。实际完成：新建改造管网286公里，完成率95.3%。未完成原因：部分路段涉及征地，已调整至2025年3月底前完成。
"""
    fangan = """中共畹河县水利局党组关于巡察反馈意见的整改方案

一、整改目标
到2025年6月底前，全县农村供水工程运行完好率由目前的81%提高到92%以上。

二、整改任务
任务1：灌区维护资金不足。
整改措施：对12处小型灌区实行分类维护，2025年统筹安排维护资金430万元。
完成时限：2025年12月底前。
"""
    jieri = """中共畺溪县纪委 畺溪县监委
关于2024年国庆节日期间违反中央八项规定精神问题的通报

国庆节日期间，县纪委监委派出明察暗访组6个。2024年10月1日至10月7日，全县共查处违反中央八项规定精神问题19起，批评教育帮助和处理26人。今年以来，全县共查处违反中央八项规定精神问题74起，处理95人。
"""
    jianbao = """畺州市委巡察办工作简报

【畺川县】截至8月底，市委巡察组反馈的58个问题中已整改41个，整改率70.7%，低于全市平均水平12.3个百分点。
【畺山文旅集团】正在整改问题9个，数量居被巡察单位之首。
截至2024年9月30日，7个被巡察单位共收到反馈问题164个，已完成整改131个。
"""
    yitu = """畹北县纪委监委2024年工作成绩单
→ 188件 —— 立案审查调查（2023年为169件，同比增长11.2%）
→ 171人 —— 给予党纪政务处分
■ 日常监督
→ 412个 —— 发现问题
→ 389个 —— 督促整改到位，整改率94.4%
"""
    return build_answerer(tmp_path_factory, "breakdowns", [
        ("wanzhou-shishi", shishi, "畹州市"), ("wanhe-fangan", fangan, "畹河县"), ("jiangxi-jieri", jieri, "畺溪县"),
        ("jiangzhou-jianbao", jianbao, "畺州市"), ("wanbei-yitu", yitu, "畹北县"),
    ], "2024-10-20")


def test_a_result_after_the_line_s_target_label_answers(answerer):
    answered(answerer, "畹州市2024年城镇新增就业多少人？", "10230人")


def test_a_plan_s_act_in_a_later_year_answers_what_is_planned(answerer):
    answered(answerer, "畹河县水利局准备安排多少维护资金给小型灌区？", "430万元")


def test_a_target_asked_may_lie_after_the_notice_s_date(answerer):
    answered(answerer, "畹河县水利局整改方案要求，到2025年6月底农村供水工程完好率要提高到多少？", "92%")


def test_a_stretch_asked_is_no_running_total(answerer):
    answered(answerer, "畺溪县国庆那几天一共查了多少起违反八项规定的问题？", "19起")


def test_a_gap_from_the_average_asked_is_the_gap_stated(answerer):
    answered(answerer, "畺川县巡察整改进度比全市平均慢了多少？", "12.3个百分点")


def test_a_still_running_status_is_what_is_not_yet_done(answerer):
    answered(answerer, "畺山文旅集团还有多少个巡察问题没改完？", "9个")


def test_a_count_heading_its_clause_counts_its_own_noun(answerer):
    answered(answerer, "畺州市委巡察共反馈了多少个问题？", "164个")


def test_the_change_on_the_year_before_from_the_level_and_the_year_before(answerer):
    d = ask_checked(answerer, "畹北县纪委监委2024年立的案比前一年多了几件？")
    assert d["answer"].startswith("19件"), d["answer"]
    assert d["computed"]["expression"] == "188件-169件"


def test_city_in_general_is_no_place():
    p = read("畹山市2024年城镇新增就业多少人？").parts[0]
    assert p.who == [] and p.measure == "城镇新增就业"


def test_parallel_items_of_one_head_are_summed():
    s = read("畹桥区清理的不规范合同中，超期合同和无效合同合计多少份？")
    assert s.op == "sum" and len(s.parts) == 2


def test_each_asked_by_its_verb_and_a_count_of_the_items_adds_them_up():
    q = "畹州市委第三轮巡察和畺山市委第五轮巡察各反馈了多少个问题？两轮合计多少个？"
    assert sub_questions(q) is None
    s = read(q)
    assert s.op == "sum" and len(s.parts) == 2


def test_what_is_left_of_a_figure_first_list_s_total(answerer):
    d = ask_checked(answerer, "畹北县纪委监委日常监督发现的问题里，还有多少个没整改到位？")
    assert d["answer"].startswith("23个"), d["answer"]
    assert d["computed"]["expression"] == "412个-389个"


def test_a_verb_the_money_suffered_is_no_act_asked():
    from pipeline.actions import asked_actions

    assert asked_actions("畹州市交通运输局实际追回的被挪用养护资金") == ["追回"]
    assert asked_actions("畹州市交通运输局实际追回的被挪用养护资金是多少?") == ["追回"]


def test_the_gap_s_own_verb_is_no_measure_of_the_items():
    s = read("畹州市农业农村局上报清退的违规领补贴农户，比督查组核实实际清退的多报了多少户？")
    assert s.op == "difference" and len(s.parts) == 2
    assert all("多报" not in p.text and "多报" not in p.measure for p in s.parts)


def test_what_follows_a_count_of_the_items_is_asked_of_each():
    s = read("畹山市老旧小区改造和农村供水提升两件实事的完成率各是多少？哪一件更高？")
    assert [p.measure for p in s.parts] == ["老旧小区改造完成率", "农村供水提升完成率"]


def test_an_infographic_line_that_counts_a_problem_first_names_an_issue():
    from pipeline.parse import parse

    text = ("畹南县纪委监委2024年工作成绩单\n"
            "■ 整治群众身边不正之风\n"
            "▶ 64个：查纠农村低保资金发放不规范问题（已全部整改）\n"
            "▶ 31个：查纠学校食堂食材采购不规范问题（整改中）\n"
            "▶ 2150万元：追回、退还群众资金\n"
            "■ 纠治四风\n"
            "→ 58起 —— 查处违反中央八项规定精神问题\n")
    issues = {i.text for i in parse("t", text).issues}
    assert {"农村低保资金发放不规范问题", "学校食堂食材采购不规范问题"} <= issues
    assert "违反中央八项规定精神问题" not in issues  # cases counted (起), no problem found and fixed


def test_a_numbered_task_line_followed_by_its_measures_states_a_problem():
    from pipeline.parse import parse

    text = ("畹川学院巡视整改任务完成情况一览\n\n"
            "任务1：实验室安全管理制度执行不严，危化品台账登记不全。\n整改措施：修订管理办法2项，逐一清点危化品。\n完成情况：已完成（2024年10月）\n\n"
            "任务2：后勤服务外包合同管理不规范。\n整改措施：清理外包合同37份。\n完成情况：阶段性完成\n\n"
            "1.企业名称：畹川某食品公司　抽查事项：食品经营　抽查结果：发现问题，冷藏柜温度记录缺失　处理情况：责令整改\n")
    issues = {i.text for i in parse("t", text).issues}
    assert {"实验室安全管理制度执行不严，危化品台账登记不全", "后勤服务外包合同管理不规范", "冷藏柜温度记录缺失"} <= issues


def test_a_task_line_with_no_measures_after_it_is_no_problem():
    from pipeline.parse import parse

    text = "畹川学院2025年工作要点\n\n任务1：推进一流学科建设。\n任务2：完善人才引进办法。\n"
    assert not {i.text for i in parse("t", text).issues} & {"推进一流学科建设", "完善人才引进办法"}


def test_a_qualifier_slot_holding_another_word_is_another_measure(answerer):
    answered(answerer, "畹州市2024年农村居民人均可支配收入是多少元？", "20560元")
    refused_with(answerer, "畹州市2024年城镇居民人均可支配收入是多少元？", "城镇")


def test_a_higher_place_the_notice_never_names_is_another_place_s(answerer):
    refused_with(answerer, "畹平市水利局准备安排多少维护资金给小型灌区？", "畹平市")


def test_who_is_higher_is_no_part_of_what_each_item_is_asked():
    s = read("畹州市农村供水的完成率，和畹河县供水工程的运行完好率，谁更高？")
    assert s.op == "compare" and all("谁" not in p.measure for p in s.parts)
