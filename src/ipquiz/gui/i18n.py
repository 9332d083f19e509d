"""Switching the interface language at run time (ours and Qt's own dialog strings)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ipquiz.assets import resource
from ipquiz.domain.language import ZH

QM_NAME = "ipquiz_zh_CN.qm"

# The application has one set of translators at a time, whoever installed them.
_installed: list[QTranslator] = []
# Ours, loaded apart from the installed ones, for text shown in both languages at once.
_fixed: dict[str, QTranslator] = {}


def translate_to(lang: str, context: str, text: str) -> str:
    """`text` in `lang` whatever the interface language is (the kiosk's bilingual screens)."""
    if lang != ZH:
        return text
    if lang not in _fixed:
        translator = QTranslator()
        translator.load(QM_NAME, str(resource("translations")))
        _fixed[lang] = translator
    return _fixed[lang].translate(context, text) or text


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
