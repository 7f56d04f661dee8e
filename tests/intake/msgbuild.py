"""Build small Outlook .msg files for tests ([MS-OXMSG] layout, written with extract-msg's OleWriter).

Only what the parser reads: message class, subject, bodies, sender, transport headers, recipients,
attachments by value and embedded messages. Strings are Unicode (PT_UNICODE) unless ``codepage`` is
given, in which case they are PT_STRING8 in that Windows code page (as Outlook 97–2002 wrote them).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

from extract_msg import OleWriter

TO, CC, BCC = 1, 2, 3
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


@dataclass
class MsgAttachment:
    filename: str
    data: bytes = b""
    mime: str | None = None
    embedded: MsgSpec | None = None


@dataclass
class MsgSpec:
    subject: str = ""
    body: str | None = None
    html: bytes | None = None
    rtf: bytes | None = None  # uncompressed RTF; stored compressed as PR_RTF_COMPRESSED
    sender_name: str | None = None
    sender_email: str | None = None
    headers: str | None = None
    message_id: str | None = None
    submit_time: datetime | None = None
    recipients: list[tuple[int, str, str]] = field(default_factory=list)
    attachments: list[MsgAttachment] = field(default_factory=list)
    message_class: str = "IPM.Note"
    codepage: int | None = None  # None: Unicode strings
    internet_cpid: int | None = None


def _fixed(prop_id: int, prop_type: int, value: bytes) -> bytes:
    return struct.pack("<HHI", prop_type, prop_id, 6) + value.ljust(8, b"\0")


def _int(prop_id: int, value: int) -> bytes:
    return _fixed(prop_id, 0x0003, struct.pack("<i", value))


def _time(prop_id: int, value: datetime) -> bytes:
    ticks = int((value - _FILETIME_EPOCH).total_seconds() * 10_000_000)
    return _fixed(prop_id, 0x0040, struct.pack("<Q", ticks))


class _Writer:
    def __init__(self, spec: MsgSpec) -> None:
        self.ole = OleWriter()
        self.unicode = spec.codepage is None
        self.encoding = "utf-16-le" if self.unicode else f"cp{spec.codepage}"

    def string(self, path: list[str], prop_id: int, value: str | None) -> None:
        if value is None:
            return
        suffix = "001F" if self.unicode else "001E"
        self.ole.addEntry([*path, f"__substg1.0_{prop_id:04X}{suffix}"], value.encode(self.encoding))

    def binary(self, path: list[str], prop_id: int, value: bytes | None) -> None:
        if value is not None:
            self.ole.addEntry([*path, f"__substg1.0_{prop_id:04X}0102"], value)

    def message(self, path: list[str], spec: MsgSpec, embedded: bool) -> None:
        props = []
        if not embedded:
            props.append(_int(0x340D, 0x40000 if self.unicode else 0))
        if spec.codepage is not None:
            props.append(_int(0x3FFD, spec.codepage))
        if spec.internet_cpid is not None:
            props.append(_int(0x3FDE, spec.internet_cpid))
        if spec.submit_time is not None:
            props.append(_time(0x0039, spec.submit_time))
        props.append(_int(0x0E07, 0))  # message flags: sent
        self.string(path, 0x001A, spec.message_class)
        self.string(path, 0x0037, spec.subject)
        self.string(path, 0x1000, spec.body)
        self.binary(path, 0x1013, spec.html)
        if spec.rtf is not None:
            import compressed_rtf

            self.binary(path, 0x1009, compressed_rtf.compress(spec.rtf, compressed=True))
        self.string(path, 0x0C1A, spec.sender_name)
        self.string(path, 0x5D01, spec.sender_email)
        self.string(path, 0x007D, spec.headers)
        self.string(path, 0x1035, spec.message_id)
        for number, (kind, name, email) in enumerate(spec.recipients):
            rpath = [*path, f"__recip_version1.0_#{number:08X}"]
            self.ole.addEntry(rpath, storage=True)
            self.ole.addEntry([*rpath, "__properties_version1.0"], b"\0" * 8 + _int(0x0C15, kind))
            self.string(rpath, 0x3001, name)
            self.string(rpath, 0x3003, email)
            self.string(rpath, 0x39FE, email)
        for number, attachment in enumerate(spec.attachments):
            apath = [*path, f"__attach_version1.0_#{number:08X}"]
            self.ole.addEntry(apath, storage=True)
            method = 5 if attachment.embedded is not None else 1
            self.ole.addEntry(
                [*apath, "__properties_version1.0"], b"\0" * 8 + _int(0x3705, method) + _int(0x0E21, number)
            )
            self.string(apath, 0x3707, attachment.filename)
            self.string(apath, 0x3001, attachment.filename)
            self.string(apath, 0x370E, attachment.mime)
            if attachment.embedded is not None:
                epath = [*apath, "__substg1.0_3701000D"]
                self.ole.addEntry(epath, storage=True)
                self.message(epath, attachment.embedded, embedded=True)
            else:
                self.binary(apath, 0x3701, attachment.data)
        count_r, count_a = len(spec.recipients), len(spec.attachments)
        header = struct.pack("<8x4I", count_r, count_a, count_r, count_a)
        if not embedded:
            header += b"\0" * 8
            nameid = [*path, "__nameid_version1.0"]
            self.ole.addEntry(nameid, storage=True)
            for stream in ("00020102", "00030102", "00040102"):
                self.ole.addEntry([*nameid, f"__substg1.0_{stream}"], b"")
        self.ole.addEntry([*path, "__properties_version1.0"], header + b"".join(props))


def build_msg(spec: MsgSpec) -> bytes:
    import io

    writer = _Writer(spec)
    writer.message([], spec, embedded=False)
    out = io.BytesIO()
    writer.ole.write(out)
    return out.getvalue()
