"""The UI language: Traditional Chinese or English, following the system.

``CURMAP_LANG`` (``en`` or ``zh_TW``) overrides the system locale; tests use it.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from app.errors import Msg, UserError
from views.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CHINESE = "zh_TW"
ENGLISH = "en"


def choose_language(env: dict[str, str] | None = None, locale: QLocale | None = None) -> str:
    forced = (env if env is not None else os.environ).get("CURMAP_LANG", "").strip()
    if forced:
        return CHINESE if forced.replace("-", "_").lower() in ("zh_tw", "zh_hant", "zh") else ENGLISH
    loc = locale or QLocale.system()
    if loc.language() == QLocale.Language.Chinese:
        # Only Traditional locales get Chinese; the translation is not Simplified.
        traditional = loc.script() == QLocale.Script.TraditionalChineseScript or loc.territory() in (
            QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
        return CHINESE if traditional else ENGLISH
    return ENGLISH


def translation_file(lang: str = CHINESE) -> Path:
    return Path(str(resources.files("resources").joinpath(f"curmap_{lang}.qm")))


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load curmap's and Qt's own (standard buttons) translations; returns them installed."""
    if lang == ENGLISH:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translation_file(lang))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style %1, %2… in an already translated text (the same filling as app messages)."""
    return Msg(text, *args).render()


def message_of(exc: BaseException) -> str:
    """An error's message in the UI's language: app/ and db/ raise English
    templates (QT_TR_NOOP) that resources/curmap_zh_TW.ts translates."""
    if isinstance(exc, UserError):
        return exc.render(lambda text: QCoreApplication.translate("", text))
    return str(exc)


def rendered(msg: Msg) -> str:
    """A message from app/ (a template and its arguments) in the UI's language."""
    return msg.render(lambda text: QCoreApplication.translate("", text))
