"""The report's words in each language: sheet and column titles, flags and notes.

A report is written in the language the teacher picks, whatever the window speaks (an
English-speaking teacher may report on a Chinese class), so these are data, not tr().
"""

from __future__ import annotations

from typing import Final

from ipquiz.domain.item_analysis import ItemFlag
from ipquiz.domain.language import ZH
from ipquiz.domain.score_statistics import ScoreNote

_WORDS: Final[dict[str, tuple[str, str]]] = {
    # sheets and titles
    "summary": ("Summary", "概要"),
    "students": ("Students", "学生"),
    "questions": ("Questions", "题目分析"),
    "choices": ("Choices", "选项分析"),
    "answers": ("Answers", "作答明细"),
    "title": ("Class report", "班级测验报告"),
    "made_at": ("Made", "生成时间"),
    "scope": ("Attempts taken", "统计范围"),
    "distribution": ("Score distribution", "成绩分布"),
    "band": ("Score band (%)", "分数段(%)"),
    "flagged": ("Questions to look at", "需要关注的题目"),
    "by_category": ("By topic", "按主题"),
    "stand": ("Kiosk stand", "展台"),
    "most_missed": ("Most missed", "错得最多"),
    "question_page": ("Question", "题目"),
    "explanation": ("Explanation", "解析"),
    "no_flags": ("No question is flagged.", "没有需要关注的题目。"),
    # figures
    "attempts": ("Attempts", "答卷数"),
    "people": ("People", "人数"),
    "mean": ("Mean (%)", "平均分(%)"),
    "median": ("Median (%)", "中位数(%)"),
    "sd": ("Standard deviation (%)", "标准差(%)"),
    "lowest": ("Lowest (%)", "最低分(%)"),
    "highest": ("Highest (%)", "最高分(%)"),
    "reliability": ("Reliability (Cronbach's alpha / KR-20)", "信度(克龙巴赫α / KR-20)"),
    "sem": ("Standard error of measurement (%)", "测量标准误(%)"),
    "items": ("Questions in the test", "试题数"),
    # student columns
    "attempt": ("Attempt", "答卷编号"),
    "person": ("Name", "姓名"),
    "class": ("Class", "班级"),
    "roster_number": ("Student no.", "学号"),
    "quiz_set": ("Quiz set", "试卷"),
    "mode": ("Mode", "模式"),
    "station": ("Station", "答题终端"),
    "started": ("Started", "开始时间"),
    "time_taken": ("Time taken (min)", "用时(分钟)"),
    "score": ("Score", "得分"),
    "max_score": ("Maximum", "满分"),
    "percent": ("Percent", "得分率"),
    "passed": ("Pass/fail", "是否通过"),
    "pass": ("pass", "通过"),
    "fail": ("fail", "未通过"),
    "answered": ("Answered", "已答"),
    "correct": ("Right", "答对"),
    "missed": ("Missed questions", "答错或未答的题目"),
    "trend": ("Trend (%, oldest first)", "成绩变化(%, 由早到晚)"),
    "change": ("Change since first (points)", "较第一次(百分点)"),
    # question columns
    "question_id": ("Question id", "题目编号"),
    "category": ("Topic", "主题"),
    "type": ("Type", "题型"),
    "question": ("Question", "题目"),
    "asked": ("Asked", "作答人次"),
    "facility": ("Facility", "难度系数(通过率)"),
    "item_sd": ("SD", "标准差"),
    "discrimination": ("Discrimination (upper-lower 27 %)", "区分度(高低分组27%)"),
    "item_rest": ("Item-rest correlation", "题总相关(校正)"),
    "efficiency": ("Discriminative efficiency", "区分效率"),
    "flags": ("Flags", "提示"),
    # choice columns
    "choice": ("Choice (bank order)", "选项(题库顺序)"),
    "choice_text": ("Choice text", "选项内容"),
    "key": ("Key", "正确答案"),
    "key_mark": ("✔ key", "✔ 正确"),
    "chosen_by": ("Chosen by", "选择人数"),
    "share": ("Share", "选择比例"),
    "upper_share": ("Share in upper 27 %", "高分组选择比例"),
    "lower_share": ("Share in lower 27 %", "低分组选择比例"),
    "no_answer": ("(no answer)", "(未作答)"),
    # answers
    "number": ("No.", "题号"),
    "given": ("Answer given (as shown)", "所选答案(按显示字母)"),
    "given_text": ("Answer given (text)", "所选答案内容"),
    "right_letters": ("Correct answer (as shown)", "正确答案(按显示字母)"),
    "result": ("Result", "结果"),
    "points": ("Points", "得分"),
    "seconds": ("Seconds", "用时(秒)"),
    # kiosk
    "day": ("Day", "日期"),
    "all_days": ("All days", "全部日期"),
    "whole_stand": ("Whole stand", "整个展台"),
    "rounds": ("Rounds", "轮次"),
    "visitors": ("Players", "参与人数"),
    "mean_share": ("Mean score (%)", "平均得分率(%)"),
    "times_missed": ("Times missed", "答错次数"),
    # flags
    ItemFlag.TOO_EASY: ("too easy (facility > 0.9)", "过易(通过率>0.9)"),
    ItemFlag.TOO_HARD: ("too hard (facility < 0.2)", "过难(通过率<0.2)"),
    ItemFlag.NEGATIVE_DISCRIMINATION: (
        "negative discrimination: check the key",
        "负区分度：请检查答案",
    ),
    ItemFlag.LOW_DISCRIMINATION: ("low discrimination (< 0.2)", "区分度低(<0.2)"),
    ItemFlag.STRONG_DISTRACTOR: (
        "a wrong choice draws strong students: wrong key or ambiguous?",
        "高分组偏好某错误选项：答案或题意可能有误",
    ),
    # notes
    ScoreNote.NO_ATTEMPTS: ("No finished attempt matches.", "没有符合条件的已完成答卷。"),
    ScoreNote.SMALL_GROUP: (
        "Fewer than 30 attempts: the figures say little about the questions.",
        "答卷少于30份：各项统计仅供参考。",
    ),
    ScoreNote.DIFFERENT_QUESTIONS: (
        "The attempts were given different questions: no reliability for the test as a whole.",
        "各份答卷题目不同：不计算整卷信度。",
    ),
    ScoreNote.NO_SPREAD: (
        "Every attempt scored the same: reliability cannot be computed.",
        "所有答卷得分相同：无法计算信度。",
    ),
    ScoreNote.NEGATIVE_RELIABILITY: (
        "Reliability below zero: the questions do not measure one thing.",
        "信度为负：各题测量的内容不一致。",
    ),
}


def word(key: str, lang: str) -> str:
    """The report's word for `key` in `lang` (English for any other language)."""
    en, zh = _WORDS.get(key, (key, key))
    return zh if lang == ZH else en


def flags_text(flags: tuple[ItemFlag, ...], lang: str) -> str:
    return ("；" if lang == ZH else "; ").join(word(f, lang) for f in flags)
