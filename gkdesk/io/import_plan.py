"""A table file as read for an import, before anything is checked: the grid, the header found below any title rows,
the proposed column mapping and the file's fingerprint. The 名单 (services.subsidy_import) and the 政策解读 register
(services.interp) are read this way, each with its own fields; the checks and the storing are theirs. Reading
needs nothing of the database, so a command can read its file while the database opens (`gkdesk subsidy
import`)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

# Loaded with this module, not on the first read as io.sheets does: `gkdesk subsidy import` reads in a thread while
# the main thread imports SQLAlchemy, and two threads importing at once can be handed a half-initialised module.
import python_calamine  # noqa: F401

from collections.abc import Sequence

from gkdesk.io.sheets import (
    FieldSpec,
    Grid,
    Header,
    Mapping,
    SheetError,
    cell_text,
    match_columns,
    read_table,
    sheet_names,
)


@dataclass(frozen=True)
class PreviewRow:
    number: int          # the file's own row number
    cells: list[str]     # cell texts, one per column of the grid


@dataclass
class ImportPlan:
    """What `read_plan` found: the grid, the header and the proposed mapping (fields → column indices)."""

    path: Path
    grid: Grid
    header: Header
    mapping: Mapping
    _sheets: list[str] | None = field(default=None, repr=False)
    source: SourceFile | None = None   # the file as it was read: name, size, SHA-256 (for the audit log)

    @property
    def sheets(self) -> list[str]:
        """Sheet names of the workbook ([] for CSV), for a sheet chooser; read on first use."""
        if self._sheets is None:
            try:
                self._sheets = sheet_names(self.path)
            except SheetError:
                self._sheets = [self.grid.sheet_name] if self.grid.sheet_name else []
        return self._sheets

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.mapping.fields

    @property
    def sheet_name(self) -> str:
        return self.grid.sheet_name

    @property
    def header_row(self) -> int:
        """File row number of the (last) header row."""
        return self.grid.row_number(self.header.row_index)

    @property
    def first_header_row(self) -> int:
        return self.grid.row_number(self.header.first_row_index)

    @property
    def columns(self) -> list[str]:
        """Header text of every column of the sheet ("" for a column without one)."""
        return list(self.header.columns)

    def column_labels(self) -> list[str]:
        """“C列（身份证号）” for every column, for the mapping dialog's choosers."""
        return [self.header.column_label(j) for j in range(len(self.header.columns))]

    @property
    def data_row_count(self) -> int:
        """Rows below the header (blank, total and note rows included): the progress bar's total."""
        return max(0, len(self.grid.rows) - self.header.data_start)

    def preview(self, limit: int = 20) -> list[PreviewRow]:
        """The first rows below the header as the clerk sees them in Excel."""
        out = []
        for i in range(self.header.data_start, min(len(self.grid.rows), self.header.data_start + limit)):
            out.append(PreviewRow(self.grid.row_number(i), [cell_text(v) for v in self.grid.rows[i]]))
        return out

    def row_index(self, number: int) -> int | None:
        """Index into grid.rows of the file's row `number` (a Problem.row), or None when outside the sheet."""
        index = number - self.grid.first_row_number
        return index if 0 <= index < len(self.grid.rows) else None

    def source_label(self) -> str:
        return f"{self.path.name}（{self.sheet_name}）" if self.sheet_name else self.path.name

    @property
    def has_marked_rows(self) -> bool:
        """Whether the sheet has rows hidden, filtered out or struck through (the window offers to leave them out)."""
        return bool(self.grid.hidden or self.grid.struck)

    def title_texts(self) -> list[str]:
        """The texts above the header (the list's title: 关于西村2026年度…的公示)."""
        return [text for row in self.grid.rows[:self.header.first_row_index] for v in row if (text := cell_text(v))]

    def reread(self) -> ImportPlan:
        """The plan of the file as it is now: this one when the file has not changed since it was read, else the
        same sheet read again (the clerk fixed the file in Excel meanwhile) — or, when that sheet is no longer in
        the file (renamed, removed, a new copy saved over it), the sheet a new import proposes: its sheet_name then
        differs from this plan's, and the caller shows the clerk which sheet it now is."""
        if self.source is not None and SourceFile.of(self.path) == self.source:
            return self
        if self.sheet_name and self.sheet_name not in sheet_names(self.path):
            return read_plan(self.path, self.fields)
        return read_plan(self.path, self.fields, self.sheet_name or None)

    def changed_from(self, other: ImportPlan) -> bool:
        """Whether this plan reads the file differently from `other`: another sheet or other columns."""
        return self is not other and (self.sheet_name != other.sheet_name or self.columns != other.columns)


def read_plan(path: str | Path, fields: Sequence[FieldSpec], sheet: str | int | None = None) -> ImportPlan:
    """Read the sheet (the first visible one with a header of `fields` unless `sheet` names another), find the
    header below any title rows and propose a column mapping. Raises SheetError (file unreadable, no header, wrong
    sheet) whose sentence names the file."""
    path = Path(path)
    grid, header = read_table(path, fields, sheet)
    mapping = match_columns(header, fields)
    return ImportPlan(path=path, grid=grid, header=header, mapping=mapping, source=SourceFile.of(path))


@dataclass(frozen=True)
class SourceFile:
    """Which file an import took, as the audit log keeps it."""

    name: str
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> SourceFile | None:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
            return cls(path.name, path.stat().st_size, digest.hexdigest())
        except OSError:
            return None
