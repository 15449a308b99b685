"""Outline styles beyond the five corpus notices (issue 12): written from the issue's descriptions,
with invented units and numbers."""
from pipeline.parse import parse

BLOCK_NOTICE = """关于甲县巡察整改进展情况的通报
根据统一部署,县委第二巡察组对甲县农业农村局开展了巡察。现将整改进展情况公布如下。
(一)反馈问题:基层党组织建设不够规范
1.部分村党支部“三会一课”记录不完整
2.发展党员程序执行不严格
整改状态:阶段性完成
整改情况:一是开展党支部规范化建设,逐一检查12个村党支部。二是修订发展党员工作细则。
(二)反馈问题:专项资金管理不严
整改状态:完成
整改情况:一是追回违规资金35.6万元。二是建立资金拨付台账。
(三)反馈问题:耕地保护责任落实不到位
整改状态:持续推进
整改情况:
一是开展耕地“非农化”排查,整改图斑46个。
二是建立田长制巡查机制。
"""

AUDIT_NOTICE = """乙市关于2022年度市级预算执行审计查出问题整改情况的报告
一、审计查出问题的整改情况
(一)关于部分单位预算编制不精准的问题。
已督促3个单位调整预算,收回资金120万元。
(二)关于专项资金闲置的问题。
市财政局统筹盘活资金450万元,其中用于民生项目300万元。
二、国有企业审计情况
关于部分国有企业业绩不实的问题,截至2023年6月底,已核减虚增收入2.3亿元,追责问责15人。
"""

LEAD_NOTICE = """丙省关于中央生态环境保护督察反馈意见整改落实情况的公告
一、关于生态环境保护责任落实方面
1.生态环境保护压力传导不到位,部分地方整改敷衍应付。省委常委会专题研究督察整改工作6次,约谈市县党政负责同志21人。
2.城镇污水收集处理能力不足,管网建设滞后。新建污水管网320公里,新增处理能力8万吨/日。针对“污水直排”问题,排查整治排污口156个。
二、关于产业结构调整方面
全省召开推进会议3次,部署相关工作。
"""

TABLE_NOTICE = """丁区巡察反馈问题整改情况表
序号:1 反馈问题:村级财务管理不规范,存在白条入账现象 整改措施:一是开展村级财务专项清理。二是推行村务卡结算。 责任单位:区农业农村局 整改时限:2023年6月底 整改进展:已完成
序号:2 反馈问题:农村人居环境整治不彻底 整改措施:开展村庄清洁行动,清理垃圾860吨。 责任单位:区住建局 整改时限:长期坚持 整改进展:持续推进
序号:3 反馈问题:违规发放津补贴 整改措施:清退违规发放资金15.2万元。 责任单位:区财政局 整改时限:2023年3月底 整改进展:已整改,资金全部清退
"""


def _check(text, o):
    for i in o.issues:
        assert text[i.start:i.end] == i.text
        for m in i.measures:
            assert text[m.start:m.end] == m.text


def _by_text(o):
    return {i.text: i for i in o.issues}


def test_block_per_issue_heading_subproblems_status_and_measures():
    o = parse("b", BLOCK_NOTICE)
    _check(BLOCK_NOTICE, o)
    got = _by_text(o)
    assert list(got) == ["基层党组织建设不够规范", "部分村党支部“三会一课”记录不完整", "发展党员程序执行不严格",
                         "专项资金管理不严", "耕地保护责任落实不到位"]
    head = got["基层党组织建设不够规范"]
    assert head.status == "阶段性完成"
    assert [m.text[:2] for m in head.measures] == ["一是", "二是"]
    assert got["发展党员程序执行不严格"].parent == head.id
    assert got["发展党员程序执行不严格"].status == "阶段性完成"  # the block's status covers its sub-problems
    assert got["专项资金管理不严"].status == "完成"
    assert "35.6万元" in got["专项资金管理不严"].measures[0].text
    # the measures may start on the line after the label
    last = got["耕地保护责任落实不到位"]
    assert last.status == "持续推进"
    assert [m.text[:2] for m in last.measures] == ["一是", "二是"]
    assert o.subject_at(BLOCK_NOTICE.index("35.6万元")) == "甲县农业农村局"


def test_audit_report_about_headings_and_news_paragraph():
    o = parse("a", AUDIT_NOTICE)
    _check(AUDIT_NOTICE, o)
    texts = [i.text for i in o.issues]
    assert texts == ["部分单位预算编制不精准的问题", "专项资金闲置的问题", "部分国有企业业绩不实的问题"]
    second = o.issues[1]
    assert any("450万元" in m.text for m in second.measures)
    assert not any("2.3亿元" in m.text for m in second.measures)  # the next part is not its answer
    assert any("2.3亿元" in m.text for m in o.issues[2].measures)


def test_lead_sentence_problems_and_quoted_problem_inside_a_measure():
    o = parse("l", LEAD_NOTICE)
    _check(LEAD_NOTICE, o)
    texts = [i.text for i in o.issues]
    assert "生态环境保护压力传导不到位,部分地方整改敷衍应付" in texts
    assert "城镇污水收集处理能力不足,管网建设滞后" in texts
    assert any(t.startswith("“污水直排”") for t in texts)
    # a paragraph that opens with what was done is not an issue, nor is a 方面 heading
    assert not any(t.startswith("全省召开") or t.endswith("方面") for t in texts)
    first = _by_text(o)["生态环境保护压力传导不到位,部分地方整改敷衍应付"]
    assert any("21人" in m.text for m in first.measures)


def test_table_rows_problem_measure_unit_status():
    o = parse("t", TABLE_NOTICE)
    _check(TABLE_NOTICE, o)
    assert [i.text for i in o.issues] == ["村级财务管理不规范,存在白条入账现象", "农村人居环境整治不彻底", "违规发放津补贴"]
    assert [i.subject for i in o.issues] == ["区农业农村局", "区住建局", "区财政局"]
    assert [i.status for i in o.issues] == ["已完成", "持续推进", "已整改"]
    first = o.issues[0]
    assert [m.text[:2] for m in first.measures] == ["一是", "二是"]
    assert not any("区农业农村局" in m.text or "整改时限" in m.text for m in first.measures)
    assert "860吨" in o.issues[1].measures[0].text


def test_row_labels_inside_a_cell_value_do_not_split_it():
    text = "序号:1 反馈问题:制度执行不严 整改措施:一是修订制度:明确审批流程。二是开展检查。 整改状态:完成\n"
    o = parse("c", text)
    _check(text, o)
    assert [i.text for i in o.issues] == ["制度执行不严"]
    assert o.issues[0].measures[0].text.startswith("一是修订制度:明确审批流程")
    assert o.issues[0].status == "完成"


def test_stated_status_words_elsewhere_in_an_issue_answer():
    text = "问题1:档案管理不规范。\n一是补齐缺失档案。目前该问题已整改。\n问题2:会议记录不全。\n正在整改。\n"
    o = parse("s", text)
    assert [i.status for i in o.issues] == ["已整改", "正在整改"]


def test_campaign_target_and_problems_listed_before_deng():
    text = ("戊县纪委监委通报专项整治成果。\n"
            "今年以来,全县深入开展群众身边不正之风和腐败问题集中整治,查处问题线索42条。\n"
            "各乡镇就虚报冒领补贴问题、优亲厚友问题和吃拿卡要问题等3类突出问题开展自查自纠,清退资金8.6万元。\n"
            "五、殡葬领域乱收费问题专项整治\n全面开展殡葬领域乱收费问题专项整治行动,清退费用3万元。"
            "深化巩固违规收受红包问题专项整治成果。\n")
    o = parse("c", text)
    _check(text, o)
    texts = [i.text for i in o.issues]
    assert texts == ["群众身边不正之风和腐败问题", "虚报冒领补贴问题", "优亲厚友问题", "吃拿卡要问题", "殡葬领域乱收费问题",
                     "违规收受红包问题"]


def test_problem_named_mid_sentence_in_a_measure_but_not_inside_words():
    text = ("问题1:国有企业管理不规范。\n"
            "一是修订选聘办法。二是区国资办正对甲公司中介机构委托问题进行调查。"
            "三是对照巡察反馈问题逐项核对台账问题清单。\n")
    o = parse("m", text)
    _check(text, o)
    texts = [i.text for i in o.issues]
    assert "甲公司中介机构委托问题" in texts
    assert not any("照" in t[:1] or "巡察反馈问题" in t for t in texts)


def test_status_is_an_exact_span_of_the_notice():
    for text in (BLOCK_NOTICE, TABLE_NOTICE, "问题1:档案管理不规范。\n一是补齐缺失档案。目前该问题已整改。\n"):
        o = parse("x", text)
        stated = [i for i in o.issues if i.status]
        assert stated
        for i in stated:
            assert text[i.status_start:i.status_end] == i.status


def test_a_problem_cell_numbering_several_problems():
    text = "序号:1 反馈问题:1.食堂采购台账不全;2.公务接待超标准 整改措施:补齐台账,退缴超标费用0.8万元。 整改进展:已完成\n"
    o = parse("n", text)
    _check(text, o)
    assert [i.text for i in o.issues] == ["食堂采购台账不全", "公务接待超标准"]
    assert all(i.status == "已完成" for i in o.issues)
    assert o.issues[0].measures and "0.8万元" in o.issues[0].measures[0].text


def test_problems_as_the_subject_of_a_status_sentence():
    text = ("己镇巡察整改情况。\n巡察期间移交立行立改问题3项,其中河道垃圾清理、村务公开滞后2项问题已整改完成,"
            "农贸市场占道经营问题未整改到位。巡察反馈的17个问题已完成整改14个。\n")
    o = parse("p", text)
    _check(text, o)
    got = {i.text: i.status for i in o.issues}
    assert got == {"河道垃圾清理": "已整改完成", "村务公开滞后": "已整改完成", "农贸市场占道经营问题": "未整改到位"}


def test_numbered_item_naming_a_problem_at_any_level_but_not_a_fixing_title():
    text = ("一、预算执行审计\n(一)预算管理方面\n1.部分单位预算执行率偏低的问题。已督促5个单位加快支出进度。\n"
            "(4)切实解决上学难问题。新增学位2700个。\n")
    o = parse("k", text)
    _check(text, o)
    assert [i.text for i in o.issues] == ["部分单位预算执行率偏低的问题"]


SUB_FIELDS_NOTICE = """(一)反馈问题:安全生产监管责任落实不够到位
1.危化品企业隐患排查不彻底
整改状态:完成
整改情况:一是对28家危化品企业逐一复查。二是建立隐患整改销号台账。
2.执法检查频次偏低
整改状态:持续推进
整改情况:
1.制定年度执法检查计划。
2.开展“双随机”检查46次。
(二)反馈问题:项目资金拨付滞后
整改状态:阶段性完成
整改情况:督促拨付资金860万元。
"""


def test_each_sub_problem_with_its_own_status_and_measures():
    o = parse("s", SUB_FIELDS_NOTICE)
    _check(SUB_FIELDS_NOTICE, o)
    got = _by_text(o)
    assert list(got) == ["安全生产监管责任落实不够到位", "危化品企业隐患排查不彻底", "执法检查频次偏低", "项目资金拨付滞后"]
    assert got["安全生产监管责任落实不够到位"].status is None  # its sub-problems state theirs
    assert got["危化品企业隐患排查不彻底"].status == "完成"
    second = got["执法检查频次偏低"]
    assert second.status == "持续推进" and second.parent == got["安全生产监管责任落实不够到位"].id
    # numbered measure lines under 整改情况 are measures, not more sub-problems
    assert any("46次" in m.text for m in second.measures)
    assert got["项目资金拨付滞后"].status == "阶段性完成"


def test_focus_list_campaign_object_and_about_clauses_in_one_paragraph():
    text = ("庚市扛起集中整治群众身边腐败问题的责任,聚焦低保审核中的优亲厚友问题、危房改造中的吃拿卡要问题和"
            "河道保洁中的虚报冒领问题,开展集中整治。\n"
            "其他方面,关于部分单位超标准配备公务用车的问题,已收回车辆6辆;关于个别国有企业违规出借资金的问题,已收回资金900万元。\n")
    o = parse("f", text)
    _check(text, o)
    assert [i.text for i in o.issues] == ["群众身边腐败问题", "低保审核中的优亲厚友问题", "危房改造中的吃拿卡要问题",
                                          "河道保洁中的虚报冒领问题", "部分单位超标准配备公务用车的问题",
                                          "个别国有企业违规出借资金的问题"]
    assert any("900万元" in m.text for m in o.issues[-1].measures)
    assert not any("900万元" in m.text for m in o.issues[-2].measures)


def test_audit_report_parts_are_sections_and_the_title_names_the_audited_place():
    text = AUDIT_NOTICE.replace("乙市关于2022年度", "关于乙市2022年度").replace(
        "一、审计查出问题的整改情况", "一、市级预算执行审计查出问题的整改情况")
    o = parse("a", text)
    assert o.default_subject == "乙市"
    assert o.subject_at(text.index("120万元")) == "市级预算执行审计"
    assert o.issues[0].subject == "市级预算执行审计"
    assert o.subject_at(text.index("2.3亿元")) == "乙市"  # "二、国有企业审计情况" names no audited part


# a table as the loaders write it: one block per row, each cell `表头：值` on its own line(s)
TABLE_BLOCKS = """辛区巡察反馈问题整改清单

序号：1
反馈问题：村级财务管理不规范，存在白条入账现象
整改措施：一是开展村级财务专项清理。
二是推行村务卡结算，覆盖63个村。
责任单位及责任人：区农业农村局 王某
整改时限：2023年6月底
整改进展：已完成整改

序号：2
反馈问题：违规发放津补贴
整改措施：清退违规发放资金15.2万元。
责任单位及责任人：区财政局
整改目标：建立长效机制
整改进展：阶段性完成，剩余资金分期清退
"""


def test_table_rows_as_labelled_blocks():
    o = parse("tb", TABLE_BLOCKS)
    _check(TABLE_BLOCKS, o)
    assert [i.text for i in o.issues] == ["村级财务管理不规范，存在白条入账现象", "违规发放津补贴"]
    assert [i.status for i in o.issues] == ["已完成整改", "阶段性完成"]
    assert [i.subject for i in o.issues] == ["区农业农村局", "区财政局"]
    first = o.issues[0]
    assert [m.text[:2] for m in first.measures] == ["一是", "二是"]
    assert "63个村" in first.measures[1].text and "2023年6月底" not in first.measures[1].text
    assert o.issues[1].measures[0].text == "清退违规发放资金15.2万元。"
    assert not any("长效机制" in m.text for m in o.issues[1].measures)


def test_units_listed_one_a_line_in_a_unit_cell_are_not_sections():
    text = TABLE_BLOCKS.replace("责任单位及责任人：区财政局\n", "责任单位及责任人：区财政局\n区审计局\n区人社局\n")
    o = parse("tu", text)
    _check(text, o)
    assert not any(h.kind == "unit" for h in o.headings)
    assert [i.status for i in o.issues] == ["已完成整改", "阶段性完成"]
    assert o.issues[1].subject == "区财政局"


def test_a_row_ends_where_the_next_row_numbers_itself():
    o = parse("tb", TABLE_BLOCKS)
    first, second = o.issues
    assert first.scope_end < TABLE_BLOCKS.index("序号：2")
    assert second.scope_end == len(TABLE_BLOCKS.rstrip("\n"))


def test_problems_numbered_inline_after_a_problem_heading_are_its_sub_issues():
    text = ("问题3:耕地保护存在短板。(1)违法占用耕地问题仍有发生;(2)部分高标准农田撂荒。\n"
            "整改进展情况:一是拆除违法建筑21处。二是复耕撂荒地1300亩。\n问题4:干部队伍建设存在短板。\n一是选拔干部48名。\n")
    o = parse("q", text)
    _check(text, o)
    got = _by_text(o)
    assert list(got) == ["耕地保护存在短板", "违法占用耕地问题仍有发生", "部分高标准农田撂荒", "干部队伍建设存在短板"]
    head = got["耕地保护存在短板"]
    assert got["部分高标准农田撂荒"].parent == head.id
    assert any("1300亩" in m.text for m in head.measures)
    assert not got["部分高标准农田撂荒"].measures  # the measures answer the heading problem


def test_a_part_named_by_the_inspection_alone_is_no_section_and_a_news_title_names_the_place():
    text = ("中共癸大学委员会关于巡视整改进展情况的通报\n根据部署,省委巡视组对癸大学党委开展了巡视。\n"
            "二、巡视反馈问题整改落实情况\n问题1:学科建设存在短板。\n一是新增博士点2个。\n")
    o = parse("u", text)
    assert o.subject_at(text.index("2个")) == "癸大学"
    news = "子省审计查出问题整改“回头看”:40个问题已整改到位36个\n来源:子省日报\n正文。\n"
    assert parse("n", news, {"issuer": "子省日报"}).default_subject == "子省"


BRACKET_LEDGER = """中共丙县交通运输局党组关于巡察整改台账的公示
一、政治建设方面
【问题1】农村公路养护资金拨付滞后的问题。2024年有6个乡镇的养护资金延迟拨付,涉及金额86万元。
【责任单位】丙县交通运输局财务股
【整改时限】2025年6月30日前
【整改进展】对延迟拨付资金逐笔清理,已全部拨付到位,建立按季拨付制度。
【整改结果】已完成
【问题2】超限超载治理不力的问题。部分路段夜间超限运输反弹。
【责任单位】丙县公路运输管理所
【整改时限】长期坚持
【整改进展】设立固定检测点3个,开展联合执法12次。
【整改结果】长期坚持
"""

BAR_TABLE = """丁银行丁南省分行党委关于巡视整改进展情况的通报
二、巡视反馈问题整改落实情况
序号｜反馈问题｜整改措施｜完成情况｜整改状态
（一）服务实体经济方面
1｜小微企业贷款投放不足｜单列信贷计划。｜普惠贷款余额较年初增加12亿元。｜已完成
（二）风险防控方面
2｜不良贷款清收力度不够｜制定清收方案。｜累计清收不良贷款3.2亿元。｜持续推进
"""

BULLETS = """戊州市纪委监委:数说整治成效
◆ 专项整治
🔹 针对医保基金违规使用问题
▶ 追回医保基金 1200万元
🔹 针对农村低保“人情保”问题
▶ 清退不符合条件的低保对象 320户
"""


def test_bracketed_field_blocks_are_issues_with_their_status_and_measures():
    out = parse("ledger", BRACKET_LEDGER)
    assert [i.text for i in out.issues] == ["农村公路养护资金拨付滞后的问题", "超限超载治理不力的问题"]
    assert [i.status for i in out.issues] == ["已完成", "长期坚持"]
    assert out.issues[0].measures  # the 整改进展 field says what was done


def test_rows_of_a_bar_table_under_group_lines_are_issues():
    out = parse("bars", BAR_TABLE)
    assert [i.text for i in out.issues] == ["小微企业贷款投放不足", "不良贷款清收力度不够"]
    assert [i.status for i in out.issues] == ["已完成", "持续推进"]


def test_a_bullet_before_zhendui_still_opens_an_issue():
    out = parse("bullets", BULLETS)
    assert "医保基金违规使用问题" in [i.text for i in out.issues]
    assert "农村低保“人情保”问题" in [i.text for i in out.issues]


def test_a_problem_field_under_a_problem_heading_is_its_particulars():
    text = """丙县医疗集团关于巡察反馈问题整改情况的通报
问题1:党委落实“第一议题”制度不够到位。
【问题表现】2023年党委会安排“第一议题”学习18次,其中专题研讨仅2次;
【整改措施】修订党委理论学习中心组学习制度。
【整改状态】长期坚持
"""
    assert [i.text for i in parse("heading", text).issues] == ["党委落实“第一议题”制度不够到位"]


CIRCLED_NOTICE = """玳川县农业农村局关于高标准农田建设领域问题专项整治整改情况的通报
一、问题整改情况
1.工程建设质量不达标问题。共排查发现质量类问题11个,已全部完成整改。
①玳桥镇片区第3标段渠道混凝土强度不足问题。该标段已返工渠道1.2公里,复检合格。
②玳溪乡片区第5标段田间道路厚度不足问题。已返工道路2.6公里。
2.资金管理使用不规范问题。
①超进度拨付工程款问题。已扣回工程款64.2万元。
"""

BODY_NOTICE = """玳川县人民政府关于2025年度审计查出问题整改情况的报告
一、部门预算执行审计查出问题整改情况
(一)玳川县教育局
一是违规发放绩效奖金问题。涉及金额56.7万元,已追回41.2万元。二是政府采购未执行集中采购规定问题。已完成整改。
(二)玳川县农业农村局
高标准农田建设项目资金拨付滞后问题涉及资金1860万元,已拨付1520万元。
"""


def test_circled_sub_items_under_numbered_problems_are_issues():
    texts = [i.text for i in parse("circled", CIRCLED_NOTICE, {}).issues]
    assert "玳桥镇片区第3标段渠道混凝土强度不足问题" in texts and "玳溪乡片区第5标段田间道路厚度不足问题" in texts, texts
    assert "超进度拨付工程款问题" in texts and "工程建设质量不达标问题" in texts, texts


def test_problems_a_bodys_paragraphs_open_with_are_issues():
    texts = [i.text for i in parse("body", BODY_NOTICE, {}).issues]
    assert {"违规发放绩效奖金问题", "政府采购未执行集中采购规定问题", "高标准农田建设项目资金拨付滞后问题"} <= set(texts), texts


LEDGER_NOTICE = """中共玳江省玳能投资集团有限公司委员会关于省委巡视反馈意见整改落实情况的通报
二、整改落实情况
（一）服务全省能源保供和国企改革大局有差距
序号：1
问题表现：主责主业不够聚焦，非主业投资占比偏高。
整改措施：制定主业管理办法，清理退出非主业项目12个。
（二）落实全面从严治党战略部署不够有力
序号：2
问题表现：违规发放津贴补贴问题仍有发生。
整改措施：清退违规发放款项193.5万元。
（三）持续巩固深化整改成果
建立整改长效机制。
"""


def test_a_heading_that_states_a_shortcoming_is_an_issue():
    texts = [i.text for i in parse("ledger", LEDGER_NOTICE, {}).issues]
    assert "服务全省能源保供和国企改革大局有差距" in texts and "落实全面从严治党战略部署不够有力" in texts, texts
    assert not any("持续巩固" in t for t in texts), texts


DECIMAL_NOTICE = """中共丙市水利局党组关于巡察整改进展情况的通报
1. 关于落实上级决策部署不够到位的问题
1.1 农田灌溉渠系“末梢”建设推进缓慢的问题【已完成】
(1)完成渠系配套改造46.2公里。
1.2 小型水库安全隐患排查不彻底。【持续推进】
(1)排查小型水库38座。
2. 关于履行管党治党责任不够有力的问题
2.1 局属单位违规收取技术服务费。【已完成】
(1)清退违规收取费用12.6万元。
2.2 全面排查局属单位违规兼职情况【已完成】
"""

ENUMERATED_RECORD = """丁省交通运输厅党组关于巡视整改进展情况的通报
第一方面问题:落实交通强省战略部署不够有力
整改进展:一是针对国省干线前期工作推进迟缓的问题,建立项目调度机制,18个项目取得批复。二是针对农村公路养护资金落实不到位的问题,落实养护资金2.1亿元。
下一步打算:年底前完成剩余项目批复。
"""


def test_decimal_sub_items_with_a_status_tag_are_issues():
    texts = [i.text for i in parse("dec", DECIMAL_NOTICE, {}).issues]
    assert "农田灌溉渠系“末梢”建设推进缓慢的问题" in texts, texts
    assert "小型水库安全隐患排查不彻底" in texts and "局属单位违规收取技术服务费" in texts, texts
    assert not any("兼职情况" in t for t in texts), texts  # what was done about a problem is no problem
    assert not any("46.2公里" in t for t in texts), texts


def test_a_records_enumerated_problems_are_its_sub_issues():
    texts = [i.text for i in parse("enum", ENUMERATED_RECORD, {}).issues]
    assert any(t.startswith("国省干线前期工作推进迟缓") for t in texts), texts
    assert any(t.startswith("农村公路养护资金落实不到位") for t in texts), texts


def test_circled_items_a_paragraph_runs_on_with_are_each_an_issue():
    text = ("戊县关于2024年度审计查出问题整改情况的报告\n二、部门预算执行审计查出问题整改情况\n"
            "①关于违规发放津贴补贴的问题。县城管局已清退18.6万元。②关于公务接待超标准的问题。县文旅局退回费用2.3万元。"
            "③关于固定资产账实不符的问题。已核销资产46项。\n")
    texts = [i.text for i in parse("circ", text, {}).issues]
    for want in ("违规发放津贴补贴的问题", "公务接待超标准的问题", "固定资产账实不符的问题"):
        assert any(want in t for t in texts), (want, texts)


def test_a_body_then_its_shortcoming_is_an_issue():
    text = ("己市整改考核通报\n三、存在问题\n甲丰县:整改进度滞后,反馈问题中有5个逾期未完成整改。\n"
            "乙宁县:整改质量不高,抽查的12个问题中有3个纸面整改。\n丙渡村:无违规占地,追缴租赁费6.8万元。\n")
    texts = [i.text for i in parse("lab", text, {}).issues]
    assert "整改进度滞后" in texts and "整改质量不高" in texts, texts
    assert not any("无违规" in t for t in texts), texts


def test_articles_numbered_di_n_tiao_are_headings():
    text = ("庚村关于巡察整改情况的公示\n第一条 关于村集体“三资”管理不规范的问题\n（1）集体资产底数不清，部分资产未登记入账\n"
            "①清查未入账资产12项。\n第二条 关于惠民政策落实不到位的问题\n（1）低保对象认定不精准\n①清退低保对象3户。\n")
    o = parse("art", text, {})
    texts = [i.text for i in o.issues]
    assert any("村集体“三资”管理不规范的问题" in t for t in texts), texts
    assert any("惠民政策落实不到位的问题" in t for t in texts), texts
    assert [h.level for h in o.headings if h.text.startswith("第")] == [3, 3]


def test_items_numbered_di_n_xiang_end_the_record_before_them():
    text = ("辛省督察整改进展情况通报\n第一项：辛州市城区黑臭水体治理不彻底问题\n责任单位：辛州市人民政府\n完成情况：已完成清淤12万立方米。\n"
            "滞后原因：部分修复地块苗木成活率偏低，低于验收标准。\n整改措施：补植补种。\n"
            "第二项：辛湖总磷浓度超标问题\n责任单位：辛湖市人民政府\n完成情况：完成清淤93.6万立方米。\n"
            "第三项：农村生活污水治理推进缓慢问题\n完成情况：完成治理村庄46个。\n")
    texts = [i.text for i in parse("xiang", text, {}).issues]
    for want in ("辛州市城区黑臭水体治理不彻底问题", "辛湖总磷浓度超标问题", "农村生活污水治理推进缓慢问题"):
        assert want in texts, (want, texts)


DEPOT_NOTICE = """汀江省粮食和物资储备局关于粮食购销领域专项整治工作情况的通报

2025年,全省粮食系统持续深化专项整治。现将检查发现的问题通报如下。

一、汀山直属库。检查组对该库储备粮逐一测量,发现账实不符。
二、汀河粮库。该库存在以陈顶新问题。2023年至2024年,该库将1.56万吨陈粮冒充新粮参加轮换。
三、汀北直属库。该库存在违规出租仓容、“以租代储”问题。该库未经批准出租仓房4栋。
"""

COUNTY_NOTICE = """汀州市纪委监委关于衔接资金监督检查发现问题的通报

一、各县(区)存在的主要问题
(1)汀川县:抽查项目96个,发现问题58个。产业项目带农益农效果不明显,汀溪镇2个项目分红未兑现;村级光伏电站收益分配不规范,3个村未按规定分配收益。
(2)汀平县:抽查项目83个。项目资产确权移交滞后,已建成项目中有14个未移交。

二、整改要求
各县(区)要于2026年3月31日前完成整改。资金拨付进度不低于90%。
"""


def test_an_item_titled_by_a_body_has_the_problem_its_first_sentence_says():
    texts = [i.text for i in parse("t", DEPOT_NOTICE, {}).issues]
    assert "以陈顶新问题" in texts and "违规出租仓容、“以租代储”问题" in texts
    assert not any("汀山直属库" in t for t in texts)  # an item that says no 存在…问题 names none


def test_each_item_of_a_problems_section_that_opens_with_a_shortcoming_is_an_issue():
    texts = [i.text for i in parse("t", COUNTY_NOTICE, {}).issues]
    assert "产业项目带农益农效果不明显" in texts and "村级光伏电站收益分配不规范" in texts
    assert "项目资产确权移交滞后" in texts
    assert not any("抽查项目" in t or "资金拨付进度" in t for t in texts)  # counts, and a section that lists no problems


HOMES_NOTICE = """沣溪县养老服务机构安全隐患整治公示

二、各机构隐患整改情况
沣城镇
　　1.沣城镇中心敬老院：消防喷淋系统未覆盖全部居室问题，涉及居室18间（已整改）
　　2.沣城镇福康老年公寓：护理员持证率偏低问题，持证率仅为41.7%（整改中，预计4月完成）
"""

COMMUNITY_NOTICE = """沣水街道巡察整改情况公示

一、沣山社区(责任人:社区党委书记陈某)
主要问题:一是低保动态管理不到位,多领低保金1.86万元;二是老旧小区加装电梯意见征集流于形式;三是党费收缴不规范。
整改措施:逐户复核低保家庭217户,追回多领低保金18600元。
"""


def test_a_units_ledger_line_names_its_problem_and_closes_with_its_status():
    o = parse("h", HOMES_NOTICE, {})
    _check(HOMES_NOTICE, o)
    got = {i.text: i.status for i in o.issues}
    assert got == {"消防喷淋系统未覆盖全部居室问题": "已整改", "护理员持证率偏低问题": "整改中"}


def test_each_item_of_a_records_enumerated_problems_is_an_issue_with_the_records_measures():
    o = parse("c", COMMUNITY_NOTICE, {})
    _check(COMMUNITY_NOTICE, o)
    assert [i.text for i in o.issues] == ["低保动态管理不到位,多领低保金1.86万元", "老旧小区加装电梯意见征集流于形式", "党费收缴不规范"]
    assert all(i.measures and "18600元" in i.measures[0].text for i in o.issues)


LEDGER_BY_PART = """某集团党委关于巡视整改台账销号情况的报告

一、落实改革部署不到位方面（共2个问题，已销号1个）
问题1-1：主业投资占比偏低的问题
整改进展：已退出非主业企业6家。
销号情况：已销号（2024年10月18日）
问题1-2：应收账款清收不力的问题
整改进展：已清收应收账款1.2亿元。
销号情况：未销号。
二、工程管理方面（共1个问题）
问题2-1：规避招标的问题
整改进展：已补办手续。
"""

DISCIPLINE_LIST = """某市纪委监委关于第三季度违纪违法问题处理情况的公示

现将第三季度查处的部分问题公示如下：

1．张某某，某县某镇党委原书记，利用职务便利为他人谋取利益并收受财物问题（违纪金额38600元），处理结果（开除党籍、开除公职）。

2．李某某，某县教育局原副局长，违规收受礼金礼卡问题（违纪金额5240元），处理结果（党内严重警告）。
"""


def test_problems_numbered_by_part_and_a_part_heading_that_states_a_shortcoming():
    o = parse("l", LEDGER_BY_PART)
    _check(LEDGER_BY_PART, o)
    texts = [i.text for i in o.issues]
    assert texts[:3] == ["落实改革部署不到位", "主业投资占比偏低的问题", "应收账款清收不力的问题"]
    assert "规避招标的问题" in texts
    assert "工程管理" not in texts  # a part heading that states no shortcoming groups, it is no problem


def test_a_disciplinary_lists_entries_each_name_their_problem():
    o = parse("d", DISCIPLINE_LIST)
    _check(DISCIPLINE_LIST, o)
    assert [i.text for i in o.issues] == ["利用职务便利为他人谋取利益并收受财物问题", "违规收受礼金礼卡问题"]
