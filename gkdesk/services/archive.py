"""建档留存: photos of the posted notice and the signed list, archiving, and the archive package.

    attach(db, batch, file_path, kind="公示照片") -> AttachmentRow
    remove_attachment(db, attachment_id) -> None
    archive_batch(session, batch, day) -> None
    archive_with_files(db, batch_id, files, day) -> ArchiveResult   (photos and archiving: all or nothing)
    write_archive_package(db, batch_id, target, pdf_writer=None, *, today=None) -> PackageResult

Attachments are copied into `<data folder>/attachments/<batch id>/` (temporary name, then renamed) and recorded
with their SHA-256 and size. Only photos and scans are taken: an image or a PDF by its content (not its name), at
most MAX_ATTACHMENT_BYTES, not a file of a data folder (a database renamed .jpg would carry every unmasked
number into the archive package), and not the same file twice. The package holds the notice (PDF through the
`pdf_writer(doc, path)` the caller passes in — services stay free of Qt — and .docx; for a correction also the
notice it corrects, 原公示), each as posted (a posted notice is made from what was frozen at 开始公示), the list
(.xlsx), the objections and their handling (.xlsx), the attachments, and manifest.txt / manifest.json with the
SHA-256 of every file. It is written under a temporary name and renamed when complete, as a folder or as a .zip
(when `target` ends with .zip).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ARCHIVED, ENDED, PUBLISHING, SUPERSEDED
from gkdesk.services import subsidy
from gkdesk.services.errors import UserError
from gkdesk.services.subsidy import OBJECTION_UPHELD, AttachmentRow, _attachment_row, get_batch
from gkdesk.store import diagnosis, guard
from gkdesk.store.db import Database
from gkdesk.store.models import Attachment, Objection, PublicityBatch

PHOTO = "公示照片"
SIGNED_LIST = "签字名单"
OTHER = "其他"
ATTACHMENT_KINDS: tuple[str, ...] = (PHOTO, SIGNED_LIST, OTHER)
MANIFEST_TXT = "manifest.txt"
MANIFEST_JSON = "manifest.json"
_CHUNK = 1 << 20
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
# What a photo or a scan starts with (offset, bytes): JPEG, PNG, GIF, BMP, TIFF (both byte orders), PDF. WebP and
# HEIC are checked apart (their mark is not at the start).
_MAGIC = ((0, b"\xff\xd8\xff"), (0, b"\x89PNG\r\n\x1a\n"), (0, b"GIF87a"), (0, b"GIF89a"), (0, b"BM"),
          (0, b"II*\x00"), (0, b"MM\x00*"), (0, b"%PDF-"))
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heif", b"mif1", b"msf1", b"avif")


def looks_like_image_or_pdf(head: bytes) -> bool:
    """Whether the first bytes of a file are those of an image (JPEG, PNG, GIF, BMP, TIFF, WebP, HEIC) or a PDF."""
    if any(head[at:at + len(mark)] == mark for at, mark in _MAGIC):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(_CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _safe_name(name: str) -> str:
    cleaned = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in name).strip(" .")
    return cleaned or "附件"


def _unique(folder: Path, name: str) -> Path:
    target = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while target.exists():
        target = folder / f"{stem}({n}){suffix}"
        n += 1
    return target


def check_attachment(db: Database, source: Path) -> None:
    """Refuse a file that is not a photo or a scan: not found, empty, too large, from a data folder, or whose content
    is neither an image nor a PDF."""
    if not source.is_file():
        raise UserError(f"找不到文件“{source}”，请重新选择。")
    if guard.is_inside_data_folder(source, [db.folder.root]):
        raise UserError(f"“{source.name}”是工作台数据文件夹中的文件，不能作为附件；请选择拍摄的照片或扫描件。")
    size = source.stat().st_size
    if size == 0:
        raise UserError(f"文件“{source.name}”是空文件，请重新选择。")
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(f"文件“{source.name}”有 {size / 1024 / 1024:.1f} MB，超过了附件上限 "
                        f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB；请把照片缩小或把扫描件分成几份后再上传。")
    try:
        with open(source, "rb") as fh:
            head = fh.read(32)
    except OSError as exc:
        raise UserError(f"无法读取“{source.name}”（{exc.strerror}），请确认文件没有被别的程序占用。") from None
    if not looks_like_image_or_pdf(head):
        raise UserError(f"“{source.name}”不是照片或PDF扫描件（按文件内容判断），请选择 JPG、PNG 等图片或 PDF 文件。")


def _copy_in(db: Database, batch_id: int, source: Path) -> tuple[Path, str, int]:
    """Copy a checked file into the batch's attachment folder (temporary name, then renamed); (path, sha256, size)."""
    folder = db.folder.attachments / str(batch_id)
    h = hashlib.sha256()
    size = 0
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".~attach.", suffix=".tmp", dir=folder)
        os.close(fd)
        tmp = Path(tmp_name)
        with open(source, "rb") as src, open(tmp, "wb") as dst:
            for block in iter(lambda: src.read(_CHUNK), b""):
                h.update(block)
                size += len(block)
                dst.write(block)
            dst.flush()
            os.fsync(dst.fileno())
        target = _unique(folder, _safe_name(source.name))
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise (diagnosis.from_os_error(exc, folder, f"复制附件“{source.name}”") or UserError(
            f"复制文件“{source.name}”失败（{exc.strerror or exc}），请检查文件和磁盘空间后重试。")) from None
    except BaseException:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise
    return target, h.hexdigest(), size


def _add_row(session: Session, db: Database, batch_id: int, source: Path, copied: tuple[Path, str, int],
             kind: str) -> Attachment:
    target, digest, size = copied
    same = session.scalar(select(Attachment).where(Attachment.batch_id == batch_id, Attachment.kind == kind,
                                                   Attachment.sha256 == digest))
    if same is not None:
        raise UserError(f"“{source.name}”已经作为{kind}上传过（附件“{same.original_name}”），不必重复上传。")
    row = Attachment(batch_id=batch_id, kind=kind, original_name=source.name,
                     stored_path=target.relative_to(db.folder.root).as_posix(), sha256=digest,
                     size=size, added_at=clock.now())
    session.add(row)
    session.flush()
    return row


def _check_kind(kind: str) -> None:
    if kind not in ATTACHMENT_KINDS:
        raise UserError(f"附件类型只能是{'、'.join(ATTACHMENT_KINDS)}，不能是“{kind}”。")


def attach(db: Database, batch: PublicityBatch | int, file_path: str | os.PathLike, kind: str = PHOTO) -> AttachmentRow:
    """Copy a photo or scan into the data folder and record it with the batch (not for an archived batch)."""
    source = Path(file_path)
    _check_kind(kind)
    check_attachment(db, source)
    batch_id = batch if isinstance(batch, int) else batch.id
    with db.session() as session:
        b = get_batch(session, batch_id)
        if b.state == ARCHIVED:
            raise subsidy.refuse_change(b, f"“{b.title}”已归档，不能再添加附件。", "添加附件")
    copied = _copy_in(db, batch_id, source)
    try:
        with db.transaction() as session:
            result = _attachment_row(_add_row(session, db, batch_id, source, copied, kind))
    except BaseException:
        copied[0].unlink(missing_ok=True)
        raise
    return result


@dataclass(frozen=True)
class ArchiveResult:
    title: str
    archived_on: dt.date
    already: bool          # it had been archived before: archived_on is the stored date, nothing was changed
    added: int             # attachments added


def archive_with_files(db: Database, batch_id: int, files: list[tuple[str | os.PathLike, str]],
                       day: dt.date) -> ArchiveResult:
    """Add the photos and scans `files` ((path, kind) pairs) and archive the batch, all or nothing: a refusal of any
    file or of the archiving itself leaves no attachment row and no copied file. An archived batch is left as it is
    (its stored archiving date is returned); adding files to it is refused."""
    sources = [(Path(p), kind) for p, kind in files]
    for source, kind in sources:
        _check_kind(kind)
        check_attachment(db, source)
    with db.session() as session:
        b = get_batch(session, batch_id)
        if b.state == ARCHIVED:
            if sources:
                raise subsidy.refuse_change(b, f"“{b.title}”已于{format_cn(b.archived_on)}归档，不能再添加附件。",
                                            "添加附件")
            return ArchiveResult(b.title, b.archived_on, True, 0)
    copied: list[Path] = []
    try:
        done = []
        for source, kind in sources:
            done.append((source, kind, _copy_in(db, batch_id, source)))
            copied.append(done[-1][2][0])
        with db.transaction() as session:
            for source, kind, c in done:
                _add_row(session, db, batch_id, source, c, kind)
            batch = get_batch(session, batch_id)
            archive_batch(session, batch, day)
            return ArchiveResult(batch.title, batch.archived_on, False, len(done))
    except BaseException:
        for path in copied:
            path.unlink(missing_ok=True)
        raise


def remove_attachment(db: Database, attachment_id: int) -> None:
    """Remove an attachment of a batch that is not archived (the copied file is deleted too)."""
    with db.transaction() as session:
        att = session.get(Attachment, attachment_id)
        if att is None:
            return
        if att.batch.state == ARCHIVED:
            raise subsidy.refuse_change(att.batch, f"“{att.batch.title}”已归档，附件不能删除。", "删除附件")
        path = db.folder.root / att.stored_path
        session.delete(att)
    path.unlink(missing_ok=True)


ARCHIVING = "建档归档"


def archive_refusal(session: Session, batch: PublicityBatch | int) -> str:
    """Why a batch whose period is over cannot be archived yet — no 公示照片, an objection still open, a correction
    under way, an upheld objection not yet corrected — in one sentence; "" when it can. Asked before the clerk
    is asked to confirm."""
    b = subsidy._batch(session, batch)
    photos = session.scalar(select(func.count(Attachment.id))
                            .where(Attachment.batch_id == b.id, Attachment.kind == PHOTO))
    if not photos:
        return f"“{b.title}”还没有公示照片，请先上传张贴公示的照片再归档。"
    pending = session.scalar(select(func.count(Objection.id))
                             .where(Objection.batch_id == b.id, Objection.closed_on.is_(None)))
    if pending:
        return f"“{b.title}”还有{pending}条异议未办结，请先记录核实和处理结果再归档。"
    if b.replaced_by is not None:
        return f"“{b.title}”有更正公示“{b.replaced_by.title}”正在办理，请在更正公示期满后归档更正公示。"
    if any(o.result == OBJECTION_UPHELD for o in b.objections):
        return (f"“{b.title}”有核实成立的异议，名单还没有更正，不能作为最终名单归档；"
                "请发起更正、改正名单并重新公示后，归档更正后的公示。")
    return ""


def archive_batch(session: Session, batch: PublicityBatch | int, day: dt.date) -> None:
    """建档归档: only after the period (公示期满), with at least one 公示照片, with every objection handled and no
    correction under way. The batch is read-only afterwards."""
    b = subsidy._batch(session, batch)
    if b.state == PUBLISHING and b.end_date is not None and day > b.end_date:
        subsidy.refresh_states(session, day)
    if b.state == ENDED and (reason := archive_refusal(session, b)):
        raise subsidy.refuse_change(b, reason, ARCHIVING)
    subsidy.archive(session, b, day)


# ---- the package -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageResult:
    path: Path
    files: tuple[tuple[str, str, int], ...]    # (relative path, sha256, size), manifest files excluded


def _write_documents(session: Session, batch: PublicityBatch, folder: Path,
                     pdf_writer: Callable | None) -> None:
    from gkdesk.io.docx_writer import write_docx
    from gkdesk.io.xlsx_writer import write_xlsx
    from gkdesk.services import notice

    # Each notice as it was posted (its frozen inputs and layout); a correction with the notice it corrects.
    notices = [("公示", batch)] + ([("原公示", batch.replaces)] if batch.replaces is not None else [])
    for name, posted in notices:
        doc = notice.build_notice(session, posted.id)
        if pdf_writer is not None:
            pdf_writer(doc, folder / f"{name}.pdf")
        write_docx(doc, folder / f"{name}.docx")
    write_xlsx(notice.list_document(session, batch.id), folder / "名单.xlsx")
    write_xlsx(notice.objections_document(session, batch.id), folder / "异议及处理情况.xlsx")


def _copy_attachments(db: Database, batch: PublicityBatch, folder: Path) -> None:
    if not batch.attachments:
        return
    target = folder / "附件"
    target.mkdir()
    for att in sorted(batch.attachments, key=lambda a: a.id):
        source = db.folder.root / att.stored_path
        if not source.is_file():
            raise UserError(f"附件“{att.original_name}”在数据文件夹中找不到了（{att.stored_path}），请重新上传后再导出。")
        if sha256_of(source) != att.sha256:
            raise UserError(f"附件“{att.original_name}”与登记时的校验值不一致（文件已被改动或损坏），请重新上传后再导出。")
        name = _unique(target, f"{att.kind}_{_safe_name(att.original_name)}")
        shutil.copy2(source, name)


def _manifest(folder: Path, batch: PublicityBatch, today: dt.date) -> list[tuple[str, str, int]]:
    files = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        files.append((rel, sha256_of(path), path.stat().st_size))
    totals = subsidy.totals(Session.object_session(batch), batch.id)
    info = {
        "batch_id": batch.id, "title": batch.title, "program": batch.program.name, "village": batch.village.name,
        "period": batch.period, "state": batch.state,
        "start_date": batch.start_date.isoformat() if batch.start_date else None,
        "end_date": batch.end_date.isoformat() if batch.end_date else None,
        "reviewer": batch.reviewer, "review_date": batch.review_date.isoformat() if batch.review_date else None,
        "archived_on": batch.archived_on.isoformat() if batch.archived_on else None,
        "people": totals.people, "amount_fen": totals.amount_fen, "written_on": today.isoformat(),
        "files": [{"path": rel, "sha256": digest, "size": size} for rel, digest, size in files],
    }
    (folder / MANIFEST_JSON).write_text(json.dumps(info, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [f"# {batch.title}", f"# 批次 {batch.id}，生成于 {today.isoformat()}，SHA-256 校验值", ""]
    lines += [f"{digest}  {rel}" for rel, digest, _size in files]
    (folder / MANIFEST_TXT).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return files


def check_package_target(db: Database, target: Path) -> None:
    """Refuse a package target on the data folder's own files, an existing one, or one in no folder."""
    guard.refuse_data_file(target, [db.folder.root])
    if target.exists():
        raise UserError(f"“{target}”已经存在，请另选一个位置或名称，以免覆盖。")
    if not target.parent.is_dir():
        raise UserError(f"文件夹“{target.parent}”不存在，请先创建或另选位置。")


def write_archive_package(db: Database, batch_id: int, target: str | os.PathLike,
                          pdf_writer: Callable | None = None, *, today: dt.date | None = None) -> PackageResult:
    """Write the archive package of a published batch to `target`: a new folder, or a .zip file. The notice
    needs the review (先审后发); `pdf_writer(doc, path)` renders the notice PDF (None: no PDF, .docx only).
    Refuses to overwrite an existing folder or file."""
    target = Path(target)
    today = today or clock.today()
    as_zip = target.suffix.lower() == ".zip"
    check_package_target(db, target)
    parent = target.parent
    with db.session() as session:
        batch = get_batch(session, batch_id)
        if batch.state not in (PUBLISHING, ENDED, ARCHIVED, SUPERSEDED):
            raise UserError(f"“{batch.title}”尚未公示，没有可存档的材料。")
        work = Path(tempfile.mkdtemp(prefix=".~package.", dir=parent))
        try:
            content = work / "content"
            content.mkdir()
            _write_documents(session, batch, content, pdf_writer)
            _copy_attachments(db, batch, content)
            files = _manifest(content, batch, today)
            if as_zip:
                tmp_zip = work / "package.zip"
                with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as zf:
                    for path in sorted(p for p in content.rglob("*") if p.is_file()):
                        zf.write(path, path.relative_to(content).as_posix())
                os.replace(tmp_zip, target)
            else:
                os.replace(content, target)
        finally:
            with contextlib.suppress(OSError):
                shutil.rmtree(work)
    return PackageResult(target, tuple(files))


def verify_package(path: str | os.PathLike) -> list[str]:
    """Files of a package (folder or .zip) whose SHA-256 differs from manifest.json, or that are missing."""
    path = Path(path)
    bad = []
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            info = json.loads(zf.read(MANIFEST_JSON).decode("utf-8"))
            names = set(zf.namelist())
            for f in info["files"]:
                if f["path"] not in names or hashlib.sha256(zf.read(f["path"])).hexdigest() != f["sha256"]:
                    bad.append(f["path"])
        return bad
    info = json.loads((path / MANIFEST_JSON).read_text(encoding="utf-8"))
    for f in info["files"]:
        p = path / f["path"]
        if not p.is_file() or sha256_of(p) != f["sha256"]:
            bad.append(f["path"])
    return bad
