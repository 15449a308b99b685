"""A PDF's text layer as the text the store keeps, with the offset where each page starts.

pypdf (BSD) reads the text layer; there is no OCR here. A page holding a
ruled data table is read by pipeline/load_pdf_tables.py instead (pdfplumber). A scanned PDF, an
encrypted one that needs a password, and a damaged file are refused with a
line that says what to do. What is tidied, and why:
- a page number alone on a page's first or last line (`- 3 -`, `第3页 共5页`)
  is dropped, or it would split a sentence that runs across the page break;
- a space between two CJK characters is dropped (justified lines come out
  as `整 改 措 施`);
- a line that fills the page width and does not end a sentence is joined to
  the next (a wrapped line, not a paragraph end), unless the next line opens
  with an outline number, so a figure or a clause is not cut in two.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from .load_pdf_tables import pages_with_tables

CJK = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_GAP = re.compile(f"(?<=[{CJK}]) +(?=[{CJK}])")
_PAGE_NO = re.compile(r"^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
_ENDS = tuple("。！？；：!?;:")
_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[、.．](?!\d)|第[一二三四五六七八九十\d]+[章节条部])")
SCANNED_CHARS = 20  # a page image with fewer characters over it (a stamp, a scanner app's watermark) is a scan
WRAP = 0.85  # a line at least this share of the page's longest line is taken to wrap


class Refused(ValueError):
    """The PDF cannot be read; the message says why and what to do."""


@dataclass
class PdfText:
    text: str
    pages: list[int]  # offset in `text` where each page starts
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


def read_pdf(data: bytes) -> PdfText:
    import pypdf
    from pypdf.errors import DependencyError, PyPdfError

    for name in ("pypdf", "pdfminer", "pdfplumber"):  # their warnings about odd objects are not the user's business
        logging.getLogger(name).setLevel(logging.ERROR)
    if not data.lstrip()[:5] == b"%PDF-":
        head = data.lstrip()[:512].lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            raise Refused("not a PDF but an HTML page (a failed download?): download the PDF again")
        raise Refused("not a PDF (no %PDF header): download it again or save it as PDF")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _unlock(reader)
        pages = list(reader.pages)
    except Refused:
        raise
    except DependencyError:
        raise Refused("encrypted PDF (AES) this install cannot open: `pip install cryptography`, or save an unencrypted copy") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as e:
        raise Refused(f"corrupt PDF ({_reason(e)}): download it again or re-export it as PDF") from None
    if not pages:
        raise Refused("PDF has no pages: download it again or re-export it as PDF")
    texts, scanned, broken = [], [], []
    for n, page in enumerate(pages, 1):
        try:
            t = page.extract_text() or ""
        except Exception as e:  # noqa: BLE001 - pypdf raises many types on a damaged content stream
            t = ""
            broken.append(f"{n} ({_reason(e)})")
        t = _tidy_page(t)
        if len("".join(t.split())) < SCANNED_CHARS and _has_images(page):
            scanned.append(n)
        texts.append(t)
    if len(scanned) == len(pages) or not any(t.strip() for t in texts):
        if scanned:
            raise Refused("no text layer (a scanned PDF): run OCR first (e.g. `ocrmypdf in.pdf out.pdf`) and ingest the result")
        if broken:
            raise Refused(f"corrupt PDF: no page could be read ({broken[0]}): download it again or re-export it as PDF")
        raise Refused("PDF holds no text: nothing to index (if it is a scan, run OCR first)")
    for n, text in pages_with_tables(data, _tidy_page).items():
        if n < len(texts) and text.strip():
            texts[n] = text  # a ruled table read as labelled rows instead of cell by cell
    body = "".join(texts)
    if _garbled(body):
        raise Refused("text layer is unreadable (fonts without a Unicode map): run OCR first (e.g. `ocrmypdf --force-ocr`)")
    text, starts = "", []
    for t in texts:
        starts.append(len(text))
        text += t
    warnings = []
    if scanned:
        warnings.append(f"page(s) {', '.join(map(str, scanned))} have no text layer (scanned?) and are left out: run OCR on the PDF to include them")
    if broken:
        warnings.append(f"page(s) {', '.join(broken)} could not be read and are left out")
    return PdfText(text, starts, _title(reader), warnings)


def _unlock(reader) -> None:
    """Open a PDF locked only against copying or printing (empty user password); refuse one that needs a password."""
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise Refused("encrypted PDF that needs a password: save an unencrypted copy (or print it to PDF) and ingest that")


def _reason(e: BaseException) -> str:
    msg = " ".join(str(e).split())[:120]
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _has_images(page) -> bool:
    try:
        return _images_in(page.get("/Resources", {}).get_object(), depth=3)
    except Exception:  # noqa: BLE001 - a page we cannot inspect is not called scanned
        return False


def _images_in(resources, depth: int) -> bool:
    """An image among the XObjects, looking inside forms (scanners often wrap the page image in one)."""
    for x in resources.get("/XObject", {}).get_object().values():
        x = x.get_object()
        if x.get("/Subtype") == "/Image":
            return True
        if depth > 0 and x.get("/Subtype") == "/Form" and "/Resources" in x:
            if _images_in(x["/Resources"].get_object(), depth - 1):
                return True
    return False


def _garbled(text: str) -> bool:
    body = [c for c in text if not c.isspace()]
    bad = sum(1 for c in body if c == "\ufffd" or "\ue000" <= c <= "\uf8ff" or ord(c) < 32)
    return bool(body) and bad / len(body) > 0.1


def _title(reader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a broken info dictionary only costs the title
        return None
    title = " ".join(str(title).split()) if title else ""
    # producers fill in file names and "Microsoft Word - x.docx"; only a title with CJK text is the notice's
    return title if re.search(f"[{CJK}]", title) and not title.lower().endswith((".doc", ".docx", ".pdf")) else None


def _tidy_page(text: str) -> str:
    lines = [_CJK_GAP.sub("", ln.replace("\xa0", " ")).strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln]
    for end in (0, -1):  # a running page number at the top or bottom
        if lines and _PAGE_NO.match(lines[end]):
            lines.pop(end)
    if not lines:
        return ""
    longest = max(len(ln) for ln in lines)
    out = [lines[0]]
    for prev, ln in zip(lines, lines[1:]):  # prev: the line above as printed, even when already joined
        wrapped = longest >= 15 and len(prev) >= WRAP * longest and not prev.endswith(_ENDS)
        if wrapped and not _OPENS.match(ln):
            out[-1] += ln
        else:
            out.append(ln)
    return "\n".join(out) + "\n"
