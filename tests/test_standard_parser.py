"""The competency-standard parser: the seed, two other layouts, cells, and K/S merged or per task.
(Broken and hostile input: test_standard_parser_faults.py.)"""
from __future__ import annotations

import codecs

import pytest

from app.standards.cells import KNOWLEDGE_RE, OUTPUT_RE, SKILL_RE, tokenize
from app.standards.data import ParsedCategory, ParsedStandard, ParsedVersion
from app.standards.parser import parse_standard_file, parse_standard_text
from tests.parser_text import (
    HEADER_ROW,
    MERGED,
    PER_TASK,
    SEED,
    links,
    seed_text,
    with_cell,
    with_line,
)

# --- the seed -------------------------------------------------------------

SEED_TASKS = {  # code: title, level, outputs, indicators
    "T1.1": ("蒐集產業動態資訊", 3,
             [("O1.1.1", "市場競爭資訊分析"), ("O1.1.2", "通路行銷資訊蒐集"), ("O1.1.3", "行銷策略建議")],
             [("P1.1", "能利用新技術工具與方法來蒐集市場趨勢、競爭資訊、消費者行為等來協助制訂行銷策略。")]),
    "T1.2": ("撰寫數位行銷企畫", 4, [("O1.2", "線上線下整合數位行銷企畫")],
             [("P1.2", "能依據公司政策與年度目標，撰寫年、季、月等數位行銷企畫。")]),
    "T2.1": ("客群數據分析", 4, [("O2.1", "客群分析報告")],
             [("P2.1", "能依據數據或資料有效解讀暨分析客群行為資料，並提出客群分析報告。")]),
    "T2.2": ("分群策略擬定", 4, [("O2.2", "客群分析報告 (含策略建議)")],
             [("P2.2", "能利用結構查詢語言整理數據，找出有用的資料集。")]),
    "T3.1": ("數位廣告投放規劃", 3, [("O3.1", "數位廣告投放規劃")],
             [("P3.1", "能依據公司整體品牌行銷策略與營運目標，進行數位廣告投放規劃。")]),
    "T3.2": ("網站流量數據與消費者行為分析", 4, [("O3.2", "網站流量數據與消費者行為分析報告")],
             [("P3.2", "能熟悉及利用 Google Analytics、其他網頁分析工具，進行網站流量數據與消費者行為分析。")]),
    "T3.3": ("數位廣告投放監控與分析應用管理", 4, [("O3.3", "數位廣告投放分析應用管理")],
             [("P3.3", "能利用數位廣告聯播網系統投放工具、觀察網路消費者行為與網路行銷效果，"
                       "執行廣告投放分析、監控與動態修正。")]),
    "T4.1": ("定義商業問題", 4, [("O4.1", "定義商業問題")],
             [("P4.1", "能清楚定義商業問題，進而定義資料欄位之需求。")]),
    "T4.2": ("分辨重要資料", 4, [("O4.2", "分辨與篩選重要資料")],
             [("P4.2", "能依據資料庫欄位消費資料，管理與有效利用重要的資料。")]),
    "T4.3": ("數據分析解讀", 4, [("O4.3", "數據分析解讀與分析報告(含應用價值與策略)")],
             [("P4.3", "能依據重要資料欄位或消費資料解讀與分析數據分析，並說明應用價值與策略。")]),
    "T5.1": ("籌組與執行數位行銷專案團隊", 3, [("O5.1", "數位行銷專案分工")],
             [("P5.1", "能依據目標籌組數位行銷專案團隊。")]),
    "T5.2": ("數位行銷專案執行", 3, [("O5.2", "數位行銷專案執行")],
             [("P5.2", "能依公司訂定之行銷規畫與行銷需求，與專案團隊共同執行數位行銷專案，並有效掌控品質。")]),
    "T5.3": ("數位行銷專案檢討", 4, [("O5.3", "數位行銷專案檢討報告與建議")],
             [("P5.3", "能依據數位行銷專案之執行情形，提出檢討報告與建議。")]),
}
SEED_DUTIES = {  # code: title, K, S
    "T1": ("熟悉產業屬性", "K01 K02 K03 K04 K05", "S01 S02 S03 S04 S05 S06"),
    "T2": ("目標客群分析", "K01 K03 K06 K07", "S07 S08 S09 S10"),
    "T3": ("數位廣告投放規劃與操作", "K07 K08 K09 K10 K11 K12", "S10 S11 S12 S13"),
    "T4": ("操作資料分析與呈現", "K07 K13 K14 K15", "S14 S15"),
    "T5": ("籌組數位行銷專案團隊", "K03 K14 K16 K17", "S10 S15 S16 S17 S18"),
}
SEED_K = ["市場研究原則與實務", "質化與量化分析知識", "報告撰寫知識", "產業法規知識", "創新應用理解概念",
          "行銷溝通知識", "消費者行為常識", "電子商務相關法律常識", "消費者保護法律常識", "行銷廣告知識",
          "網站流量分析工具知識", "著作權與肖像權知識", "資料庫結構知識", "數據分析知識", "資料安全與個資法",
          "專案管理知識", "產業知識"]
SEED_S = ["蒐集市場資訊技能", "整理與分析報告技能", "訪談技能", "企畫及文案撰寫能力",
          "電腦文書處理能力 (如 Office 系列)", "新媒體操作技能", "客群分析技能", "目標市場選擇技能",
          "跨部門溝通技能", "資料分析與管理能力", "多媒體應用技能", "網路廣告使用技能", "網路行銷廣告投放技能",
          "消費者行為分析技能", "數據分析技能", "專案管理技能", "行銷策略建議技能", "產業知識的理解能力"]
SEED_A = ["主動積極", "正直誠實", "自我提升", "壓力容忍", "謹慎細心", "團隊意識", "彈性", "應對不明狀況",
          "服務熱忱", "溝通協調", "目標導向", "樂於嘗試"]


@pytest.fixture(scope="module")
def seed() -> ParsedStandard:
    return parse_standard_file(SEED)


def test_seed_counts(seed):
    tasks = seed.tasks()
    assert len(seed.duties) == 5 and len(tasks) == 13
    assert sum(len(t.outputs) for t in tasks) == 15
    assert sum(len(t.indicators) for t in tasks) == 13
    assert (len(seed.knowledge), len(seed.skills), len(seed.attitudes)) == (17, 18, 12)


def test_seed_header(seed):
    assert (seed.code, seed.name, seed.name_kind) == ("KRM2431-001v2", "綜合零售業數位行銷專員", "職業")
    assert (seed.version, seed.status, seed.level) == (2, "最新版本", 3)
    assert seed.source_name == SEED.name
    assert seed.versions == [
        ParsedVersion("V2", "KRM2431-001v2", "綜合零售業數位行銷專員", "最新版本",
                      "因應產業需求，檢視更新職能基準之內容", ""),
        ParsedVersion("V1", "KRM2431-001v1", "綜合零售業數位行銷專員", "歷史版本",
                      "已被《KRM2431-001v2》取代", "2017/11/13"),
    ]
    assert seed.categories == [
        ParsedCategory("職類別", "行銷與銷售/零售與通路管理", "KRM"),
        ParsedCategory("職業別", "廣告及行銷專業人員", "2431"),
        ParsedCategory("行業別", "批發及零售業/零售業", "G471"),
    ]
    assert seed.job_description.startswith("能依據公司對年度行銷計畫之目標，針對目標消費客群(TA)規劃")
    assert seed.job_description.endswith("滿足消費者需求及協助公司創造最佳獲利。")
    assert seed.notes.split("\n") == [
        "擔任此職業之必要學經歷與能力條件：",
        "- 行銷系、統計系、企管系、資管系、大傳系、心理系、數位行銷系畢業尤佳(至少修過行銷、統計相關課程)。",
        "- 至少半年以上零售業行銷管理或電子商務平台工作經驗為佳。",
        "- 至少會一項行銷工具(如社群網站使用、網路行銷工具、GA 分析等) 並要有一定的熟悉度。",
    ]


def test_seed_tasks_exact(seed):
    got = {t.code: (t.title, t.level, [(o.code, o.title) for o in t.outputs],
                    [(p.code, p.text) for p in t.indicators]) for t in seed.tasks()}
    assert got == {code: (title, level, outs, inds) for code, (title, level, outs, inds) in SEED_TASKS.items()}
    assert [t.code for t in seed.tasks()] == list(SEED_TASKS)


def test_seed_duty_links(seed):
    assert [(d.code, d.title) for d in seed.duties] == [(c, v[0]) for c, v in SEED_DUTIES.items()]
    for duty in seed.duties:
        _, k, s = SEED_DUTIES[duty.code]
        for task in duty.tasks:
            assert (" ".join(task.knowledge), " ".join(task.skills)) == (k, s), task.code


def test_seed_items_exact(seed):
    assert [(i.kind, i.code, i.title) for i in seed.knowledge] == \
        [("K", f"K{n:02d}", t) for n, t in enumerate(SEED_K, 1)]
    assert [(i.kind, i.code, i.title) for i in seed.skills] == \
        [("S", f"S{n:02d}", t) for n, t in enumerate(SEED_S, 1)]
    assert [(i.kind, i.code, i.title) for i in seed.attitudes] == \
        [("A", f"A{n:02d}", t) for n, t in enumerate(SEED_A, 1)]


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("utf-8"),
    lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    lambda t: t.replace("\n", "\r").encode("utf-8"),
    lambda t: t.encode("utf-16"),
    lambda t: t.encode("utf-16-le"),
    lambda t: t.replace("\n", "\r\n").encode("utf-16-be"),
], ids=["utf8", "bom", "crlf", "cr", "utf16", "utf16le-nobom", "utf16be-crlf"])
def test_seed_encodings(tmp_path, seed, encode):
    path = tmp_path / "seed.txt"
    path.write_bytes(encode(seed_text()))
    got = parse_standard_file(path)
    got.source_name = seed.source_name
    assert got == seed


# --- a per-task layout: TFB5120-002 -----------------------------------------

def test_per_task_header():
    std = parse_standard_file(PER_TASK)
    assert (std.code, std.version, std.status, std.level) == ("TFB5120-002", None, "最新版本", 3)
    assert (std.name, std.name_kind) == ("中餐烹調廚師", "職業")
    assert std.versions == [ParsedVersion("V1", "TFB5120-002", "中餐烹調廚師", "最新版本", "新建職能基準", "2015/06/30")]
    assert std.categories == [
        ParsedCategory("職類別", "餐旅/餐飲管理", "TFB"),
        ParsedCategory("職業別", "廚師", "5120"),
        ParsedCategory("行業別", "住宿及餐飲業/餐館業", "I5611"),
        ParsedCategory("行業別", "住宿及餐飲業/外燴及團膳承包業", "I5621"),
        ParsedCategory("行業別", "住宿及餐飲業/飲料店業", "I5631"),
    ]
    assert std.notes == "擔任此職業之必要學經歷與能力條件：\n- 具中餐烹調技術士證照（丙級以上）。\n- 至少一年以上餐廳廚房工作經驗。"


def test_per_task_table():
    std = parse_standard_file(PER_TASK)
    assert [(d.code, d.title, len(d.tasks)) for d in std.duties] == [
        ("T1", "食材準備與管理", 2), ("T2", "菜餚烹調", 2), ("T3", "廚房衛生與安全管理", 2), ("T4", "菜單規劃與廚房管理", 2)]
    assert {t.code: t.level for t in std.tasks()} == {
        "T1.1": 2, "T1.2": 2, "T2.1": 3, "T2.2": 3, "T3.1": 2, "T3.2": 3, "T4.1": 4, "T4.2": 5}
    assert links(std) == {
        "T1.1": ("K01 K02", "S01 S02"), "T1.2": ("K01 K03", "S03"),
        "T2.1": ("K04 K05", "S04 S05"), "T2.2": ("K06 K04", "S06 S05"),
        "T3.1": ("K02 K07", "S07"), "T3.2": ("K08", "S08 S02"),
        "T4.1": ("K09 K01", "S09 S10"), "T4.2": ("K10", "S11"),
    }
    tasks = {t.code: t for t in std.tasks()}
    assert [t.code for t in std.tasks() if not t.outputs] == ["T1.2", "T3.2"]
    assert [(o.code, o.title) for o in tasks["T4.2"].outputs] == [("O4.2.1", "人員排班表"), ("O4.2.2", "教育訓練紀錄")]
    assert [(o.code, o.title) for o in tasks["T1.1"].outputs] == [("O1.1", "食材驗收紀錄表")]
    assert [(p.code, p.text) for p in tasks["T1.1"].indicators] == [
        ("P1.1.1", "能依據採購單與驗收標準檢查食材品質、數量與溫度。"),
        ("P1.1.2", "能依食材特性分類冷藏、冷凍或乾貨儲存，並落實先進先出。")]
    # an indicator and a K title cut by the page break
    assert tasks["T2.1"].indicators[0].text == "能依據標準食譜運用炒、炸、蒸、燉等烹調技法製作菜餚，並控制火候與時間。"
    titles = {i.code: i.title for i in std.knowledge}
    assert titles["K05"] == "調味料與香辛料知識" and titles["K06"] == "餐具與盤飾知識"
    assert [i.code for i in std.knowledge] == [f"K{n:02d}" for n in range(1, 11)]
    assert [i.code for i in std.skills] == [f"S{n:02d}" for n in range(1, 12)]
    assert sum(len(t.indicators) for t in std.tasks()) == 10
    assert sum(len(t.outputs) for t in std.tasks()) == 8
    assert [a.title for a in std.attitudes] == ["衛生意識", "主動積極", "團隊合作", "耐心細心", "壓力容忍", "責任感"]


# --- merged K/S over more page breaks: SIT2519-001v3 (CRLF) ----------------

def test_merged_header():
    std = parse_standard_file(MERGED)
    assert (std.code, std.version, std.status, std.level) == ("SIT2519-001v3", 3, "最新版本", 4)
    assert (std.name, std.name_kind) == ("軟體測試", "職類")
    assert [(v.version, v.status, v.date) for v in std.versions] == [
        ("V3", "最新版本", ""), ("V2", "歷史版本", "2019/08/20"), ("V1", "歷史版本", "2016/12/01")]
    assert std.categories[2:] == [
        ParsedCategory("行業別", "出版、影音製作、傳播及資通訊服務業/電腦程式設計、諮詢及相關服務業", "J620"),
        ParsedCategory("行業別", "專業、科學及技術服務業/研究發展服務業", "M7210"),
    ]
    assert std.job_description.endswith("追蹤缺陷、分析軟體品質，並維護測試環境與持續整合流程。")


def test_merged_table():
    std = parse_standard_file(MERGED)
    assert links(std) == {
        "T1.1": ("K01 K02 K03", "S01 S02 S03"), "T1.2": ("K01 K02 K03", "S01 S02 S03"),
        # every T2 task shows K and S, but K05's title runs on into T2.2's row: merged
        "T2.1": ("K02 K04 K05 K06 K07", "S04 S05 S06"), "T2.2": ("K02 K04 K05 K06 K07", "S04 S05 S06"),
        "T2.3": ("K02 K04 K05 K06 K07", "S04 S05 S06"),
        "T3.1": ("K08 K09 K10", "S07 S08"), "T3.2": ("K08 K09 K10", "S07 S08"),
        "T4.1": ("K11 K06 K12", "S09 S10"), "T4.2": ("K11 K06 K12", "S09 S10"),
    }
    assert {t.code: t.level for t in std.tasks()} == {
        "T1.1": 3, "T1.2": 4, "T2.1": 4, "T2.2": 3, "T2.3": 4, "T3.1": 3, "T3.2": 5, "T4.1": 3, "T4.2": 4}
    tasks = {t.code: t for t in std.tasks()}
    assert tasks["T3.2"].title == "分析測試結果並撰寫報告"
    assert tasks["T3.2"].indicators[0].text == "能彙整測試數據，分析軟體品質並提出改善建議。"
    assert [p.code for p in tasks["T2.1"].indicators] == ["P2.1.1", "P2.1.2"]
    assert [t.code for t in std.tasks() if not t.outputs] == ["T2.3", "T4.2"]
    titles = {i.code: i.title for i in std.knowledge}
    assert titles == {
        "K01": "軟體工程概論", "K02": "軟體測試原理", "K03": "專案管理知識", "K04": "測試設計技術",
        "K05": "程式語言與資料結構", "K06": "資料庫 SQL 語法", "K07": "自動化測試框架知識", "K08": "缺陷管理流程",
        "K09": "品質度量 (如缺陷密度、測試覆蓋率)", "K10": "統計分析知識", "K11": "作業系統與網路概論",
        "K12": "CI/CD 工具知識"}
    assert len(std.skills) == 10 and std.skills[6].title == "缺陷管理系統操作技能"
    assert [a.title for a in std.attitudes] == ["細心謹慎", "邏輯思考", "溝通協調", "持續學習", "品質導向", "團隊合作"]


# --- cells and small layout variations -------------------------------------

def test_tokenize_codes_glued_or_spaced():
    assert tokenize("K12 著作權與肖像權知識", KNOWLEDGE_RE) == ("", [["K12", "著作權與肖像權知識"]])
    assert tokenize("S05 電腦文書處理能力 (如 Office 系列) S06 新媒體操作技能", SKILL_RE)[1] == [
        ["S05", "電腦文書處理能力 (如 Office 系列)"], ["S06", "新媒體操作技能"]]
    assert tokenize("行銷資訊蒐集 O1.1.3行銷策略建議", OUTPUT_RE) == ("行銷資訊蒐集", [["O1.1.3", "行銷策略建議"]])
    # a code-like word inside a title does not start an item
    assert tokenize("K01 容器平台 (K8s) 與 K8s 部署知識、K02Python程式", KNOWLEDGE_RE)[1] == [
        ["K01", "容器平台 (K8s) 與 K8s 部署知識"], ["K02", "Python程式"]]


def test_name_glued_and_categories_split_on_lines():
    text = seed_text()
    text = with_line(text, 10, "職能基準名稱 (擇一填寫)\t\t職類：綜合零售業數位行銷\t\t\t")
    text = with_line(text, 11, "\t\t職業\t\t\t")
    text = with_line(text, 14, "\t行業別\t批發及零售業/零售業，批發及零售業/批發業\t\t行業別代碼\tG471，G461")
    std = parse_standard_text(text, "t.txt")
    assert (std.name, std.name_kind) == ("綜合零售業數位行銷", "職類")
    assert std.categories[2:] == [ParsedCategory("行業別", "批發及零售業/零售業", "G471"),
                                  ParsedCategory("行業別", "批發及零售業/批發業", "G461")]


def test_attitudes_one_per_line_and_code_without_version():
    text = seed_text().replace("KRM2431-001v2", "KRM2431-001")
    lines = text.split("\n")
    attitudes = lines[41].split("、")
    text = "\n".join(lines[:41] + attitudes + lines[42:])
    std = parse_standard_text(text, "t.txt")
    assert std.version is None and std.status == "最新版本"
    assert [a.title for a in std.attitudes] == SEED_A


def test_per_task_when_every_task_has_its_own_items():
    # T2: give T2.2 its own K and S; then T2.1 keeps only its own.
    text = with_cell(seed_text(), 25, 5, "K06行銷溝通知識")
    text = with_cell(text, 25, 6, "S09跨部門溝通技能")
    std = parse_standard_text(text, "t.txt")
    assert links(std)["T2.1"] == ("K01 K03 K06 K07", "S07 S08 S09 S10")
    assert links(std)["T2.2"] == ("K06", "S09")
    assert links(std)["T1.2"] == links(std)["T1.1"]  # T1 stays merged


# --- K/S merged or per task: the evidence, and the doubts it leaves ------------------------

def _reading(text):
    from app.standards.parser import parse_source
    from app.standards.sources.text import text_source

    return parse_source(text_source(text, "t.txt"))


def test_a_guessed_merge_in_text_is_said_before_saving():
    reading = _reading(MERGED.read_text(encoding="utf-8"))
    said = [str(w) for w in reading.warnings]
    assert said[0] == ("duty T1: K and S read as cells merged over all its tasks, since task T1.2 shows no "
                       "knowledge (K) item of its own; if the original lists them per task, T1.2 has none: check")
    assert len(said) == 3  # T1, T3 and T4; T2 is certain (a K title runs on into T2.2's row)


def test_an_item_under_two_tasks_means_per_task_even_when_the_last_s_cell_is_empty():
    # T2.2 gets K01 (already T2.1's) and no S: a merged cell never names an item twice.
    text = with_cell(seed_text(), 25, 5, "K01市場研究原則與實務")
    reading = _reading(text)
    assert links(reading.standard)["T2.2"] == ("K01", "")
    assert [str(w) for w in reading.warnings] == ["task T2.2 lists no skill (S) item"]


def test_where_borders_are_known_an_empty_cell_atop_a_page_is_the_only_doubt():
    from app.standards.links import finish_table
    from app.standards.places import Place
    from app.standards.rows import Row
    from app.standards.table import TableReader

    header = Row(1, HEADER_ROW.split("\t"), Place(page=1))
    body = [
        Row(2, ["T1職責", "T1.1甲任務", "O1.1.1甲", "P1.1.1甲指標", "3", "K01甲知識", "S01甲技能"], Place(page=1)),
        Row(3, HEADER_ROW.split("\t"), Place(page=2), page_break=True),
        Row(4, ["", "T1.2乙任務", "O1.2.1乙", "P1.2.1乙指標", "3", "", ""], Place(page=2)),
        Row(5, [None, "T1.3丙任務", "O1.3.1丙", "P1.3.1丙指標", "3", "K02丙知識", "S02丙技能"], Place(page=2)),
    ]
    reader = TableReader("t.pdf", [header], True, {})
    for row in body:
        reader.feed(row)
    result = finish_table(reader)
    tasks = {t.code: t for t in result.duties[0].tasks}
    assert tasks["T1.2"].knowledge == ["K01", "K02"]  # the empty cell atop page 2 runs K01's cell on
    assert [w.render("t.pdf") for w in result.warnings] == [
        "t.pdf, page 2: duty T1: K and S read as cells merged over all its tasks, because a cell at the top of a "
        "page was empty (a merged cell running on); check against the original"]
