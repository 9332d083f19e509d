"""The admin's export for a finger: the USB drives found, one tap each, progress and a
clear result (the mount list is a fake one, the finder the real one)."""

from __future__ import annotations

from pathlib import Path

from kiosk_driver import Kiosk
from test_kiosk_pin_and_admin import open_admin

from ipquiz.gui.kiosk.scale import MIN_TARGET_PX
from ipquiz.services.drives import Mount


def plug_in(kiosk: Kiosk, tmp_path: Path, *labels: str) -> list[Path]:
    """Sticks mounted under a fake /media, their disks flagged removable in a fake /sys."""
    admin = kiosk.window.admin
    sys_root = tmp_path / "sys"
    roots, mounts = [], [Mount(str(tmp_path / "root"), "/dev/sda2")]
    (sys_root / "block" / "sda").mkdir(parents=True)
    (sys_root / "block" / "sda" / "removable").write_text("0\n")
    for n, name in enumerate(labels):
        disk = f"sd{'bcd'[n]}"
        root = tmp_path / "usb" / name
        root.mkdir(parents=True)
        (sys_root / "block" / disk).mkdir(parents=True)
        (sys_root / "block" / disk / "removable").write_text("1\n")
        mounts.append(Mount(str(root), f"/dev/{disk}1", name, free_bytes=14_200_000_000))
        roots.append(root)
    admin.list_mounts = lambda: mounts
    admin.sys_root = sys_root
    return roots


def drives_shown(kiosk: Kiosk) -> list[str]:
    export = kiosk.window.admin.export
    kiosk.qtbot.waitUntil(lambda: not export.searching)
    return [b.text() for b in export.buttons if b.isVisible()]


def test_one_tap_on_a_drive_exports_to_it(kiosk: Kiosk, tmp_path: Path) -> None:
    kiosk.play([True] * 5)
    kiosk.tap(kiosk.window.result.done_button)
    open_admin(kiosk)
    admin = kiosk.window.admin
    (stick,) = plug_in(kiosk, tmp_path, "KINGSTON")
    kiosk.tap(admin.export.search_button)
    assert drives_shown(kiosk) == ["⏏ KINGSTON  (14.2 GB free)"]
    assert not admin.export.none_found.isVisible()
    button = admin.export.buttons[0]
    assert button.height() >= MIN_TARGET_PX
    assert button.accessibleName() == "Export the results to KINGSTON"
    seen: list[tuple[bool, str, bool]] = []  # what the panel shows as the export starts
    set_writing = admin.export.set_writing

    def watched(drive: Mount | None) -> None:
        set_writing(drive)
        seen.append((admin.export.progress.isVisible(), button.text(), button.isEnabled()))

    admin.export.set_writing = watched  # type: ignore[method-assign]
    kiosk.tap(button)
    kiosk.qtbot.waitUntil(lambda: admin.export.writing is None)
    writing, done = seen
    assert writing == (True, "Writing to KINGSTON…", False)  # the bar runs, no second tap
    assert done == (False, "⏏ KINGSTON  (14.2 GB free)", True)
    (written,) = stick.glob("ipquiz-results-test-*.csv")
    assert len(written.read_text(encoding="utf-8-sig").splitlines()) == 6
    assert not admin.export.progress.isVisible()
    assert admin.export.result.isVisible()
    assert admin.export.result.text() == (
        f"5 answers written to {written}\nDone: the drive KINGSTON can be removed."
    )


def test_no_drive_says_what_to_do_and_finds_one_plugged_in_later(
    kiosk: Kiosk, tmp_path: Path
) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    plug_in(kiosk, tmp_path)
    kiosk.tap(admin.export.search_button)
    assert drives_shown(kiosk) == []
    assert admin.export.none_found.isVisible()
    assert admin.export.none_found.text().startswith("No USB drive found")
    plug_in(kiosk, tmp_path / "later", "SD", "STICK")
    kiosk.tap(admin.export.search_button)
    assert [t.split("  ")[0] for t in drives_shown(kiosk)] == ["⏏ SD", "⏏ STICK"]


def test_a_drive_pulled_out_says_so(kiosk: Kiosk, tmp_path: Path) -> None:
    open_admin(kiosk)
    admin = kiosk.window.admin
    (stick,) = plug_in(kiosk, tmp_path, "KINGSTON")
    kiosk.tap(admin.export.search_button)
    drives_shown(kiosk)
    stick.rmdir()  # pulled out before the tap
    kiosk.tap(admin.export.buttons[0])
    kiosk.qtbot.waitUntil(lambda: admin.export.writing is None)
    assert admin.export.result.text().startswith(f"Export failed: {stick}")


def test_the_drive_export_speaks_chinese(make_kiosk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kiosk = make_kiosk(lang="zh-CN")
    open_admin(kiosk)
    plug_in(kiosk, tmp_path, "KINGSTON")
    kiosk.tap(kiosk.window.admin.export.search_button)
    (text,) = drives_shown(kiosk)
    assert "KINGSTON" in text
    export = kiosk.window.admin.export
    for words in (export.heading.text(), export.search_button.text(), text):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in words), words
