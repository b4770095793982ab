"""Hostile standard files, made from the bundled one: cut, flipped, re-encoded, duplicated, poisoned.

Whatever parser app/standards holds judges them: each must be refused with
one line naming the file (and line), or imported without losing a mapping
(a replace may drop mappings only with --yes). Also a standard of 100,000
duties for the memory figure.
"""
from __future__ import annotations

import random
from pathlib import Path

from bench.hostile_workbooks import Case

SEED = Path(__file__).resolve().parents[1] / "resources" / "KRM2431-001v2.txt"


def _variants(text: str, rng: random.Random) -> list[tuple[str, bytes]]:
    raw = text.encode("utf-8")
    lines = text.split("\n")
    out: list[tuple[str, bytes]] = [
        ("empty", b""), ("whitespace only", b" \n\t\n  \n"), ("binary noise", bytes(rng.randrange(256) for _ in range(4096))),
        ("a zip file", b"PK\x03\x04" + bytes(20) + b"payload"), ("a PDF header", b"%PDF-1.4\n" + raw[:500]),
        ("NUL bytes throughout", raw.replace(b"\t", b"\t\0")), ("UTF-8 with BOM", b"\xef\xbb\xbf" + raw),
        ("CRLF line ends", text.replace("\n", "\r\n").encode()), ("CR line ends", text.replace("\n", "\r").encode()),
        ("UTF-16 LE with BOM", text.encode("utf-16")), ("UTF-16 BE without BOM", text.encode("utf-16-be")),
        ("Big5 (CP950)", text.encode("cp950", errors="replace")), ("GB18030", text.encode("gb18030")),
        ("Latin-1 mojibake", text.encode("utf-8").decode("latin-1").encode("utf-8")),
        ("tabs as spaces", text.replace("\t", "    ").encode()),
        ("one 8 MB line", raw + b"x" * (8 * 2**20)),
        ("5 MB of junk lines", raw + b"\n".join(b"junk\tline\t%d" % i for i in range(400_000))),
    ]
    for frac in (0.05, 0.15, 0.3, 0.45, 0.55, 0.62, 0.7, 0.78, 0.85, 0.9, 0.94, 0.97, 0.99):
        out.append((f"cut at {frac:.0%} of its bytes", raw[:int(len(raw) * frac)]))
    cut = raw.index("A05".encode())
    out += [("cut inside the attitude list", raw[:cut + 4]), ("cut in a UTF-8 character", raw[:cut + 5])]
    for n in range(15):
        flipped = bytearray(raw)
        pos = rng.randrange(len(raw))
        flipped[pos] ^= 1 << rng.randrange(8)
        out.append((f"bit flip {n}", bytes(flipped)))
    for n in range(15):
        drop = rng.randrange(len(lines))
        out.append((f"line {drop + 1} removed", "\n".join(lines[:drop] + lines[drop + 1:]).encode()))
    for n in range(8):
        dup = rng.randrange(len(lines))
        out.append((f"line {dup + 1} twice", "\n".join(lines[:dup + 1] + lines[dup:]).encode()))
    for n in range(6):
        a, b = sorted(rng.sample(range(len(lines)), 2))
        swapped = lines[:]
        swapped[a], swapped[b] = swapped[b], swapped[a]
        out.append((f"lines {a + 1} and {b + 1} swapped", "\n".join(swapped).encode()))
    for name, old, new in [
        ("K03 with a second title", "K03報告撰寫知識", "K03報告撰寫知識 K03另一個標題"),
        ("an output under two tasks", "O1.2 線上線下整合數位行銷企畫", "O1.1.1 線上線下整合數位行銷企畫"),
        ("level 0", "\t3\tK01", "\t0\tK01"), ("level 7", "\t3\tK01", "\t7\tK01"), ("level in words", "\t3\tK01", "\t三\tK01"),
        ("BEL and ESC in a title", "市場研究原則", "市場\x07研究\x1b[2J原則"),
        ("U+FFFE in a title", "市場研究原則", "市場\ufffe研究原則"),
        ("RTL override in a title", "市場研究原則", "市場\u202e研究原則"),
        ("no standard code", "KRM2431-001v2", ""), ("another standard code", "KRM2431-001v2", "KRM2431-009v1"),
        ("a code of 300 characters", "KRM2431-001v2", "KRM2431-001v2" + "X" * 300),
        ("a name of 500 characters", "綜合零售業數位行銷專員\t\t", "綜" * 500 + "\t\t"),
        ("no attitudes", "A01主動積極", "無"), ("duty code with a dot", "T1熟悉產業屬性", "T1.熟悉產業屬性"),
        ("task codes renumbered", "T1.2撰寫", "T1.9撰寫"),
        ("table header removed everywhere", "主要職責\t工作任務", "職責\t任務"),
    ]:
        if old in text:
            out.append((name, text.replace(old, new).encode("utf-8")))
    return out


def write_cases(folder: Path, seed: int = 14) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text(encoding="utf-8")
    cases = []
    for n, (name, data) in enumerate(_variants(text, random.Random(seed))):
        path = folder / f"s{n:03d}.txt"
        path.write_bytes(data)
        cases.append(Case(f"standard: {name}", path, "either"))
    return cases


def big_standard(path: Path, duties: int = 100_000) -> Path:
    """A standard of ``duties`` duties, one task each, in the bundled standard's layout."""
    head = SEED.read_text(encoding="utf-8").split("主要職責\t工作任務")[0].replace("KRM2431-001v2", "BIG0001-001v1")
    header = "主要職責\t工作任務\t工作產出\t行為指標\t職能級別\t職能內涵 (K=knowledge 知識)\t職能內涵 (S=skills 技能)"
    rows = [head.rstrip("\n"), header]
    for d in range(1, duties + 1):
        k, s = d % 20 + 1, (d * 7) % 20 + 1
        rows.append(f"T{d}職責{d}\tT{d}.1任務{d}\tO{d}.1.1產出{d}\tP{d}.1.1指標{d}\t{d % 6 + 1}\t"
                    f"K{k:02d}知識{k}\tS{s:02d}技能{s}")
    rows += ["", "職能內涵 (A=attitude 態度)", "", "A01主動積極、A02正直誠實", "", "說明與補充事項", "", "無", ""]
    path.write_text("\n".join(rows), encoding="utf-8")
    return path
