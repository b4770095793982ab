"""The full text of what is selected in the browser, and for an item the
reverse view: which modules of the programme map it, at what level."""
from __future__ import annotations

from html import escape

from app.coverage.tree import ItemDetails, TaskDetails
from app.standards.queries import DutyInfo, StandardTree, TaskInfo
from models.vocabulary import ATTITUDE, COVERED, KNOWLEDGE, SKILL, UNCOVERED
from views.coverage_style import COLOURS, SYMBOLS, status_text
from views.i18n import fmt
from views.qt import QTextBrowser

# Headings and codes never break inside a word ("Assesse/d"); titles wrap between words.
_CSS = ("<style>h3{margin:0 0 4px 0} p{margin:2px 0 6px 0} .dim{color:#666}"
        " td,th{padding:1px 6px 1px 0; text-align:left; vertical-align:top} th{white-space:nowrap}"
        " .code{white-space:nowrap}</style>")


def _mark(status: str) -> str:
    return (f'<span style="color:{COLOURS[status]}">{SYMBOLS[status]}</span> '
            f"{escape(status_text(status))}")


class DetailsView(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("details")
        self.show_nothing()

    def _put(self, body: str) -> None:
        self.setHtml(_CSS + body)

    def show_nothing(self) -> None:
        text = self.tr("Select a task or an item to see its full text.")
        self._put(f'<p class="dim">{escape(text)}</p>')

    def show_standard(self, tree: StandardTree) -> None:
        cats = "<br>".join(escape(f"{c['kind']}: {c['name']} ({c['code']})") for c in tree.categories)
        rows = [(self.tr("Code"), escape(tree.code)), (self.tr("Competency level"), escape(str(tree.level or ""))),
                (self.tr("Status"), escape(tree.status)), (self.tr("Categories"), cats)]
        table = "".join(f"<tr><th>{escape(k)}</th><td>{v}</td></tr>" for k, v in rows)
        job, notes = self.tr("Job description"), self.tr("Notes")
        self._put(f"<h3>{escape(tree.name)} <span class='dim'>({escape(tree.name_kind)})</span></h3>"
                  f"<table>{table}</table>"
                  f"<p><b>{escape(job)}</b><br>{escape(tree.job_description)}</p>"
                  f"<p><b>{escape(notes)}</b><br>{escape(tree.notes).replace(chr(10), '<br>')}</p>")

    def show_duty(self, duty: DutyInfo, statuses: dict[int, str] | None) -> None:
        """``statuses``: each task's coverage, or None with no programme."""
        def mark(task_id: int) -> str:
            return f"<td>{_mark(statuses.get(task_id, UNCOVERED))}</td>" if statuses is not None else ""
        rows = "".join(f"<tr>{mark(t.id)}<td>{escape(t.code)}</td>"
                       f"<td>{escape(t.title)}</td></tr>" for t in duty.tasks)
        tasks = self.tr("Tasks")
        self._put(f"<h3>{escape(duty.code)} {escape(duty.title)}</h3>"
                  f"<p><b>{escape(tasks)}</b></p><table>{rows}</table>")

    def _more(self, n: int) -> str:
        """The rest of a list left out of the pane, counted."""
        if n <= 0:
            return ""
        text = fmt(self.tr("… and %1 more"), n)
        return f"<p class='dim'>{escape(text)}</p>"

    def show_task(self, task: TaskInfo, details: TaskDetails | None) -> None:
        cov = details.coverage if details else None
        level = fmt(self.tr("Competency level %1"), task.level)
        parts = [f"<h3>{escape(task.code)} {escape(task.title)}</h3>",
                 f"<p>{escape(level)}" + (f" · {_mark(cov.status)}" if cov else "") + "</p>"]

        def section(title: str, lines: list[str]) -> None:
            if lines:
                parts.append(f"<p><b>{escape(title)}</b><br>" + "<br>".join(lines) + "</p>")

        section(self.tr("Outputs"), [escape(f"{o['code']} {o['title']}") for o in task.outputs])
        section(self.tr("Indicators"), [escape(f"{i['code']} {i['text']}") for i in task.indicators])
        section(self.tr("Knowledge and skills"), [escape(" ".join([*task.knowledge, *task.skills]))])
        if cov:
            section(self.tr("Not yet covered"), [escape(" ".join(cov.missing))] if cov.missing else [])
            section(self.tr("Modules that serve it"),
                    [escape(f"{m['course']} {m['number']}. {m['title']}") for m in cov.modules])
            parts.append(self._more(details.more))
        self._put("".join(parts))

    def show_text(self, code: str, text: str, kind: str) -> None:
        self._put(f"<h3>{escape(code)}</h3><p class='dim'>{escape(kind)}</p><p>{escape(text)}</p>")

    def show_item(self, item: ItemDetails, scale: tuple[str, ...], covered: bool | None) -> None:
        """``covered``: in the programme, or None with no programme (nothing maps it then)."""
        kind = {KNOWLEDGE: self.tr("Knowledge"), SKILL: self.tr("Skill"), ATTITUDE: self.tr("Attitude")}[item.kind]
        mark = f" · {_mark(COVERED if covered else UNCOVERED)}" if covered is not None else ""
        parts = [f"<h3>{escape(item.code)} {escape(item.title)}</h3>",
                 f"<p>{escape(kind)} · {escape(item.standard)}{mark}</p>"]
        supports, mapped_by = self.tr("Supports tasks"), self.tr("Mapped by (mapping level)")
        if item.tasks:
            parts.append(f"<p><b>{escape(supports)}</b><br>"
                         + "<br>".join(escape(f"{c} {t}") for c, t in item.tasks) + "</p>")
        if covered is None:
            self._put("".join(parts))
            return
        parts.append(f"<p style='margin-bottom:0'><b>{escape(mapped_by)}</b></p>")
        if item.mappings:  # one line each, not a table: a narrow pane would break its headings mid-word
            assessed = self.tr("assessed")
            lines = [f"<span class='code'>{escape(m.course_code)}</span> {m.module_number}. {escape(m.module_title)}"
                     f" — <b>{escape(scale[m.level - 1] if 0 < m.level <= len(scale) else str(m.level))}</b>"
                     + (f" · {escape(assessed)}&nbsp;✓" if m.assessed else "") for m in item.mappings]
            parts.append("<p>" + "<br>".join(lines) + "</p>" + self._more(item.more))
        else:
            nobody = self.tr("No module of this programme maps it yet.")
            parts.append(f"<p class='dim'>{escape(nobody)}</p>")
        self._put("".join(parts))
