"""A real browser (Debian's chromium, driven through chromium-driver) at phone size joins
a live class by the URL of its QR code, answers, reloads mid-question and is back in its
seat; names are shown as text."""

from __future__ import annotations

import base64
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from bank_pictures import picture
from contrast import contrast
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from ipquiz.domain.conflicts import OnConflict
from ipquiz.domain.live import Pace
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices
from ipquiz.services.live import LiveRoom
from ipquiz.services.live_server import LiveServer

CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMEDRIVER is None, reason="chromium-driver is not installed"),
]


@pytest.fixture
def browser() -> Iterator[WebDriver]:
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844"):
        options.add_argument(arg)
    options.add_argument("--lang=en-US")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def hosted(room: LiveRoom) -> LiveServer:
    server = LiveServer(room, host="127.0.0.1", port=0)
    server.start()
    return server


def wait_for(driver: WebDriver, css: str) -> None:
    WebDriverWait(driver, 15).until(ec.element_to_be_clickable((By.CSS_SELECTOR, css)))


def tap_choice(driver: WebDriver, index: int) -> None:
    """Tap a choice; a question with several answers is then sent with its button."""
    driver.find_element(By.ID, f"choice-{index}").click()
    for button in driver.find_elements(By.ID, "submit"):
        button.click()


def join_as(driver: WebDriver, url: str, nickname: str) -> None:
    """Open the QR code's URL and take a seat under `nickname` (a class without roster)."""
    driver.get(url)
    wait_for(driver, "#nickname")
    driver.find_element(By.ID, "nickname").send_keys(nickname)
    driver.find_element(By.ID, "claim").click()


def join_and_start(driver: WebDriver, room: LiveRoom, url: str) -> None:
    """Take a seat as Tiger in the lobby; the teacher starts; the first question is shown."""
    join_as(driver, url, "Tiger")
    WebDriverWait(driver, 15).until(lambda _: room.seats)
    room.start()
    wait_for(driver, "#choice-0")


def text_of(driver: WebDriver) -> str:
    return str(driver.find_element(By.TAG_NAME, "body").text)


def test_a_phone_joins_answers_reloads_mid_question_and_rejoins(
    services: AppServices, browser: WebDriver
) -> None:
    group = services.rosters.import_text("1 王芳\n2 李雷", name="初二(3)班").group
    room = services.live.open(QuizSpec(count=2), pace=Pace.TEACHER, group_id=group.id)
    server = hosted(room)
    try:
        browser.get(server.url)  # the URL the QR code holds, the code in it
        wait_for(browser, ".names button")
        names = browser.find_elements(By.CSS_SELECTOR, ".names button")
        assert [n.text for n in names] == ["王芳", "李雷"]
        names[1].click()
        WebDriverWait(browser, 15).until(lambda d: "Waiting for the teacher" in text_of(d))
        room.start()
        wait_for(browser, "#choice-0")
        assert browser.find_element(By.ID, "who").text == "李雷"
        browser.refresh()  # mid-question: the token brings the page back to its seat
        wait_for(browser, "#choice-1")
        assert browser.find_element(By.ID, "who").text == "李雷"
        assert "Pick your name" not in text_of(browser)
        tap_choice(browser, 1)
        WebDriverWait(browser, 15).until(lambda d: "Answer saved" in text_of(d))
        seat = next(iter(room.seats.values()))
        assert seat.record(0) is not None  # stored before the page said so
        browser.refresh()  # after answering: the answer is still there
        WebDriverWait(browser, 15).until(
            lambda d: "Waiting for the teacher to reveal" in text_of(d)
        )
        assert browser.find_element(By.ID, "choice-1").get_attribute("aria-pressed") == "true"
        room.reveal()
        WebDriverWait(browser, 15).until(lambda d: "Correct answer: " in text_of(d))
        assert room.planned[0].question.localized("en").prompt in text_of(browser)
        verdict = browser.find_element(By.CSS_SELECTOR, ".verdict").text
        assert verdict in ("✓ Right", "✗ Wrong")  # said in words, not by colour alone
        room.next()
        wait_for(browser, "#choice-0")
        tap_choice(browser, 0)
        WebDriverWait(browser, 15).until(
            lambda d: "Waiting for the teacher to reveal" in text_of(d)
        )
        room.reveal()
        room.next()  # after the last question: the end
        WebDriverWait(browser, 15).until(lambda d: "The quiz is over" in text_of(d))
        right = sum(1 for p in range(2) if (r := seat.record(p)) and r.correct)
        assert f"You got {right} of 2 right" in text_of(browser)
        browser.find_element(By.ID, "lang").click()
        assert "测验结束" in text_of(browser)
    finally:
        server.stop()


def test_a_nickname_is_shown_as_text_never_as_html(
    services: AppServices, browser: WebDriver
) -> None:
    room = services.live.open(QuizSpec(count=2), pace=Pace.SELF)
    room.start()
    server = hosted(room)
    try:
        browser.get(f"http://127.0.0.1:{server.port}/")
        wait_for(browser, "#code")
        browser.find_element(By.ID, "code").send_keys(room.code)
        browser.find_element(By.ID, "join").click()
        wait_for(browser, "#nickname")
        browser.find_element(By.ID, "nickname").send_keys("<b>Tiger</b>")
        browser.find_element(By.ID, "claim").click()
        wait_for(browser, "#choice-0")
        assert browser.find_element(By.ID, "who").text == "<b>Tiger</b>"
        assert browser.find_elements(By.CSS_SELECTOR, "#who b") == []
        tap_choice(browser, 0)
        WebDriverWait(browser, 15).until(lambda d: "Next question" in text_of(d))
        assert "Correct answer: " in text_of(browser)  # each question's result at once
    finally:
        server.stop()


def test_the_countdown_ticks_on_the_phone_whatever_its_clock_and_says_time_is_up(
    services: AppServices, browser: WebDriver
) -> None:
    # The phone's wall clock is an hour ahead of the PC's: the countdown is unmoved.
    browser.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {
            "source": "Date.now = (function (n) { return function () { return n() + 3600000; }; })(Date.now);"
        },
    )
    room = services.live.open(QuizSpec(count=2, question_seconds=6), pace=Pace.TEACHER)
    server = hosted(room)
    try:
        join_as(browser, server.url, "Tiger")
        WebDriverWait(browser, 15).until(lambda d: "Waiting for the teacher" in text_of(d))
        room.start()
        wait_for(browser, "#choice-0")
        timer = browser.find_element(By.ID, "timer")
        assert timer.get_attribute("role") == "timer"
        first = timer.text
        assert re.fullmatch("Time left: [3-6] s", first)
        WebDriverWait(browser, 5).until(lambda d: timer_text(d) != first)
        spoken = browser.find_element(By.ID, "say")
        assert spoken.get_attribute("aria-live") == "polite"
        assert "Question 1 of 2" in spoken.get_attribute("textContent")  # said once, at the start
        WebDriverWait(browser, 10).until(lambda d: timer_text(d) == "Time is up")
        assert not browser.find_element(By.ID, "choice-0").is_enabled()
        WebDriverWait(browser, 2).until(
            lambda d: d.find_element(By.ID, "say").get_attribute("textContent") == "Time is up"
        )
        browser.find_element(By.ID, "lang").click()
        assert timer_text(browser) == "时间到"
        assert not any(seat.record(0) for seat in room.seats.values())
    finally:
        server.stop()


def picture_in_bank(services: AppServices, bank: Path) -> None:
    """Question a-single of the fixture bank gets a picture (a circle)."""
    picture(bank)
    services.bank.import_file(bank / "alpha.yaml", on_conflict=OnConflict.REPLACE)


def test_a_question_picture_loads_on_the_phone_with_its_description_as_alt_text(
    services: AppServices, small_bank: Path, browser: WebDriver
) -> None:
    picture_in_bank(services, small_bank)
    room = services.live.open(QuizSpec(count=1, question_ids=("a-single",)), pace=Pace.SELF)
    room.start()
    server = hosted(room)
    try:
        join_as(browser, server.url, "Tiger")
        wait_for(browser, "#choice-0")
        WebDriverWait(browser, 10).until(
            lambda d: d.execute_script(
                "var i = document.getElementById('picture');"
                "return i && i.complete && i.naturalWidth > 0;"
            )
        )
        image = browser.find_element(By.ID, "picture")
        assert image.get_attribute("alt") == "A circle"
        assert image.size["width"] > 0
        browser.find_element(By.ID, "lang").click()
        assert browser.find_element(By.ID, "picture").get_attribute("alt") == "一个圆圈"
    finally:
        server.stop()


#: The WeChat built-in browser on an Android phone a few years old, as it names itself.
WECHAT = (
    "Mozilla/5.0 (Linux; Android 8.1.0; MI 8 Build/OPM1.171019.026; wv) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Version/4.0 Chrome/61.0.3163.128 Mobile Safari/537.36 "
    "MicroMessenger/7.0.1.1380(0x27000038) NetType/WIFI Language/zh_CN"
)
#: Whatever sticks out past the right edge, or is wider than its box, once drawn.
CUT_OFF = """
var limit = document.documentElement.clientWidth, out = [];
if (document.documentElement.scrollWidth > limit) { out.push("the page scrolls sideways"); }
document.querySelectorAll("header *, main *").forEach(function (node) {
  var box = node.getBoundingClientRect();
  if (box.width && (box.left < -1 || box.right > limit + 1)) {
    out.push(node.tagName + "#" + node.id + "." + node.className + " " + box.left + ".." + box.right);
  }
});
return out;
"""


@pytest.fixture
def wechat_large_text() -> Iterator[WebDriver]:
    """A 360x640 phone in WeChat, the system's text size at 200 %."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(arg)
    options.add_experimental_option(
        "mobileEmulation",
        {"deviceMetrics": {"width": 360, "height": 640, "pixelRatio": 2.0}, "userAgent": WECHAT},
    )
    options.add_experimental_option("prefs", {"webkit.webprefs.default_font_size": 32})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_wechat_on_a_small_phone_with_large_text_cuts_nothing_off(
    services: AppServices, small_bank: Path, wechat_large_text: WebDriver, tmp_path: Path
) -> None:
    browser = wechat_large_text
    picture_in_bank(services, small_bank)
    group = services.rosters.import_text(
        "1 王芳\n2 Alexandra Konstantinopoulou-Papadimitriou", name="初二(3)班"
    ).group
    room = services.live.open(
        QuizSpec(
            count=2,
            question_ids=("a-single", "a-multiple"),
            question_seconds=60,
            shuffle_questions=False,
        ),
        pace=Pace.TEACHER,
        group_id=group.id,
    )
    server = hosted(room)

    def looked_at(view: str) -> None:
        assert browser.execute_script(CUT_OFF) == [], view
        whole = browser.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True})
        (tmp_path / f"wechat-large-{view}.png").write_bytes(base64.b64decode(whole["data"]))

    try:
        browser.get(server.url + "&lang=zh-CN")
        wait_for(browser, ".names button")
        assert "MicroMessenger" in browser.execute_script("return navigator.userAgent")
        assert browser.execute_script("return window.innerWidth") == 360
        size = browser.execute_script("return getComputedStyle(document.body).fontSize")
        assert size == "32px"  # the text really is at twice its usual size
        assert "选择你的名字" in text_of(browser)
        looked_at("names")
        browser.find_elements(By.CSS_SELECTOR, ".names button")[1].click()
        WebDriverWait(browser, 15).until(lambda d: "等待老师开始" in text_of(d))
        room.start()
        wait_for(browser, "#choice-0")
        WebDriverWait(browser, 10).until(
            lambda d: d.execute_script("return document.getElementById('picture').complete")
        )
        for lang in ("zh", "en"):
            looked_at(f"question-{lang}")
            browser.find_element(By.ID, "lang").click()
        tap_choice(browser, 0)
        WebDriverWait(browser, 15).until(lambda d: "答案已保存" in text_of(d))
        room.reveal()
        WebDriverWait(browser, 15).until(lambda d: "正确答案：" in text_of(d))
        looked_at("reveal")
    finally:
        server.stop()


#: Text colour, the button's background and the badge's (translucent, over the button).
CHOICE_COLOURS = """
return Array.prototype.map.call(document.querySelectorAll(".choice"), function (b) {
  var badge = b.querySelector(".mark");
  return [getComputedStyle(b).color, getComputedStyle(b).backgroundColor,
          getComputedStyle(badge).backgroundColor];
});
"""


def rgb(css: str) -> tuple[float, ...]:
    """'rgb(1, 2, 3)' or 'rgba(1, 2, 3, 0.5)' as numbers."""
    return tuple(float(v) for v in css[css.index("(") + 1 : -1].split(","))


def hex_of(channels: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c):02x}" for c in channels[:3])


def over(top: tuple[float, ...], under: tuple[float, ...]) -> tuple[float, ...]:
    alpha = top[3] if len(top) == 4 else 1.0
    return tuple(t * alpha + u * (1 - alpha) for t, u in zip(top[:3], under[:3], strict=True))


def spoken(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "say").get_attribute("textContent"))


def test_a_screen_reader_hears_named_controls_the_time_and_the_result(
    services: AppServices, small_bank: Path, browser: WebDriver
) -> None:
    picture_in_bank(services, small_bank)
    room = services.live.open(
        QuizSpec(
            count=2,
            question_ids=("a-single", "b-single"),
            total_seconds=600,
            shuffle_questions=False,
        ),
        pace=Pace.SELF,
    )
    room.start()
    server = hosted(room)
    try:
        browser.get(f"http://127.0.0.1:{server.port}/")
        wait_for(browser, "#code")
        code = browser.find_element(By.ID, "code")
        assert code.accessible_name == "Class code (the 6 digits on the projector)"  # its label
        code.send_keys(room.code)
        browser.find_element(By.ID, "join").click()
        wait_for(browser, "#nickname")
        nickname = browser.find_element(By.ID, "nickname")
        assert nickname.accessible_name == "Your nickname"
        nickname.send_keys("Tiger")
        browser.find_element(By.ID, "claim").click()
        wait_for(browser, "#choice-0")
        assert browser.find_element(By.ID, "main").get_attribute("aria-live") is None
        # A new view: focus on its heading (the question), which a screen reader reads.
        focused = browser.switch_to.active_element
        assert focused.tag_name == "h1"
        assert focused.text == browser.find_element(By.CSS_SELECTOR, "h1.prompt").text
        assert browser.title == focused.text + " · ipquiz"
        WebDriverWait(browser, 3).until(
            # the set's time (started before this student came), said once
            lambda d: re.fullmatch(r"(10:00|9:5\d) for the whole set", spoken(d))
        )
        timer = browser.find_element(By.ID, "timer")
        assert timer.aria_role == "timer"
        assert re.fullmatch(r"Time left: (10:00|9:5\d)", timer.text)
        choices = browser.find_elements(By.CSS_SELECTOR, ".choice")
        texts = [c.find_element(By.CSS_SELECTOR, ".text").text for c in choices]
        # Letter, shape and colour on the button; the letter and the text in its name.
        assert [c.accessible_name for c in choices] == [
            f"{letter}: {text}" for letter, text in zip("ABCD", texts, strict=False)
        ]
        assert all(c.find_element(By.CSS_SELECTOR, "svg.shape") for c in choices)
        assert len({c.value_of_css_property("background-color") for c in choices}) == len(choices)
        for colour, background, badge in browser.execute_script(CHOICE_COLOURS):
            under = rgb(background)
            assert contrast(hex_of(rgb(colour)), hex_of(under)) >= 4.5
            assert contrast(hex_of(rgb(colour)), hex_of(over(rgb(badge), under))) >= 4.5
        assert browser.find_element(By.ID, "picture").accessible_name == "A circle"
        focused.send_keys("b")  # the keyboard picks choice B
        WebDriverWait(browser, 15).until(lambda d: d.find_elements(By.ID, "next"))
        verdict = browser.find_element(By.CSS_SELECTOR, ".verdict").text
        assert verdict in ("✓ Right", "✗ Wrong")
        WebDriverWait(browser, 3).until(lambda d: spoken(d) == verdict)  # the result, said
        seat = next(iter(room.seats.values()))
        record = seat.record(0)
        assert record is not None
        assert record.chosen == frozenset({room.planned[0].shown_order[1]})
        browser.find_element(By.ID, "next").click()
        wait_for(browser, "#choice-0")
        assert browser.switch_to.active_element.tag_name == "h1"
        browser.find_element(By.ID, "lang").click()
        assert browser.find_element(By.ID, "lang").get_attribute("lang") == "en"
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
        assert browser.find_element(By.ID, "choice-0").accessible_name.startswith("A: ")
    finally:
        server.stop()


def test_a_phone_back_from_sleep_takes_the_time_left_again(
    services: AppServices, browser: WebDriver
) -> None:
    room = services.live.open(QuizSpec(count=2, question_seconds=120), pace=Pace.TEACHER)
    room.start()
    server = hosted(room)
    try:
        join_as(browser, server.url, "Tiger")
        wait_for(browser, "#choice-0")
        # The phone slept: its monotonic clock stood still for a minute the PC counted.
        browser.execute_script(
            "var now = performance.now.bind(performance);"
            "performance.now = function () { return now() - 60000; };"
        )
        WebDriverWait(browser, 5).until(
            lambda d: re.fullmatch(r"Time left: (2:\d\d|3:00)", timer_text(d))
        )
        browser.execute_script("document.dispatchEvent(new Event('visibilitychange'))")
        WebDriverWait(browser, 5).until(
            lambda d: re.fullmatch(r"Time left: 1:[45]\d", timer_text(d))
        )
    finally:
        server.stop()


def timer_text(driver: WebDriver) -> str:
    """The countdown as shown, read in one step: the page redraws the element every
    tick, so a found element can be gone before its text is asked for."""
    return str(
        driver.execute_script(
            "var t = document.getElementById('timer'); return t ? t.innerText.trim() : '';"
        )
    )


def picture_loaded(driver: WebDriver, css: str) -> bool:
    return bool(
        driver.execute_script(
            "var i = document.querySelector(arguments[0]);"
            "return !!i && i.complete && i.naturalWidth > 0;",
            css,
        )
    )


def test_self_paced_each_question_has_its_own_time_from_when_the_phone_got_it(
    services: AppServices, small_bank: Path, browser: WebDriver
) -> None:
    """A set with 4 s a question: the phone counts down; at zero it moves on to that
    question's result (no answer, the picture again) and its next question gets its own
    full time only when the student asks for it; the end list shows the pictures too."""
    picture_in_bank(services, small_bank)
    room = services.live.open(
        QuizSpec(
            count=2,
            question_ids=("a-single", "a-tf"),
            shuffle_questions=False,
            question_seconds=4,
        ),
        pace=Pace.SELF,
    )
    room.start()
    server = hosted(room)
    try:
        join_as(browser, server.url, "Tiger")
        wait_for(browser, "#choice-0")
        assert timer_text(browser) in ("Time left: 4 s", "Time left: 3 s")
        # nothing tapped: at zero the phone says so and the student reads the result
        wait_for(browser, "#next")
        assert browser.find_element(By.CSS_SELECTOR, ".result .verdict").text == "Time is up"
        WebDriverWait(browser, 10).until(lambda d: picture_loaded(d, ".result img"))
        seat = next(iter(room.seats.values()))
        stored = seat.record(0)
        assert stored is not None
        assert stored.chosen == frozenset()  # stored as not answered
        browser.execute_script("return new Promise(function (r) { setTimeout(r, 3000); });")
        browser.find_element(By.ID, "next").click()  # 3 s of reading cost nothing
        wait_for(browser, "#choice-0")
        assert timer_text(browser) in ("Time left: 4 s", "Time left: 3 s")
        tap_choice(
            browser, room.planned[1].shown_order.index(min(room.planned[1].question.correct))
        )
        WebDriverWait(browser, 10).until(lambda d: "You got 1 of 2 right" in text_of(d))
        WebDriverWait(browser, 10).until(lambda d: picture_loaded(d, ".summary img"))
        assert browser.find_element(By.CSS_SELECTOR, ".summary img").get_attribute("alt") == (
            "A circle"
        )
    finally:
        server.stop()


def test_the_teacher_paced_reveal_shows_the_picture_again(
    services: AppServices, small_bank: Path, browser: WebDriver
) -> None:
    picture_in_bank(services, small_bank)
    room = services.live.open(QuizSpec(count=1, question_ids=("a-single",)), pace=Pace.TEACHER)
    server = hosted(room)
    try:
        join_and_start(browser, room, server.url)
        room.reveal()
        WebDriverWait(browser, 10).until(lambda d: picture_loaded(d, ".result img"))
        browser.find_element(By.ID, "lang").click()
        alt = browser.find_element(By.CSS_SELECTOR, ".result img").get_attribute("alt")
        assert alt == "一个圆圈"
    finally:
        server.stop()
