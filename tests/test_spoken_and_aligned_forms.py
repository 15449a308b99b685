"""Session 41, on invented notices (places 痝, 痟 and 痠): what dev45's forms taught, as structure.

- a date before a place (截至2023年底痝县…) is no part of the place's name, nor is 按 before one;
- a space-aligned table's header said with another verb of the same act (已建成 for 建好了, 完成投资 for 投了多少钱);
- a measure stated for another time in the best sentence (全年…) may be stated for the time asked lower down;
- in a transcript, a body the speaker names in the figure's own line (比如痟园新村。…投入资金) owns the figure;
- a sentence opened by a time, then a place below the notice's own (2024年,痠阳县作为全市…重点县), is that
  place's, not the whole's a question asks with 一共;
- 每 with any measure word (每部电梯) asks a per-unit amount.
The notices are written for these tests; none is copied from a published notice or from the splits.
"""
import pytest

from tests.answering import answered, build_answerer


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    farmland = """痝县农业农村局关于2024年度高标准农田建设情况的通报

一、总体情况
2024年，全县高标准农田建设任务1.5万亩。各乡镇完成情况如下：

乡镇      建设任务(亩)  已建成(亩)  完成投资(万元)
痝城镇        5200         5100          1080
痝河镇        4800         4620           960
痝山乡        5000         4710           1015
合计         15000        14430          3055

二、资金保障
截至2023年底，痝县已建成高标准农田累计8.6万亩。全年投入农田建设资金3055万元，其中县级财政资金980万元。全年县财政统筹整合涉农资金1.2亿元，支持农田基础设施建设。全县农田管护覆盖率达到92%，落实农田管护人员86名。县财政对农田管护主体给予奖补，全年奖补资金150万元。2023年，县财政拿出农田管护资金360万元。全年县财政拿出农田管护考核奖励资金80万元。全年县财政拿出农田管护保险补贴30万元。
（三）针对管护资金不足的问题，推动将管护经费纳入县级财政预算。2024年县级安排管护资金420万元，比上年增加60万元。
"""
    briefing = """痟州市老旧小区改造新闻发布会实录

主持人 林晓：各位记者朋友，下面请市住建局介绍有关情况。
市住建局局长 吴启明：今年以来，全市改造老旧小区126个，加装电梯186部。市级财政对每部电梯补贴12万元，上半年市级共拨付补贴资金2232万元。

痟州日报记者：小区改造后如何治理私搭乱建？
市城管局副局长 樊立新：改造过程中同步开展环境整治，今年以来全市共拆除小区内违法建设312处，面积1.9万平方米。

痟州晚报记者：痟东区老旧小区比较集中，改造中有哪些具体做法？
痟东区副区长 何春林：痟东区老旧小区量大面广。今年我区承担改造任务41个，总投资3.6亿元，已开工38个。

痟州发布记者：能否举一个改造后变化比较明显的小区？
痟东区副区长 何春林：比如痟园新村。这个小区建于1990年，是典型的老旧小区。改造中共投入资金1860万元，新增停车位240个。

主持人 林晓：今天的发布会就到这里。
"""
    insurance = """痠州市医疗保障局2024年基金监管工作综述

全年追回医保基金9860万元，作出行政处罚1320万元。
2024年，痠阳县作为全市飞行检查重点县，检查定点医药机构96家，追回医保基金812万元。
"""
    return build_answerer(tmp_path_factory, "spoken", [
        ("tixian-nongtian-2024", farmland, "痝县"),
        ("chengzhou-fabuhui-2024", briefing, "痟州市"),
        ("suanzhou-yibao-2024", insurance, "痠州市"),
    ], "2024-11-20")


def test_a_date_before_a_place_is_no_part_of_its_name(answerer):
    answered(answerer, "截至2023年底痝县已建成高标准农田累计有多少亩？", "8.6万亩")


def test_built_said_otherwise_answers_from_an_aligned_table(answerer):
    answered(answerer, "痝县痝山乡今年的高标准农田实际建好了多少亩？", "4710")


def test_a_header_verb_said_otherwise_with_the_topic_in_the_title(answerer):
    # (the second town's part asks 高标准农田投钱 without its name: the header's 完成投资 is what it asks)
    answered(answerer, "痝县痝城镇和痝山乡的高标准农田一共投了多少钱？", "2095万元")


def test_the_time_asked_stated_below_the_best_sentence(answerer):
    answered(answerer, "痝县今年县财政拿出多少钱来搞农田管护？", "420万元")


def test_a_body_the_speaker_names_in_the_line_owns_its_figure(answerer):
    answered(answerer, "痟园新村这次改造一共花了多少钱？", "1860万元")


def test_a_per_unit_amount_with_another_measure_word(answerer):
    answered(answerer, "痟州市给老旧小区加装电梯，市里每台补贴多少钱？", "12万元")


def test_a_place_below_the_notice_s_own_after_a_time_is_not_the_whole(answerer):
    answered(answerer, "痠州医保部门2024年一共把多少医保基金追了回来？", "9860万元")
