"""A question of several asking clauses: each later clause keeps the body the first one names, the
whole chain of places (a city's street or town), not just the city it opens with."""
from pipeline.question import analyse
from pipeline.slots import read


def test_a_later_clause_keeps_the_street_not_only_its_city():
    s = read("玱州市玱湖街道2025年全年拆除了多少处违法建设?拆除面积是多少?")
    assert len(s.parts) == 2
    assert any("玱湖街道" in w for w in s.parts[1].who)
    assert "玱湖街道" in s.parts[1].text


def test_a_later_clause_of_a_county_town_keeps_the_town():
    s = read("玱川县玱桥镇清理了多少户不符合条件的低保?停发了多少万元?")
    assert any("玱桥镇" in w for w in s.parts[1].who)


def test_a_single_place_still_carries_on_alone():
    s = read("玱州市立案处罚了多少家?罚没款多少?")
    assert s.parts[1].text.startswith("玱州市")
    assert "玱州市" in " ".join(s.parts[1].who) or "玱州市" in s.parts[1].text


def test_a_bare_how_much_after_a_verb_that_moves_money_asks_an_amount():
    s = read("玱江集团有子公司没经集团同意就把钱借给外面,借出去了多少?涉及几家子公司?")
    assert s.parts[0].kinds == ["money"]
    assert s.parts[1].kinds == ["count"]
    assert read("玱川县那家药店被罚了多少?").parts[0].kinds == ["money"]
    # 掏 (paying out of one's pocket) moves money too: what the county's purse paid
    assert read("玱川县老旧电梯改造的钱里,县财政掏了多少?").parts[0].kinds == ["money"]


def test_a_how_much_that_names_what_it_counts_is_not_money():
    assert read("玱川县借出去了多少台设备?").parts[0].kinds != ["money"]
    assert "money" not in read("玱川县清退了多少人?").parts[0].kinds


def test_a_bare_ge_does_not_answer_a_measure_word_the_notice_counts_in_elsewhere():
    from pipeline.evidence import generic_word_conflict
    from pipeline.types import Fact, Figure

    def fact(text, unit):
        f = Figure(id=text, doc="d", start=0, end=len(text), text=text, value=1.0, unit=unit)
        return Fact(f, 0, len(text), "", "count")

    facts = [fact("24个", "个"), fact("1420套", "套")]
    assert generic_word_conflict(["套"], "个", facts)
    assert generic_word_conflict(["套"], "个", [fact("24个", "个")]) is None  # 个 may be how this notice counts it
    assert generic_word_conflict(["个"], "个", facts) is None
    assert generic_word_conflict(["套"], "套", facts) is None


def test_an_amount_qualified_by_many_words_is_still_an_amount():
    assert read("玱州市美容美发行业闭店跑路门店涉及多少未消费的预付余额?").parts[0].kinds == ["money"]
    assert read("玱州市检查了多少未消费的预付卡门店?").parts[0].kinds == []
    assert read("玱州市有多少个项目的资金?").parts[0].kinds == ["count"]


def test_times_asked_in_trips_are_counted_in_sorties_not_in_items():
    from pipeline.evidence import count_word_conflict

    p = read("玱湖区今年上半年放无人机一共飞了多少趟?").parts[0]
    assert p.kinds == ["count"] and p.unit_word == "趟"
    assert count_word_conflict(["趟"], "架次") is None
    assert count_word_conflict(["趟"], "条")


def test_how_wide_asks_a_length_and_is_a_part_of_its_own():
    s = read("玱东街道沿街违建拆完后,人行道恢复到多宽?还空出了几个停车位?")
    assert [p.kinds for p in s.parts] == [["length"], ["count"]]


def test_a_count_asked_of_a_set_it_names_cannot_exceed_it_whatever_they_are_said_to_be():
    from pipeline.evidence import set_bound
    from pipeline.types import Fact, Figure

    def fact(value, unit):
        f = Figure(id="x", doc="d", start=0, end=3, text=f"{value:g}{unit}", value=float(value), unit=unit)
        return Fact(f, 0, 3, "问责", "count")

    q = "玱州市纪委监委采取留置措施的12人中,有多少名是村(社区)干部?"
    assert set_bound(q, fact(64, "人"))
    assert set_bound(q, fact(5, "名")) is None


def test_one_verb_after_joined_counts_is_done_to_each_and_a_figures_verb_may_follow_it():
    from pipeline.actions import action_conflict, asked_actions

    q = "玱塘村这次低保核查,一共把多少户、多少人从低保里拿掉了?"
    assert asked_actions(q) == ["拿掉", "拿掉"]
    assert action_conflict(q, "村两委对全村享受低保的", "61人逐户入户核查") == ("拿掉", "入户")
    assert action_conflict(q, "清退不符合条件的", "") is None


def test_a_company_by_its_registered_name_is_a_body():
    assert analyse("玱川县对第9标段承建企业玱兴农业开发有限公司罚款了多少钱?").entities == ["玱兴农业开发有限公司"]
    assert analyse("玱源县税务局对玱达建材贸易有限公司和玱安医药连锁有限公司各追缴了多少税款?").entities == \
        ["玱达建材贸易有限公司", "玱安医药连锁有限公司"]
    assert analyse("全县有多少家有限公司被罚款?").entities == []


def test_a_verb_in_a_tables_next_cell_is_not_the_figures_own():
    from pipeline.actions import action_conflict

    q = "玱州市中心审计整改清单中,违规提取住房公积金用于非住房消费的问题金额是多少元?"
    assert action_conflict(q, "违规提取住房公积金用于非住房消费｜", "｜追回全部款项") is None


def test_a_verb_said_undone_after_the_figure_is_not_its_action():
    from pipeline.actions import action_conflict

    q = "玱溪县审计发现,有多少名已故优抚对象未及时停发定期抚恤补助?"
    assert action_conflict(q, "截至2024年12月底,全县有", "已故优抚对象未及时停发定期抚恤补助") is None
