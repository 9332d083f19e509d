"""A "keep learning" QR code on the result screen, to an address the operator sets."""

from __future__ import annotations

import segno
from kiosk_driver import Kiosk, MakeKiosk
from test_kiosk_pin_and_admin import open_admin

from ipquiz.domain.kiosk import KioskSettings

URL = "https://ipquiz.example.org/learn"


def matrix(url: str) -> list[list[bool]]:
    return [[bool(v) for v in row] for row in segno.make(url, error="m", micro=False).matrix]


def type_address(kiosk: Kiosk, address: str) -> None:
    form = kiosk.window.admin.form
    form.learn_url.clear()
    kiosk.tap(form.learn_keyboard_button)
    keys = form.learn_keyboard.keys
    for part in ("https://", *address.removeprefix("https://").upper()):
        kiosk.tap(keys[part])


def test_the_operator_sets_the_address_and_the_result_shows_its_code(kiosk: Kiosk) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    type_address(kiosk, "https://ipquiz.example.org/learn")
    assert admin.form.learn_url.text() == "https://IPQUIZ.EXAMPLE.ORG/LEARN"
    admin.form.learn_url.setText(URL)
    kiosk.tap(admin.save_button)
    assert kiosk.service.settings().learn_url == URL
    kiosk.tap(admin.back_button)
    kiosk.play([True] * 5)
    result = kiosk.window.result
    assert result.learn_qr.isVisible()
    assert result.learn_qr._matrix == matrix(URL)
    assert URL in result.learn_qr.accessibleName()
    assert result.learn_caption.text() == "Keep learning: scan with your phone"
    kiosk.tap(result.done_button)
    assert not result.learn_card.isVisibleTo(result)  # the next visitor's result decides


def test_no_address_no_code(kiosk: Kiosk) -> None:
    kiosk.play([True] * 5)
    assert not kiosk.window.result.learn_card.isVisible()


def test_only_web_addresses_are_taken(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(learn_url=URL))
    open_admin(kiosk)
    admin = kiosk.window.admin
    assert admin.form.learn_url.text() == URL
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "www.example.org", "https://a b"):
        admin.form.learn_url.setText(bad)
        kiosk.tap(admin.save_button)
        assert admin.status.text().startswith("The keep-learning address must start with http")
        assert kiosk.service.settings().learn_url == URL  # nothing stored
    admin.form.learn_url.setText("")  # empty: no code
    kiosk.tap(admin.save_button)
    assert kiosk.service.settings().learn_url == ""


def test_the_code_shows_in_chinese_too(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk(settings=KioskSettings(learn_url=URL), lang="zh-CN")
    kiosk.play([True] * 5)
    caption = kiosk.window.result.learn_caption.text()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in caption), caption
