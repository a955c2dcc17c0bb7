"""SQLAlchemy 2 typed models for the whole product.

Money is integer 分 (`*_fen`); quantities (亩, 人, 头) are stored as integer ten-thousandths (`quantity_e4`) so that
sums in SQL stay exact; dates are `datetime.date`. Lists of strings (channels, notice columns) are JSON.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Unit(Base):
    """The township (乡镇 / 苏木镇 / 街道) this copy of the program serves. One row."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default="乡镇")
    county: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    supervision_phone: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Setting(Base):
    """Unit settings as key → JSON value (clerk name, masking patterns, due days …)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Village(Base):
    __tablename__ = "village"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    groups: Mapped[list["VillageGroup"]] = relationship(
        back_populates="village", cascade="all, delete-orphan", order_by="VillageGroup.sort_order"
    )


class VillageGroup(Base):
    """村民小组 (or 嘎查 group / 社区 网格)."""

    __tablename__ = "village_group"
    __table_args__ = (UniqueConstraint("village_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    village: Mapped[Village] = relationship(back_populates="groups")


class SubsidyProgram(Base):
    """补贴项目: what is paid, at what standard, and how long its list is publicised."""

    __tablename__ = "subsidy_program"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(60), default="")
    quantity_unit: Mapped[str] = mapped_column(String(20), default="")  # 亩, 人, 头, 户 …
    standard_fen: Mapped[Optional[int]] = mapped_column(Integer)  # per quantity unit; None: amounts vary
    period_days: Mapped[int] = mapped_column(Integer, default=7)
    period_unit: Mapped[str] = mapped_column(String(10), default="自然日")  # 自然日 | 工作日
    notice_columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    basis_text: Mapped[str] = mapped_column(Text, default="")
    objection_channel: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    catalog_item_id: Mapped[Optional[int]] = mapped_column(ForeignKey("catalog_item.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PublicityBatch(Base):
    """One program × one village × one period: a list that is reviewed, publicised, and archived."""

    __tablename__ = "publicity_batch"
    __table_args__ = (Index("ix_batch_state_end", "state", "end_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("subsidy_program.id"))
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"))
    period: Mapped[str] = mapped_column(String(60))  # e.g. 2026年度, 2026年第三季度
    state: Mapped[str] = mapped_column(String(10), default="草稿")
    title: Mapped[str] = mapped_column(String(200), default="")
    source_file: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reviewer: Mapped[str] = mapped_column(String(60), default="")
    review_date: Mapped[Optional[dt.date]] = mapped_column(Date)
    review_opinion: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[Optional[dt.date]] = mapped_column(Date)
    end_date: Mapped[Optional[dt.date]] = mapped_column(Date)
    archived_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    replaces_id: Mapped[Optional[int]] = mapped_column(ForeignKey("publicity_batch.id"), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # What the posted notice was made of, frozen at 开始公示 (services.notice.NoticeInputs.to_json): the unit's
    # name, the program's texts, phones and columns, the masks, the layout chosen. None for a draft.
    notice_snapshot: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)

    program: Mapped[SubsidyProgram] = relationship()
    village: Mapped[Village] = relationship()
    replaces: Mapped[Optional["PublicityBatch"]] = relationship(
        remote_side="PublicityBatch.id", back_populates="replaced_by"
    )
    replaced_by: Mapped[Optional["PublicityBatch"]] = relationship(back_populates="replaces", uselist=False)
    objections: Mapped[list["Objection"]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="Objection.received_on"
    )
    attachments: Mapped[list["Attachment"]] = relationship(back_populates="batch", cascade="all, delete-orphan")


class Recipient(Base):
    """One line of a publicity list. Full numbers stay here for payment reconciliation only."""

    __tablename__ = "recipient"
    __table_args__ = (Index("ix_recipient_batch_seq", "batch_id", "seq"), Index("ix_recipient_id_number", "id_number"))
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("publicity_batch.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    group_name: Mapped[str] = mapped_column(String(60), default="")
    name: Mapped[str] = mapped_column(String(60))
    id_number: Mapped[str] = mapped_column(String(20), default="")
    household_size: Mapped[Optional[int]] = mapped_column(Integer)
    quantity_e4: Mapped[Optional[int]] = mapped_column(Integer)  # quantity × 10 000
    standard_fen: Mapped[Optional[int]] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Integer, default=0)
    pay_method: Mapped[str] = mapped_column(String(60), default="")
    account: Mapped[str] = mapped_column(String(40), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    pay_date: Mapped[Optional[dt.date]] = mapped_column(Date)
    remark: Mapped[str] = mapped_column(String(200), default="")
    source_row: Mapped[Optional[int]] = mapped_column(Integer)


class Objection(Base):
    """异议: received during the period, verified, and (when upheld) corrected by a re-publication."""

    __tablename__ = "objection"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("publicity_batch.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)
    person: Mapped[str] = mapped_column(String(60), default="")
    contact: Mapped[str] = mapped_column(String(60), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(20), default="")  # 待核实 / 成立 / 不成立
    closed_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    batch: Mapped[PublicityBatch] = relationship(back_populates="objections")


class Attachment(Base):
    """A photo or scan kept with a batch (posted notice, signed list), copied into the data folder."""

    __tablename__ = "attachment"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("publicity_batch.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="公示照片")
    original_name: Mapped[str] = mapped_column(String(260))
    stored_path: Mapped[str] = mapped_column(String(300))  # relative to the data folder
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    batch: Mapped[PublicityBatch] = relationship(back_populates="attachments")


class CatalogArea(Base):
    """One of the 26 areas (or the county's renamed/merged ones)."""

    __tablename__ = "catalog_area"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    items: Mapped[list["CatalogItem"]] = relationship(back_populates="area", order_by="CatalogItem.sort_order")


class CatalogItem(Base):
    """An item of the 基层政务公开事项标准目录 with its parsed 公开时限."""

    __tablename__ = "catalog_item"
    __table_args__ = (UniqueConstraint("area_id", "level1", "level2"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(ForeignKey("catalog_area.id"))
    level1: Mapped[str] = mapped_column(String(100))
    level2: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    time_limit: Mapped[str] = mapped_column(Text, default="")
    rule_event: Mapped[str] = mapped_column(String(60), default="")  # empty: no computable deadline
    rule_days: Mapped[Optional[int]] = mapped_column(Integer)
    rule_unit: Mapped[str] = mapped_column(String(10), default="")  # 工作日 | 自然日
    rule_publicity_days: Mapped[Optional[int]] = mapped_column(Integer)
    rule_edited: Mapped[bool] = mapped_column(Boolean, default=False)
    subject: Mapped[str] = mapped_column(Text, default="")
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    channel_other: Mapped[str] = mapped_column(String(200), default="")
    audience: Mapped[list[str]] = mapped_column(JSON, default=list)  # 全社会, 特定群体
    modes: Mapped[list[str]] = mapped_column(JSON, default=list)  # 主动, 依申请
    levels: Mapped[list[str]] = mapped_column(JSON, default=list)  # 县级, 乡级 …
    notes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # extra local columns
    applicable: Mapped[bool] = mapped_column(Boolean, default=True)
    is_reference: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[CatalogArea] = relationship(back_populates="items")
    records: Mapped[list["DisclosureRecord"]] = relationship(back_populates="item", cascade="all, delete-orphan")


class DisclosureRecord(Base):
    """公开台账: one disclosure of a catalog item (or information formed and still to be disclosed)."""

    __tablename__ = "disclosure_record"
    __table_args__ = (Index("ix_disclosure_pending", "published_on", "formed_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("catalog_item.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    formed_on: Mapped[dt.date] = mapped_column(Date)
    published_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    place: Mapped[str] = mapped_column(String(300), default="")
    handler: Mapped[str] = mapped_column(String(60), default="")
    reviewer: Mapped[str] = mapped_column(String(60), default="")
    reviewed_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    batch_id: Mapped[Optional[int]] = mapped_column(ForeignKey("publicity_batch.id", ondelete="SET NULL"), unique=True)
    item: Mapped[CatalogItem] = relationship(back_populates="records")


class PolicyInterpretation(Base):
    """政策解读 record, one line of the monthly 报备表."""

    __tablename__ = "policy_interpretation"
    __table_args__ = (Index("ix_interp_published", "published_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_title: Mapped[str] = mapped_column(String(200))
    doc_number: Mapped[str] = mapped_column(String(60), default="")
    drafting_unit: Mapped[str] = mapped_column(String(100), default="")
    policy_published_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(200))
    form: Mapped[str] = mapped_column(String(20))
    interpreter: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[str] = mapped_column(String(20), default="其他")
    published_on: Mapped[dt.date] = mapped_column(Date)
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    link: Mapped[str] = mapped_column(String(500), default="")
    remark: Mapped[str] = mapped_column(Text, default="")


class MonthlyFiling(Base):
    """The 报备表 of one month: its header block and whether it has been sent upward (已报送)."""

    __tablename__ = "monthly_filing"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), unique=True)  # YYYY-MM
    filler: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    reviewer: Mapped[str] = mapped_column(String(60), default="")
    filled_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    submitted_on: Mapped[Optional[dt.date]] = mapped_column(Date)


class YearlyTarget(Base):
    """A yearly minimum from the county's 工作要点: per 解读形式 or per interpreter role."""

    __tablename__ = "yearly_target"
    __table_args__ = (UniqueConstraint("year", "dimension", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    dimension: Mapped[str] = mapped_column(String(10))  # form | role
    name: Mapped[str] = mapped_column(String(20))
    minimum: Mapped[int] = mapped_column(Integer, default=1)


class CalendarDay(Base):
    """A day of a calendar year the user entered or imported: a holiday, or a 调休 working weekend day."""

    __tablename__ = "calendar_day"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(60), default="")


class AuditEntry(Base):
    """Append-only log of every change: when, who, which entity, before and after."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    who: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete | bulk
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[Optional[str]] = mapped_column(String(40))
    before: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    after: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)


# ---- 依申请公开 (issue 14): the register of information requests --------------------------------------------------

class InfoRequest(Base):
    """A 政府信息公开申请 as registered. The applicant's name, ID or 统一社会信用代码, contact and address are
    personal information: letters to the applicant carry the name; nothing public carries any of them.
    The state and the due date are derived from the steps (`InfoRequestEvent`), never stored."""

    __tablename__ = "info_request"
    __table_args__ = (UniqueConstraint("year", "seq"), Index("ix_info_request_received", "received_on"))
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60), unique=True)  # 东政依申〔2026〕3号
    received_on: Mapped[dt.date] = mapped_column(Date)  # 收到申请之日 (第三十一条)
    channel: Mapped[str] = mapped_column(String(10))  # 当面 | 邮寄 | 平常信函 | 网络 | 传真
    applicant_name: Mapped[str] = mapped_column(String(100))
    applicant_type: Mapped[str] = mapped_column(String(10))  # 自然人 | 商业企业 | … (the report's columns)
    applicant_id: Mapped[str] = mapped_column(String(30), default="")  # 身份证号 or 统一社会信用代码
    applicant_contact: Mapped[str] = mapped_column(String(100), default="")
    applicant_address: Mapped[str] = mapped_column(String(200), default="")
    content: Mapped[str] = mapped_column(Text)  # the information asked for
    form_wanted: Mapped[str] = mapped_column(String(60), default="")  # 纸质 | 电子 | 邮寄 …
    handler: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    events: Mapped[list["InfoRequestEvent"]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="InfoRequestEvent.id")
    letters: Mapped[list["InfoRequestLetter"]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="InfoRequestLetter.id")
    fees: Mapped[list["InfoRequestFee"]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="InfoRequestFee.id")
    cases: Mapped[list["InfoRequestCase"]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="InfoRequestCase.id")


class InfoRequestEvent(Base):
    """One step of a request, with its date and who took it: 补正告知, 收到补正, 征求第三方意见 / 征求其他机关意见,
    收到意见 (``ref_id``: the consultation it closes), 延期答复, 答复 (``result``: the outcome's key)."""

    __tablename__ = "info_request_event"
    __table_args__ = (Index("ix_info_request_event_request", "request_id", "kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_request.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date] = mapped_column(Date)
    ref_id: Mapped[Optional[int]] = mapped_column(ForeignKey("info_request_event.id", ondelete="CASCADE"))
    deadline: Mapped[Optional[dt.date]] = mapped_column(Date)  # 补正: the applicant's reply-by day
    days: Mapped[Optional[int]] = mapped_column(Integer)  # 延期: working days added
    party: Mapped[str] = mapped_column(String(200), default="")  # the third party or organ consulted
    person: Mapped[str] = mapped_column(String(60), default="")  # who decided: 负责人, 经办人
    text: Mapped[str] = mapped_column(Text, default="")  # what is missing, the reason, the opinion, the answer
    result: Mapped[str] = mapped_column(String(20), default="")  # 答复: 予以公开, 不予公开:4 …
    recorded_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
    request: Mapped[InfoRequest] = relationship(back_populates="events")


class InfoRequestLetter(Base):
    """A letter generated from the register (登记回执, 补正告知书 …), with the day it was sent."""

    __tablename__ = "info_request_letter"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_request.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    event_id: Mapped[Optional[int]] = mapped_column(ForeignKey("info_request_event.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(100), default="")
    generated_on: Mapped[dt.date] = mapped_column(Date)
    sent_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    file_name: Mapped[str] = mapped_column(String(260), default="")
    request: Mapped[InfoRequest] = relationship(back_populates="letters")


class InfoRequestFee(Base):
    """信息处理费 (国办函〔2020〕109号): the notice, its amount in 分, and the payment (None: not paid)."""

    __tablename__ = "info_request_fee"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_request.id", ondelete="CASCADE"))
    amount_fen: Mapped[int] = mapped_column(Integer)
    notice_on: Mapped[dt.date] = mapped_column(Date)
    paid_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    with_answer: Mapped[bool] = mapped_column(Boolean, default=False)  # charged with the answer, not before it
    note: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[InfoRequest] = relationship(back_populates="fees")


class InfoRequestCase(Base):
    """A 行政复议 or 行政诉讼 about a request, and its result (尚未审结 until decided)."""

    __tablename__ = "info_request_case"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_request.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # 行政复议 | 未经复议直接起诉 | 复议后起诉
    filed_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(10), default="尚未审结")  # 维持 | 纠正 | 其他结果 | 尚未审结
    decided_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    organ: Mapped[str] = mapped_column(String(100), default="")  # 复议机关 or 法院
    note: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[InfoRequest] = relationship(back_populates="cases")


# ---- 政府信息公开工作年度报告 (issue 15) --------------------------------------------------------------------------------

class AnnualReport(Base):
    """The yearly report of one year: what the clerk entered and wrote, and, once 已定稿, the report as finalized.

    Table 三 and 四 are counted from the register and never stored while the report is a draft. ``entered`` holds
    table 二 as {row: {column: number}} (行政事业性收费 in 分). ``texts`` the clerk's text of each part (a part not
    in it follows the draft); ``basis`` the drafted sentences an edited part was written from, so that its figures
    follow the data (domain/report_draft.py). ``snapshot`` is the whole report at 定稿 (tables, texts, the requests
    carried into next year); ``history`` every 定稿 and 重新打开 with who, when and why."""

    __tablename__ = "annual_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    state: Mapped[str] = mapped_column(String(10), default="草稿")  # 草稿 | 已定稿
    entered: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    texts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    basis: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    snapshot: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    finalized_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
