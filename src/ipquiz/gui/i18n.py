"""Switching the interface language at run time (ours and Qt's own dialog strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ipquiz.assets import resource
from ipquiz.domain.language import ZH

QM_NAME = "ipquiz_zh_CN.qm"


class Translations:
    """Holds the installed translators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def apply(self, lang: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if lang == ZH:
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in (
                (QM_NAME, str(resource("translations"))),
                ("qtbase_zh_CN.qm", qt_dir),
            ):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    self._installed.append(translator)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
