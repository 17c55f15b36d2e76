"""Bytes → text: how a text file is read before its layout is looked at.

A scorecard arrives as whatever the publisher's tools wrote: UTF-8 with or without a
byte-order mark, UTF-16 from a Windows export, GB18030/GBK/GB2312 from older Chinese
software, now and then traditional characters from a mirror site.  `decode` tries the
encodings from the most to the least certain and says which one it used:

1. a byte-order mark (UTF-8, UTF-32 LE/BE, UTF-16 LE/BE);
2. strict UTF-8 (GB18030 text is almost never valid UTF-8, so this goes first);
3. UTF-16 without a mark, when NUL bytes sit at the odd (LE) or even (BE) positions;
4. strict GB18030, which covers GBK and GB2312, when what it gives looks like text —
   tried before any guesser so that Chinese text is never taken for some single-byte
   code page;
5. charset-normalizer's best match, only when it decodes and its chaos is low.

Anything else (a file with NUL bytes that is not UTF-16, bytes no encoding makes text
of) is an `InputError` naming the file and the encodings tried.  Line ends become `\\n`
and a leading byte-order mark is dropped.

Traditional characters are noticed (`traditional`) and `to_simplified` maps them one
character for one, so every `file:line:col` stays valid.  The table (OpenCC's
TSCharacters, shipped with opencc-python-reimplemented) is loaded only when a text
holds traditional characters.
"""

from __future__ import annotations

import functools
import io
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from jsperf.errors import InputError
from jsperf.limits import MAX_MB, MAX_UNZIPPED_MB, max_bytes, max_unzipped
from jsperf.messages import t
from jsperf.model import Span

if TYPE_CHECKING:
    import zipfile

_TRIED = ("UTF-8", "UTF-16", "GB18030")
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xef\xbb\xbf", "utf-8", "UTF-8 (BOM)"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32BE"),
    (b"\xff\xfe", "utf-16-le", "UTF-16LE"),
    (b"\xfe\xff", "utf-16-be", "UTF-16BE"),
)
_SAMPLE = 1 << 16  # bytes looked at for the NUL pattern
_MAX_CHAOS = 0.1  # charset-normalizer's "mess" ratio above which its guess is refused
# Characters other than CJK that a Chinese text decoded as GB18030 plausibly holds:
# punctuation, full-width forms, ≥ ≤ × and the like, box symbols, circled numbers.
_PLAUSIBLE_RANGES = (
    (0x00A0, 0x00FF), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x2000, 0x27BF),
    (0x2E80, 0x2FDF), (0x3000, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xE000, 0xF8FF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
)

# Common traditional-only characters: a cheap test that spares a simplified text the
# loading of the full table (tests check every one maps to another character).
_COMMON_TRADITIONAL = frozenset(
    "這個們來對說時會為國過與後發經還點開學關頭見現問實體當應麼種樣機從進動區項績預執"
    "費萬級專組織規劃計報資產負債務價認證據標準數據額審計監決議總結論評較達隨區縣鄉鎮"
    "門單庫購買賣銷貨運輸衛廳處層員職責辦護醫療險業農廠務導營網絡傳訊聯繫環園區錢財"
    "預執滿質產輔啟聽讓覺選擇參與設備檢驗測試電話號碼給紀錄條約書圖檔簡說轉變際勞顯")


class Decoded(NamedTuple):
    text: str
    encoding: str  # display name: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "GB18030", …
    traditional: bool


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """A regular file's bytes, at most `JSPERF_MAX_MB`; anything else (a larger file, a
    directory, a FIFO or device, which could block or never end) is an InputError.
    Readers hand these bytes to their library, never the path, so what was checked is
    what is read."""
    return _read(path, max_bytes() if limit is None else limit, whole=True)


def read_utf8(path: Path) -> str:
    """A UTF-8 text file (project files, indicator sets, rule sets), byte-order mark
    dropped."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(t("file.not_utf8", path=path, byte=exc.start), Span(str(path), 1)) from None


def count_elements(xml: bytes, name: bytes, prefixed: bool = True) -> int:
    """How many `<name>` elements an XML part holds (`<c r="A1">`, `<c/>`, and with
    `prefixed` `<x:c>`): counted at the speed of `bytes.count`, and through a regular
    expression only when some may be written with a namespace prefix."""
    count = sum(xml.count(b"<" + name + end) for end in (b" ", b">", b"/", b"\t", b"\n", b"\r"))
    if prefixed and b":" + name in xml:
        count += len(_prefixed(name).findall(xml))
    return count


@functools.lru_cache(maxsize=8)
def _prefixed(name: bytes) -> re.Pattern[bytes]:
    return re.compile(rb"<\w+:" + re.escape(name) + rb"[\s/>]")


@functools.lru_cache(maxsize=64)
def columns(count: int) -> tuple[int, ...]:
    """The columns 1 … `count` of a row of that many cells: one tuple shared by all
    such rows of a table or sheet, not one built for each."""
    return tuple(range(1, count + 1))


def open_zip(data: bytes, file: str) -> zipfile.ZipFile:
    """A zip archive (.xlsx, .docx) whose parts expand to at most `JSPERF_MAX_UNZIPPED_MB`.
    The sizes its directory declares bound what is read: zipfile stops at a part's
    declared size, so a part that lies is cut short and fails to parse, never grows."""
    import zipfile  # only workbooks and Word documents are zips: not paid for by a text or project file

    archive = zipfile.ZipFile(io.BytesIO(data))
    size = sum(info.file_size for info in archive.infolist())
    if size > max_unzipped():
        archive.close()
        raise InputError(t("file.unzips_too_large", path=file, size=size, limit=max_unzipped(),
                           name=MAX_UNZIPPED_MB), Span(file, 1))
    return archive


def read_head(path: Path, size: int = 1024) -> bytes:
    """The first bytes of a regular file, to tell what it really is before a library
    opens it (`%PDF-`, a zip's `PK`, an old Office file's OLE2 mark)."""
    return _read(path, size, whole=False)


def _read(path: Path, limit: int, whole: bool) -> bytes:
    """Up to `limit` bytes; with `whole`, a file longer than that is an InputError."""
    where = Span(str(path), 1)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise InputError(t("file.missing", path=path), where) from None
    except IsADirectoryError:
        raise InputError(t("file.folder", path=path), where) from None
    except OSError as error:
        raise InputError(t("file.unreadable", path=path, reason=error.strerror or error), where) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(t("file.folder", path=path), where)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(t("file.not_regular", path=path), where)
        if whole and info.st_size > limit:
            raise InputError(t("file.too_large", path=path, size=info.st_size, limit=limit, name=MAX_MB), where)
        wanted = limit + 1 if whole else limit
        chunks: list[bytes] = []
        size = 0
        while size < wanted:
            chunk = os.read(fd, wanted - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if whole and size > limit:  # it grew while we read
            raise InputError(t("file.too_large_read", path=path, limit=limit, name=MAX_MB), where)
        return b"".join(chunks)
    except OSError as error:
        raise InputError(t("file.unreadable", path=path, reason=error.strerror or error), where) from None
    finally:
        os.close(fd)


def decode(data: bytes, file: str) -> Decoded:
    text, encoding = _decode(data, file)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, encoding, is_traditional(text))


def _decode(data: bytes, file: str) -> tuple[str, str]:
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(codec), name
            except UnicodeDecodeError:
                break  # a mark that lies: try the rest as if it had none
    if b"\x00" in data:
        utf16 = _utf16(data)
        if utf16 is not None:
            return utf16
        raise InputError(t("file.binary", path=file, tried=", ".join(_TRIED)), Span(file, 1))
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    tried = list(_TRIED)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible(text):
        return text, "GB18030"
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    tried.append(t("file.guesses"))
    raise InputError(t("file.undecodable", path=file, tried=", ".join(tried)), Span(file, 1))


def _utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a byte-order mark, told by where its NUL bytes sit: the high
    bytes of ASCII characters (digits, spaces, line ends) are NUL."""
    sample = data[:_SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    if pairs == 0 or len(data) % 2:
        return None
    least = max(2, pairs // 50)
    for nuls, others, codec, name in ((odd, even, "utf-16-le", "UTF-16LE"), (even, odd, "utf-16-be", "UTF-16BE")):
        if nuls >= least and others * 4 <= nuls:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if not _has_controls(text):
                return text, name
    return None


def _plausible(text: str) -> bool:
    """Does GB18030's reading look like Chinese text: no control characters, and its
    non-ASCII characters mostly CJK, punctuation and the form's symbols?"""
    if _has_controls(text):
        return False
    wide = len(text) - len(text.encode("ascii", "ignore"))
    odd = len(_patterns()[1].findall(text))
    return odd <= 0.1 * wide


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Control characters; non-ASCII characters outside the plausible ranges."""
    controls = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
    ranges = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _PLAUSIBLE_RANGES)
    return controls, re.compile(f"[^\x00-\x7f{ranges}]")


def _has_controls(text: str) -> bool:
    return _patterns()[0].search(text) is not None


def _guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # only for a file nothing else reads

    best = from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _has_controls(text):
        return None
    return text, best.encoding.upper().replace("_", "-")


# ---------------------------------------------------------------- traditional characters

_TABLE: dict[str, str] | None = None


def _table() -> dict[str, str]:
    """OpenCC's traditional → simplified character table, first candidate of each entry,
    only the entries that change the character."""
    global _TABLE
    if _TABLE is None:
        import importlib.util  # only for a text that holds traditional characters

        spec = importlib.util.find_spec("opencc")  # found, not imported: only its data is used
        if spec is None or not spec.submodule_search_locations:
            raise RuntimeError("opencc-python-reimplemented is not installed")
        path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "TSCharacters.txt"
        table: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            key, _, values = line.partition("\t")
            value = values.split(" ", 1)[0]
            if len(key) == 1 and len(value) == 1 and key != value:
                table[key] = value
        _TABLE = table
    return _TABLE


def is_traditional(text: str, least: int = 3, share: float = 0.02) -> bool:
    """Does the text hold enough traditional-only characters (at least `least` of them,
    and `share` of its CJK characters) to be read as traditional Chinese?"""
    if _COMMON_TRADITIONAL.isdisjoint(text):
        return False
    table = _table()
    cjk = changed = 0
    for ch in text:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000":
            cjk += 1
            if ch in table:
                changed += 1
    return changed >= least and changed >= share * cjk


# a pinyin gloss a mirror site prints after a character (`項(xiàng)目`, `執(zhí)行`): a
# syllable with its tone mark in brackets, right after a CJK character
_GLOSS = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                    r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def mirror_reading(text: str, traditional: bool | None = None) -> Callable[[str], str] | None:
    """How to read a mirror site's copy as the page it copied — its pinyin glosses dropped
    (when it holds several: one `(wèi)` alone may be the text's own), its traditional
    characters mapped to simplified one for one — or None when the text is no such copy.
    Asked of a whole file, applied to it or to each of its cells; `traditional`, when
    `decode` has said it (glosses are no CJK characters, so they change no answer)."""
    glossed = ("(" in text or "（" in text) and len(_GLOSS.findall(text)) >= 3
    if traditional is None:
        traditional = is_traditional(text)
    if not (glossed or traditional):
        return None

    def plain(original: str) -> str:
        shown = _GLOSS.sub("", original) if glossed else original
        return to_simplified(shown) if traditional else shown
    return plain


def to_simplified(text: str) -> str:
    """Traditional characters mapped to simplified one for one: the length, and so every
    line and column, stays as it was."""
    table = _table()
    return "".join([table.get(ch, ch) for ch in text])
