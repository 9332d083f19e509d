"""What goes into a bundle: shared by ipquiz.spec and benchmarks/bundle_size.py.

The spec files are executed by PyInstaller; this module keeps their decisions typed and
in one place, so that the slim bare-window bundle the size benchmark compares against is
slimmed exactly like ipquiz's own.

- `EXCLUDES`: Python modules the app never imports (other Qt bindings, tkinter, unused
  Qt modules, test helpers, build tools).
- `slim_binaries`: only the Qt plugins a Widgets app needs on this platform, then only the
  shared libraries that something kept still links against.
- `slim_datas`: only Qt's own Chinese translation (the one ipquiz loads) out of ~100 files.
- `app_datas`: the bank, the resources and the Alembic migrations, as files.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

# Qt modules ipquiz does not use: QtCore, QtGui, QtWidgets, QtPrintSupport (the print
# dialog) and QtSvg (question pictures; about 0.8 MiB) are all it needs.
_UNUSED_QT_MODULES = (
    "Qt3DCore",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDBus",
    "QtDataVisualization",
    "QtDesigner",
    "QtHelp",
    "QtLabsStyleKit",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialPort",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtXml",
)

#: Python modules left out of every bundle.
EXCLUDES: tuple[str, ...] = (
    # other Qt bindings (PyInstaller refuses two bindings in one bundle anyway)
    "PyQt5",
    "PyQt6",
    "PySide2",
    "shiboken2",
    *(f"PySide6.{m}" for m in _UNUSED_QT_MODULES),
    # the standard library's GUI, REPL and test helpers
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc",
    "pydoc_data",
    "doctest",
    "lib2to3",
    "ensurepip",
    "venv",
    # no network: asyncio (imported by SQLAlchemy) does without ssl; hashlib keeps OpenSSL
    "ssl",
    "_ssl",
    # test suites and build tools that installed packages mention but never need at run time
    "sqlalchemy.testing",
    "alembic.testing",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    # fsrs's parameter optimizer (torch, pandas): the app only schedules, with the defaults
    "fsrs.optimizer",
    # Mako's syntax-highlighting plugin (Alembic renders no templates at run time): 4.4 MiB
    "mako.ext.pygmentplugin",
    "pygments",
)

#: Set (to 1) by `packaging/build.py --postgresql`: the bundle then carries the driver.
POSTGRESQL_ENV = "IPQUIZ_BUNDLE_POSTGRESQL"

# Qt plugins kept, by folder; every other plugin folder is left out.
_LINUX_PLUGINS: dict[str, tuple[str, ...] | None] = {  # None: the whole folder
    # X11 and Wayland sessions, and offscreen for `--self-test` and CI
    "platforms": ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"),
    "xcbglintegrations": None,  # the xcb plugin looks for them at start-up
    "wayland-shell-integration": ("libxdg-shell.so",),
    "wayland-decoration-client": None,
    # native file dialogs through the desktop portal; gtk3 would load the system GTK
    "platformthemes": ("libqxdgdesktopportal.so",),
    # printing (the certificate's print dialog): CUPS; the system provides libcups itself
    "printsupport": ("libcupsprintersupport.so",),
    # compose keys and IBus: typing Chinese names needs an input method. Named, not the
    # whole folder: with PySide6-Addons installed, Qt's virtual keyboard plugin there would
    # bring QtQml, QtQuick and QtNetwork along (+21 MiB).
    "platforminputcontexts": (
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    ),
}
_WINDOWS_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qwindows.dll", "qoffscreen.dll"),
    "printsupport": ("windowsprintersupport.dll",),
}
_MACOS_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("libqcocoa.dylib", "libqoffscreen.dylib"),
    "printsupport": ("libcocoaprintersupport.dylib",),
}
#: Qt's own translations kept: ipquiz loads qtbase_zh_CN.qm for Qt's dialog buttons.
QT_TRANSLATIONS_KEPT = ("qtbase_zh_CN.qm",)

# A bundle TOC entry: (destination name, source path, type code).
Entry = tuple[str, str, str]


def kept_plugins(platform: str = sys.platform) -> dict[str, tuple[str, ...] | None]:
    if platform.startswith("win"):
        return _WINDOWS_PLUGINS
    if platform == "darwin":
        return _MACOS_PLUGINS
    return _LINUX_PLUGINS


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """('platforms', 'libqxcb.so') for a destination inside Qt's plugins folder."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" in parts:
        i = parts.index("plugins")
        if i >= 1 and parts[i - 1] == "Qt" and len(parts) == i + 3:
            return parts[i + 1], parts[i + 2]
    return None


def is_kept_plugin(dest: str, platform: str = sys.platform) -> bool:
    found = _plugin_parts(dest)
    if found is None:
        return True  # not a Qt plugin
    folder, name = found
    keep = kept_plugins(platform)
    if folder not in keep:
        return False
    names = keep[folder]
    return names is None or name in names


#: Linux libraries taken from the system, never bundled, with what only they need: the
#: CUPS client (which Qt's print plugin links) would bring GnuTLS, Kerberos and Avahi
#: along (+8.3 MiB), and a machine that prints has it; without it the plugin does not
#: load and the print dialog offers printing to a PDF file only.
SYSTEM_LIBRARIES = ("libcups.so.2",)


def slim_binaries(binaries: Iterable[Any], platform: str = sys.platform) -> list[Any]:
    """Drop unused Qt plugins, then (on Linux) the system's own libraries and the
    libraries nothing kept links against."""
    kept = [b for b in binaries if is_kept_plugin(b[0], platform)]
    if platform.startswith("linux"):
        kept = [b for b in kept if PurePosixPath(b[0]).name not in SYSTEM_LIBRARIES]
        kept = _drop_unlinked(kept)
    return kept


_SONAME = re.compile(r"\.so(\.\d+)*$")


def _drop_unlinked(binaries: list[Any]) -> list[Any]:
    """Keep Python extensions, Qt plugins and libpython, and every library they reach.

    PyInstaller collects the dependencies of every plugin it collects; once a plugin is
    dropped, the libraries only it needed (EGL device integration, Qt Network, Qt SVG …)
    are dead weight. Libraries loaded with dlopen by name are never in this list: the
    system provides those (libGL, libEGL), so nothing is lost.
    """
    from PyInstaller.depend import bindepend  # type: ignore[import-untyped]

    by_name = {PurePosixPath(dest).name: entry for entry in binaries if (dest := entry[0])}

    def is_root(entry: Any) -> bool:
        dest, _src, kind = entry[0], entry[1], entry[2]
        name = PurePosixPath(dest).name
        return (
            kind == "EXTENSION"
            or _plugin_parts(dest) is not None
            or name.startswith("libpython")
            or not _SONAME.search(name)
        )

    def needs(path: str) -> set[str]:
        """What `path` links against (PyInstaller's list is transitive), less a system
        library's own dependencies: those come with the system's copy of it."""
        found = {PurePosixPath(n).name: where for n, where in bindepend.get_imports(path)}
        for name in set(found) & set(SYSTEM_LIBRARIES):
            if found[name]:
                found = {
                    n: w
                    for n, w in found.items()
                    if n
                    not in {PurePosixPath(d).name for d, _ in bindepend.get_imports(found[name])}
                }
        return set(found)

    reached: set[str] = set()
    todo = [e for e in binaries if is_root(e)]
    while todo:
        entry = todo.pop()
        name = PurePosixPath(entry[0]).name
        if name in reached:
            continue
        reached.add(name)
        for needed in needs(entry[1]):
            dep = by_name.get(needed)
            if dep is not None and PurePosixPath(dep[0]).name not in reached:
                todo.append(dep)
    return [e for e in binaries if PurePosixPath(e[0]).name in reached]


def slim_datas(datas: Iterable[Any], binaries: Iterable[Any]) -> list[Any]:
    """Drop Qt's translations except the ones ipquiz loads, and symlinks to dropped libraries."""
    kept_binaries = {entry[0] for entry in binaries}
    kept = []
    for entry in datas:
        dest, src, kind = entry[0], entry[1], entry[2]
        parts = PurePosixPath(dest.replace("\\", "/")).parts
        if kind == "SYMLINK" and src not in kept_binaries:
            continue
        is_qt_translation = "Qt" in parts and "translations" in parts and dest.endswith(".qm")
        if is_qt_translation and parts[-1] not in QT_TRANSLATIONS_KEPT:
            continue
        kept.append(entry)
    return kept


def app_datas(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) pairs: what ipquiz reads as files at run time.

    `ipquiz.assets.app_root()` is the bundle's root when frozen, so `questions/` and
    `resources/` go there; Alembic loads `env.py` and the revisions from files next to
    `ipquiz/storage/database.py` (`MIGRATIONS`), so they go to the same package path.
    """
    migrations = root / "src" / "ipquiz" / "storage" / "migrations"
    pairs: list[tuple[Path, str]] = [
        *((p, "questions") for p in sorted((root / "questions").glob("*.yaml"))),
        *((p, "questions/laws") for p in sorted((root / "questions" / "laws").glob("*.yaml"))),
        *(
            (p, "questions/laws/texts")
            for p in sorted((root / "questions" / "laws" / "texts").glob("*.md"))
        ),
        *((p, "questions/facts") for p in sorted((root / "questions" / "facts").glob("*.yaml"))),
        *((p, "resources/themes") for p in sorted((root / "resources" / "themes").glob("*.qss"))),
        *((p, "resources/icons") for p in sorted((root / "resources" / "icons").glob("*.png"))),
        *((p, "resources/fonts") for p in sorted((root / "resources" / "fonts").glob("*.*"))),
        *(
            (p, "resources/translations")
            for p in sorted((root / "resources" / "translations").glob("*.qm"))
        ),
        *((p, "resources/live") for p in sorted((root / "resources" / "live").glob("*.*"))),
        *((p, "resources/sounds") for p in sorted((root / "resources" / "sounds").glob("*.*"))),
        (migrations / "env.py", "ipquiz/storage/migrations"),
        (migrations / "script.py.mako", "ipquiz/storage/migrations"),
        *(
            (p, "ipquiz/storage/migrations/versions")
            for p in sorted((migrations / "versions").glob("*.py"))
        ),
    ]
    return [(str(src), dest) for src, dest in pairs]


def app_hiddenimports() -> list[str]:
    """Modules PyInstaller cannot see being imported."""
    from PyInstaller.utils.hooks import collect_submodules  # type: ignore[import-untyped]

    modules: list[str] = collect_submodules(
        # bank formats are imported by name (ipquiz.bank.formats); migrations are files
        "ipquiz",
        filter=lambda name: not name.startswith("ipquiz.storage.migrations"),
    )
    # what env.py and the revisions import, since PyInstaller does not analyse data files
    modules += ["alembic.context", "alembic.op", "alembic.ddl.sqlite"]
    return modules + postgresql_hiddenimports()


#: The PostgreSQL driver's packages: SQLAlchemy's PyInstaller hook takes any installed
#: driver in, so a bundle without PostgreSQL names them to leave them out.
POSTGRESQL_DRIVER = ("psycopg", "psycopg_binary", "psycopg_c", "psycopg_pool")


def app_excludes() -> list[str]:
    """EXCLUDES and the PostgreSQL driver; with the driver (stations), less `ssl`: psycopg
    imports it (and a server may ask for TLS)."""
    if postgresql_hiddenimports():
        return [m for m in EXCLUDES if m not in ("ssl", "_ssl")]
    return [*EXCLUDES, *POSTGRESQL_DRIVER]


def postgresql_hiddenimports() -> list[str]:
    """The PostgreSQL driver (the `postgresql` extra), in a bundle built for stations that
    share a server (`build.py --postgresql`; the driver must be installed where it is
    built): SQLAlchemy loads its dialect by name from the database URL. Other bundles
    leave it (and the `ssl` it needs) out: 16 MiB a kiosk or a home PC never uses."""
    import importlib.util
    import os

    if os.environ.get(POSTGRESQL_ENV) != "1":
        return []
    if importlib.util.find_spec("psycopg") is None:
        raise SystemExit(
            "a bundle with PostgreSQL needs its driver: pip install -e '.[postgresql]'"
        )
    binary = ["psycopg_binary"] if importlib.util.find_spec("psycopg_binary") else []
    return [
        "psycopg",
        *binary,
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.ddl.postgresql",
    ]


def read_version(root: Path) -> str:
    """`ipquiz.__version__`, read without importing the package."""
    text = (root / "src" / "ipquiz" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in src/ipquiz/__init__.py")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' or '1.2.3rc1' -> (1, 2, 3, 0), the four numbers Windows version info wants."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_file(version: str) -> str:
    """The version resource of ipquiz.exe (Explorer: Properties > Details), in the text
    form PyInstaller reads (`pyi-grab_version` writes the same). Not yet verified: no
    Windows machine builds this project yet."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "ipquiz team",
        "FileDescription": "IP Quiz - a quiz on intellectual property",
        "FileVersion": version,
        "InternalName": "ipquiz",
        "LegalCopyright": "MIT licence",
        "OriginalFilename": "ipquiz.exe",
        "ProductName": "IP Quiz",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        "040904B0",
        [
{table},
        ],
      )
    ]),
    VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
  ],
)
"""


def macos_info_plist(version: str) -> dict[str, object]:
    """Keys merged into the .app's Info.plist (PyInstaller writes the rest)."""
    return {
        "CFBundleName": "IP Quiz",
        "CFBundleDisplayName": "IP Quiz",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_CN"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "MIT licence",
    }
