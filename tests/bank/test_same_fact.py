"""`bank validate` finds the same fact asked twice in other words (not only similar wording)."""

from __future__ import annotations

from pathlib import Path

from ipquiz.bank.validation import _trigrams, validate_files


def bank_file(folder: Path, entries: str) -> Path:
    path = folder / "c.yaml"
    path.write_text(
        "category:\n  id: c\n  name:\n    en: C\n    zh-CN: 丙\nquestions:\n" + entries,
        encoding="utf-8",
    )
    return path


def entry(qid: str, zh_prompt: str, zh_explanation: str, *, law: str, tags: str = "[term]") -> str:
    return f"""  - id: {qid}
    type: single
    difficulty: 1
    tags: {tags}
    source: {{zh-CN: 专利法, en: Patent Law, law: "{law}", articles: ["42"]}}
    answer: B
    zh-CN: {{prompt: "{zh_prompt}", choices: [十年, 十五年], explanation: "{zh_explanation}"}}
    en: {{prompt: "Q {qid}?", choices: [ten years, fifteen years], explanation: "E {qid}."}}
"""


TERM = entry(
    "design-term",
    "外观设计专利权的保护期有多长？",
    "专利法第四十二条规定，外观设计专利权的期限为十五年，自申请日起计算。",
    law="patent-law@2020",
)
#: The same sentence asked again in other words: what the first question teaches.
TERM_AGAIN = entry(
    "design-how-long",
    "一项外观设计专利从申请那天算起，最多能保护几年？",
    "依照第四十二条，外观设计专利权的期限为十五年，均自申请日起计算，而不是自授权公告日。",
    law="patent-law@2020",
)
#: Another sentence of the same article.
DRUG_TERM = entry(
    "new-drug-term",
    "新药相关发明专利的期限补偿最长是几年？",
    "第四十二条第三款：为补偿新药上市审评审批占用的时间，补偿期限不超过五年，"
    "新药批准上市后总有效专利权期限不超过十四年。",
    law="patent-law@2020",
)


def same_fact(path: Path) -> list[str]:
    """The bank file's problems that say two questions test the same fact or point."""
    problems = [str(p) for p in validate_files([path])]
    return [p for p in problems if "tests the same fact" in p or "tests the same point" in p]


def test_the_same_sentence_asked_twice_in_other_words_is_found(tmp_path: Path) -> None:
    path = bank_file(tmp_path, TERM + TERM_AGAIN)
    found = same_fact(path)
    assert found == [
        f"{path}:15: design-how-long: tests the same fact of patent-law@2020 Art. 42 as "
        f"design-term ({path}:7); make one of them a scenario, or ask another sentence"
    ]


def test_the_prompts_alone_are_not_alike() -> None:

    a, b = (
        _trigrams("外观设计专利权的保护期有多长？"),
        _trigrams("一项外观设计专利从申请那天算起，最多能保护几年？"),
    )
    assert len(a & b) / len(a | b) < 0.2  # the wording check alone would miss the pair


def test_a_scenario_may_test_the_sentence_a_plain_question_tests(tmp_path: Path) -> None:
    scenario = TERM_AGAIN.replace("tags: [term]", "tags: [scenario, term]")
    assert same_fact(bank_file(tmp_path, TERM + scenario)) == []


def test_another_sentence_of_the_same_article_is_another_fact(tmp_path: Path) -> None:
    assert same_fact(bank_file(tmp_path, TERM + DRUG_TERM)) == []


def test_the_same_words_in_another_law_are_another_fact(tmp_path: Path) -> None:
    other = TERM_AGAIN.replace('law: "patent-law@2020"', 'law: "trademark-law@2019"')
    assert same_fact(bank_file(tmp_path, TERM + other)) == []


def test_without_the_articles_text_the_answers_are_compared(tmp_path: Path) -> None:
    # TRIPS ships without its text: two questions saying the same thing are still found
    trips = [
        e.replace('law: "patent-law@2020", articles: ["42"]', 'law: "trips@1994", articles: ["33"]')
        for e in (TERM, TERM_AGAIN.replace("依照第四十二条，", "专利法第四十二条规定，"))
    ]
    assert len(same_fact(bank_file(tmp_path, "".join(trips)))) == 1
    drug = DRUG_TERM.replace(
        'law: "patent-law@2020", articles: ["42"]', 'law: "trips@1994", articles: ["33"]'
    )
    assert same_fact(bank_file(tmp_path, trips[0] + drug)) == []


def test_two_rules_in_one_sentence_are_two_facts(tmp_path: Path) -> None:
    invention = entry(
        "invention-term",
        "发明专利权的保护期有多长？",
        "专利法第四十二条规定，发明专利权的期限为二十年，自申请日起计算。",
        law="patent-law@2020",
    )
    assert same_fact(bank_file(tmp_path, TERM + invention)) == []


def test_the_same_clause_in_few_of_its_words_is_still_the_same_fact(tmp_path: Path) -> None:
    """Few words of the clause, and mostly other words around them: still the term of
    a design patent asked twice."""
    brief = entry(
        "design-fifteen",
        "下列关于外观设计的说法，哪一项正确？",
        "外观设计保护十五年，比实用新型长，这是二〇二〇年修正带来的变化，鼓励工业设计创新。",
        law="patent-law@2020",
    )
    found = same_fact(bank_file(tmp_path, TERM + brief))
    assert len(found) == 1
    assert "design-fifteen: tests the same fact of patent-law@2020 Art. 42" in found[0]


def scenario(qid: str, zh_prompt: str, zh_explanation: str, *, answer: str = "B") -> str:
    return entry(qid, zh_prompt, zh_explanation, law="patent-law@2020", tags="[scenario]").replace(
        "answer: B", f"answer: {answer}"
    )


#: A case: the shop's kettle design, granted on a filing of 2020.
KETTLE = scenario(
    "kettle-case",
    "一家小家电公司为水壶造型申请了外观设计专利，它能独占这个造型多少年？",
    "第四十二条规定，外观设计专利权的期限为十五年，自申请日起计算。",
)
#: Another case, other facts, and the same point of the same clause: fifteen years.
LAMP = scenario(
    "lamp-case",
    "大学生小林设计的台灯外形获得了外观设计专利，这项专利权保护多长时间？",
    "依照专利法第四十二条，外观设计专利权的期限为十五年，自申请日起计算，小林可以据此维权。",
)


def test_two_cases_reaching_the_same_point_of_one_clause_are_found(tmp_path: Path) -> None:
    path = bank_file(tmp_path, KETTLE + LAMP)
    found = same_fact(path)
    assert found == [
        f"{path}:15: lamp-case: tests the same point of patent-law@2020 Art. 42 as "
        f"kettle-case ({path}:7); let one case apply another sentence or reach another answer"
    ]


def test_two_cases_applying_one_clause_to_reach_different_answers_may_stay(
    tmp_path: Path,
) -> None:
    # the same clause, but this case's answer is another one: the term runs from filing
    from_filing = scenario(
        "lamp-from-when",
        "大学生小林设计的台灯外形获得了外观设计专利，这项专利权从哪一天起算？",
        "依照专利法第四十二条，外观设计专利权的期限为十五年，自申请日起计算，不是自授权之日起算。",
        answer="A",
    ).replace("choices: [十年, 十五年]", "choices: [申请日, 授权公告日]")
    found = same_fact(bank_file(tmp_path, KETTLE + from_filing))
    assert found == []


def test_a_false_statement_and_a_right_choice_are_not_one_point(tmp_path: Path) -> None:
    said_wrongly = (
        scenario(
            "kettle-myth",
            "小家电公司说，水壶外观设计专利保护十五年，从授权之日起算。",
            "说法错误：依照第四十二条，外观设计专利权的期限为十五年，自申请日起计算。",
        )
        .replace("type: single", "type: true_false")
        .replace("choices: [十年, 十五年], ", "")
        .replace("choices: [ten years, fifteen years], ", "")
        .replace("answer: B", "answer: false")
    )
    found = same_fact(bank_file(tmp_path, KETTLE + said_wrongly))
    assert found == []
