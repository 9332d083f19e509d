"""Switching the interface language at run time (ours and Qt's own dialog strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ipquiz.assets import resource
from ipquiz.domain.language import ZH

QM_NAME = "ipquiz_zh_CN.qm"

# The application has one set of translators at a time, whoever installed them.
_installed: list[QTranslator] = []


def apply_language(lang: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # parented to the app: a kiosk switches per visitor
    _installed.clear()
    if lang != ZH:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((QM_NAME, str(resource("translations"))), ("qtbase_zh_CN.qm", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
