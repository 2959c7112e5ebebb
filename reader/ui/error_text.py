"""The core's error messages in the interface's language.

The core (importers, the library) writes its :class:`ReaderError` messages in English, and
the command line prints them as they are. The window shows them in its own language: each
common message is matched here by a pattern on the English text, and its translation is
taken from the reader's catalogue (context ``CoreErrors``) with the parts that vary (a file
size, what the file looks like, the system's reason) put back in, translated in turn when
they are known phrases. A message with no pattern is shown as written, so a new message in
the core is never lost, only untranslated until a pattern is added here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .bidi_text import FSI, PDI

CONTEXT = "CoreErrors"

# (the English message as a regular expression, its template: %1, %2 ... are the groups)
_PATTERNS = (
    # reading a file
    (r"the file does not exist; check its name and folder",
     QT_TRANSLATE_NOOP("CoreErrors", "the file does not exist; check its name and folder")),
    (r"the file does not exist", QT_TRANSLATE_NOOP("CoreErrors", "the file does not exist")),
    (r"the file cannot be reached \(permission denied\); check the folder's permissions",
     QT_TRANSLATE_NOOP("CoreErrors", "the file cannot be reached (permission denied); check the folder's permissions")),
    (r"the file cannot be read \(permission denied\); check its permissions",
     QT_TRANSLATE_NOOP("CoreErrors", "the file cannot be read (permission denied); check its permissions")),
    (r"(?:the file cannot be read|cannot read the file) \((.+)\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the file cannot be read (%1)")),
    (r"this is a folder, not a file; choose a file inside it",
     QT_TRANSLATE_NOOP("CoreErrors", "this is a folder, not a file; choose a file inside it")),
    (r"this is not a regular file; choose an article file",
     QT_TRANSLATE_NOOP("CoreErrors", "this is not a regular file; choose an article file")),
    (r"this kind of file cannot be imported \(it looks like (.+)\); the reader opens (.+) files",
     QT_TRANSLATE_NOOP("CoreErrors", "this kind of file cannot be imported (it looks like %1); the reader opens %2 files")),
    (r"the file is too large \((.+); the limit is (.+)\); split it into smaller files",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is too large (%1; the limit is %2); split it into smaller files")),
    # what is in it
    (r"the file is empty; choose a file that contains text",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is empty; choose a file that contains text")),
    (r"the file contains only blank space; choose a file with text",
     QT_TRANSLATE_NOOP("CoreErrors", "the file contains only blank space; choose a file with text")),
    (r"the file is not text \(it contains binary data\); choose a text, HTML, Markdown, DOCX or EPUB file",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is not text (it contains binary data); choose a text, HTML, Markdown, DOCX or EPUB file")),
    (r"the file is not text \(it looks like (.+)\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is not text (it looks like %1)")),
    (r"the file is not a web page \(it looks like (.+)\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is not a web page (it looks like %1)")),
    (r"the file's text encoding could not be recognised \(it is not UTF-8, UTF-16 or Windows-1256\); "
     r"open it in a text editor and save it as UTF-8",
     QT_TRANSLATE_NOOP("CoreErrors", "the file's text encoding could not be recognised (it is not UTF-8, UTF-16 or Windows-1256); open it in a text editor and save it as UTF-8")),
    (r"the file starts with a (\S+) byte order mark but is not valid (\S+) \(bad data at byte (\d+)\); re-save it as UTF-8",
     QT_TRANSLATE_NOOP("CoreErrors", "the file starts with a %1 byte order mark but is not valid %2 (bad data at byte %3); re-save it as UTF-8")),
    (r"the web page could not be read \((.+)\); check the file",
     QT_TRANSLATE_NOOP("CoreErrors", "the web page could not be read (%1); check the file")),
    (r"no text was found in the EPUB book's chapters",
     QT_TRANSLATE_NOOP("CoreErrors", "no text was found in the EPUB book's chapters")),
    (r"no text was found in this (\w+) file; check that it is the article you meant to open",
     QT_TRANSLATE_NOOP("CoreErrors", "no text was found in this %1 file; check that it is the article you meant to open")),
    # DOCX and EPUB archives
    (r"the file is damaged or not a complete (\w+) archive \((.+)\); save or download it again",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is damaged or not a complete %1 archive (%2); save or download it again")),
    (r"the file is damaged or not a complete (\w+) archive; save or download it again",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is damaged or not a complete %1 archive; save or download it again")),
    (r"the file is empty; it is not a (\w+) document",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is empty; it is not a %1 document")),
    (r"the file is not a (\w+) document \((.+)\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the file is not a %1 document (%2)")),
    (r"the (\w+) archive has (\d+) files inside, more than the (\d+) allowed; it is probably not a real document",
     QT_TRANSLATE_NOOP("CoreErrors", "the %1 archive has %2 files inside, more than the %3 allowed; it is probably not a real document")),
    (r"the (\w+) archive would expand to (\d+) MB \(the limit is (\d+) MB, compression at most (\d+) times\); "
     r"it may be a zip bomb and was not opened",
     QT_TRANSLATE_NOOP("CoreErrors", "the %1 archive would expand to %2 MB (the limit is %3 MB, compression at most %4 times); it may be a zip bomb and was not opened")),
    # the library
    (r"the library is locked by another program; try again",
     QT_TRANSLATE_NOOP("CoreErrors", "the library is locked by another program; try again")),
    (r"the disk is full; nothing was saved\. Free some space",
     QT_TRANSLATE_NOOP("CoreErrors", "the disk is full; nothing was saved. Free some space")),
    (r"the library is read-only; nothing was saved",
     QT_TRANSLATE_NOOP("CoreErrors", "the library is read-only; nothing was saved")),
    (r"the search is empty: type at least one word \(Arabic or Latin\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the search is empty: type at least one word (Arabic or Latin)")),
    (r"cannot write the report \((.+)\); choose another place",
     QT_TRANSLATE_NOOP("CoreErrors", "cannot write the report (%1); choose another place")),
    # parts of messages: what a file looks like, the system's reasons
    (r"(.+); rename it to end in (\.\w+) to import it",
     QT_TRANSLATE_NOOP("CoreErrors", "%1; rename it to end in %2 to import it")),
    (r"a PDF document", QT_TRANSLATE_NOOP("CoreErrors", "a PDF document")),
    (r"an? (PNG|JPEG|GIF|TIFF|BMP) image", QT_TRANSLATE_NOOP("CoreErrors", "a %1 image")),
    (r"a ZIP archive", QT_TRANSLATE_NOOP("CoreErrors", "a ZIP archive")),
    (r"a DOCX document", QT_TRANSLATE_NOOP("CoreErrors", "a DOCX document")),
    (r"an EPUB book", QT_TRANSLATE_NOOP("CoreErrors", "an EPUB book")),
    (r"an SQLite database", QT_TRANSLATE_NOOP("CoreErrors", "an SQLite database")),
    (r"an Excel workbook", QT_TRANSLATE_NOOP("CoreErrors", "an Excel workbook")),
    (r"a PowerPoint presentation", QT_TRANSLATE_NOOP("CoreErrors", "a PowerPoint presentation")),
    # the editorial desk (reader.core.desk)
    (r"cannot reach the desk \((.+)\); your changes are kept and sent at the next sync",
     QT_TRANSLATE_NOOP("CoreErrors", "cannot reach the desk (%1); your changes are kept and sent at the next sync")),
    (r"the desk went away while (?:.+) \((.+)\); nothing is lost: the next sync carries on",
     QT_TRANSLATE_NOOP("CoreErrors", "the desk went away during the sync (%1); nothing is lost: the next sync carries on")),
    (r"this database is not a desk \(it has no desk schema\); create one with `reader desk init URL` on an empty database",
     QT_TRANSLATE_NOOP("CoreErrors", "this database is not a desk (it has no desk schema); create one with `reader desk init URL` on an empty database")),
    (r"your database user (?:\S+ )?has no role on this desk.*",
     QT_TRANSLATE_NOOP("CoreErrors", "your database user has no role on this desk; ask its owner to grant you desk_writer (or desk_reader to read only)")),
    (r"the desk refused the login \((.+)\); put the password in ~/\.pgpass or the service file \(the reader never stores it\)",
     QT_TRANSLATE_NOOP("CoreErrors", "the desk refused the login (%1); put the password in ~/.pgpass or the service file (the reader never stores it)")),
    (r"an old Microsoft Office document \(\.doc/\.xls\)",
     QT_TRANSLATE_NOOP("CoreErrors", "an old Microsoft Office document (.doc/.xls)")),
    (r"an executable program \((.+)\)", QT_TRANSLATE_NOOP("CoreErrors", "an executable program (%1)")),
    (r"[Pp]ermission denied", QT_TRANSLATE_NOOP("CoreErrors", "permission denied")),
    (r"No such file or directory", QT_TRANSLATE_NOOP("CoreErrors", "No such file or directory")),
    (r"Is a directory", QT_TRANSLATE_NOOP("CoreErrors", "Is a directory")),
    (r"No space left on device", QT_TRANSLATE_NOOP("CoreErrors", "No space left on device")),
    (r"Read-only file system", QT_TRANSLATE_NOOP("CoreErrors", "Read-only file system")),
    (r"Input/output error", QT_TRANSLATE_NOOP("CoreErrors", "Input/output error")),
)
_COMPILED = tuple((re.compile(pattern, re.DOTALL), template) for pattern, template in _PATTERNS)
_LATIN = re.compile("[A-Za-z]")


def _translate(text: str, depth: int = 2) -> str | None:
    """``text`` translated, or None when no pattern matches it (or nothing is translated)."""
    for regex, template in _COMPILED:
        m = regex.fullmatch(text)
        if m is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            return None  # the English interface, or a string not translated yet
        for number, part in enumerate(m.groups(), start=1):
            part = part or ""
            inner = _translate(part, depth - 1) if depth > 0 else None
            if inner is None and _LATIN.search(part):
                inner = f"{FSI}{part}{PDI}"  # an English remnant keeps its own direction
            translated = translated.replace(f"%{number}", inner if inner is not None else part)
        return translated
    return None


def translated_error(message: str) -> str:
    """A core error message (or "PATH: message", as ``str(error)`` gives it) in the
    interface's language; as it is when it is not known."""
    whole = _translate(message)
    if whole is not None:
        return whole
    cut = message.find(": ")
    while cut >= 0:
        rest = _translate(message[cut + 2:])
        if rest is not None:
            return message[:cut + 2] + rest
        cut = message.find(": ", cut + 2)
    return message
