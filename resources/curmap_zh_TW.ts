<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>編輯課程</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <source>e.g. MKT101</source>
        <translation>例如 MKT101</translation>
    </message>
    <message>
        <source>e.g. 1st or 2nd</source>
        <translation>例如 上 或 下</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代碼(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;redits:</source>
        <translation>學分(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>時數(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年級(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Semester:</source>
        <translation>學期(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已涵蓋</translation>
    </message>
    <message>
        <source>Partly covered</source>
        <translation>部分涵蓋</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未涵蓋</translation>
    </message>
</context>
<context>
    <name>CurriculumModel</name>
    <message>
        <source>Course / module</source>
        <translation>課程／單元</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>對應數</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 學分</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年級</translation>
    </message>
</context>
<context>
    <name>CurriculumPane</name>
    <message>
        <source>New programme…</source>
        <translation>新增學程…</translation>
    </message>
    <message>
        <source>Edit programme…</source>
        <translation>編輯學程…</translation>
    </message>
    <message>
        <source>Delete programme…</source>
        <translation>刪除學程…</translation>
    </message>
    <message>
        <source>Add course…</source>
        <translation>新增課程…</translation>
    </message>
    <message>
        <source>Add module…</source>
        <translation>新增單元…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>+ Course</source>
        <translation>+ 課程</translation>
    </message>
    <message>
        <source>+ Module</source>
        <translation>+ 單元</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新增學程</translation>
    </message>
    <message>
        <source>Import a standard first: a programme maps its curriculum onto a standard.</source>
        <translation>請先匯入職能基準：學程是把課程對應到職能基準。</translation>
    </message>
    <message>
        <source>New programme %1</source>
        <translation>新增學程 %1</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>編輯學程</translation>
    </message>
    <message>
        <source>Edit programme %1</source>
        <translation>編輯學程 %1</translation>
    </message>
    <message>
        <source>Delete programme %1 with its %2 and all their modules and mappings?</source>
        <translation>要刪除學程 %1，連同其 %2及所有單元與對應嗎？</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 門課程</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 門課程</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>刪除學程</translation>
    </message>
    <message>
        <source>Delete programme %1</source>
        <translation>刪除學程 %1</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>新增課程</translation>
    </message>
    <message>
        <source>Add course %1</source>
        <translation>新增課程 %1</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>新增單元</translation>
    </message>
    <message>
        <source>Select the course the module belongs to.</source>
        <translation>請先選擇單元所屬的課程。</translation>
    </message>
    <message>
        <source>Add module %1</source>
        <translation>新增單元 %1</translation>
    </message>
    <message>
        <source>Edit course</source>
        <translation>編輯課程</translation>
    </message>
    <message>
        <source>Edit module</source>
        <translation>編輯單元</translation>
    </message>
    <message>
        <source>Delete course %1 %2 and its %3 and %4?</source>
        <translation>要刪除課程 %1 %2，連同其 %3與 %4嗎？</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 個單元</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>%1 個單元</translation>
    </message>
    <message>
        <source>1 mapping</source>
        <translation>1 筆對應</translation>
    </message>
    <message>
        <source>%1 mappings</source>
        <translation>%1 筆對應</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>刪除課程 %1</translation>
    </message>
    <message>
        <source>Delete module %1. %2 and its %3?</source>
        <translation>要刪除單元 %1. %2，連同其 %3嗎？</translation>
    </message>
    <message>
        <source>Delete module %1</source>
        <translation>刪除單元 %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Move course</source>
        <translation>移動課程</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>移動單元</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <source>Select a task or an item to see its full text.</source>
        <translation>選擇工作任務或職能內涵項目以檢視全文。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>層級</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>工作描述</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>說明與補充事項</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Competency level %1</source>
        <translation>職能級別 %1</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>工作產出</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>行為指標</translation>
    </message>
    <message>
        <source>Knowledge and skills</source>
        <translation>知識與技能</translation>
    </message>
    <message>
        <source>Not yet covered</source>
        <translation>尚未涵蓋</translation>
    </message>
    <message>
        <source>Modules that serve it</source>
        <translation>對應的單元</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Supports tasks</source>
        <translation>支援的工作任務</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>對應的單元</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評量</translation>
    </message>
    <message>
        <source>No module of this programme maps it yet.</source>
        <translation>本學程尚無單元對應此項目。</translation>
    </message>
</context>
<context>
    <name>EmptyModulesModel</name>
    <message>
        <source>Course</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>學期</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>curmap: unexpected error</source>
        <translation>curmap：非預期的錯誤</translation>
    </message>
    <message>
        <source>Something went wrong inside curmap. Your map is safe: every change already made was saved. Please send this report to whoever supports curmap.</source>
        <translation>curmap 內部發生錯誤。您的課程地圖是安全的：之前的每項變更都已儲存。請將這份報告寄給 curmap 的支援人員。</translation>
    </message>
    <message>
        <source>The report was also written to %1.</source>
        <translation>報告也已寫入 %1。</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>curmap maps (*.db *.sqlite *.curmap);;All files (*)</source>
        <translation>curmap 課程地圖 (*.db *.sqlite *.curmap);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>新增課程地圖</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>開啟課程地圖</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>已另存副本為 %1</translation>
    </message>
    <message>
        <source>Import standard</source>
        <translation>匯入職能基準</translation>
    </message>
    <message>
        <source>iCAP standard text (*.txt);;All files (*)</source>
        <translation>iCAP 職能基準文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Cannot import the standard</source>
        <translation>無法匯入職能基準</translation>
    </message>
    <message>
        <source>Standard %1 is already in this map. Replace it with the text just read?</source>
        <translation>職能基準 %1 已在此課程地圖中。要以剛讀取的內容取代嗎？</translation>
    </message>
    <message>
        <source>%1 mappings are on items the new text lacks and would be lost (%2).</source>
        <translation>有 %1 筆對應所用的項目不在新版內容中，將會遺失（%2）。</translation>
    </message>
    <message>
        <source>Every mapping is kept.</source>
        <translation>所有對應都會保留。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此動作無法復原。</translation>
    </message>
    <message>
        <source>Imported %1 %2: %3 duties, %4 tasks, %5 items</source>
        <translation>已匯入 %1 %2：%3 項主要職責、%4 項工作任務、%5 個職能內涵項目</translation>
    </message>
    <message>
        <source>Map programme %1 onto %2 as well?</source>
        <translation>也要把學程 %1 對應到 %2 嗎？</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>對應職能基準 %1</translation>
    </message>
    <message>
        <source>Export coverage workbook</source>
        <translation>匯出涵蓋情形活頁簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>正在寫入活頁簿…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>無法匯出活頁簿</translation>
    </message>
    <message>
        <source>Save curriculum workbook template</source>
        <translation>儲存課程活頁簿範本</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>職能基準：</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>正在寫入範本…</translation>
    </message>
    <message>
        <source>Import curriculum workbook</source>
        <translation>匯入課程活頁簿</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>無法匯入活頁簿</translation>
    </message>
    <message>
        <source>Nothing to change: the programme already matches the workbook.</source>
        <translation>沒有需要變更的地方：學程已與活頁簿一致。</translation>
    </message>
    <message>
        <source>Change programme %1 to match the workbook?</source>
        <translation>要變更學程 %1 以符合活頁簿嗎？</translation>
    </message>
    <message>
        <source>Import workbook %1</source>
        <translation>匯入活頁簿 %1</translation>
    </message>
</context>
<context>
    <name>GapsPane</name>
    <message>
        <source>&lt;b&gt;%1 of %2 tasks not fully covered&lt;/b&gt; (%3 not covered at all) · %4 of %5 K/S items not covered · %6 items taught but never assessed · %7 modules map nothing</source>
        <translation>&lt;b&gt;%2 項工作任務中有 %1 項未完全涵蓋&lt;/b&gt;（%3 項完全未涵蓋）· %5 個知識／技能項目中有 %4 個未涵蓋 · %6 個項目有教學但從未評量 · %7 個單元未對應任何項目</translation>
    </message>
    <message>
        <source>Tasks with gaps (%1)</source>
        <translation>有缺口的任務（%1）</translation>
    </message>
    <message>
        <source>Never assessed (%1)</source>
        <translation>從未評量（%1）</translation>
    </message>
    <message>
        <source>Modules mapping nothing (%1)</source>
        <translation>未對應的單元（%1）</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Not linked to a task</source>
        <translation>未連結工作任務</translation>
    </message>
    <message>
        <source>highest level %1</source>
        <translation>最高程度 %1</translation>
    </message>
    <message>
        <source>%1, assessed</source>
        <translation>%1，已評量</translation>
    </message>
    <message>
        <source>%1, not assessed</source>
        <translation>%1，未評量</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>未對應</translation>
    </message>
    <message>
        <source>Covers %1 items at level %2 or above</source>
        <translation>涵蓋 %1 個程度 %2 以上的項目</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>支援 %1</translation>
    </message>
    <message>
        <source>Mapped by %1 modules:</source>
        <translation>有 %1 個單元對應：</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>從未評量</translation>
    </message>
    <message>
        <source>No module maps it</source>
        <translation>沒有單元對應</translation>
    </message>
    <message>
        <source>%1/%2 items covered</source>
        <translation>已涵蓋 %1/%2 個項目</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mapping</source>
        <translation>對應</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>職能基準</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>&amp;New map…</source>
        <translation>新增課程地圖(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import standard…</source>
        <translation>匯入職能基準(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export coverage workbook…</source>
        <translation>匯出涵蓋情形活頁簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Import c&amp;urriculum workbook…</source>
        <translation>匯入課程活頁簿(&amp;U)…</translation>
    </message>
    <message>
        <source>Save curriculum workbook &amp;template…</source>
        <translation>儲存課程活頁簿範本(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About curmap</source>
        <translation>關於 curmap(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;maps</source>
        <translation>最近的課程地圖(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Curriculum</source>
        <translation>課程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除清單</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [唯讀]</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>沒有學程</translation>
    </message>
    <message>
        <source>Items %1/%2 covered · Tasks %3 covered, %4 partly, %5 not (of %6)</source>
        <translation>項目 %1/%2 已涵蓋 · 任務 %3 已涵蓋、%4 部分、%5 未涵蓋（共 %6）</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>無法復原</translation>
    </message>
    <message>
        <source>%1

The map was changed elsewhere, so the undo history was cleared.</source>
        <translation>%1

此對應檔已在別處變更，因此已清除復原記錄。</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>資料庫結構版本</translation>
    </message>
    <message>
        <source>Map a curriculum onto an occupational competency standard (iCAP 職能基準) and see what it covers.</source>
        <translation>將課程對應到職能基準（iCAP），檢視涵蓋了哪些職能。</translation>
    </message>
    <message>
        <source>About curmap</source>
        <translation>關於 curmap</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Filter by code or text (Ctrl+F)</source>
        <translation>以代碼或文字篩選 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Group by duty</source>
        <translation>依主要職責分組</translation>
    </message>
    <message>
        <source>Group by kind</source>
        <translation>依類別分組</translation>
    </message>
    <message>
        <source>Keys: I, R, M set the level · Space cycles · Delete clears · * or A marks assessed</source>
        <translation>按鍵：I、R、M 設定程度 · 空白鍵輪替 · Delete 清除 · * 或 A 標記評量</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有工作任務</translation>
    </message>
    <message>
        <source>Select a module in the curriculum to map what it teaches.</source>
        <translation>在課程中選擇一個單元，對應它所教的內容。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — %5 items mapped</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — 已對應 %5 個項目</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>職能內涵</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評量</translation>
    </message>
    <message>
        <source>In programme</source>
        <translation>學程中</translation>
    </message>
    <message>
        <source>Map %1 items</source>
        <translation>對應 %1 個項目</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>取消對應 %1</translation>
    </message>
    <message>
        <source>Mark %1 assessed</source>
        <translation>標記 %1 已評量</translation>
    </message>
    <message>
        <source>Mark %1 not assessed</source>
        <translation>標記 %1 未評量</translation>
    </message>
    <message>
        <source>Map %1 at %2</source>
        <translation>將 %1 對應為 %2</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 mapped</source>
        <translation>%1 — 已對應 %2／%3</translation>
    </message>
    <message>
        <source>Keys: I, R, M set the level; Space cycles; Delete clears</source>
        <translation>按鍵：I、R、M 設定程度；空白鍵輪替；Delete 清除</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 個單元</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>%1 個單元</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Y%1 %2</source>
        <translation>%1 年級 %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 及其他 %1 個</translation>
    </message>
</context>
<context>
    <name>MatrixLegend</name>
    <message>
        <source>The numbers at the end of each row count the modules covering it; those under each column, what the column covers. A highlighted 0 is a gap.</source>
        <translation>每列末端的數字是涵蓋該列的單元數；每欄下方的數字是該欄涵蓋的數量。醒目標示的 0 即為缺口。</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>程度</translation>
    </message>
    <message>
        <source>introduced</source>
        <translation>介紹</translation>
    </message>
    <message>
        <source>reinforced</source>
        <translation>加強</translation>
    </message>
    <message>
        <source>mastered</source>
        <translation>精熟</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>已評量</translation>
    </message>
    <message>
        <source>no module covers it / maps nothing</source>
        <translation>沒有單元涵蓋／未對應任何項目</translation>
    </message>
    <message>
        <source>Share of the task&apos;s K/S items</source>
        <translation>任務的知識／技能項目涵蓋比例</translation>
    </message>
    <message>
        <source>nothing contributes</source>
        <translation>沒有貢獻</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source> · %1 h</source>
        <translation> · %1 小時</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>單元 %1：%2</translation>
    </message>
    <message>
        <source>%1 modules</source>
        <translation>%1 個單元</translation>
    </message>
    <message>
        <source>Maps nothing yet</source>
        <translation>尚未對應任何項目</translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message>
        <source>Switch to the items view to change mappings</source>
        <translation>切換到項目檢視以變更對應</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>K/S/A items against modules; edit levels here</source>
        <translation>知識／技能／態度項目對單元；在此編輯程度</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Tasks against modules: how much of each task they cover</source>
        <translation>工作任務對單元：各任務被涵蓋的程度</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Columns: each module, or whole courses (highest level)</source>
        <translation>欄：每個單元，或整門課程（最高程度）</translation>
    </message>
    <message>
        <source>By duty</source>
        <translation>依主要職責</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>依類別</translation>
    </message>
    <message>
        <source>Group the items under their duties or by K/S/A</source>
        <translation>依主要職責或依知識／技能／態度分組</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Gaps only</source>
        <translation>只看缺口</translation>
    </message>
    <message>
        <source>Only rows not fully covered</source>
        <translation>只顯示未完全涵蓋的列</translation>
    </message>
    <message>
        <source>Knowledge items</source>
        <translation>知識項目</translation>
    </message>
    <message>
        <source>Skill items</source>
        <translation>技能項目</translation>
    </message>
    <message>
        <source>Attitude items</source>
        <translation>態度項目</translation>
    </message>
    <message>
        <source>Show the columns of one term or one course</source>
        <translation>只顯示某學期或某課程的欄</translation>
    </message>
    <message>
        <source>Search codes and titles</source>
        <translation>搜尋代碼與名稱</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>所有課程</translation>
    </message>
    <message>
        <source>items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>%1 %2 × %3 %4</source>
        <translation>%1 %2 × %3 %4</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>沒有學程</translation>
    </message>
    <message>
        <source>Edge counts: modules covering each row, items each column covers</source>
        <translation>邊緣數字：涵蓋各列的單元數、各欄涵蓋的項目數</translation>
    </message>
    <message>
        <source>Edge counts: modules per task, tasks per column</source>
        <translation>邊緣數字：各任務的單元數、各欄貢獻的任務數</translation>
    </message>
    <message>
        <source>Covered at %1 or above</source>
        <translation>達 %1 以上即算涵蓋</translation>
    </message>
    <message>
        <source>Show modules as columns to change mappings</source>
        <translation>以單元為欄才能變更對應</translation>
    </message>
    <message>
        <source>Select at most %1 cells to change at once</source>
        <translation>一次最多選擇 %1 格進行變更</translation>
    </message>
    <message>
        <source>Mark assessed (%1 cells)</source>
        <translation>標記已評量（%1 格）</translation>
    </message>
    <message>
        <source>Unmark assessed (%1 cells)</source>
        <translation>取消已評量（%1 格）</translation>
    </message>
    <message>
        <source>Clear mapping (%1 cells)</source>
        <translation>清除對應（%1 格）</translation>
    </message>
    <message>
        <source>Map at %1 (%2 cells)</source>
        <translation>對應為 %1（%2 格）</translation>
    </message>
    <message>
        <source>%1: %2 items missing, marked in the rows</source>
        <translation>%1：缺少 %2 個項目，已在列中標示</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Edit module</source>
        <translation>編輯單元</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>新增單元</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>時數(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>NeverAssessedModel</name>
    <message>
        <source>Standard</source>
        <translation>職能基準</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>單元數</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>最高程度</translation>
    </message>
    <message>
        <source>Taught in:</source>
        <translation>教學單元：</translation>
    </message>
</context>
<context>
    <name>Panes</name>
    <message>
        <source>Coverage matrix</source>
        <translation>涵蓋矩陣</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>New programme</source>
        <translation>新增學程</translation>
    </message>
    <message>
        <source>Edit programme</source>
        <translation>編輯學程</translation>
    </message>
    <message>
        <source>e.g. Digital Marketing Programme</source>
        <translation>例如：數位行銷學程</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>說明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Standard:</source>
        <translation>職能基準(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Cannot open the map</source>
        <translation>無法開啟課程地圖</translation>
    </message>
</context>
<context>
    <name>StandardPane</name>
    <message>
        <source>Output</source>
        <translation>工作產出</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>行為指標</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Attitudes apply to the whole standard; they are reported apart from tasks.</source>
        <translation>態度適用於整個職能基準，與工作任務分開統計。</translation>
    </message>
</context>
<context>
    <name>StandardTreeModel</name>
    <message>
        <source>Code / title</source>
        <translation>代碼／名稱</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>涵蓋</translation>
    </message>
    <message>
        <source>%1/%2 tasks</source>
        <translation>%1/%2 項任務</translation>
    </message>
    <message>
        <source>%1/%2 items</source>
        <translation>%1/%2 個項目</translation>
    </message>
    <message>
        <source>Attitudes</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>職能基準</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>主要職責</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>工作產出</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>行為指標</translation>
    </message>
</context>
<context>
    <name>TaskGapsModel</name>
    <message>
        <source>Standard</source>
        <translation>職能基準</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已涵蓋</translation>
    </message>
    <message>
        <source>Missing K/S items</source>
        <translation>缺少的知識／技能項目</translation>
    </message>
    <message>
        <source>Missing %1 of %2 K/S items:</source>
        <translation>%2 個知識／技能項目中缺少 %1 個：</translation>
    </message>
    <message>
        <source>Click to show it in the matrix</source>
        <translation>按一下即可在矩陣中顯示</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>Covers %1 of the task&apos;s %2 K/S items</source>
        <translation>涵蓋此任務 %2 個知識／技能項目中的 %1 個</translation>
    </message>
    <message>
        <source>Contributes to %1 tasks</source>
        <translation>貢獻於 %1 項任務</translation>
    </message>
    <message>
        <source>%1 %2 (level %3)</source>
        <translation>%1 %2（級別 %3）</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 K/S items covered</source>
        <translation>%1 — 已涵蓋 %3 個知識／技能項目中的 %2 個</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>缺少：</translation>
    </message>
    <message>
        <source>%1/%2 tasks covered</source>
        <translation>已涵蓋 %1/%2 項任務</translation>
    </message>
</context>
</TS>
