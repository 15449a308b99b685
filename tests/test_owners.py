"""Whose a figure is, from the structure nearest it (pipeline/owners.py). Invented notices."""
from pipeline.figures import extract_figures
from pipeline.parse import parse


def subjects(text: str, meta: dict | None = None) -> dict[str, str | None]:
    outline = parse("t", text, meta or {"issuer": "中共岚州市纪委 岚州市监委"})
    return {f.text: f.subject for f in extract_figures("t", text, outline.owner_at)}


def test_numbered_item_opening_with_a_village_owns_its_figures():
    text = ("中共岚溪镇委员会关于村级巡察整改情况的通报\n\n一、总体情况\n全镇共整改问题46个。\n\n二、各村整改情况\n"
            "（一）岚石村。针对集体资源发包价格偏低问题，清理经济合同31份，重新发包7份。\n"
            "（二）岚桥村。针对项目管理混乱问题，复核工程项目14个。\n")
    got = subjects(text, {"issuer": "中共岚溪镇委员会"})
    assert got["31份"] == "岚石村" and got["7份"] == "岚石村"
    assert got["14个"] == "岚桥村"
    assert got["46个"] != "岚石村"  # before any item: the notice's own subject


def test_typical_case_item_names_the_unit_before_the_person():
    text = ("关于5起典型问题的通报\n\n"
            "1.岚北县人民医院原副院长王某某违规收受礼金问题。2022年至2024年，王某某先后收受礼金2.8万元。\n"
            "2.岚西县岚口乡民政办原工作人员李某截留救助资金问题。李某截留救助资金4.6万元。\n")
    got = subjects(text)
    assert got["2.8万元"] == "岚北县人民医院"
    assert got["4.6万元"] == "岚西县岚口乡民政办"


def test_item_heading_that_names_who_answers_for_it():
    text = ("岚县审计局关于2025年度审计查出问题整改情况的报告\n\n一、预算执行审计查出问题整改情况\n"
            "(一)关于非税收入未及时缴库的问题(责任单位:县发展和改革局)。问题金额3126.4万元，已整改2480万元。\n"
            "(二)关于津贴补贴发放的问题(责任单位:县教育局、县财政局)。问题金额86.4万元。\n")
    got = subjects(text, {"issuer": "岚县审计局"})
    assert got["3126.4万元"] == "县发展和改革局" and got["2480万元"] == "县发展和改革局"
    assert got["86.4万元"] == "县教育局"


def test_record_owner_is_a_body_of_its_own_not_a_department():
    text = ("岚阳市督察反馈问题整改落实情况公示\n\n"
            "问题编号：3\n问题描述：河道非法采砂问题突出。\n整改完成情况：取缔采砂点9个，清理砂石3.2万立方米。\n"
            "责任单位：岚溪县人民政府，市水利局\n\n"
            "问题编号：5\n问题描述：采购管理不规范。\n整改完成情况：电子化采购率达到98.5%。\n责任单位：采购管理中心\n")
    got = subjects(text, {"issuer": "岚阳市督察整改办"})
    assert got["9个"] == "岚溪县人民政府" and got["3.2万立方米"] == "岚溪县人民政府"
    assert got["98.5%"] != "采购管理中心"  # a department of the notice's own body owns nothing


def test_ranking_row_and_paragraph_lead_name_their_county():
    text = ("岚江市整改考核结果通报\n\n一、考核排名\n"
            "名次\u3000\u3000县区\u3000\u3000得分\u3000\u3000整改完成率\n"
            "第1名\u3000\u3000岚水县\u3000\u300092.4分\u3000\u300096.5%\n"
            "第2名\u3000\u3000岚丰县\u3000\u300088.1分\u3000\u300091.2%\n\n"
            "二、存在问题\n岚宁县:整改质量不高，抽查的12个问题中有3个存在纸面整改。\n")
    got = subjects(text, {"issuer": "岚江市整改办"})
    assert got["92.4分"] == "岚水县" and got["91.2%"] == "岚丰县"
    assert got["12个"] == "岚宁县" and got["3个"] == "岚宁县"


def test_a_category_and_the_campaigns_overseer_own_nothing():
    text = ("岚州市水利厅巡视整改进展情况\n\n一、整改落实情况\n"
            "2.基层水利站所干部队伍建设薄弱。整改情况：补充专业技术人员286名。\n\n"
            "市纪委监委党风政风监督室主任 张某:今年以来共查处问题136个。\n\n"
            "市农业农村局副局长 李某:我们核查补贴资金1.2亿元。\n")
    got = subjects(text, {"issuer": "岚州市人民政府新闻办公室"})
    assert got["286名"] != "基层水利站所"
    assert got["136个"] != "市纪委监委"
    assert got["1.2亿元"] == "市农业农村局"


def test_the_notices_short_name_names_its_body():
    text = ("岚江省委巡视组对岚江省岚能投资集团有限公司(以下简称岚能集团)党委开展了常规巡视，指出问题18个。\n"
            "一、整改情况\n集团电子化采购率达到98.5%。\n")
    got = subjects(text, {"issuer": "中共岚江省岚能投资集团有限公司委员会"})
    assert got["98.5%"] == "岚能集团"


def test_owners_do_not_cut_sections():
    """Chunks are cut at sections; owner spans are a figure's alone, so retrieval is unchanged."""
    text = "岚江市整改通报\n\n一、各村情况\n（一）岚石村。清理合同31份。\n岚宁县:抽查问题12个。\n"
    outline = parse("t", text, {"issuer": "岚江市"})
    assert outline.owners and all(o not in outline.sections for o in outline.owners)
    assert {s.subject for s in outline.sections}.isdisjoint({"岚宁县"})
