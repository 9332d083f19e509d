"""A phone in a game lesson (chromium): its points on the page; the teacher frees its
seat (the page says so and shows the names; the nickname takes the seat back, with its
answers) and then removes it (the page says so, also after a reload)."""

from __future__ import annotations

import test_browser
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait
from test_browser import hosted, join_and_start, tap_choice, text_of, wait_for

from ipquiz.domain.live import Pace
from ipquiz.domain.spec import QuizSpec
from ipquiz.services.app import AppServices

pytestmark = test_browser.pytestmark
browser = test_browser.browser  # the same phone-sized chromium


def test_a_freed_seat_and_a_removal_on_the_students_page(
    services: AppServices, browser: WebDriver
) -> None:
    room = services.live.open(QuizSpec(count=3), pace=Pace.SELF, game=True)
    server = hosted(room)
    try:
        join_and_start(browser, room, server.url)
        assert browser.find_element(By.CSS_SELECTOR, ".points").text == "0 points"
        seat = next(iter(room.seats.values()))
        room.free(seat.id)
        WebDriverWait(browser, 15).until(
            lambda d: "The teacher freed your seat: pick your name again" in text_of(d)
        )
        wait_for(browser, "#nickname")
        browser.find_element(By.ID, "nickname").send_keys("Tiger")
        browser.find_element(By.ID, "claim").click()
        wait_for(browser, "#choice-0")  # the same seat, from the same question on
        assert browser.find_element(By.ID, "who").text == "Tiger"
        tap_choice(browser, 0)
        WebDriverWait(browser, 15).until(lambda _: seat.record(0) is not None)
        room.remove(seat.id)
        WebDriverWait(browser, 15).until(
            lambda d: "The teacher took you out of this class" in text_of(d)
        )
        browser.refresh()  # its token brings it back to that, not to a seat
        WebDriverWait(browser, 15).until(
            lambda d: "The teacher took you out of this class" in text_of(d)
        )
        assert not browser.find_elements(By.ID, "nickname")
    finally:
        server.stop()
