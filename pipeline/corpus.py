"""Load notices from files and folders: decode, reduce HTML to text, read meta.

Offsets are indices into the decoded text exactly as stored (no newline
translation, no stripping; a UTF-8 BOM stays at index 0, as the labelling
guide says). Problems are returned as `LoadError`s, never raised, so one bad
file never stops a batch.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import DecodeError
from .load_docx import Refused as DocxRefused, read_docx
from .load_html import NoText, html_to_text
from .load_pdf import Refused as PdfRefused, read_pdf
from .types import Document

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm", ".shtml"}
PDF_SUFFIXES = {".pdf"}
DOCX_SUFFIXES = {".docx"}
NOTICE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | DOCX_SUFFIXES
_SAVE_DOCX = "open it in Word or WPS and save it as .docx"
# formats a notice comes in that are not read; what to do instead. The first group is picked up
# from folders too (a notice saved that way should not vanish silently); the rest only when named.
REFUSED = {
    ".doc": f"Word 97-2003 .doc is not read: {_SAVE_DOCX}",
    ".wps": f"WPS .wps is not read: {_SAVE_DOCX}",
    ".rtf": f"RTF is not read: {_SAVE_DOCX}",
    ".odt": f"OpenDocument .odt is not read: {_SAVE_DOCX}",
    ".ofd": "OFD is not read: export it as PDF (with its text) or as .docx",
}
REFUSED_NAMED = {
    **{s: "a spreadsheet is not read: save the sheet as a web page (.html) or put the table in a .docx" for s in (".xls", ".xlsx", ".et", ".csv")},
    **{s: "an image is not read: run OCR on it first and ingest the text" for s in (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp")},
    **{s: "an archive is not read: unpack it and ingest the folder" for s in (".zip", ".rar", ".7z", ".gz", ".tar")},
}
META_FIELDS = {"title": str, "issuer": str, "source": str, "published": str, "place": str}
MAX_BYTES = 20 * 1024 * 1024  # a notice is a few dozen KB; anything this large is not one


@dataclass
class LoadError:
    path: str
    message: str

    def __str__(self) -> str:
        # one line whatever the file is called or the message holds (names may contain newlines)
        path = self.path if self.path.isprintable() else ascii(self.path)
        return f"{path}: {' '.join(self.message.split())}"




def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises DecodeError with a reason a person can act on."""
    text, encoding, _ = _decode(data)
    return text, encoding


_BOMS = (  # longest first: a UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8"),
)


def _decode(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding, note); the note says what was repaired (a cut-off last character)."""
    if not data.strip():
        raise DecodeError("empty file" if not data else "file holds only whitespace")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                # decoded without stripping: the BOM stays at index 0 as U+FEFF (labelling guide)
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"broken {enc.upper()} after its BOM ({e.reason} at byte {e.start})") from None
            _check_text(text)
            return text, ("utf-8-sig" if enc == "utf-8" else enc), None
    nul = data.find(b"\x00")
    if nul != -1:
        raise DecodeError(f"binary file (NUL byte at offset {nul}), not a text notice")
    for enc in ("utf-8", "gb18030"):
        # Government sites still publish GBK; GB18030 is its superset and decodes both.
        try:
            text = data.decode(enc)
            note = None
        except UnicodeDecodeError as e:
            if e.end != len(data) or len(data) - e.start > 3:
                continue
            try:  # only the last character is cut off (a truncated download): keep the rest
                text = data[:e.start].decode(enc) + "\ufffd"
            except UnicodeDecodeError:
                continue
            note = f"last character is cut off (truncated file?); replaced by U+FFFD at index {len(text) - 1}"
        if enc == "utf-8":
            _check_text(text)
            return text, enc, note
        if _looks_like_text(text):
            return text, enc, note
    latin = _western(data)
    if latin is not None:
        return latin, "cp1252", None
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and _looks_like_text(str(best)):
        return str(best), best.encoding, None
    raise DecodeError("cannot decode: not UTF-8, UTF-16 or GB18030 text")


def _check_text(text: str) -> None:
    """Reject decoded text that is not prose: blank after the BOM, or full of control characters."""
    body = text.lstrip("\ufeff")
    if not body.strip():
        raise DecodeError("file holds only whitespace" if body else "file holds only a byte-order mark")
    bad = sum(1 for c in body if (ord(c) < 32 and c not in "\r\n\t\f\v") or 0x7F <= ord(c) <= 0x9F)
    if bad / len(body) > 0.02:
        raise DecodeError(f"not a text notice: {100 * bad // len(body)}% of its characters are control characters")


def _western(data: bytes) -> str | None:
    """Latin-1/Windows-1252 text (accented letters, no CJK), which GB18030 rejects; else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    high = [c for c in text if ord(c) > 127]
    letters = sum(1 for c in high if "\u00c0" <= c <= "\u00ff" and c not in "\u00d7\u00f7")
    if high and letters / len(high) >= 0.8 and _looks_like_text(text):
        return text
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\r\n\t\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return bad / len(text) < 0.01


_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta)", re.I)


def read_meta(path: Path) -> tuple[dict, list[LoadError]]:
    if not path.exists():
        return {}, []
    try:
        raw = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as e:
        return {}, [LoadError(str(path), f"cannot read meta file: {e.strerror or e}; ignored")]
    except UnicodeDecodeError:
        return {}, [LoadError(str(path), "meta file is not UTF-8; ignored")]
    except json.JSONDecodeError as e:
        return {}, [LoadError(str(path), f"broken JSON at line {e.lineno} col {e.colno}; meta ignored")]
    if not isinstance(raw, dict):
        return {}, [LoadError(str(path), "meta must be a JSON object; ignored")]
    meta, errors = {}, []
    for key, value in raw.items():
        want = META_FIELDS.get(key)
        if want is not None and not isinstance(value, want):
            errors.append(LoadError(str(path), f"field {key!r} must be a string, got {type(value).__name__}; ignored"))
            continue
        meta[key] = value
    if "published" in meta and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
        errors.append(LoadError(str(path), f"field 'published' must be YYYY-MM-DD, got {meta['published']!r}; ignored"))
        meta.pop("published")
    return meta, errors


def load_file(path: Path, doc_id: str | None = None) -> tuple[Document | None, list[LoadError]]:
    if path.is_dir():
        return None, [LoadError(str(path), "is a directory, expected a notice file")]
    if path.exists() and not path.is_file():  # reading a FIFO or a device would block or never end
        return None, [LoadError(str(path), "not a regular file (a pipe, socket or device); skipped")]
    suffix = path.suffix.lower()
    if suffix in REFUSED or suffix in REFUSED_NAMED:
        return None, [LoadError(str(path), (REFUSED | REFUSED_NAMED)[suffix])]
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [LoadError(str(path), f"file is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit for one notice")]
        data = path.read_bytes()
    except OSError as e:
        return None, [LoadError(str(path), f"cannot read: {e.strerror or e}")]
    if not (doc_id or _stem(path)):
        return None, [LoadError(str(path), "file name gives an empty doc id; rename it")]
    meta, errors = read_meta(path.with_name(_stem(path) + ".meta.json"))
    try:
        text, fmt, encoding, pages, title, notes = _extract(path, data)
    except (DecodeError, NoText, PdfRefused, DocxRefused) as e:
        return None, [LoadError(str(path), str(e))]  # the notice is not read, so its meta does not matter
    if title and "title" not in meta:
        meta["title"] = title
    errors = [LoadError(str(path), n) for n in notes] + errors
    doc = Document(
        id=doc_id or _stem(path),
        text=text,
        path=str(path),
        meta=meta,
        encoding=encoding,
        source_format=fmt,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        pages=pages,
    )
    return doc, errors


def _extract(path: Path, data: bytes) -> tuple[str, str, str, list[int], str | None, list[str]]:
    """(text, format, encoding, page starts, title, notes) by what the bytes are, the suffix breaking ties."""
    suffix = path.suffix.lower()
    if not data and suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise DecodeError("empty file (0 bytes): download or export it again")
    if suffix in PDF_SUFFIXES or data.lstrip()[:5] == b"%PDF-":
        pdf = read_pdf(data)
        return pdf.text, "pdf", "pdf", pdf.pages, pdf.title, pdf.warnings
    if suffix in DOCX_SUFFIXES or (data.startswith(b"PK") and b"word/" in data[:4096]):
        text, title = read_docx(data)
        return text, "docx", "docx", [], title, []
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DecodeError(f"an old Office file (Word .doc, WPS or Excel), not text: {_SAVE_DOCX}")
    text, encoding, note = _decode(data)
    notes = [note] if note else []
    if suffix in HTML_SUFFIXES or _HTML_SNIFF.match(data[:512].lstrip(b"\xef\xbb\xbf")):
        text, title = html_to_text(text)
        return text, "html", encoding, [], title, notes
    return text, "txt", encoding, [], None, notes


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(NOTICE_SUFFIXES | set(REFUSED), key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _broken_link(p: Path) -> str:
    try:
        os.stat(p)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop; skipped"
    try:
        target = os.readlink(p)
    except OSError:
        target = "?"
    return f"dangling symlink (points to {target}, which does not exist); skipped"


def iter_files(paths: list[Path]) -> Iterator[Path | LoadError]:
    for p in paths:
        if p.is_symlink() and not p.exists():
            yield LoadError(str(p), _broken_link(p))
        elif not p.exists():
            yield LoadError(str(p), "no such file or directory")
        elif p.is_dir():
            found = False
            for f in sorted(p.rglob("*")):
                if f.suffix.lower() not in NOTICE_SUFFIXES and f.suffix.lower() not in REFUSED:
                    continue
                if f.is_file():
                    found = True
                    yield f
                elif f.is_symlink() and not f.exists():
                    found = True
                    yield LoadError(str(f), _broken_link(f))
                elif f.exists() and not f.is_dir():
                    found = True
                    yield LoadError(str(f), "not a regular file (a pipe, socket or device); skipped")
            if not found:
                yield LoadError(str(p), "folder holds no notices (.txt, .html, .pdf or .docx)")
        else:
            yield p


def load(paths: list[Path]) -> Iterator[Document | LoadError]:
    """Every notice under `paths`, in a stable order; errors interleaved, never raised."""
    seen: dict[str, str] = {}
    for item in iter_files(paths):
        if isinstance(item, LoadError):
            yield item
            continue
        doc, errors = load_file(item)
        yield from errors
        if doc is None:
            continue
        if doc.id in seen:
            yield LoadError(str(item), f"duplicate doc id {doc.id!r} (already loaded from {seen[doc.id]}); skipped")
            continue
        seen[doc.id] = str(item)
        yield doc
