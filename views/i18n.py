"""The UI language: Traditional Chinese or English, following the system.

``CURMAP_LANG`` (``en`` or ``zh_TW``) overrides the system locale; tests use it.
"""
from __future__ import annotations

import os
import re
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
    """Load curmap's and Qt's own (standard buttons) translations; returns them installed.

    English has one too: the singular and plural of every count ("%n modules": "1 module").
    """
    installed = []
    ours = QTranslator(app)
    if ours.load(str(translation_file(lang))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang == ENGLISH:
        return installed  # Qt's own texts are English already
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    # Qt's texts its own translation lacks (installed last: looked up first).
    extra = QTranslator(app)
    if extra.load(str(translation_file(lang).with_name(f"qt_extra_{lang}.qm"))):
        app.installTranslator(extra)
        installed.append(extra)
    if lang == CHINESE and QLocale().language() != QLocale.Language.Chinese:
        # Dates, numbers and file types in Qt's dialogs follow the default locale.
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript,
                                   QLocale.Country.Taiwan))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
    if translators:
        QLocale.setDefault(QLocale.system())


def fmt(text: str, *args: object) -> str:
    """Fill Qt-style %1, %2… in an already translated text (the same filling as app messages)."""
    return Msg(text, *args).render()


def _translate(text: str, n: int = -1, context: str = "") -> str:
    return QCoreApplication.translate(context, text, None, n)


def tr_msg(msg: Msg | str) -> str:
    """A message from app/ in the UI's language (its plural forms too); plain text as it is."""
    return msg.render(_translate) if isinstance(msg, Msg) else str(msg)


def message_of(exc: BaseException) -> str:
    """An error's message in the UI's language: app/ and db/ raise English
    templates (QT_TR_NOOP) that resources/curmap_zh_TW.ts translates."""
    if isinstance(exc, UserError):
        return exc.render(_translate)
    return str(exc)


_MNEMONIC = re.compile(r"\s*\(&?[A-Z0-9]\)(?=…?$|\s)")


def without_mnemonic(text: str) -> str:
    """A menu text as a button shows it: Qt drops "&", but not Chinese style "(&N)" -> "(N)"."""
    return _MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def tidy_button_texts(widget) -> None:
    """Toolbar and tool buttons of ``widget`` show their actions without "(N)", now and after changes."""
    from views.qt import QToolButton

    for button in widget.findChildren(QToolButton):
        act = button.defaultAction()
        if act is None or act.property("tidyText"):
            continue
        act.setProperty("tidyText", True)

        def tidy(act=act) -> None:
            try:
                text = without_mnemonic(act.iconText())
                if text != act.iconText():
                    act.setIconText(text)
            except RuntimeError:  # the action is being deleted (an undo stack's, say)
                pass
        act.changed.connect(tidy)
        tidy()


def rendered(msg: Msg) -> str:
    """A message from app/ (a template and its arguments) in the UI's language."""
    return msg.render(_translate)


_WHOLE_WORDS = ("職能基準",)  # terms a line must not break inside, as Chinese lines otherwise may


def unbroken(text: str) -> str:
    """``text`` with word joiners inside the terms that must stay on one line (職能基準)."""
    for word in _WHOLE_WORDS:
        text = text.replace(word, "\u2060".join(word))
    return text
