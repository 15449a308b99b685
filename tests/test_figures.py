import pytest
from hypothesis import given, settings, strategies as st

from pipeline.figures import extract_figures


def spans(text):
    return [f.text for f in extract_figures("d", text)]


def one(text):
    figs = extract_figures("d", text)
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


# ------------------------------------------------------------ what counts

@pytest.mark.parametrize("text, span, value, unit", [
    ("目前共新建雨水管网12.4公里。", "12.4公里", 12.4, "公里"),
    ("累计为56家企业发放补贴。", "56家", 56, "家"),
    ("发放专项资金3318.07万元。", "3318.07万元", 3318.07, "万元"),
    ("全年授信152.6亿元。", "152.6亿元", 152.6, "亿元"),
    ("占比达到71.3%。", "71.3%", 71.3, "%"),
    ("占比达到71.3\uff05。", "71.3\uff05", 71.3, "%"),
    ("同比下降2.45个百分点。", "2.45个百分点", 2.45, "个百分点"),
    ("共培训干部8765名。", "8765名", 8765, "名"),
    ("向群众退还押金1,250元。", "1,250元", 1250, "元"),
    ("向群众退还押金1\uff0c250元。", "1\uff0c250元", 1250, "元"),
    ("完成造林３２５亩。", "３２５亩", 325, "亩"),
    ("回收资金１２．５万元。", "１２．５万元", 12.5, "万元"),
    ("追回资金4580.30元。", "4580.30元", 4580.3, "元"),
    ("新建污水处理厂日处理能力1.6万吨。", "1.6万吨", 1.6, "万吨"),
    ("恢复耕地312.5公顷。", "312.5公顷", 312.5, "公顷"),
    ("拆除违建2150平方米。", "2150平方米", 2150, "平方米"),
    ("资金缺口约15.8亿元。", "15.8亿元", 15.8, "亿元"),
    ("涉及金额 86372.15 万元。", "86372.15 万元", 86372.15, "万元"),
    ("累计巡查8.3万千米。", "8.3万千米", 8.3, "万千米"),
    ("向1.2万家企业寄送资料。", "1.2万家", 1.2, "万家"),
    ("惠及群众4.6万人。", "4.6万人", 4.6, "万人"),
    ("培训党员2.35万人次。", "2.35万人次", 2.35, "万人次"),
    ("增长了1.5倍。", "1.5倍", 1.5, "倍"),
])
def test_arabic_figures(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("党委先后召开两次专题会议。", "两次", 2, "次"),
    ("建成两个示范点。", "两个", 2, "个"),
    ("从组织、作风、纪律三个方面进行整改。", "三个方面", 3, "个方面"),
    ("着重从两方面抓好整改。", "两方面", 2, "方面"),
    ("组建管理、保洁两支队伍。", "两支", 2, "支"),
    ("对城区五所学校开展检查。", "五所", 5, "所"),
    ("投入资金三十万元。", "三十万元", 30, "万元"),
    ("收回欠款一万二千元。", "一万二千元", 12000, "元"),
    ("共有十二名干部参加。", "十二名", 12, "名"),
    ("经过三个月的集中整改。", "三个月", 3, "个月"),
    ("用半个月时间完成排查。", "半个月", 0.5, "个月"),
    ("出动执法人员二十余人次。", "二十余人次", 20, "人次"),
    ("完成率达到百分之九十五。", "百分之九十五", 95, "%"),
    ("全区仅开展了一次监督检查。", "一次", 1, "次"),
    ("共有一百零五户参加。", "一百零五户", 105, "户"),
    ("为近百名党员上党课。", "百名", 100, "名"),
])
def test_chinese_figures(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("发放宣传册3000余册。", "3000余册", 3000, "册"),
    ("受理业务1500多宗。", "1500多宗", 1500, "宗"),
    ("奖励资金2100多万元。", "2100多万元", 2100, "万元"),
    ("划线4万余米。", "4万余米", 4, "万米"),
    ("清理杂物30余方。", "30余方", 30, "方"),
    ("发放资料约2300份。", "2300份", 2300, "份"),
    ("增长80%以上。", "80%", 80, "%"),
    ("达到4000多人次。", "4000多人次", 4000, "人次"),
    ("整改历时3个多月。", "3个多月", 3, "个月"),
])
def test_approximate(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("支付比例提高到65-70%。", "65-70%", 65, "%"),
    ("支付比例提高到65%-70%。", "65%-70%", 65, "%"),
    ("每个村配备3至5个网格员。", "3至5个", 3, "个"),
    ("工期约2~3年。", "2~3年", 2, "年"),
    ("投资1-2万元。", "1-2万元", 1, "万元"),
    ("需要三至五天。", "三至五天", 3, "天"),
])
def test_ranges_are_one_figure(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("补助标准为6元/生/餐。", "6元/生/餐", 6, "元/生/餐"),
    ("处理能力2500吨/年。", "2500吨/年", 2500, "吨/年"),
    ("建设8万吨/年处置项目。", "8万吨/年", 8, "万吨/年"),
    ("租金为每月30元/平方米。", "30元/平方米", 30, "元/平方米"),
])
def test_rates(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, span, value, unit", [
    ("平均用时缩短至2.5个小时。", "2.5个小时", 2.5, "个小时"),
    ("开学45天内完成审核。", "45天", 45, "天"),
    ("签订后15日内缴清。", "15日", 15, "日"),
    ("3个工作日内办结。", "3个工作日", 3, "个工作日"),
    ("连续8年未召开会议。", "8年", 8, "年"),
    ("用药量延长到8周。", "8周", 8, "周"),
    ("为期5天的集中培训。", "5天", 5, "天"),
    ("在机构改革两年内完成。", "两年", 2, "年"),
    ("用时90分钟。", "90分钟", 90, "分钟"),
])
def test_durations(text, span, value, unit):
    f = one(text)
    assert (f.text, f.value, f.unit) == (span, pytest.approx(value), unit)


@pytest.mark.parametrize("text, want", [
    ("对不符合条件的12户27人予以注销。", ["12户", "27人"]),
    ("逾期3120户1.78亿元。", ["3120户", "1.78亿元"]),
    ("梳理5类18项负面清单。", ["5类", "18项"]),
    ("督查全区2镇7村。", ["2镇", "7村"]),
    ("明确9大项41小项内容。", ["9大项", "41小项"]),
    ("查处案件4件,其中2件已结案。", ["4件", "2件"]),
    ("分别有15个、38个小区无人管理。", ["15个", "38个"]),
])
def test_two_quantities_together(text, want):
    assert spans(text) == want


@pytest.mark.parametrize("text, want", [
    ("完成4个大方面工作。", ["4个"]),
    ("6个周末共受理业务。", ["6个"]),
    ("检查市场12个,店铺30家。", ["12个", "30家"]),
    ("新装摄像头85套,手机120台。", ["85套", "120台"]),
    ("抽检食品27批次。", ["27批次"]),
    ("检查企业410家次。", ["410家次"]),
    ("开展巡查11轮次。", ["11轮次"]),
    ("督察180校次。", ["180校次"]),
    ("查获物品58盒、散装300粒。", ["58盒", "300粒"]),
])
def test_measure_words(text, want):
    assert spans(text) == want


# ------------------------------------------------------------ what does not

@pytest.mark.parametrize("text", [
    "于2022年3月完成交付。",
    "计划9月底完工。",
    "自7月15日起施行。",
    "2020年全市完成任务。",
    "发布日期:2020-11-08",
    "确保12月底前完成。",
    "2021年度考核优秀。",
    "1-9月份全市实现增长。",
    "(2020-2025年)规划。",
    "在2019年12月-2020年5月期间开展。",
    "11月中下旬开展验收。",
    "2022年一季度投资下降。",
    "预计在明年上半年全面完成。",
    "于二〇二一年十二月印发。",
    "上午9时30分召开会议。",
    "会议于8:30开始。",
    "至2020年底全部完成。",
])
def test_dates_and_times(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "十一届市委第十轮巡察。",
    "市委第三巡察组进驻。",
    "一是加强组织领导。",
    "(二)强化监督。",
    "1.针对学习不深入问题。",
    "问题1:项目谋划深度不够。",
    "(3)规范管理。",
    "召开第四次会员代表大会。",
    "五届市委第一轮巡察。",
    "区委第20次常委会会议。",
    "第1至3批试点。",
    "全市排名第二。",
    "全国排名倒数30名。",
    "排名前十位。",
])
def test_ordinals_and_markers(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "加大第三污水处理厂设备维护力度。",
    "“五类人群”报销省时省力。",
    "落实“两线一网”要求。",
    "推进“五进五入”活动。",
    "学习党的十九大精神。",
    "编制“十四五”规划。",
    "推进“两学一做”常态化。",
    "落实“三会一课”制度。",
    "履行“一岗双责”。",
    "依托“3246”调度机制。",
    "深入实施“蓝剑2号”行动。",
    "严格落实“1、3、5”防控圈机制。",
    "违反中央八项规定精神问题。",
    "增强四个意识,坚定四个自信。",
    "实行一户一档管理。",
    "深入千家万户宣传。",
    "对七类人群全面覆盖。",
    "沙坪七小二期工程已完工。",
    "走进万家和超市检查。",
    "市四套班子领导带头。",
    "落实“进百家门、知百家情”走访。",
])
def test_names_and_slogans(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "印发《关于推进5个村试点建设的实施方案》。",
    "出台《“红色物业”10条意见》。",
    "印发通知(安发〔2022〕108号)。",
    "见国办发[2019]3号文件。",
    "联系电话:0931-8812345",
    "邮政编码:730000",
    "电子邮箱:12345678@qq.com",
    "网址 https://www.example.gov.cn/2021/1203/58.html 见",
    "粤ICP备2023123456号",
    "浏览次数:1592",
    "地址:人民路88号",
    "拨打12345热线反映。",
    "G325改线工程通车。",
    "PM10浓度下降。",
])
def test_codes_and_furniture(text):
    assert spans(text) == []


@pytest.mark.parametrize("text", [
    "开展一、二级巡视员调研。",
    "三、四级精神残疾人纳入救助。",
    "市县两级金融监管力量薄弱。",
    "建立区、镇、村三级网格。",
    "每半年开展一次考核。",
    "每月巡查不少于规定要求。",
    "每年1次开展自查。",
    "建立“一小时”反馈机制。",
    "落实三年行动计划。",
    "开展“百日攻坚”行动。",
    "打通服务群众最后一公里。",
    "推行“一站式”服务。",
    "储备一批重点项目。",
    "作为一项重要任务。",
    "发放一次性补贴。",
    "查办一起典型案件。",
    "前十轮巡察发现的问题。",
    "1-11批次项目清单。",
    "新一轮财务审计。",
    "做好“后半篇文章”。",
    "建党100周年。",
    "一年级学生。",
    "教育局等六部门联合印发。",
    "实行零容忍。",
])
def test_grades_levels_frequencies_programmes_articles(text):
    assert spans(text) == []


# ------------------------------------------------------------ the record

def test_fields_and_ids():
    text = "一是完成投资5255.42万元。二是改造管网30.6公里;三是覆盖94家企业\n其余待办。"
    figs = extract_figures("hz", text, subject_at=lambda pos: "A" if pos < 20 else "B")
    assert [f.id for f in figs] == ["hz#f1", "hz#f2", "hz#f3"]
    a, b, c = figs
    assert (a.norm_value, a.base_unit) == (52554200.0, "元")
    assert a.sentence == "一是完成投资5255.42万元。"
    assert b.sentence == "二是改造管网30.6公里;"
    assert c.sentence == "三是覆盖94家企业"
    assert [f.subject for f in figs] == ["A", "B", "B"]
    for f in figs:
        assert f.doc == "hz" and text[f.start:f.end] == f.text
        assert text[f.sentence_start:f.sentence_end] == f.sentence
        assert f.sentence_start <= f.start < f.end <= f.sentence_end


def test_sentence_split_on_all_marks():
    text = "甲有3家!乙有4家?丙有5家;丁有6家\uff01戊有7家\uff1f庚有9家\uff1b\n己有8家"
    got = [f.sentence for f in extract_figures("d", text)]
    assert got == ["甲有3家!", "乙有4家?", "丙有5家;", "丁有6家\uff01", "戊有7家\uff1f",
                   "庚有9家\uff1b", "己有8家"]


def test_full_width_punctuation_in_rules():
    # full-width colon, slash, parentheses and tilde behave like their ASCII forms
    assert spans("浏览次数\uff1a1592") == []
    assert spans("补助标准为6元\uff0f生\uff0f餐。") == ["6元\uff0f生\uff0f餐"]
    assert spans("工期2\uff5e3年。") == ["2\uff5e3年"]
    assert spans("会议于8\uff1a30开始。") == []
    assert spans("（二）强化监督\uff0c共12人。") == ["12人"]
    f = one("涉及金额\u3000237054.47\u3000万元。")
    assert f.text == "237054.47\u3000万元" and f.value == 237054.47


def test_sentence_skips_leading_whitespace():
    text = "标题\n    工作成果:完成12个。"
    f = one(text)
    assert f.sentence == "工作成果:完成12个。"


def test_no_subject_without_callback():
    assert one("共12人。").subject is None


def test_repeated_figure_is_found_each_time():
    assert spans("整改17个问题。17个问题已全部销号。") == ["17个", "17个"]


def test_order_and_numbering_follow_text():
    figs = extract_figures("x", "立案23起,结案20起,其中公安立案3起,罚没款99.124万元。")
    assert [f.text for f in figs] == ["23起", "20起", "3起", "99.124万元"]
    assert [f.id for f in figs] == [f"x#f{i}" for i in range(1, 5)]
    assert figs[-1].norm_value == 991240.0


def test_long_quote_keeps_real_targets():
    text = "按照“新建项目数达到今年的2倍以上,总投资增长50%”的原则推进。"
    assert spans(text) == ["2倍", "50%"]


def test_counting_context_keeps_yi():
    assert spans("全年只召开了一次会议。") == ["一次"]
    assert spans("召开专题会议1次。") == ["1次"]


def test_bom_and_offsets():
    text = "\ufeff完成12个。"
    f = one(text)
    assert (f.start, f.end) == (3, 6)


# ------------------------------------------------------------ properties

_ALPHABET = list("0123456789０１２.．,\uff0c-\uff0d至~\uff5e一二两三四五六七八九十百千万亿零半余多第每前年月日号"
                 "元万元亿元个家人名次件项起宗条户所间处吨亩公里米平方%个百分点天小时周/生餐"
                 "“”《》〔〕()。,;!?\uff01\uff1f\uff1b\uff05\u3000\n 的了在和与共计达到完成")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET + ["万元", "个百分点", "平方米", "公里", "人次", "个月"]),
                max_size=40).map("".join))
def test_spans_are_exact_slices(text):
    figs = extract_figures("p", text)
    prev_end = 0
    for i, f in enumerate(figs, 1):
        assert f.text == text[f.start:f.end]
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= prev_end  # in order, never overlapping
        prev_end = f.end
        assert f.id == f"p#f{i}"
        assert f.sentence == text[f.sentence_start:f.sentence_end]
        assert f.sentence_start <= f.start and f.end <= f.sentence_end or "\n" in f.text
        assert isinstance(f.value, float) and f.norm_value is not None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_arbitrary_text_never_raises(text):
    for f in extract_figures("p", text):
        assert f.text == text[f.start:f.end] and f.start < f.end


def test_a_chinese_decimal_point_is_part_of_the_number():
    from pipeline.figures import extract_figures

    text = "同比增长百分之十二点五。收回资金约二点三亿元。提出三点要求,重点整治5个方面。"
    got = {f.text: f for f in extract_figures("d", text)}
    assert got["百分之十二点五"].value == 12.5
    assert got["二点三亿元"].norm_value == 2.3e8  # not 三亿元: a wrong number is worse than none
    assert not any(t.startswith("三点") or t.startswith("三亿") for t in got)
