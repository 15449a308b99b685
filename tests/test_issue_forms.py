"""Issues in published forms the outline parser used to lose: ledger tasks numbered 第N项 in digits, a case's
`经查,该公司存在…的问题,以及…的问题`, a labelled field enumerating its titled problems (【发现问题】一是X问题。…
二是Y问题。…), items under a `存在问题` heading, and problems said to persist. Invented text (place 瓩, 瓪)."""
from pipeline.parse import parse


def _issues(text: str) -> list[str]:
    return [i.text for i in parse("t", text).issues]


def test_a_ledger_task_numbered_in_digits_is_a_heading_and_names_its_problem():
    text = ("瓩南省生态环境厅关于督察反馈问题整改进展情况的通报\n\n"
            "　　第5项：瓩州市城区污水管网破损渗漏、污水溢流入河的问题。\n"
            "　　责任单位：瓩州市人民政府。整改进展：已完成。\n"
            "　　瓩州市修复破损管网32.5公里。\n\n"
            "　　第18项：瓩阳市工业园区固体废物堆存不规范的问题。\n"
            "　　责任单位：瓩阳市人民政府。整改进展：序时推进。\n"
            "　　瓩阳市清运固体废物1.2万吨。\n")
    o = parse("t", text)
    assert [h.text for h in o.headings if h.kind == "numbered"][:2] == [
        "第5项：瓩州市城区污水管网破损渗漏、污水溢流入河的问题", "第18项：瓩阳市工业园区固体废物堆存不规范的问题"]
    assert [i.text for i in o.issues] == ["瓩州市城区污水管网破损渗漏、污水溢流入河的问题", "瓩阳市工业园区固体废物堆存不规范的问题"]
    assert all(text[i.start:i.end] == i.text for i in o.issues)


def test_a_case_paragraph_states_what_the_company_had_and_what_it_also_had():
    text = ("瓪州市税务局关于典型案例的通报\n\n"
            "　　案例一：瓪东贸易有限公司偷税案\n"
            "　　瓪州市税务局稽查局依法对该公司开展检查。经查，该公司存在通过私人账户收取租金、少报收入的问题，"
            "以及虚列成本费用的问题。稽查局追缴税款88.6万元。\n\n"
            "　　案例二：瓪西物流有限公司虚开发票案\n"
            "　　稽查局在专项检查中发现，瓪西物流有限公司存在以“挂靠运输”方式对外虚开发票的问题。稽查局处罚款20万元。\n")
    assert _issues(text) == ["通过私人账户收取租金、少报收入的问题", "虚列成本费用的问题", "以“挂靠运输”方式对外虚开发票的问题"]


def test_a_labelled_findings_field_gives_each_titled_problem():
    text = ("瓩川县纪委监委关于作风问题暗访情况的通报\n\n"
            "一、典型问题\n\n"
            "（一）瓩川县社保中心\n\n"
            "【发现问题】一是窗口人员迟到早退问题。9月3日上午，5个窗口中2个无人。二是办事指引不清问题。"
            "咨询台未放置办事指南。三是材料重复提交问题。群众反映需多次提交同一证明。\n\n"
            "【处理情况】对中心负责人进行提醒谈话。\n")
    issues = _issues(text)
    assert issues == ["窗口人员迟到早退问题", "办事指引不清问题", "材料重复提交问题"]
    assert "典型问题" not in issues  # a heading that only says problems follow is none


def test_items_under_a_problems_heading_and_problems_said_to_persist():
    text = ("瓪州市交通运输局整治工作月报\n\n"
            "一、主要做法\n\n"
            "本月查处非法营运车辆46辆。\n\n"
            "二、存在问题\n\n"
            "一是部分客运站周边揽客拉客问题，屡禁不止；二是出租车不打表议价问题，投诉较多。"
            "此外，部分企业安全培训流于形式的问题仍较突出。\n\n"
            "三、下一步工作\n\n"
            "开展联合执法10次。\n")
    issues = _issues(text)
    assert "部分客运站周边揽客拉客问题" in issues
    assert "出租车不打表议价问题" in issues
    assert "部分企业安全培训流于形式的问题" in issues


def test_what_was_not_found_or_only_counted_or_fixed_is_no_problem_stated():
    text = ("瓩州市审计局关于审计整改情况的报告\n\n"
            "　　经核查，瓩东区未发现违规出借资金问题。审计发现问题、解决问题的工作机制已建立。"
            "当前整改工作主要存在四个方面的问题。另有3所学校存在类似问题，已督促整改。\n")
    assert _issues(text) == []


def test_a_task_block_headed_by_its_problem_gives_that_problem_not_its_description():
    text = ("瓩州学院关于巡视整改进展情况的公告\n\n"
            "整改任务1：关于实验室安全管理不到位的问题\n"
            "问题表现：部分实验室危化品台账不全，安全检查流于形式。\n"
            "整改情况：排查实验室126间，整改隐患43处。\n"
            "整改状态：已完成\n\n"
            "整改任务2：关于科研经费报销不规范的问题\n"
            "问题表现：部分项目以劳务费名义套取经费。\n"
            "整改情况：追回违规报销经费18.6万元。\n"
            "整改状态：已完成\n")
    assert _issues(text) == ["实验室安全管理不到位的问题", "科研经费报销不规范的问题"]
