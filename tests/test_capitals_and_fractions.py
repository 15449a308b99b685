"""Numbers written in forms an audit finding or a 政府工作报告 uses (session 26): amounts in capitals
(人民币壹佰贰拾万元整) read as the everyday numerals do, never 队伍/陆续/收拾; fractions (三分之二) are a
share with their quotient as value; a year in Chinese numerals (二千零二十四年) is a date, not a duration.
Invented text (place 璳); every span exact."""

from pipeline.figures import extract_figures
from pipeline.textnorm import fold_doc

TEXT = ("璳阳县审计局审计发现，璳源公司多结算工程款120万元（人民币壹佰贰拾万元整），已追回人民币贰佰零陆万肆仟元；"
        "另处罚款伍万元。结余资金的三分之二以上已统筹用于民生，占比由五分之一提高到五分之二。"
        "二千零二十四年，全县干部队伍人员陆续到位，收拾整理档案3处。")


def _figs(text):
    figs = extract_figures("d", text)
    for f in figs:
        assert text[f.start:f.end] == f.text
    return {f.text: f for f in figs}


def test_amounts_in_capitals_are_read():
    figs = _figs(TEXT)
    assert figs["壹佰贰拾万元"].value == 120 and figs["壹佰贰拾万元"].unit == "万元"
    assert figs["贰佰零陆万肆仟元"].norm_value == 2064000 and figs["贰佰零陆万肆仟元"].kind == "money"
    assert figs["伍万元"].norm_value == 50000


def test_capitals_inside_words_stay_words():
    assert fold_doc("队伍建设陆续推进，收拾好心情，退伍军人") == "队伍建设陆续推进,收拾好心情,退伍军人"
    assert len(fold_doc(TEXT)) == len(TEXT)  # one character for one: offsets unchanged


def test_fractions_are_shares():
    figs = _figs(TEXT)
    two_thirds = figs["三分之二"]
    assert two_thirds.value == 0.6667 and two_thirds.unit == "分之" and two_thirds.kind == "percent"
    assert figs["五分之一"].value == 0.2 and figs["五分之二"].value == 0.4
    assert "百分之九十五" in _figs("满意率百分之九十五。")  # a percent is still a percent


def test_a_year_in_chinese_numerals_is_no_duration():
    figs = _figs(TEXT)
    assert not any(f.unit == "年" for f in figs.values())
    assert "三年" in _figs("连续三年开展整治。")


def test_and_a_half_noise_levels_lessons_and_attached_photos():
    figs = _figs("给予留党察看一年半处分。噪音由62分贝降至53分贝。报了96节课（附图3张），附件2份。")
    assert figs["一年半"].value == 1.5 and figs["一年半"].kind == "duration"
    assert figs["62分贝"].unit == "分贝" and figs["62分贝"].kind == "other" and "62分" not in figs
    assert figs["96节"].value == 96
    assert "3张" not in figs and "2份" in figs  # the photos attached are page furniture; 附件2份 follows no parenthesis
