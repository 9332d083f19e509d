"""What goes into a bundle and what the desktop integration says (fast: nothing is built)."""

from __future__ import annotations

import configparser
import importlib.util
import sys
import types
from pathlib import Path
from types import ModuleType

import pytest
from ipquiz_run import ROOT

import ipquiz


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


policy = load("bundle_policy")
icons = load("icons")
fonts = load("fonts")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),  # not a plugin
    ],
)
def test_linux_plugins(dest: str, kept: bool) -> None:
    assert policy.is_kept_plugin(dest, "linux") is kept


def test_windows_plugins_with_backslashes() -> None:
    assert policy.is_kept_plugin(r"PySide6\Qt\plugins\platforms\qwindows.dll", "win32")
    assert not policy.is_kept_plugin(r"PySide6\Qt\plugins\styles\qmodernwindowsstyle.dll", "win32")


def test_slim_datas_keeps_one_qt_translation_and_live_symlinks() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x/qtbase_zh_CN.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", "/x/qt_help_zh_CN.qm", "DATA"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
        ("resources/translations/ipquiz_zh_CN.qm", "/x/ipquiz_zh_CN.qm", "DATA"),
    ]
    kept = [d[0] for d in policy.slim_datas(datas, binaries)]
    assert kept == [
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "libQt6Core.so.6",
        "resources/translations/ipquiz_zh_CN.qm",
    ]


def test_app_datas_are_the_bank_resources_and_migrations() -> None:
    pairs = policy.app_datas(ROOT)
    assert all(Path(source).is_file() for source, _ in pairs)
    destinations = {dest for _, dest in pairs}
    assert destinations == {
        "questions",
        "questions/laws",  # the law registry and the texts of the cited laws
        "questions/laws/texts",
        "questions/facts",
        "resources/themes",
        "resources/icons",
        "resources/fonts",
        "resources/translations",
        "resources/live",  # the live class's page, served to the students' browsers
        "resources/sounds",  # the kiosk's optional sounds, with their licence
        "ipquiz/storage/migrations",
        "ipquiz/storage/migrations/versions",
    }
    names = {Path(source).name for source, _ in pairs}
    assert {"env.py", "light.qss", "ipquiz_zh_CN.qm", "ipquiz-256.png", "facts.yaml"} <= names
    assert {"registry.yaml", "patent-law@2020.zh.md"} <= names
    assert {"index.html", "live.js", "live.css"} <= names
    assert {"right.wav", "wrong.wav", "streak.wav", "top10.wav", "LICENSE.txt"} <= names
    assert {"ipquiz-sans-sc-regular.otf", "ipquiz-sans-sc-bold.otf", "OFL.txt"} <= names
    assert not any(name.endswith((".ts", ".svg", ".ico", ".icns")) for name in names)


def test_version_comes_from_the_package() -> None:
    assert policy.read_version(ROOT) == ipquiz.__version__
    assert policy.version_tuple("1.2.3rc4") == (1, 2, 3, 0)
    assert policy.version_tuple("2") == (2, 0, 0, 0)
    assert policy.macos_info_plist("1.2.3")["CFBundleShortVersionString"] == "1.2.3"


def test_windows_version_file_parses_as_pyinstaller_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller's reader needs pefile and pywin32, which exist only on Windows: stand-ins
    are enough for parsing the text and serialising the resource."""
    pytest.importorskip("PyInstaller")
    import PyInstaller.compat

    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    from PyInstaller.utils.win32 import versioninfo

    path = tmp_path / "version_info.txt"
    path.write_text(policy.windows_version_file("1.2.3"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert (info.ffi.fileVersionMS, info.ffi.fileVersionLS) == (0x10002, 0x30000)
    assert len(info.toRaw()) > 500


def test_windows_and_macos_icons_are_up_to_date() -> None:
    assert icons.stale() == [], "run: python packaging/icons.py"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "packaging" / "linux" / "ipquiz.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "ipquiz"
    assert desktop["Icon"] == "ipquiz"
    # QApplication.setDesktopFileName("ipquiz") and the window class must match the entry.
    assert desktop["StartupWMClass"] == "ipquiz"
    assert "Education;" in desktop["Categories"]
    assert desktop["Name[zh_CN]"]


def test_kiosk_unit_restarts_ipquiz_kiosk() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "packaging" / "linux" / "ipquiz-kiosk.service", encoding="utf-8")
    assert unit["Service"]["ExecStart"].endswith("/ipquiz --kiosk")
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"
    assert unit["Install"]["WantedBy"] == "graphical-session.target"


def test_bundled_font_has_every_character_ipquiz_shows() -> None:
    assert fonts.check() == [], "run: pip install fonttools && python packaging/fonts.py"


def test_font_check_names_the_missing_characters(tmp_path: Path) -> None:
    (tmp_path / "questions").mkdir()
    (tmp_path / "questions" / "x.yaml").write_text("prompt: 龘 and ✓\n", encoding="utf-8")
    shown = fonts.shown_characters(tmp_path)
    assert {"龘", "✓", "p"} <= shown
    needed = [c for c in shown if fonts.needs_cjk_font(c)]
    assert "✓" not in needed  # a symbol: the system's fonts have it, not Noto CJK
    assert fonts.missing(fonts.font_path("Regular"), needed) == ["龘"]
    assert fonts.missing(tmp_path / "absent.otf", ["a"]) == ["a"]


def test_font_subset_keeps_the_common_characters() -> None:
    common = list(fonts.gb2312_level1())
    assert len(common) == 3755
    assert fonts.missing(fonts.font_path("Bold"), common) == []


def test_the_postgresql_driver_goes_in_only_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    """A kiosk's or a home PC's bundle leaves the driver and ssl out (16 MiB); the stations'
    bundle (`build.py --postgresql`) carries both."""
    monkeypatch.delenv(policy.POSTGRESQL_ENV, raising=False)
    assert policy.postgresql_hiddenimports() == []
    assert {"ssl", "_ssl", "pygments", "psycopg", "psycopg_binary"} <= set(policy.app_excludes())
    monkeypatch.setenv(policy.POSTGRESQL_ENV, "1")
    assert "psycopg" in policy.postgresql_hiddenimports()
    assert "sqlalchemy.dialects.postgresql.psycopg" in policy.app_hiddenimports()
    assert not {"ssl", "_ssl", "psycopg", "psycopg_binary"} & set(policy.app_excludes())
