"""Stored files, document templates, the export log and app metadata."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from mentor_desk.db.models.base import Base, _org_fk


class ExportLog(Base):
    """Record of every export, kept for the personal-data register (152-ФЗ)."""

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    exported_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
    kind: Mapped[str] = mapped_column(String(50))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    file_name: Mapped[str] = mapped_column(String(500))


class StoredFile(Base):
    """An attached product file kept inside the database (district mode on a server), by content hash,
    so every workstation of the school sees it. A SQLite file keeps them in its `.files` folder instead."""

    __tablename__ = "stored_file"

    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class AppMeta(Base):
    """Key-value facts about the database itself (which app version wrote the schema)."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class DocumentTemplate(Base):
    """A school's own DOCX template of a document (the default ships with the app)."""

    __tablename__ = "document_template"
    __table_args__ = (UniqueConstraint("organisation_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = _org_fk()
    kind: Mapped[str] = mapped_column(String(50))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now)
