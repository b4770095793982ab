<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name></name>
    <message>
        <source>%1: run again with --replace</source>
        <translation>%1：請加上 --replace 重新執行</translation>
    </message>
    <message>
        <source>standard #%1 no longer exists</source>
        <translation>職能基準 #%1 已不存在</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; targets %2 standards; name one with --standard CODE</source>
        <translation>學程「%1」指定了 %2 個職能基準；請以 --standard CODE 指定其中一個</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; does not target %2 (it targets: %3)</source>
        <translation>學程「%1」未指定職能基準 %2（已指定：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>programme #%1 no longer exists</source>
        <translation>學程 #%1 已不存在</translation>
    </message>
    <message>
        <source>course codes already used: %1</source>
        <translation>課程代碼已被使用：%1</translation>
    </message>
    <message>
        <source>course codes already used: duplicates in the list</source>
        <translation>課程代碼已被使用：清單中有重複的代碼</translation>
    </message>
    <message>
        <source>course #%1 no longer exists</source>
        <translation>課程 #%1 已不存在</translation>
    </message>
    <message>
        <source>module #%1 no longer exists</source>
        <translation>單元 #%1 已不存在</translation>
    </message>
    <message>
        <source>programmes have no field %1</source>
        <translation>學程沒有欄位 %1</translation>
    </message>
    <message>
        <source>courses have no field %1</source>
        <translation>課程沒有欄位 %1</translation>
    </message>
    <message>
        <source>modules have no field %1</source>
        <translation>單元沒有欄位 %1</translation>
    </message>
    <message>
        <source>a course needs a code</source>
        <translation>課程需要代碼</translation>
    </message>
    <message>
        <source>a course needs a name</source>
        <translation>課程需要名稱</translation>
    </message>
    <message>
        <source>a programme needs a name</source>
        <translation>學程需要名稱</translation>
    </message>
    <message>
        <source>a programme named &apos;%1&apos; already exists</source>
        <translation>已有名為「%1」的學程</translation>
    </message>
    <message>
        <source>the threshold must be a level on the scale %1</source>
        <translation>涵蓋門檻必須是教學程度 %1 其中之一</translation>
    </message>
    <message>
        <source>no standard %1 in this map</source>
        <translation>此課程地圖中沒有職能基準 %1</translation>
    </message>
    <message>
        <source>a level scale needs at least one level, each with a label (such as I,R,M)</source>
        <translation>教學程度至少要有一個，且每個都要有代號（例如 I,R,M）</translation>
    </message>
    <message>
        <source>a level scale has at most %1 levels</source>
        <translation>教學程度最多 %1 個</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a level label: use up to 10 letters or digits, without spaces, commas or *</source>
        <translation>「%1」不能當作教學程度代號：請使用最多 10 個字母或數字，不含空白、逗號或 *</translation>
    </message>
    <message>
        <source>the level scale %1 names a level twice</source>
        <translation>教學程度 %1 有重複的代號</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level on the scale %2</source>
        <translation>「%1」不是教學程度 %2 其中之一</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>沒有任何變更。</translation>
    </message>
    <message>
        <source>With threshold %1, no item changes: the figures stay as they are.</source>
        <translation>涵蓋門檻改為 %1 後，沒有職能內涵改變：各項數字維持不變。</translation>
    </message>
    <message>
        <source>Items covered: %1 → %2 of %3; tasks fully covered: %4 → %5 of %6.</source>
        <translation>已涵蓋職能內涵：%1 → %2（共 %3）；完全涵蓋的工作任務：%4 → %5（共 %6）。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另 %1 項</translation>
    </message>
    <message>
        <source>a course needs a code and a name</source>
        <translation>課程需要代碼和名稱</translation>
    </message>
    <message>
        <source>a module needs a title</source>
        <translation>單元需要名稱</translation>
    </message>
    <message>
        <source>a module can only move between courses of the same programme</source>
        <translation>單元只能在同一學程的課程之間移動</translation>
    </message>
    <message>
        <source>this programme already has a course %1</source>
        <translation>此學程已有課程 %1</translation>
    </message>
    <message>
        <source>no programme named &apos;%1&apos;; did you mean &apos;%2&apos; (id %3)? Name it exactly or by its id</source>
        <translation>找不到名為「%1」的學程；是否指「%2」（編號 %3）？請輸入完整名稱或編號</translation>
    </message>
    <message>
        <source>no programme named &apos;%1&apos; (this map has: %2)</source>
        <translation>沒有名為「%1」的學程（此課程地圖有：%2）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; changed since the import was previewed; nothing was imported: preview it again</source>
        <translation>學程「%1」在預覽匯入之後已有變更；未匯入任何資料：請重新預覽</translation>
    </message>
    <message>
        <source>saving the previous state for undo</source>
        <translation>保存目前狀態以便復原</translation>
    </message>
    <message>
        <source>removing</source>
        <translation>移除中</translation>
    </message>
    <message>
        <source>adding and updating</source>
        <translation>新增與更新中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use en or zh_TW</source>
        <translation>不明的語言「%1」：請使用 en 或 zh_TW</translation>
    </message>
    <message>
        <source>use %1 or %2, with a trailing * when assessed</source>
        <translation>請使用 %1 或 %2，有評量時在後面加上 *</translation>
    </message>
    <message>
        <source>use %1, with a trailing * when assessed</source>
        <translation>請使用 %1，有評量時在後面加上 *</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 個</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；未匯入任何資料</translation>
    </message>
    <message>
        <source>courses: +%1 ~%2 -%3</source>
        <translation>課程：+%1 ~%2 -%3</translation>
    </message>
    <message>
        <source>modules: +%1 ~%2 -%3</source>
        <translation>單元：+%1 ~%2 -%3</translation>
    </message>
    <message>
        <source>mappings: +%1 ~%2 -%3</source>
        <translation>對應：+%1 ~%2 -%3</translation>
    </message>
    <message>
        <source>name %1 → %2</source>
        <translation>名稱 %1 → %2</translation>
    </message>
    <message>
        <source>credits %1 → %2</source>
        <translation>學分 %1 → %2</translation>
    </message>
    <message>
        <source>semester %1 → %2</source>
        <translation>學期 %1 → %2</translation>
    </message>
    <message>
        <source>title %1 → %2</source>
        <translation>名稱 %1 → %2</translation>
    </message>
    <message>
        <source>hours %1 → %2</source>
        <translation>時數 %1 → %2</translation>
    </message>
    <message>
        <source>create programme &apos;%1&apos; from %2 (%3)</source>
        <translation>依 %2 建立學程「%1」（%3）</translation>
    </message>
    <message>
        <source>update programme &apos;%1&apos; from %2 (%3)</source>
        <translation>依 %2 更新學程「%1」（%3）</translation>
    </message>
    <message>
        <source>nothing to change: the programme already matches the workbook</source>
        <translation>無需變更：學程已與活頁簿一致</translation>
    </message>
    <message>
        <source>(mappings to %1 items are kept: the workbook has no column for %1)</source>
        <translation>（保留對 %1 職能內涵的對應：活頁簿沒有 %1 的欄位）</translation>
    </message>
    <message>
        <source>name the programme to import into</source>
        <translation>請指定要匯入的學程</translation>
    </message>
    <message>
        <source>no standard %1 in this map (it has: %2)</source>
        <translation>此課程地圖中沒有職能基準 %1（現有：%2）</translation>
    </message>
    <message>
        <source>this map has no standards yet: import one first (curmap import-standard)</source>
        <translation>此課程地圖尚無職能基準：請先匯入一個（curmap import-standard）</translation>
    </message>
    <message>
        <source>%1: no standard in this map has all the workbook&apos;s item codes; name one with --standard CODE</source>
        <translation>%1：此課程地圖中沒有任何職能基準包含活頁簿的全部項目代碼；請以 --standard CODE 指定一個</translation>
    </message>
    <message>
        <source>%1: the item codes fit several standards (%2); name one with --standard CODE</source>
        <translation>%1：項目代碼符合多個職能基準（%2）；請以 --standard CODE 指定一個</translation>
    </message>
    <message>
        <source>checking the workbook against the map</source>
        <translation>比對活頁簿與課程地圖</translation>
    </message>
    <message>
        <source>%1: the programme does not target standard %2 here (use %3)</source>
        <translation>%1：此學程未指定職能基準 %2（請使用 %3）</translation>
    </message>
    <message>
        <source>%1: no standard %2 here (use %3)</source>
        <translation>%1：此處沒有職能基準 %2（請使用 %3）</translation>
    </message>
    <message>
        <source>no item %1 in %2</source>
        <translation>%2 中沒有項目 %1</translation>
    </message>
    <message>
        <source>%1 is in several target standards (%2); write it as %3:%1</source>
        <translation>%1 同時出現在多個目標職能基準（%2）；請寫成 %3:%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level on the scale %2: %3</source>
        <translation>「%1」不是教學程度 %2 其中之一：%3</translation>
    </message>
    <message>
        <source>reading the programme</source>
        <translation>讀取學程</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>比較中</translation>
    </message>
    <message>
        <source>create programme &apos;%1&apos; targeting %2</source>
        <translation>建立學程「%1」，對應職能基準 %2</translation>
    </message>
    <message>
        <source>no standard</source>
        <translation>無職能基準</translation>
    </message>
    <message>
        <source>reorder courses as in the workbook</source>
        <translation>依活頁簿調整課程順序</translation>
    </message>
    <message>
        <source>change course %1: %2</source>
        <translation>修改課程 %1：%2</translation>
    </message>
    <message>
        <source>add module %1 #%2 %3</source>
        <translation>新增單元 %1 #%2 %3</translation>
    </message>
    <message>
        <source>change module %1 #%2: %3</source>
        <translation>修改單元 %1 #%2：%3</translation>
    </message>
    <message>
        <source>add mapping %1 %2 %3</source>
        <translation>新增對應 %1 %2 %3</translation>
    </message>
    <message>
        <source>change mapping %1 %2 %3 → %4</source>
        <translation>修改對應 %1 %2 %3 → %4</translation>
    </message>
    <message>
        <source>remove mapping %1 %2 %3</source>
        <translation>移除對應 %1 %2 %3</translation>
    </message>
    <message>
        <source>remove course %1 %2 (%3, %4)</source>
        <translation>移除課程 %1 %2（%3、%4）</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>檔案大於 %1 MB</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>無法讀取（%1）</translation>
    </message>
    <message>
        <source>is encrypted (password-protected) or an old .xls file; save it in Excel as an unprotected .xlsx workbook and try again</source>
        <translation>已加密（受密碼保護）或為舊版 .xls 檔；請在 Excel 中另存為未受保護的 .xlsx 活頁簿後再試一次</translation>
    </message>
    <message>
        <source>is empty, not an Excel workbook</source>
        <translation>是空檔案，不是 Excel 活頁簿</translation>
    </message>
    <message>
        <source>is damaged or truncated (an incomplete .xlsx file)</source>
        <translation>檔案已損毀或被截斷（不完整的 .xlsx 檔）</translation>
    </message>
    <message>
        <source>is not an Excel workbook (.xlsx)</source>
        <translation>不是 Excel 活頁簿（.xlsx）</translation>
    </message>
    <message>
        <source>holds %1 parts, too many for a workbook; refused</source>
        <translation>含有 %1 個部分，超出活頁簿的合理數量；已拒絕</translation>
    </message>
    <message>
        <source>would expand to %1 MB (more than %2 MB); refused as a possible decompression bomb</source>
        <translation>解壓縮後將達 %1 MB（超過 %2 MB）；疑似解壓縮炸彈，已拒絕</translation>
    </message>
    <message>
        <source>part %1 compresses %2 to 1; refused as a possible decompression bomb</source>
        <translation>部分 %1 的壓縮比為 %2 比 1；疑似解壓縮炸彈，已拒絕</translation>
    </message>
    <message>
        <source>is a binary workbook (.xlsb); save it as .xlsx and try again</source>
        <translation>是二進位活頁簿（.xlsb）；請另存為 .xlsx 後再試一次</translation>
    </message>
    <message>
        <source>is an OpenDocument file (.ods); save it as .xlsx</source>
        <translation>是 OpenDocument 檔案（.ods）；請另存為 .xlsx</translation>
    </message>
    <message>
        <source>is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>是 zip 檔，但不是 Excel 活頁簿（.xlsx）</translation>
    </message>
    <message>
        <source>is damaged (%1: %2)</source>
        <translation>檔案已損毀（%1：%2）</translation>
    </message>
    <message>
        <source>part %1 declares XML entities (a possible attack); refused</source>
        <translation>部分 %1 宣告了 XML 實體（可能是攻擊）；已拒絕</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>檢查檔案</translation>
    </message>
    <message>
        <source>no sheet named &apos;%1&apos; (or &apos;%2&apos;); the workbook has: %3</source>
        <translation>沒有名為「%1」（或「%2」）的工作表；此活頁簿有：%3</translation>
    </message>
    <message>
        <source>reading the workbook</source>
        <translation>讀取活頁簿</translation>
    </message>
    <message>
        <source>declares XML entities or external references (a possible attack); refused</source>
        <translation>宣告了 XML 實體或外部參照（可能是攻擊）；已拒絕</translation>
    </message>
    <message>
        <source>cannot be read as an Excel workbook (%1: %2)</source>
        <translation>無法當作 Excel 活頁簿讀取（%1：%2）</translation>
    </message>
    <message>
        <source>course code</source>
        <translation>課程代碼</translation>
    </message>
    <message>
        <source>course name</source>
        <translation>課程名稱</translation>
    </message>
    <message>
        <source>credits</source>
        <translation>學分</translation>
    </message>
    <message>
        <source>semester</source>
        <translation>學期</translation>
    </message>
    <message>
        <source>module number</source>
        <translation>單元序號</translation>
    </message>
    <message>
        <source>module title</source>
        <translation>單元名稱</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時數</translation>
    </message>
    <message>
        <source>holds a formula (%1); type the %2 itself</source>
        <translation>含有公式（%1）；請直接輸入%2</translation>
    </message>
    <message>
        <source>holds an error value %1; type the %2</source>
        <translation>含有錯誤值 %1；請輸入%2</translation>
    </message>
    <message>
        <source>holds a date or time where %1 is expected (format the cell as text and type it again)</source>
        <translation>應填%1，卻是日期或時間（請將儲存格格式設為文字後重新輸入）</translation>
    </message>
    <message>
        <source>holds TRUE/FALSE where %1 is expected</source>
        <translation>應填%1，卻是 TRUE/FALSE</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1超過 %2 個字元</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (%2)</source>
        <translation>「%1」不是數字（%2）</translation>
    </message>
    <message>
        <source>holds %1 where a number (%2) is expected</source>
        <translation>應填數字（%2），卻是 %1</translation>
    </message>
    <message>
        <source>%1 is not a whole number (%2)</source>
        <translation>%1 不是整數（%2）</translation>
    </message>
    <message>
        <source>%1 is below %2 (%3)</source>
        <translation>%1 小於 %2（%3）</translation>
    </message>
    <message>
        <source>more than %1 rows; only the first were read</source>
        <translation>超過 %1 列；只讀取了前 %1 列</translation>
    </message>
    <message>
        <source>a header cannot be a formula</source>
        <translation>欄標題不能是公式</translation>
    </message>
    <message>
        <source>a second &apos;%1&apos; column</source>
        <translation>重複的「%1」欄</translation>
    </message>
    <message>
        <source>the sheet is empty (it needs a header row)</source>
        <translation>工作表是空的（需要標題列）</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos; (or &apos;%2&apos;) in the header row</source>
        <translation>標題列中沒有「%1」（或「%2」）欄</translation>
    </message>
    <message>
        <source>no course code</source>
        <translation>沒有課程代碼</translation>
    </message>
    <message>
        <source>no course name for course %1</source>
        <translation>課程 %1 沒有課程名稱</translation>
    </message>
    <message>
        <source>course %1 has name %2 here but %3 at %4</source>
        <translation>課程 %1 在此的名稱為 %2，但在 %4 為 %3</translation>
    </message>
    <message>
        <source>course %1 has credits %2 here but %3 at %4</source>
        <translation>課程 %1 在此的學分為 %2，但在 %4 為 %3</translation>
    </message>
    <message>
        <source>course %1 has semester %2 here but %3 at %4</source>
        <translation>課程 %1 在此的學期為 %2，但在 %4 為 %3</translation>
    </message>
    <message>
        <source>no module number for the module %1 of %2</source>
        <translation>%2 的單元「%1」沒有單元序號</translation>
    </message>
    <message>
        <source>no module number for the module of %1</source>
        <translation>%1 的單元沒有單元序號</translation>
    </message>
    <message>
        <source>no title for module %1 #%2</source>
        <translation>單元 %1 #%2 沒有名稱</translation>
    </message>
    <message>
        <source>module %1 #%2 appears twice (rows %3 and %4)</source>
        <translation>單元 %1 #%2 出現兩次（第 %3 列與第 %4 列）</translation>
    </message>
    <message>
        <source>the modules of %1 must be numbered 1, 2, 3… without gaps (found %2)</source>
        <translation>%1 的單元必須依 1、2、3… 連續編號，不可跳號（目前為 %2）</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item code (such as K01, S03 or A02)</source>
        <translation>「%1」不是項目代碼（例如 K01、S03 或 A02）</translation>
    </message>
    <message>
        <source>item %1 has a second column (first at %2)</source>
        <translation>項目 %1 有重複的欄（第一欄在 %2）</translation>
    </message>
    <message>
        <source>a value in a column with no item code in row %1</source>
        <translation>第 %1 列未標示項目代碼的欄中有值</translation>
    </message>
    <message>
        <source>holds %1 where a level (such as I, R or M) is expected</source>
        <translation>應填教學程度（例如 I、R 或 M），卻是 %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level (such as I, R or M, with * when assessed)</source>
        <translation>「%1」不是教學程度（例如 I、R 或 M，有評量時加上 *）</translation>
    </message>
    <message>
        <source>no module number</source>
        <translation>沒有單元序號</translation>
    </message>
    <message>
        <source>module %1 #%2 has a second row (rows %3 and %4)</source>
        <translation>單元 %1 #%2 有重複的列（第 %3 列與第 %4 列）</translation>
    </message>
    <message>
        <source>module %1 #%2 is not on the Modules sheet</source>
        <translation>單元 %1 #%2 不在 Modules（課程單元）工作表中</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：資料夾 %2 不存在</translation>
    </message>
    <message>
        <source>%1: the file name must end in %2</source>
        <translation>%1：檔名必須以 %2 結尾</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name ending in %2</source>
        <translation>%1：這是資料夾；請提供以 %2 結尾的檔名</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2); nothing was written</source>
        <translation>%1：無法寫入檔案（%2）；未寫入任何內容</translation>
    </message>
    <message>
        <source>%1: a file with this name already exists; open it instead, or choose another name</source>
        <translation>%1：已有同名檔案；請改為開啟它，或選擇其他名稱</translation>
    </message>
    <message>
        <source>%1: only a map stored in a file can be copied</source>
        <translation>%1：只有存成檔案的課程地圖才能複製</translation>
    </message>
    <message>
        <source>%1: this is the open map itself; choose another name</source>
        <translation>%1：這就是目前開啟的課程地圖；請選擇其他名稱</translation>
    </message>
    <message>
        <source>%1: that map is open in curmap or was not closed cleanly; close it or choose another name</source>
        <translation>%1：該課程地圖正在 curmap 中開啟，或上次未正常關閉；請關閉它或選擇其他名稱</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2); nothing was saved</source>
        <translation>%1：無法寫入副本（%2）；未儲存任何檔案</translation>
    </message>
    <message>
        <source>item #%1 is not in a standard this programme targets</source>
        <translation>項目 #%1 不屬於此學程指定的職能基準</translation>
    </message>
    <message>
        <source>level %1 is not on the scale %2</source>
        <translation>教學程度 %1 不在 %2 之中</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>no main table found; expected a header row 主要職責 工作任務 工作產出 行為指標 職能級別 職能內涵 K 職能內涵 S</source>
        <translation>找不到主表；應有一列表頭「主要職責 工作任務 工作產出 行為指標 職能級別 職能內涵 K 職能內涵 S」</translation>
    </message>
    <message>
        <source>the main table is not followed by 職能內涵 (A=attitude 態度) and its attitude items; is the file cut short?</source>
        <translation>主表之後沒有 職能內涵 (A=attitude 態度) 及其態度項目；檔案是否不完整？</translation>
    </message>
    <message>
        <source>expected an attitude code like A01 under 職能內涵 (A=attitude 態度), found &apos;%1&apos;</source>
        <translation>職能內涵 (A=attitude 態度) 之下應為 A01 之類的態度代碼，卻是「%1」</translation>
    </message>
    <message>
        <source>duplicate attitude code %1</source>
        <translation>態度代碼 %1 重複</translation>
    </message>
    <message>
        <source>attitude %1 has no title</source>
        <translation>態度項目 %1 沒有名稱</translation>
    </message>
    <message>
        <source>this is not a text file (it contains binary data)</source>
        <translation>這不是文字檔（含有二進位資料）</translation>
    </message>
    <message>
        <source>this is not a text file (too many control characters)</source>
        <translation>這不是文字檔（控制字元過多）</translation>
    </message>
    <message>
        <source>no 職能基準代碼 (standard code) found; expected a line like &apos;職能基準代碼  KRM2431-001v2&apos;</source>
        <translation>找不到 職能基準代碼；應有一行像「職能基準代碼  KRM2431-001v2」</translation>
    </message>
    <message>
        <source>no 職能基準名稱 found; expected the standard&apos;s name after 職類 or 職業</source>
        <translation>找不到 職能基準名稱；職類 或 職業 之後應為職能基準的名稱</translation>
    </message>
    <message>
        <source>expected a standard code like KRM2431-001v2 after 職能基準代碼, found &apos;%1&apos;</source>
        <translation>職能基準代碼 之後應為 KRM2431-001v2 之類的代碼，卻是「%1」</translation>
    </message>
    <message>
        <source>expected a level 1-6 after 基準級別, found &apos;%1&apos;</source>
        <translation>基準級別之後應為 1-6 的職能級別，卻是「%1」</translation>
    </message>
    <message>
        <source>a work output code like O1.1.1</source>
        <translation>O1.1.1 之類的工作產出代碼</translation>
    </message>
    <message>
        <source>a behaviour indicator code like P1.1</source>
        <translation>P1.1 之類的行為指標代碼</translation>
    </message>
    <message>
        <source>a knowledge code like K01</source>
        <translation>K01 之類的知識代碼</translation>
    </message>
    <message>
        <source>a skill code like S01</source>
        <translation>S01 之類的技能代碼</translation>
    </message>
    <message>
        <source>the main table&apos;s header lacks the column %1</source>
        <translation>主表的表頭缺少欄位 %1</translation>
    </message>
    <message>
        <source>unexpected text in column %1 (&apos;%2&apos;); the main table has %3 columns</source>
        <translation>第 %1 欄出現非預期的文字（「%2」）；主表只有 %3 欄</translation>
    </message>
    <message>
        <source>expected %1 in column %2, found &apos;%3&apos;</source>
        <translation>第 %2 欄應為 %1，卻是「%3」</translation>
    </message>
    <message>
        <source>expected a main duty code like T1 in column %1, found &apos;%2&apos;</source>
        <translation>第 %1 欄應為 T1 之類的主要職責代碼，卻是「%2」</translation>
    </message>
    <message>
        <source>duplicate main duty code %1</source>
        <translation>主要職責代碼 %1 重複</translation>
    </message>
    <message>
        <source>task %1 comes before any main duty; expected a duty code like T1 in column %2</source>
        <translation>工作任務 %1 出現在任何主要職責之前；第 %2 欄應為 T1 之類的主要職責代碼</translation>
    </message>
    <message>
        <source>duplicate task code %1</source>
        <translation>工作任務代碼 %1 重複</translation>
    </message>
    <message>
        <source>task %1 is listed under main duty %2; expected a code like %2.1</source>
        <translation>工作任務 %1 列在主要職責 %2 之下；代碼應為 %2.1 之類</translation>
    </message>
    <message>
        <source>expected a work task code like T1.1 in column %1, found &apos;%2&apos;</source>
        <translation>第 %1 欄應為 T1.1 之類的工作任務代碼，卻是「%2」</translation>
    </message>
    <message>
        <source>expected a work task code like T1.1 in column %1</source>
        <translation>第 %1 欄應為 T1.1 之類的工作任務代碼</translation>
    </message>
    <message>
        <source>task %1 has level &apos;%2&apos;; expected a number 1-6</source>
        <translation>工作任務 %1 的職能級別為「%2」；應為 1-6 的數字</translation>
    </message>
    <message>
        <source>task %1 has level %2; levels run 1-6</source>
        <translation>工作任務 %1 的職能級別為 %2；職能級別應為 1-6</translation>
    </message>
    <message>
        <source>the table has no rows; expected main duties (T1) with their work tasks (T1.1)</source>
        <translation>表格沒有任何資料列；應有主要職責（T1）及其工作任務（T1.1）</translation>
    </message>
    <message>
        <source>main duty %1 has no work tasks</source>
        <translation>主要職責 %1 沒有任何工作任務</translation>
    </message>
    <message>
        <source>main duty %1 has no title</source>
        <translation>主要職責 %1 沒有名稱</translation>
    </message>
    <message>
        <source>task %1 has no title</source>
        <translation>工作任務 %1 沒有名稱</translation>
    </message>
    <message>
        <source>task %1 links to no knowledge item (K)</source>
        <translation>工作任務 %1 沒有連結任何知識項目（K）</translation>
    </message>
    <message>
        <source>task %1 links to no skill item (S)</source>
        <translation>工作任務 %1 沒有連結任何技能項目（S）</translation>
    </message>
    <message>
        <source>work output %1 of task %2 has no text</source>
        <translation>工作任務 %2 的工作產出 %1 沒有內容</translation>
    </message>
    <message>
        <source>behaviour indicator %1 of task %2 has no text</source>
        <translation>工作任務 %2 的行為指標 %1 沒有內容</translation>
    </message>
    <message>
        <source>name the standard with --standard CODE (this map has %1)</source>
        <translation>請以 --standard CODE 指定職能基準（此課程地圖有 %1 個）</translation>
    </message>
    <message>
        <source>standard %1 is already in this map; replace it to load the new text</source>
        <translation>職能基準 %1 已在此課程地圖中；請以取代方式載入新內容</translation>
    </message>
    <message>
        <source>standard %1 cannot be deleted: %2 mappings use its items (%3); deleting it would remove them</source>
        <translation>無法刪除職能基準 %1：有 %2 筆對應使用其項目（%3）；刪除它會一併移除這些對應</translation>
    </message>
    <message>
        <source>item %1 is listed %2 times</source>
        <translation>項目 %1 列出了 %2 次</translation>
    </message>
    <message>
        <source>task %1 is listed %2 times</source>
        <translation>工作任務 %1 列出了 %2 次</translation>
    </message>
    <message>
        <source>task %1 links to %2, which the standard does not list</source>
        <translation>工作任務 %1 連結到 %2，但職能基準中沒有此項目</translation>
    </message>
    <message>
        <source>%1: the change conflicts with stored data (%2)</source>
        <translation>%1：此變更與已儲存的資料衝突（%2）</translation>
    </message>
    <message>
        <source>%1: the database refused the change (%2); nothing was saved</source>
        <translation>%1：資料庫拒絕了此變更（%2）；未儲存任何變更</translation>
    </message>
    <message>
        <source>%1: the map is locked by another program; nothing was saved. Try again.</source>
        <translation>%1：課程地圖被其他程式鎖定；未儲存任何變更。請再試一次。</translation>
    </message>
    <message>
        <source>%1: the file is read-only; nothing was saved</source>
        <translation>%1：檔案為唯讀；未儲存任何變更</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was saved</source>
        <translation>%1：磁碟已滿；未儲存任何變更</translation>
    </message>
    <message>
        <source>%1: database error (%2); nothing was saved</source>
        <translation>%1：資料庫錯誤（%2）；未儲存任何變更</translation>
    </message>
    <message>
        <source>%1: this map was saved by a newer version of curmap (schema %2); this version reads schema %3 and older. Update curmap to open it.</source>
        <translation>%1：此課程地圖由較新版的 curmap 儲存（結構版本 %2）；此版本只能讀取結構版本 %3 及更舊的版本。請更新 curmap 後再開啟。</translation>
    </message>
    <message>
        <source>%1: this map needs upgrading (schema %2 -&gt; %3), which cannot happen while it is opened read-only. Open it for editing once (a copy is kept from before), or copy it somewhere writable and open the copy.</source>
        <translation>%1：此課程地圖需要升級（結構版本 %2 -&gt; %3），以唯讀方式開啟時無法升級。請以可編輯方式開啟一次（會保留升級前的副本），或將它複製到可寫入的位置後開啟該副本。</translation>
    </message>
    <message>
        <source>%1: the upgrade failed and was undone (%2). A copy from before is at %3.</source>
        <translation>%1：升級失敗，已復原（%2）。升級前的副本位於 %3。</translation>
    </message>
    <message>
        <source>%1: the upgrade failed and was undone (%2).</source>
        <translation>%1：升級失敗，已復原（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is empty and read-only</source>
        <translation>%1：檔案是空的且為唯讀</translation>
    </message>
    <message>
        <source>%1: is a folder, not a curmap map</source>
        <translation>%1：這是資料夾，不是 curmap 課程地圖</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：檔案不存在</translation>
    </message>
    <message>
        <source>%1: cannot create a map in %2 (permission denied)</source>
        <translation>%1：無法在 %2 建立課程地圖（權限不足）</translation>
    </message>
    <message>
        <source>%1: the file is read-only; open it read-only instead</source>
        <translation>%1：檔案為唯讀；請改以唯讀方式開啟</translation>
    </message>
    <message>
        <source>%1: cannot write the backup %2 before upgrading (%3); nothing was changed</source>
        <translation>%1：升級前無法寫入備份 %2（%3）；未做任何變更</translation>
    </message>
    <message>
        <source>the upgrade left %1 broken references (first in table %2); nothing was changed</source>
        <translation>升級後留下 %1 個失效的參照（第一個在資料表 %2）；未做任何變更</translation>
    </message>
    <message>
        <source>it is not a curmap map (it holds other tables)</source>
        <translation>這不是 curmap 課程地圖（其中含有其他資料表）</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (permission denied)</source>
        <translation>%1：無法讀取檔案（權限不足）</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1：無法讀取檔案（%2）</translation>
    </message>
    <message>
        <source>%1: not a curmap map (the file is not an SQLite database)</source>
        <translation>%1：不是 curmap 課程地圖（檔案不是 SQLite 資料庫）</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1：無法開啟（%2）</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1：資料庫已損毀（%2）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>沒有回應</translation>
    </message>
    <message>
        <source>%1: the map is locked by another program; try again</source>
        <translation>%1：課程地圖被其他程式鎖定；請再試一次</translation>
    </message>
    <message>
        <source>no programme named &apos;%1&apos; (this map has: %2); to make a new one from the workbook, add --create</source>
        <translation>找不到名為「%1」的學程（此課程地圖有：%2）；若要依活頁簿建立新學程，請加上 --create</translation>
    </message>
    <message>
        <source>%1: no such map (check the path; a command that changes a map creates it)</source>
        <translation>%1：沒有這個課程地圖（請檢查路徑；會修改課程地圖的指令才會建立新檔）</translation>
    </message>
    <message>
        <source>reading the map</source>
        <translation>讀取課程地圖</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>儲存中</translation>
    </message>
    <message>
        <source>reading the standard</source>
        <translation>讀取職能基準</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>已取消；未寫入任何內容</translation>
    </message>
    <message>
        <source>say what to set: --threshold LEVEL and/or --scale I,R,M</source>
        <translation>請指定要設定的項目：--threshold 教學程度 和／或 --scale I,R,M</translation>
    </message>
    <message>
        <source>%1: the file name must end in .pdf</source>
        <translation>%1：檔名必須以 .pdf 結尾</translation>
    </message>
    <message>
        <source>%1: cannot write the file (is it open in another program, or read-only?); nothing was written</source>
        <translation>%1：無法寫入檔案（是否已在其他程式中開啟，或為唯讀？）；未寫入任何內容</translation>
    </message>
    <message>
        <source>is damaged or truncated (an incomplete .ods file)</source>
        <translation>已損毀或不完整（.ods 檔案不完整）</translation>
    </message>
    <message>
        <source>is not an OpenDocument spreadsheet (no content.xml)</source>
        <translation>不是 OpenDocument 試算表（沒有 content.xml）</translation>
    </message>
    <message>
        <source>cannot be read as an OpenDocument spreadsheet (%1: %2)</source>
        <translation>無法當作 OpenDocument 試算表讀取（%1：%2）</translation>
    </message>
    <message>
        <source>--map takes OLD=NEW item codes (NEW &apos;-&apos; to carry nothing), not &apos;%1&apos;</source>
        <translation>--map 需要「舊代碼=新代碼」（新代碼為 - 表示不移轉），而非「%1」</translation>
    </message>
    <message>
        <source>--map %1: the programme maps no item %2 of %3</source>
        <translation>--map %1：學程未對應 %3 的項目 %2</translation>
    </message>
    <message>
        <source>--map %1: %2 has no item %3</source>
        <translation>--map %1：%2 沒有項目 %3</translation>
    </message>
    <message>
        <source>same code and title</source>
        <translation>代碼與名稱相同</translation>
    </message>
    <message>
        <source>same code, title reworded</source>
        <translation>代碼相同，名稱改寫</translation>
    </message>
    <message>
        <source>renumbered, same title</source>
        <translation>代碼改變，名稱相同</translation>
    </message>
    <message>
        <source>renumbered and reworded: the best title match</source>
        <translation>代碼與名稱皆改變：名稱最相近者</translation>
    </message>
    <message>
        <source>cannot carry: no item of the new version is alike enough</source>
        <translation>無法移轉：新版中沒有夠相近的項目</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>手動選定</translation>
    </message>
    <message>
        <source>not carried, by choice</source>
        <translation>選擇不移轉</translation>
    </message>
    <message>
        <source>cannot carry: removed in the new version (closest: %1, %2% alike)</source>
        <translation>無法移轉：新版已刪除此項目（最相近：%1，相似度 %2%）</translation>
    </message>
    <message>
        <source>cannot carry: removed in the new version</source>
        <translation>無法移轉：新版已刪除此項目</translation>
    </message>
    <message>
        <source>item #%1 is not mapped by the programme</source>
        <translation>學程未對應項目 #%1</translation>
    </message>
    <message>
        <source>item #%1 is not in %2</source>
        <translation>項目 #%1 不在 %2 中</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; would be carried from %2 to itself; name the new version with --to</source>
        <translation>學程「%1」將從 %2 移轉到自身；請以 --to 指定新版本</translation>
    </message>
    <message>
        <source>name the standard to carry programme &apos;%1&apos; from with --from CODE (it targets: %2)</source>
        <translation>請以 --from CODE 指定學程「%1」要從哪個職能基準移轉（已指定：%2）</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; or its standards changed since the migration to %2 was planned; nothing was carried: plan it again</source>
        <translation>規劃移轉至 %2 之後，學程「%1」或其職能基準已有變動；未移轉任何對應：請重新規劃</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; changed since its mappings were carried over; the migration cannot be undone</source>
        <translation>學程「%1」在對應移轉後已有變動；無法復原此次移轉</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未變更</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已刪除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>duty</source>
        <translation>主要職責</translation>
    </message>
    <message>
        <source>task</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>attitude</source>
        <translation>態度</translation>
    </message>
    <message>
        <source>split from %1 (%2% alike)</source>
        <translation>由 %1 拆分而來（相似度 %2%）</translation>
    </message>
    <message>
        <source>merged into %1 (%2% alike)</source>
        <translation>併入 %1（相似度 %2%）</translation>
    </message>
    <message>
        <source>its tasks moved to %1</source>
        <translation>其工作任務移至 %1</translation>
    </message>
    <message>
        <source>closest: %1 (%2% alike)</source>
        <translation>最相近：%1（相似度 %2%）</translation>
    </message>
    <message>
        <source>renumbered %1 → %2</source>
        <translation>代碼 %1 → %2</translation>
    </message>
    <message>
        <source>reworded (%1% alike)</source>
        <translation>名稱改寫（相似度 %1%）</translation>
    </message>
    <message>
        <source>moved from duty %1 to %2</source>
        <translation>由主要職責 %1 移至 %2</translation>
    </message>
    <message>
        <source>gained tasks %1</source>
        <translation>新增工作任務 %1</translation>
    </message>
    <message>
        <source>lost tasks %1</source>
        <translation>減少工作任務 %1</translation>
    </message>
    <message>
        <source>now also needs %1</source>
        <translation>新增需要 %1</translation>
    </message>
    <message>
        <source>no longer needs %1</source>
        <translation>不再需要 %1</translation>
    </message>
    <message>
        <source>now also supports %1</source>
        <translation>新增支援 %1</translation>
    </message>
    <message>
        <source>no longer supports %1</source>
        <translation>不再支援 %1</translation>
    </message>
    <message>
        <source>name two different standards to compare (both are %1)</source>
        <translation>請指定兩個不同的職能基準來比較（兩者皆為 %1）</translation>
    </message>
    <message>
        <source>the similarity threshold must be above 0 and at most 1 (not %1)</source>
        <translation>相似度門檻須大於 0 且不超過 1（而非 %1）</translation>
    </message>
    <message>
        <source>this is a folder, not a standard&apos;s file</source>
        <translation>這是資料夾，不是職能基準檔案</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket); save the standard to a file first</source>
        <translation>這不是一般檔案（而是裝置、管線或通訊端）；請先將職能基準存成檔案</translation>
    </message>
    <message>
        <source>the file is over %1 MB; a competency standard is far smaller</source>
        <translation>檔案超過 %1 MB；職能基準應該小得多</translation>
    </message>
    <message>
        <source>the standard lists no attitudes (職能內涵 A=attitude 態度); it is read without any</source>
        <translation>此職能基準未列出任何態度（職能內涵 A=attitude 態度）；將不含態度項目</translation>
    </message>
    <message>
        <source>the file ends in the middle of the attitude list (the last read is &apos;%1&apos;); it looks cut short: import the whole file</source>
        <translation>檔案在態度清單中途結束（最後讀到「%1」）；檔案似乎不完整：請匯入完整的檔案</translation>
    </message>
    <message>
        <source>nothing follows the attitude list (no 說明與補充事項): the file may be cut short; the last attitude read is &apos;%1&apos;</source>
        <translation>態度清單之後沒有其他內容（沒有說明與補充事項）：檔案可能不完整；最後讀到的態度是「%1」</translation>
    </message>
    <message>
        <source>the PDF has %1 of the %2 pages its footers count; it is cut short</source>
        <translation>此 PDF 只有頁尾所標示 %2 頁中的 %1 頁；檔案不完整</translation>
    </message>
    <message>
        <source>no attitude items (A) are listed under 職能內涵 (A=attitude 態度); the standard is read without any</source>
        <translation>職能內涵 (A=attitude 態度) 之下沒有列出任何態度項目 (A)；此職能基準將不含態度項目</translation>
    </message>
    <message>
        <source>the attitudes are listed without codes; they were numbered A01 to %1 in the order listed</source>
        <translation>態度項目沒有代碼；已依列出順序編為 A01 至 %1</translation>
    </message>
    <message>
        <source>cannot read the file as text (bad byte at offset %1); expected UTF-8, UTF-16 or Big5 text</source>
        <translation>無法以文字讀取檔案（位移 %1 處有無效位元組）；應為 UTF-8、UTF-16 或 Big5 文字檔</translation>
    </message>
    <message>
        <source>cannot read the file as %1 text (bad byte at offset %2); expected UTF-8, UTF-16 or Big5 text</source>
        <translation>無法以 %1 文字讀取檔案（位移 %2 處有無效位元組）；應為 UTF-8、UTF-16 或 Big5 文字檔</translation>
    </message>
    <message>
        <source>%1 lists %2 codes but %3 names; the codes were paired with the names in order</source>
        <translation>%1 列出 %2 個代碼但只有 %3 個名稱；已依順序將代碼與名稱配對</translation>
    </message>
    <message>
        <source>knowledge (K)</source>
        <translation>知識 (K)</translation>
    </message>
    <message>
        <source>skill (S)</source>
        <translation>技能 (S)</translation>
    </message>
    <message>
        <source>duty %1: K and S read as cells merged over all its tasks, because a cell at the top of a page was empty (a merged cell running on); check against the original</source>
        <translation>主要職責 %1：K 與 S 視為跨其所有工作任務的合併儲存格，因為頁首有一個空白儲存格（合併儲存格跨頁延續）；請與原件核對</translation>
    </message>
    <message>
        <source>duty %1: K and S read as cells merged over all its tasks, since task %2 shows no %3 item of its own; if the original lists them per task, %2 has none: check</source>
        <translation>主要職責 %1：K 與 S 視為跨其所有工作任務的合併儲存格，因為工作任務 %2 沒有自己的%3 項目；若原件是逐一工作任務列出，則 %2 沒有此類項目：請核對</translation>
    </message>
    <message>
        <source>task %1 has no level (職能級別); expected a number 1-6</source>
        <translation>工作任務 %1 沒有職能級別；應為 1-6 的數字</translation>
    </message>
    <message>
        <source>task %1 lists no %2 item</source>
        <translation>工作任務 %1 未列出任何%2 項目</translation>
    </message>
    <message>
        <source>work output %1 is listed under task %2 and again under task %3</source>
        <translation>工作產出 %1 列在工作任務 %2 之下，又列在工作任務 %3 之下</translation>
    </message>
    <message>
        <source>behaviour indicator %1 is listed under task %2 and again under task %3</source>
        <translation>行為指標 %1 列在工作任務 %2 之下，又列在工作任務 %3 之下</translation>
    </message>
    <message>
        <source>task %1 lists work output %2 twice, with different texts</source>
        <translation>工作任務 %1 列出兩次工作產出 %2，且內容不同</translation>
    </message>
    <message>
        <source>task %1 lists behaviour indicator %2 twice, with different texts</source>
        <translation>工作任務 %1 列出兩次行為指標 %2，且內容不同</translation>
    </message>
    <message>
        <source>item %1 is titled &apos;%2&apos; here but &apos;%3&apos; before; the first title is kept</source>
        <translation>項目 %1 在此名為「%2」，但先前名為「%3」；保留第一個名稱</translation>
    </message>
    <message>
        <source>item %1 is referenced but never given a title; it is read without one</source>
        <translation>項目 %1 有被引用，但從未給出名稱；將以無名稱的方式讀入</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1，第 %2 頁</translation>
    </message>
    <message>
        <source>%1, table %2, row %3</source>
        <translation>%1，表格 %2 第 %3 列</translation>
    </message>
    <message>
        <source>%1, paragraph %2</source>
        <translation>%1，第 %2 段</translation>
    </message>
    <message>
        <source>the ODT file is damaged or incomplete (it is not a whole zip archive)</source>
        <translation>ODT 檔案已損毀或不完整（不是完整的 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>this is a Word (.docx) file; save it as ODT or PDF and import that</source>
        <translation>這是 Word (.docx) 檔案；請另存為 ODT 或 PDF 後再匯入</translation>
    </message>
    <message>
        <source>this is not an ODT text document (%1)</source>
        <translation>這不是 ODT 文字文件（%1）</translation>
    </message>
    <message>
        <source>the ODT file unpacks to over %1 MB; a competency standard is far smaller</source>
        <translation>ODT 檔案解壓縮後超過 %1 MB；職能基準應該小得多</translation>
    </message>
    <message>
        <source>the ODT file cannot be read (%1)</source>
        <translation>無法讀取 ODT 檔案（%1）</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>此 PDF 沒有任何頁面</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; a competency standard has far fewer (at most about %2)</source>
        <translation>此 PDF 有 %1 頁；職能基準的頁數少得多（最多約 %2 頁）</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; save a copy without one (print it to PDF) and import that</source>
        <translation>此 PDF 受密碼保護；請另存一份沒有密碼的副本（列印成 PDF）後再匯入</translation>
    </message>
    <message>
        <source>the PDF is damaged or incomplete and cannot be read (%1)</source>
        <translation>此 PDF 已損毀或不完整，無法讀取（%1）</translation>
    </message>
    <message>
        <source>pages 1-%1 show no 職能基準代碼 and no main table (主要職責 …): this PDF is not a competency standard</source>
        <translation>第 1-%1 頁沒有職能基準代碼，也沒有主表（主要職責 …）：此 PDF 不是職能基準</translation>
    </message>
    <message>
        <source>the page holds only an image (a scan?); curmap needs the PDF with text that iCAP publishes, not a scan</source>
        <translation>此頁只有圖片（掃描檔？）；curmap 需要 iCAP 發布、含文字的 PDF，而不是掃描檔</translation>
    </message>
    <message>
        <source>the page&apos;s text cannot be extracted (its fonts have no character map)</source>
        <translation>無法擷取此頁的文字（字型沒有字元對照表）</translation>
    </message>
    <message>
        <source>the PDF is damaged and the page cannot be read (%1)</source>
        <translation>此 PDF 已損毀，無法讀取此頁（%1）</translation>
    </message>
    <message>
        <source>programme %1 is already there; nothing was changed</source>
        <translation>學程 %1 已經存在；未做任何變更</translation>
    </message>
    <message>
        <source>cannot bring programme %1 back: another programme has that name now</source>
        <translation>無法復原學程 %1：現在已有其他學程使用此名稱</translation>
    </message>
    <message>
        <source>cannot bring course %1 back: its programme was deleted</source>
        <translation>無法復原課程 %1：其所屬學程已被刪除</translation>
    </message>
    <message>
        <source>course %1 is already there; nothing was changed</source>
        <translation>課程 %1 已經存在；未做任何變更</translation>
    </message>
    <message>
        <source>cannot bring module %1 back: its course was deleted</source>
        <translation>無法復原單元 %1：其所屬課程已被刪除</translation>
    </message>
    <message>
        <source>module %1 is already there; nothing was changed</source>
        <translation>單元 %1 已經存在；未做任何變更</translation>
    </message>
    <message>
        <source>%1 of the items it mapped are no longer in the map (a standard was replaced or removed since); nothing was changed</source>
        <translation>其對應的職能內涵中有 %1 項已不在地圖中（職能基準已被取代或移除）；未做任何變更</translation>
    </message>
    <message>
        <source>programme &apos;%1&apos; was changed since the workbook was imported; undoing the import would lose those changes, so nothing was changed</source>
        <translation>匯入活頁簿之後，學程「%1」又有變更；復原匯入會遺失這些變更，因此未做任何變更</translation>
    </message>
    <message>
        <source>programme %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed.</source>
        <translation>學程 %1 已在別處被變更：其%2現在是 %3，您看到的是 %4。未做任何變更。</translation>
    </message>
    <message>
        <source>course %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed.</source>
        <translation>課程 %1 已在別處被變更：其%2現在是 %3，您看到的是 %4。未做任何變更。</translation>
    </message>
    <message>
        <source>module %1 was changed elsewhere: its %2 is now %3; you saw %4. Nothing was changed.</source>
        <translation>單元 %1 已在別處被變更：其%2現在是 %3，您看到的是 %4。未做任何變更。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>mapping levels</source>
        <translation>教學程度</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>門檻</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年級</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 第 %2 單元</translation>
    </message>
    <message>
        <source>programme %1 was changed elsewhere since you confirmed deleting it (it now has %2). Nothing was deleted.</source>
        <translation>您確認刪除後，學程 %1 已在別處被變更（現在有 %2）。未刪除任何內容。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message>
        <source>course %1 was changed elsewhere since you confirmed deleting it (it now has %2). Nothing was deleted.</source>
        <translation>您確認刪除後，課程 %1 已在別處被變更（現在有 %2）。未刪除任何內容。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>module %1 was changed elsewhere since you confirmed deleting it (it now has %2). Nothing was deleted.</source>
        <translation>您確認刪除後，單元 %1 已在別處被變更（現在有 %2）。未刪除任何內容。</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>課程 %1</translation>
    </message>
    <message>
        <source>module &apos;%1&apos; of %2</source>
        <translation>%2 的單元「%1」</translation>
    </message>
    <message>
        <source>%1 was moved elsewhere since you saw it; nothing was moved.</source>
        <translation>您看到之後，%1 已在別處被移動；未移動任何內容。</translation>
    </message>
    <message>
        <source>programme %1&apos;s standards were changed elsewhere: it now targets %2; you saw %3. Nothing was changed.</source>
        <translation>學程 %1 的職能基準已在別處被變更：現在對應 %2，您看到的是 %3。未做任何變更。</translation>
    </message>
    <message>
        <source>another note</source>
        <translation>另一則備註</translation>
    </message>
    <message>
        <source>its note as it was</source>
        <translation>原本的備註</translation>
    </message>
    <message>
        <source>%1 in %2 unit %3 was changed elsewhere: it is now %4; you saw %5.</source>
        <translation>%2 第 %3 單元的 %1 已在別處被變更：現在是 %4，您看到的是 %5。</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1未做任何變更。</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>未對應</translation>
    </message>
    <message>
        <source>the mappings replacing %1 would drop were changed elsewhere since you were told (it would now drop %2); nothing was replaced</source>
        <translation>告知您之後，取代 %1 會刪除的對應已在別處被變更（現在會刪除 %2 筆）；未取代任何內容</translation>
    </message>
    <message>
        <source>%1 is the open map itself (or one of its files); choose another file</source>
        <translation>%1 就是目前開啟的地圖本身（或其檔案之一）；請選擇其他檔案</translation>
    </message>
    <message>
        <source>%1 Changes cannot be saved.</source>
        <translation>%1無法儲存變更。</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 以唯讀方式開啟。</translation>
    </message>
    <message>
        <source>%1 is open read-only: the file is read-only.</source>
        <translation>%1 以唯讀方式開啟：檔案為唯讀。</translation>
    </message>
    <message>
        <source>%1 is open read-only: its folder is read-only (a CD, a locked USB stick, a read-only share).</source>
        <translation>%1 以唯讀方式開啟：所在資料夾為唯讀（光碟、鎖定的隨身碟或唯讀的共用資料夾）。</translation>
    </message>
    <message>
        <source>%1 is open read-only: your database role may read this map but not change it.</source>
        <translation>%1 以唯讀方式開啟：您的資料庫角色可以讀取但不能變更此地圖。</translation>
    </message>
    <message>
        <source>%1 is open read-only: the server is a read-only standby.</source>
        <translation>%1 以唯讀方式開啟：伺服器是唯讀的備援伺服器。</translation>
    </message>
    <message>
        <source>%1: this map needs upgrading (schema %2 -&gt; %3), which your database role cannot do. Ask the map&apos;s owner to run: curmap init-server URL</source>
        <translation>%1：此地圖需要升級（結構描述 %2 -&gt; %3），但您的資料庫角色無法執行升級。請地圖的擁有者執行：curmap init-server URL</translation>
    </message>
    <message>
        <source>%1: the map was not closed cleanly and its folder is read-only, so its latest changes (in %2) cannot be read. Copy the map and that file to a writable folder and open the copy.</source>
        <translation>%1：地圖上次未正常關閉，且所在資料夾為唯讀，因此無法讀取其最新的變更（在 %2 中）。請將地圖與該檔案複製到可寫入的資料夾，再開啟複本。</translation>
    </message>
    <message>
        <source>%1: the folder is read-only; open the map read-only instead</source>
        <translation>%1：資料夾為唯讀；請改以唯讀方式開啟地圖</translation>
    </message>
    <message>
        <source>%1: the server asks for a password; put it in PGPASSWORD, ~/.pgpass or a service file (%2)</source>
        <translation>%1：伺服器要求密碼；請將密碼放在 PGPASSWORD、~/.pgpass 或服務設定檔中（%2）</translation>
    </message>
    <message>
        <source>%1: cannot connect (%2)</source>
        <translation>%1：無法連線（%2）</translation>
    </message>
    <message>
        <source>init-server sets up a PostgreSQL database (postgresql://…); a map file needs no setting up</source>
        <translation>init-server 用於設定 PostgreSQL 資料庫（postgresql://…）；地圖檔案不需要設定</translation>
    </message>
    <message>
        <source>%1: your role may not change this database; run init-server as its owner</source>
        <translation>%1：您的角色不能變更此資料庫；請以資料庫擁有者的身分執行 init-server</translation>
    </message>
    <message>
        <source>%1: cannot set up the roles (%2); run init-server as the database&apos;s owner</source>
        <translation>%1：無法設定角色（%2）；請以資料庫擁有者的身分執行 init-server</translation>
    </message>
    <message>
        <source>is a folder, not a workbook</source>
        <translation>是資料夾，不是活頁簿</translation>
    </message>
    <message>
        <source>is not a regular file (a device or a pipe); save the workbook as a file</source>
        <translation>不是一般檔案（是裝置或管線）；請先把活頁簿存成檔案</translation>
    </message>
    <message>
        <source>is damaged or incomplete: the part %1 is missing</source>
        <translation>檔案已損毀或不完整：缺少部分 %1</translation>
    </message>
    <message>
        <source>is damaged (its compressed data is corrupt: %1)</source>
        <translation>檔案已損毀（壓縮資料錯誤：%1）</translation>
    </message>
    <message>
        <source>is damaged (a part is not well-formed XML: %1)</source>
        <translation>檔案已損毀（某個部分不是格式正確的 XML：%1）</translation>
    </message>
    <message>
        <source>programme name</source>
        <translation>學程名稱</translation>
    </message>
    <message>
        <source>%1 must be a finite number, not %2</source>
        <translation>%1必須是有限的數字，不能是 %2</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2)</source>
        <translation>%1不能為負數（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be more than %2 (%3)</source>
        <translation>%1不能超過 %2（%3）</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1必須是數字</translation>
    </message>
    <message>
        <source>the year of study must be a whole number from %1 to %2</source>
        <translation>年級必須是 %1 到 %2 的整數</translation>
    </message>
    <message>
        <source>%1: cannot write the workbook&apos;s temporary files in %2 (%3); nothing was written</source>
        <translation>%1：無法在 %2 寫入活頁簿的暫存檔（%3）；未寫入任何檔案</translation>
    </message>
    <message>
        <source>%1: not a map file or a database URL curmap understands (such as postgresql://user@host/name)</source>
        <translation>%1：不是課程地圖檔案，也不是 curmap 能理解的資料庫網址（例如 postgresql://user@host/name）</translation>
    </message>
    <message>
        <source>%1: curmap keeps maps in a file or on a PostgreSQL server (postgresql://…); it cannot use %2 databases</source>
        <translation>%1：curmap 只能把課程地圖存在檔案或 PostgreSQL 伺服器（postgresql://…）上；無法使用 %2 資料庫</translation>
    </message>
    <message>
        <source>%1: unknown database driver &apos;%2&apos;; leave it out (postgresql://…) to use the one curmap installs</source>
        <translation>%1：不明的資料庫驅動程式「%2」；請省略它（postgresql://…），改用 curmap 安裝的驅動程式</translation>
    </message>
    <message>
        <source>%1: the database driver is not installed (%2); install curmap with its postgres extra: pip install &apos;curmap[postgres]&apos;</source>
        <translation>%1：尚未安裝資料庫驅動程式（%2）；請安裝含 postgres 附加套件的 curmap：pip install &apos;curmap[postgres]&apos;</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device or a pipe), not a curmap map</source>
        <translation>%1：不是一般檔案（是裝置或管線），不是 curmap 課程地圖</translation>
    </message>
    <message>
        <source>%1: cannot create the map: the disk is full; nothing was created</source>
        <translation>%1：無法建立課程地圖：磁碟已滿；未建立任何檔案</translation>
    </message>
    <message>
        <source>%1: cannot create the map (%2); nothing was created</source>
        <translation>%1：無法建立課程地圖（%2）；未建立任何檔案</translation>
    </message>
    <message>
        <source>it has no schema version: it was not written completely by curmap, or another program changed it; open a backup or a copy instead</source>
        <translation>沒有資料結構版本：可能 curmap 未完整寫入，或被其他程式修改過；請改為開啟備份或副本</translation>
    </message>
    <message>
        <source>%1: the standards have %2 items, more than the %3 columns of an Excel sheet can hold on the Mappings sheet; nothing was written. Export one standard at a time (--standard CODE)</source>
        <translation>%1：職能基準共有 %2 個職能內涵項目，超過 Excel 工作表在「職能對應」工作表可容納的 %3 欄；未寫入任何檔案。請一次匯出一個職能基準（--standard CODE）</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>items</source>
        <translation>職能內涵項目</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>%1: %2 %3 are more than the %4 rows of an Excel sheet; nothing was written</source>
        <translation>%1：%2 個%3超過 Excel 工作表的 %4 列；未寫入任何檔案</translation>
    </message>
    <message>
        <source>%1: the import would delete what is listed above (courses -%2, modules -%3, mappings -%4); nothing was imported. To delete them, run again with --allow-removals</source>
        <translation>%1：匯入會刪除上方列出的項目（課程 -%2、單元 -%3、對應 -%4）；未匯入任何資料。若確定要刪除，請加上 --allow-removals 再執行一次</translation>
    </message>
    <message>
        <source>Mapping levels %1 become %2; every mapping keeps its place on the scale.</source>
        <translation>教學程度 %1 改為 %2；每筆對應保持原本的順位。</translation>
    </message>
    <message>
        <source>mapping level</source>
        <translation>教學程度</translation>
    </message>
    <message>
        <source>competency level %1 → %2</source>
        <translation>職能級別 %1 → %2</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Which versions</source>
        <translation>選擇版本</translation>
    </message>
    <message>
        <source>Programme %1 maps the old version; its mappings are proposed a place in the new one, which you can accept, change or drop.</source>
        <translation>學程 %1 對應舊版；其各筆對應會在新版中得到建議位置，您可接受、變更或捨棄每項建議。</translation>
    </message>
    <message>
        <source>See &amp;what changed…</source>
        <translation>查看變更內容(&amp;W)…</translation>
    </message>
    <message>
        <source>Carry &amp;from:</source>
        <translation>移轉自(&amp;F)：</translation>
    </message>
    <message>
        <source>Carry &amp;to:</source>
        <translation>移轉至(&amp;T)：</translation>
    </message>
    <message>
        <source>Items whose code changed are matched by title when at least this alike; each proposal shows its score.</source>
        <translation>代碼改變的項目，名稱相似度達此門檻即配對；每項建議都會顯示相似度。</translation>
    </message>
    <message>
        <source>Match titles &amp;alike at:</source>
        <translation>名稱相似門檻(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare standards</source>
        <translation>比較職能基準</translation>
    </message>
    <message>
        <source>How alike two titles must be to match when their codes differ</source>
        <translation>代碼不同時，兩個名稱須多相近才視為同一項目</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>主要職責</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Knowledge (K)</source>
        <translation>知識（K）</translation>
    </message>
    <message>
        <source>Skills (S)</source>
        <translation>技能（S）</translation>
    </message>
    <message>
        <source>Attitudes (A)</source>
        <translation>態度（A）</translation>
    </message>
    <message>
        <source>Show &amp;unchanged</source>
        <translation>顯示未變更者(&amp;U)</translation>
    </message>
    <message>
        <source>Find a code or a title</source>
        <translation>搜尋代碼或名稱</translation>
    </message>
    <message>
        <source>&amp;Export to workbook…</source>
        <translation>匯出為活頁簿(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Carry programme over…</source>
        <translation>移轉學程(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Old version:</source>
        <translation>舊版(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;New version:</source>
        <translation>新版(&amp;N)：</translation>
    </message>
    <message>
        <source>Titles &amp;alike at:</source>
        <translation>名稱相似門檻(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>顯示(&amp;S)：</translation>
    </message>
    <message>
        <source>Choose two different standards to compare.</source>
        <translation>請選擇兩個不同的職能基準來比較。</translation>
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
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 項變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 項刪除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 項新增</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>無變更</translation>
    </message>
    <message>
        <source>%1 → %2:</source>
        <translation>%1 → %2：</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Duty</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Old code</source>
        <translation>舊版代碼</translation>
    </message>
    <message>
        <source>Old title</source>
        <translation>舊版名稱</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>新版代碼</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>新版名稱</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>變更說明</translation>
    </message>
    <message>
        <source>Links before</source>
        <translation>原連結</translation>
    </message>
    <message>
        <source>Links after</source>
        <translation>新連結</translation>
    </message>
    <message>
        <source>Old: %1</source>
        <translation>舊版：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新版：%1</translation>
    </message>
</context>
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
    <name>CoverageSideBySide</name>
    <message>
        <source>K/S items covered</source>
        <translation>已涵蓋的 K/S 項目</translation>
    </message>
    <message>
        <source>Tasks covered</source>
        <translation>完全涵蓋的工作任務</translation>
    </message>
    <message>
        <source>Tasks partly covered</source>
        <translation>部分涵蓋的工作任務</translation>
    </message>
    <message>
        <source>Tasks not covered</source>
        <translation>未涵蓋的工作任務</translation>
    </message>
    <message>
        <source>Attitudes covered</source>
        <translation>已涵蓋的態度</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>涵蓋</translation>
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
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n 學分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 學分</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年級</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>時數：%1</translation>
    </message>
</context>
<context>
    <name>CurriculumPane</name>
    <message>
        <source>&amp;New programme…</source>
        <translation>新增學程(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit &amp;programme…</source>
        <translation>編輯學程(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete pro&amp;gramme…</source>
        <translation>刪除學程(&amp;G)…</translation>
    </message>
    <message>
        <source>Add &amp;course…</source>
        <translation>新增課程(&amp;C)…</translation>
    </message>
    <message>
        <source>Add &amp;module…</source>
        <translation>新增單元(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
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
        <source>Delete programme</source>
        <translation>刪除學程</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n 門課程</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n 筆對應</numerusform>
        </translation>
    </message>
    <message>
        <source>Move course</source>
        <translation>移動課程</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>移動單元</translation>
    </message>
    <message>
        <source>+ Programme</source>
        <translation>+ 學程</translation>
    </message>
    <message>
        <source>%1 has no course yet, and a module belongs to a course. Add a course first?</source>
        <translation>「%1」還沒有課程，而單元必須屬於某門課程。要先新增課程嗎？</translation>
    </message>
    <message>
        <source>Add the module to course:</source>
        <translation>將單元加入課程：</translation>
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
        <source>No module of this programme maps it yet.</source>
        <translation>本學程尚無單元對應此項目。</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 個</translation>
    </message>
    <message>
        <source>Competency level</source>
        <translation>基準級別</translation>
    </message>
    <message>
        <source>Mapped by (mapping level)</source>
        <translation>對應的單元（教學程度）</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>已評量</translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <source>Cannot import</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>This map is open read-only; nothing can be imported into it.</source>
        <translation>此課程地圖以唯讀方式開啟，無法匯入任何內容。</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>%1: curmap opens maps (.db), standards (.pdf, .odt, .txt) and curriculum workbooks (.xlsx, .ods)</source>
        <translation>%1：curmap 可開啟課程地圖（.db）、職能基準（.pdf、.odt、.txt）及課程活頁簿（.xlsx、.ods）</translation>
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
    <name>EmptyState</name>
    <message>
        <source>No programme yet</source>
        <translation>尚無學程</translation>
    </message>
    <message>
        <source>A programme holds the courses and modules that you map onto a competency standard (職能基準). Create one to start.</source>
        <translation>學程包含要對應到職能基準的課程與單元。請先建立一個學程。</translation>
    </message>
    <message>
        <source>Create a programme to start.</source>
        <translation>請先建立學程。</translation>
    </message>
    <message>
        <source>%1 has no courses yet</source>
        <translation>「%1」還沒有課程</translation>
    </message>
    <message>
        <source>Add its courses, then each course&apos;s modules (units); here you then map each module onto the standard&apos;s knowledge, skills and attitudes. Or bring the whole curriculum in from a curriculum workbook.</source>
        <translation>請新增課程，再新增各課程的單元；之後即可在此將每個單元對應到職能基準的知識、技能與態度。也可以從課程活頁簿匯入整個課程規劃。</translation>
    </message>
    <message>
        <source>Add a course to start, then its modules.</source>
        <translation>請先新增課程，再新增其單元。</translation>
    </message>
    <message>
        <source>%1 has no modules yet</source>
        <translation>「%1」還沒有單元</translation>
    </message>
    <message>
        <source>Add the modules (units) of a course; here you then map each one onto the standard&apos;s knowledge, skills and attitudes.</source>
        <translation>請新增課程的單元；之後即可在此將每個單元對應到職能基準的知識、技能與態度。</translation>
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
    <name>ExportNotice</name>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫出 %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>a number from %1 to %2 with at most one decimal</source>
        <translation>%1 到 %2 的數字，最多一位小數</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 的整數</translation>
    </message>
    <message>
        <source>%1; 0 leaves it empty (%2)</source>
        <translation>%1；輸入 0 表示不填（%2）</translation>
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
        <source>Include the sample programme 數位行銷學程（示例） in the new map? It shows how a mapped curriculum looks; you can delete it later. The bundled standard is included either way.</source>
        <translation>要在新的課程地圖中加入示例學程「數位行銷學程（示例）」嗎？它示範對應完成的課程樣貌，之後可以刪除。無論如何都會包含內建的職能基準。</translation>
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
        <source>Every mapping is kept.</source>
        <translation>所有對應都會保留。</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>此動作無法復原。</translation>
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
        <source>Curriculum workbooks (*.xlsx *.ods)</source>
        <translation>課程活頁簿 (*.xlsx *.ods)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <source>Cannot export the workbook</source>
        <translation>無法匯出活頁簿</translation>
    </message>
    <message numerus="yes">
        <source>%n mappings are on items the new text lacks and would be lost (%1).</source>
        <translation>
            <numerusform>有 %n 筆對應所用的項目不在新版內容中，將會遺失（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 %2: %3, %4, %5</source>
        <translation>已匯入 %1 %2：%3、%4、%5</translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n 項主要職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 項工作任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 個職能內涵項目</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n 門課程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n 筆對應</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workbook %1</source>
        <translation>匯入活頁簿 %1</translation>
    </message>
    <message>
        <source>iCAP standards (*.pdf *.odt *.txt);;PDF (*.pdf);;OpenDocument text (*.odt);;Text (*.txt);;All files (*)</source>
        <translation>iCAP 職能基準 (*.pdf *.odt *.txt);;PDF (*.pdf);;OpenDocument 文字文件 (*.odt);;文字檔 (*.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3</source>
        <translation>正在讀取 %1：第 %2 頁，共 %3 頁</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was stored</source>
        <translation>已取消匯入 %1；未儲存任何資料</translation>
    </message>
    <message>
        <source>This DELETES %1, %2 and %3 that the workbook lacks.</source>
        <translation>這會「刪除」活頁簿中沒有的 %1、%2 與 %3。</translation>
    </message>
    <message>
        <source>Saving the standard…</source>
        <translation>正在儲存職能基準…</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>正在匯入活頁簿…</translation>
    </message>
</context>
<context>
    <name>GapsPane</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 of %n tasks not fully covered&lt;/b&gt; (%2 not covered at all)</source>
        <translation>
            <numerusform>&lt;b&gt;%n 項工作任務中有 %1 項未完全涵蓋&lt;/b&gt;（%2 項完全未涵蓋）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n K/S items not covered</source>
        <translation>
            <numerusform>%n 個知識／技能項目中有 %1 個未涵蓋</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items taught but never assessed</source>
        <translation>
            <numerusform>%n 個項目有教學但從未評量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules map nothing</source>
        <translation>
            <numerusform>%n 個單元未對應任何項目</numerusform>
        </translation>
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
        <source>Empty modules (%1)</source>
        <translation>未對應的單元（%1）</translation>
    </message>
    <message>
        <source>Tasks not fully covered, with the K/S items they miss</source>
        <translation>未完全涵蓋的工作任務，及其缺少的知識／技能項目</translation>
    </message>
    <message>
        <source>Items some module teaches but none assesses</source>
        <translation>有單元教學、但沒有單元評量的項目</translation>
    </message>
    <message>
        <source>Modules mapping nothing</source>
        <translation>未對應任何項目的單元</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>curmap guide</source>
        <translation>curmap 使用指南</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import standard: check what was read</source>
        <translation>匯入職能基準：確認讀到的內容</translation>
    </message>
    <message>
        <source>%1 %2 (%3, competency level %4), read from %5</source>
        <translation>%1 %2（%3，職能級別 %4），讀自 %5</translation>
    </message>
    <message numerus="yes">
        <source>Check before importing (%n doubts):</source>
        <translation>
            <numerusform>匯入前請確認（%n 項疑點）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing doubtful was found.</source>
        <translation>沒有發現疑點。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n 項主要職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 項工作任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n 項工作產出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n 項行為指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge items</source>
        <translation>
            <numerusform>%n 項知識</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation>
            <numerusform>%n 項技能</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attitudes</source>
        <translation>
            <numerusform>%n 項態度</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n pages</source>
        <translation>
            <numerusform>PDF，%n 頁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Not linked to a task</source>
        <translation>未連結工作任務</translation>
    </message>
    <message>
        <source>highest mapping level %1</source>
        <translation>最高教學程度 %1</translation>
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
    <message numerus="yes">
        <source>Covers %n items at mapping level %1 or above</source>
        <translation>
            <numerusform>以教學程度 %1 以上涵蓋 %n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapped by %n modules:</source>
        <translation>
            <numerusform>有 %n 個單元對應：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n items covered</source>
        <translation>
            <numerusform>已涵蓋 %1/%n 個項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>支援 %1</translation>
    </message>
    <message>
        <source>Never assessed</source>
        <translation>從未評量</translation>
    </message>
    <message>
        <source>No module maps it</source>
        <translation>沒有單元對應</translation>
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
    <name>Levels</name>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <source>&amp;Print coverage report…</source>
        <translation>列印涵蓋報告(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>Export report as P&amp;DF…</source>
        <translation>將報告匯出為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Include iCAP &amp;report tables (表1, 表3) in exports</source>
        <translation>匯出時附上 iCAP 報表（表1、表3）(&amp;R)</translation>
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
        <source>Reset &amp;layout</source>
        <translation>重設版面配置(&amp;L)</translation>
    </message>
    <message>
        <source>curmap &amp;guide</source>
        <translation>curmap 使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
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
        <source>&amp;Curriculum pane</source>
        <translation>課程窗格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Standard pane</source>
        <translation>職能基準窗格(&amp;S)</translation>
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
        <source>Main &amp;toolbar</source>
        <translation>主工具列(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除清單(&amp;C)</translation>
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
    <message>
        <source>Compare st&amp;andards…</source>
        <translation>比較職能基準(&amp;A)…</translation>
    </message>
    <message>
        <source>Carry programme to a ne&amp;w version…</source>
        <translation>將學程移轉至新版(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>Read the map again</source>
        <translation>已重新讀取地圖</translation>
    </message>
    <message>
        <source>Changes made elsewhere by %1 are now shown</source>
        <translation>已顯示 %1 在別處所做的變更</translation>
    </message>
    <message>
        <source>The map was changed by another program; everything was read again</source>
        <translation>地圖已被其他程式變更；已全部重新讀取</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>無法重做</translation>
    </message>
    <message>
        <source>%1

That step was taken off the undo history; the steps before and after it are still there.</source>
        <translation>%1

此步驟已從復原紀錄中移除；其前後的步驟仍然保留。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Filter by code or text (Ctrl+F)</source>
        <translation>以代碼或文字篩選 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter by code or text</source>
        <translation>以代碼或文字篩選</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>篩選</translation>
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
        <source>Keys: I, R, M set the mapping level · Space cycles · Delete clears · * or A marks assessed</source>
        <translation>按鍵：I、R、M 設定教學程度 · 空白鍵輪替 · Delete 清除 · * 或 A 標記評量</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>所有工作任務</translation>
    </message>
    <message>
        <source>Select a module in the curriculum to map what it teaches.</source>
        <translation>在課程中選擇一個單元，對應它所教的內容。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — %n items mapped</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — 已對應 %n 個項目</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在載入 %1…</translation>
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
        <source>Assessed</source>
        <translation>評量</translation>
    </message>
    <message>
        <source>Mapping level</source>
        <translation>教學程度</translation>
    </message>
    <message>
        <source>In programme</source>
        <translation>學程中</translation>
    </message>
    <message numerus="yes">
        <source>Map %n items</source>
        <translation>
            <numerusform>對應 %n 個項目</numerusform>
        </translation>
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
        <source>Keys: I, R, M set the mapping level; Space cycles; Delete clears</source>
        <translation>按鍵：I、R、M 設定教學程度；空白鍵輪替；Delete 清除</translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
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
        <source>Mapping level</source>
        <translation>教學程度</translation>
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
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
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
        <translation>知識／技能／態度項目對單元；在此編輯教學程度</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>工作任務</translation>
    </message>
    <message>
        <source>Tasks against modules: how much of each task they cover</source>
        <translation>工作任務對單元：各單元涵蓋各任務多少</translation>
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
        <source>Columns: each module, or whole courses (highest mapping level)</source>
        <translation>欄：每個單元，或整門課程（最高教學程度）</translation>
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
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 項任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n 門課程</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>Mark assessed (%n cells)</source>
        <translation>
            <numerusform>標記已評量（%n 格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark assessed (%n cells)</source>
        <translation>
            <numerusform>取消已評量（%n 格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear mapping (%n cells)</source>
        <translation>
            <numerusform>清除對應（%n 格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map at %1 (%n cells)</source>
        <translation>
            <numerusform>對應為 %1（%n 格）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items missing, marked in the rows</source>
        <translation>
            <numerusform>%1：缺少 %n 個項目，已在列中標示</numerusform>
        </translation>
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
        <translation>教學程度達 %1 以上即算涵蓋</translation>
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
        <source>Loading…</source>
        <translation>載入中…</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Carry %1 over to a new version</source>
        <translation>將 %1 移轉至新版</translation>
    </message>
    <message>
        <source>&amp;Carry over</source>
        <translation>移轉(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot plan the migration</source>
        <translation>無法規劃移轉</translation>
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
        <source>Highest mapping level</source>
        <translation>最高教學程度</translation>
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
    <name>Plural</name>
    <message numerus="yes">
        <source>… and %n more changes</source>
        <translation>
            <numerusform>… 還有 %n 項變更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add course %1 %2 (%n modules)</source>
        <translation>
            <numerusform>新增課程 %1 %2（%n 個單元）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove module %1 #%2 %3 (%n mappings)</source>
        <translation>
            <numerusform>移除單元 %1 #%2 %3（%n 筆對應）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n 門課程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n 筆對應</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n 項工作任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings use a mapping level above %1; change them before shortening the scale to %2</source>
        <translation>
            <numerusform>有 %n 筆對應的教學程度高於 %1；請先修改這些對應，再將教學程度縮短為 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With threshold %1, %n items counted as covered at %2 no longer count (%3).</source>
        <translation>
            <numerusform>涵蓋門檻改為 %1 後，原本以 %2 計為已涵蓋的 %n 項職能內涵將不再計入（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With threshold %1, %n more items count as covered, mapped at %2 (%3).</source>
        <translation>
            <numerusform>涵蓋門檻改為 %1 後，另有 %n 項以 %2 對應的職能內涵將計為已涵蓋（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replacing %2 would drop the %n mappings listed above; nothing was changed. To drop them, run again with --replace --yes</source>
        <translation>
            <numerusform>%1：取代 %2 會刪除上方列出的 %n 筆對應；未做任何變更。若確定要刪除，請加上 --replace --yes 再執行一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n 項主要職責</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n 項工作產出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n 項行為指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more cells were changed too.)</source>
        <translation>
            <numerusform>%1（另有 %n 個儲存格也被變更。）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problems, nothing was imported:</source>
        <translation>
            <numerusform>%1：有 %n 個問題，未匯入任何資料：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings stay on %1; the programme targets both versions until they are moved or deleted (--drop-uncarried)</source>
        <translation>
            <numerusform>%n 筆對應留在 %1；在這些對應被移轉或刪除（--drop-uncarried）之前，學程會同時指定兩個版本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n mappings that could not be carried</source>
        <translation>
            <numerusform>已刪除 %n 筆無法移轉的對應</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTreeModel</name>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Knowledge (K)</source>
        <translation>知識 (K)</translation>
    </message>
    <message>
        <source>Competency level</source>
        <translation>職能級別</translation>
    </message>
    <message>
        <source>Skills (S)</source>
        <translation>技能 (S)</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>區塊 %1</translation>
    </message>
    <message>
        <source>Attitudes (A)</source>
        <translation>態度 (A)</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 項</numerusform>
        </translation>
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
    <message>
        <source>The mapping levels, lowest first, separated by commas. Renaming a level keeps every mapping at its place on the scale.</source>
        <translation>教學程度的代號，由低到高，以逗號分隔。重新命名時，每筆對應保持原本的順位。</translation>
    </message>
    <message>
        <source>Covered &amp;at or above:</source>
        <translation>教學程度達此以上視為涵蓋(&amp;A)：</translation>
    </message>
    <message>
        <source>Mapping &amp;levels:</source>
        <translation>教學程度(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 檔案</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Item in the old version</source>
        <translation>舊版項目</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>對應數</translation>
    </message>
    <message>
        <source>Carry to</source>
        <translation>移轉至</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>— not carried —</source>
        <translation>— 不移轉 —</translation>
    </message>
    <message>
        <source>Double-click or press F2 to carry it to another item, or to none</source>
        <translation>按兩下或按 F2，可改移轉至其他項目或不移轉</translation>
    </message>
    <message>
        <source>The mappings stay on the old version</source>
        <translation>這些對應留在舊版</translation>
    </message>
    <message>
        <source>%1 (%2% alike)</source>
        <translation>%1（相似度 %2%）</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>移轉建議</translation>
    </message>
    <message>
        <source>&amp;Only the proposals to check (not the same title)</source>
        <translation>只顯示需確認的建議（名稱不同者）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Accept all proposals</source>
        <translation>全部採用建議(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Do not carry</source>
        <translation>不移轉(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>變更(&amp;H)…</translation>
    </message>
    <message>
        <source>Where each item of %1 that the programme maps goes in %2. Double-click a proposal (or press F2) to carry it to another item or to none.</source>
        <translation>學程所對應 %1 的每個項目，在 %2 中的去處。按兩下建議（或按 F2）可改移轉至其他項目或不移轉。</translation>
    </message>
    <message numerus="yes">
        <source>%n mappings carried</source>
        <translation>
            <numerusform>移轉 %n 筆對應</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not carried</source>
        <translation>
            <numerusform>%n 筆不移轉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeHint</name>
    <message>
        <source>%1 takes %2.</source>
        <translation>%1：請輸入%2。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preparing the coverage report…</source>
        <translation>正在準備涵蓋報告…</translation>
    </message>
    <message>
        <source>Cannot print the report</source>
        <translation>無法列印報告</translation>
    </message>
    <message>
        <source>Coverage report</source>
        <translation>涵蓋報告</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>無法開啟印表機。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer</source>
        <translation>
            <numerusform>已將 %n 頁送至印表機</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
    <message>
        <source>Export the coverage report as PDF</source>
        <translation>將涵蓋報告匯出為 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在寫出 PDF…</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>無法匯出 PDF</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <source>Coverage report</source>
        <translation>涵蓋報告</translation>
    </message>
    <message>
        <source>Covered at %1 or above · mapping levels: %2 (* assessed) · %3 · %4, %5</source>
        <translation>涵蓋門檻：教學程度 %1 以上 · 教學程度：%2（* 有評量）· %3 · %4、%5</translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n 門課程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n 個單元</numerusform>
        </translation>
    </message>
    <message>
        <source>The programme targets no standard yet.</source>
        <translation>此學程尚未指定職能基準。</translation>
    </message>
    <message>
        <source>Items (K, S) covered</source>
        <translation>職能內涵（K、S）已涵蓋</translation>
    </message>
    <message>
        <source>Tasks fully covered</source>
        <translation>工作任務完全涵蓋</translation>
    </message>
    <message>
        <source>Tasks partly covered</source>
        <translation>工作任務部分涵蓋</translation>
    </message>
    <message>
        <source>Tasks not covered</source>
        <translation>工作任務未涵蓋</translation>
    </message>
    <message>
        <source>Attitudes (A) covered</source>
        <translation>態度（A）已涵蓋</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1／%2（%3）</translation>
    </message>
    <message>
        <source>Coverage by duty</source>
        <translation>各主要職責的涵蓋情形</translation>
    </message>
    <message>
        <source>items %1/%2 (%3)</source>
        <translation>職能內涵 %1/%2（%3）</translation>
    </message>
    <message>
        <source>curmap · %1 · %2</source>
        <translation>curmap · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>%1 %2 (competency level %3)</source>
        <translation>%1 %2（基準級別 %3）</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Tasks not fully covered, and what they miss</source>
        <translation>未完全涵蓋的工作任務及其缺少的職能內涵</translation>
    </message>
    <message>
        <source>Every task is fully covered.</source>
        <translation>所有工作任務皆已完全涵蓋。</translation>
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
        <translation>涵蓋狀態</translation>
    </message>
    <message>
        <source>Missing knowledge (K)</source>
        <translation>未涵蓋知識（K）</translation>
    </message>
    <message>
        <source>Missing skills (S)</source>
        <translation>未涵蓋技能（S）</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>Matrix: %1</source>
        <translation>對應矩陣：%1</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>尚無單元。</translation>
    </message>
    <message>
        <source>Matrix: %1 · modules %2–%3 of %4 · items %5–%6 of %7</source>
        <translation>對應矩陣：%1 · 單元 %2–%3（共 %4）· 職能內涵 %5–%6（共 %7）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>* assessed · ✓ covered at the threshold, ✗ not covered</source>
        <translation>* 有評量 · ✓ 已達門檻涵蓋，✗ 未涵蓋</translation>
    </message>
    <message>
        <source>Competency level</source>
        <translation>職能級別</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Coverage of %1 now, and of %2 once carried over. One step: Edit ▸ Undo takes it all back.</source>
        <translation>目前對 %1 的涵蓋，以及移轉後對 %2 的涵蓋。移轉為單一步驟：「編輯 ▸ 復原」可全部還原。</translation>
    </message>
    <message numerus="yes">
        <source>%n mappings will be carried over</source>
        <translation>
            <numerusform>將移轉 %n 筆對應</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them merge into a mapping of the same module (the higher level is kept)</source>
        <translation>
            <numerusform>其中 %n 筆併入同一單元的另一筆對應（保留較高的教學程度）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; they stay on %2, which the programme keeps targeting</source>
        <translation>%1；這些對應留在 %2，學程會繼續指定此基準</translation>
    </message>
    <message numerus="yes">
        <source>%n mappings are not carried over</source>
        <translation>
            <numerusform>%n 筆對應不移轉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings not carried over will be deleted</source>
        <translation>
            <numerusform>將刪除 %n 筆未移轉的對應</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete the mappings not carried over (%1)</source>
        <translation>刪除未移轉的對應（%1）(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%n carried mappings lose their behaviour indicator</source>
        <translation>
            <numerusform>%n 筆移轉的對應將失去其行為指標</numerusform>
        </translation>
    </message>
    <message>
        <source>New in %1, nobody covers yet (%2):</source>
        <translation>%1 新增而尚無人涵蓋的內容（%2）：</translation>
    </message>
    <message>
        <source>&amp;Keep targeting %1 as well</source>
        <translation>繼續同時指定 %1(&amp;K)</translation>
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
    <name>ShortcutModel</name>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
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
        <source>Coverage</source>
        <translation>涵蓋</translation>
    </message>
    <message>
        <source>Competency level</source>
        <translation>職能級別</translation>
    </message>
    <message numerus="yes">
        <source>%1/%n items</source>
        <translation>
            <numerusform>%1/%n 個項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n tasks</source>
        <translation>
            <numerusform>%1/%n 項任務</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Missing %1 of %n K/S items:</source>
        <translation>
            <numerusform>%n 個知識／技能項目中缺少 %1 個：</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show it in the matrix</source>
        <translation>按一下即可在矩陣中顯示</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message numerus="yes">
        <source>Covers %1 of the task&apos;s %n K/S items</source>
        <translation>
            <numerusform>涵蓋此任務 %n 個知識／技能項目中的 %1 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributes to %n tasks</source>
        <translation>
            <numerusform>貢獻於 %n 項任務</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (competency level %3)</source>
        <translation>%1 %2（職能級別 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n K/S items covered</source>
        <translation>
            <numerusform>%1 — 已涵蓋 %n 個知識／技能項目中的 %2 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n tasks covered</source>
        <translation>
            <numerusform>已涵蓋 %1/%n 項任務</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>缺少：</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Export the comparison</source>
        <translation>匯出比較結果</translation>
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
        <source>Carry over to a new version</source>
        <translation>移轉至新版</translation>
    </message>
    <message>
        <source>Choose a programme first.</source>
        <translation>請先選擇學程。</translation>
    </message>
    <message>
        <source>The map holds one standard: import the new version first (File ▸ Import standard…).</source>
        <translation>此地圖只有一個職能基準：請先匯入新版（檔案 ▸ 匯入職能基準…）。</translation>
    </message>
    <message>
        <source>Carry %1 over to %2</source>
        <translation>將 %1 移轉至 %2</translation>
    </message>
    <message numerus="yes">
        <source>Carried %n mappings over to %1; the programme targets %2</source>
        <translation>
            <numerusform>已將 %n 筆對應移轉至 %1；學程目前指定 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>%1 is a new version of %2, which programme %3 maps. See what changed and carry the programme over?</source>
        <translation>%1 是 %2 的新版本，學程 %3 對應的是 %2。要查看變更內容並移轉學程嗎？</translation>
    </message>
</context>
</TS>
