"""What the CLI writes reaches a terminal or a pipe safely.

Text stored in a map may hold control characters (stored before they were
cleaned on the way in, or by another program): printed raw, an ESC can
rewrite the user's terminal. They are shown as ``\\u001b``, which reads
as what it is and keeps ``--json`` output valid JSON.

A reader that stops early (``curmap coverage P | head -1``) closes the
pipe: the rest of the output is dropped quietly and the command carries on,
so what it does never depends on who reads its output.
"""
from __future__ import annotations

import os
import re
from typing import TextIO

# C0 controls but tab and newline, DEL and C1 controls (CSI U+009B among them), and lone
# surrogates (bytes that were not UTF-8 in a file name or an argument), which no stream can encode.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def escape_controls(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class Terminal:
    """A text stream's stand-in: escapes control characters, survives a closed pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.closed_early = False  # the reader went away before the end

    def write(self, text: str) -> int:
        if not self.closed_early:
            try:
                self.stream.write(escape_controls(text))
            except BrokenPipeError:
                self._reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.closed_early:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._reader_gone()

    def _reader_gone(self) -> None:
        self.closed_early = True
        # Python flushes the real stream again at exit; point it at the null device so
        # that last flush cannot fail (and print a traceback) either.
        try:
            fd = self.stream.fileno()
        except (AttributeError, OSError, ValueError):
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)
