"""What a question asks: slots and parts, read from the folded question (no index needed)."""
from pipeline.slots import read, measure_phrase, split_parts


def test_full_width_and_ascii_questions_read_alike():
    a = read("甲县和乙县拆除的违建，哪个更多？")
    b = read("甲县和乙县拆除的违建,哪个更多?")
    assert a.op == b.op == "compare"
    assert [p.text for p in a.parts] == [p.text for p in b.parts]
    assert len(split_parts("学校多收学生的住宿费和校牌费加起来一共多少钱？")) == 2


def test_kinds_and_measure_come_from_the_asking_words():
    s = read("帮农民工要回了多少工资?")
    assert s.parts[0].answer_type == "number" and "要回" in s.parts[0].measure and "工资" in s.parts[0].measure
    assert read("青石镇小额信贷逾期率是多少?").parts[0].kinds == ["percent", "points"]
    assert "money" in read("投了多少钱?").parts[0].kinds
    assert read("有多少种慢性病纳入门诊保障?").parts[0].unit_word == "种"
    # 几个小时, 几个月: a duration, not a count of 个
    assert read("船只过闸平均要等几个小时?").parts[0].kinds == ["duration"]
    assert read("整改用了几个月?").parts[0].kinds == ["duration"]
    assert read("检查了几个单位?").parts[0].kinds == ["count"]
    # a bare 多少 before the money noun that ends the clause asks an amount; 多少人 still counts people
    assert read("帮农民工讨回了多少被拖欠的工资?").parts[0].kinds == ["money"]
    assert read("有多少人领取了补贴?").parts[0].kinds == ["count"]
    # a noun that names money by its form (a fee, a payment, a deposit, a kickback) asks an amount too
    for q in ("他自己又拿了多少回扣?", "收了多少好处费?", "退还了多少履约保证金?", "查出了多少违规贷款?"):
        assert read(q).parts[0].kinds == ["money"], q
    assert read("多少家企业缴纳了保证金?").parts[0].kinds == ["count"]
    # 多大面积 asks a quantity beside a 多少: two asks, an area each
    p = read("收回了多少亩被违规占用的集体土地和多大面积的集体房屋?").parts[0]
    assert p.asks == 2 and p.wants == ["area", "area"]
    assert read("新建管网多长?").parts[0].asks == 1
    # 人才 and 人民币 are no count of 人: 安排了多少人才专项经费 asks the money
    assert read("安排了多少人才专项经费?").parts[0].kinds == ["money"]
    assert read("追回了多少人民币?").parts[0].kinds == ["money"]


def test_place_and_period_are_not_the_measure():
    assert measure_phrase("甲县今年1-10月的专利授权量是多少件?") == "专利授权量"
    s = read("截至2022年4月底,甲县青石镇小额信贷逾期金额是多少?")
    assert s.parts[0].period.startswith("截至2022年4月底")
    assert any(w.endswith("青石镇") for w in s.parts[0].who)


def test_parts_per_body_per_asking_clause_and_per_item():
    each = read("中和街道和永宁街道分别有多少个小区无人管理?")
    assert len(each.parts) == 2 and each.op is None
    assert "中和街道" in each.parts[0].text and "永宁街道" in each.parts[1].text
    asking = read("甲县给人才发补贴花了多少钱?有多少人拿到了?")
    assert asking.asking and len(asking.parts) == 2
    assert "money" in asking.parts[0].kinds
    total = read("甲县追回的欠薪加上乙县追缴的欠租款,一共多少万元?")
    assert total.op == "sum" and len(total.parts) == 2


def test_difference_with_the_notices_own_comparison_is_not_an_operation():
    assert read("甲县绿地面积比乙县多多少亩?").op == "difference"
    own = read("甲县今年开了多少场会议?比去年同期少了多少?")
    assert own.op is None and len(own.parts) == 2


def test_one_collective_thing_is_not_split_into_a_sum():
    s = read("甲县为整改供水问题实施的泵站提升、信息化建设和维修养护这几个工程,一共要投多少钱?")
    assert s.op is None and len(s.parts) == 1


def test_list_and_person_questions():
    assert read("提出了哪些解决方式?").parts[0].answer_type == "list"
    assert read("那3个小区分别叫什么名字?").parts[0].answer_type == "list"
    assert read("新学校的负责人由谁担任?").parts[0].answer_type == "person"


def test_categories_in_quotes_compared_over_the_stretch_asked():
    # a 、 inside quotes joins the words of one category; 哪一类多 compares; 1—10月 holds for both items
    s = read("甲县1—10月查处的形式主义问题中,“不担当、不作为”类和“消极应付、冷硬横推”类哪一类多?多几个?")
    assert s.op == "compare" and len(s.parts) == 2
    assert "不担当、不作为" in s.parts[0].text and "消极应付、冷硬横推" in s.parts[1].text
    assert all(p.period == "1—10月" for p in s.parts)


def test_a_period_inside_the_first_item_is_that_items_only():
    s = read("东营区2021年拆除的小区违建面积,比定海区拆除的河道违建物面积多多少平方米?")
    assert [p.period for p in s.parts] == ["2021年", None]


def test_names_joined_and_counted_are_each_an_item_of_the_sum():
    # 三个村 counts the names before it; the words after it are what each is asked
    s = read("柘溪镇专项整治中,柘口村、柘丰村、柘华村三个村清理违规占地合计多少亩?")
    assert s.op == "sum" and len(s.parts) == 3
    assert [p.who[-1] for p in s.parts] == ["柘口村", "柘丰村", "柘华村"]
    assert all("清理违规占地" in p.measure for p in s.parts)
    # a count that does not match the names is no such list: the last name keeps the words after it
    odd = read("柘溪镇专项整治中,柘口村、柘丰村三个村清理违规占地合计多少亩?")
    assert not any(p.text.endswith("柘口村 清理违规占地 合计多少亩") for p in odd.parts)


def test_the_rest_besides_a_part_is_the_whole_less_it():
    for q in ("柘阳市本轮巡察反馈的问题中,党的建设方面以外的问题有多少个?",
              "柘州市退还群众财物的总额中,除去柘城区,其余地方合计退还了多少万元?"):
        s = read(q)
        assert s.op == "besides" and len(s.parts) == 2
        assert s.parts[0].besides and s.parts[0].besides in s.parts[1].text
    assert read("柘州市此外还有多少个问题?").op is None


def test_two_sides_of_bi_are_whole_items_and_an_as_of_date_is_the_first_sides():
    s = read("截至2025年9月30日,柘城医院累计清退、上缴的违规资金及款物,比集中整治阶段主动退回的医保基金多多少万元?")
    assert s.op == "difference" and len(s.parts) == 2
    assert "清退、上缴的违规资金及款物" in s.parts[0].text
    assert s.parts[0].period == "截至2025年9月30日" and s.parts[1].period is None


def test_two_joined_lists_of_one_length_pair_off():
    # A和B两项整治中,清退和退还的…: A's 清退 and B's 退还, two items (not A, B清退, 退还)
    parts = split_parts("珖山市税务局在涉农收费和涉企收费两项整治中,清退和退还的费用合计多少万元?")
    assert len(parts) == 2
    assert "涉农收费" in parts[0] and "清退" in parts[0] and "费用" in parts[0]
    assert "涉企收费" in parts[1] and "退还" in parts[1] and "两项" not in parts[1]
    parts = split_parts("珖山市低保和特困供养两项专项整治中,追回的低保金和违规领取的供养金合计多少万元?")
    assert len(parts) == 2 and "追回的低保金" in parts[0] and "违规领取的供养金" in parts[1]
    # lists of different lengths do not pair
    assert len(split_parts("珖山市校园餐和学生资助整治中,退还的伙食费、追回的资助金和收缴的罚款加起来一共多少万元?")) == 3
