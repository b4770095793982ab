<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumModel</name>
    <message numerus="yes">
        <source>%n credits</source>
        <translation>
            <numerusform>%n credit</numerusform>
            <numerusform>%n credits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumPane</name>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>%n mappings are on items the new text lacks and would be lost (%1).</source>
        <translation>
            <numerusform>%n mapping is on an item the new text lacks and would be lost (%1).</numerusform>
            <numerusform>%n mappings are on items the new text lacks and would be lost (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapsPane</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 of %n tasks not fully covered&lt;/b&gt; (%2 not covered at all)</source>
        <translation>
            <numerusform>&lt;b&gt;%1 of %n task not fully covered&lt;/b&gt; (%2 not covered at all)</numerusform>
            <numerusform>&lt;b&gt;%1 of %n tasks not fully covered&lt;/b&gt; (%2 not covered at all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n K/S items not covered</source>
        <translation>
            <numerusform>%1 of %n K/S item not covered</numerusform>
            <numerusform>%1 of %n K/S items not covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items taught but never assessed</source>
        <translation>
            <numerusform>%n item taught but never assessed</numerusform>
            <numerusform>%n items taught but never assessed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules map nothing</source>
        <translation>
            <numerusform>%n module maps nothing</numerusform>
            <numerusform>%n modules map nothing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>Check before importing (%n doubts):</source>
        <translation>
            <numerusform>Check before importing (%n doubt):</numerusform>
            <numerusform>Check before importing (%n doubts):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knowledge items</source>
        <translation>
            <numerusform>%n knowledge item</numerusform>
            <numerusform>%n knowledge items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation>
            <numerusform>%n skill</numerusform>
            <numerusform>%n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attitudes</source>
        <translation>
            <numerusform>%n attitude</numerusform>
            <numerusform>%n attitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n pages</source>
        <translation>
            <numerusform>PDF, %n page</numerusform>
            <numerusform>PDF, %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message numerus="yes">
        <source>Covers %n items at mapping level %1 or above</source>
        <translation>
            <numerusform>Covers %n item at mapping level %1 or above</numerusform>
            <numerusform>Covers %n items at mapping level %1 or above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mapped by %n modules:</source>
        <translation>
            <numerusform>Mapped by %n module:</numerusform>
            <numerusform>Mapped by %n modules:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n items covered</source>
        <translation>
            <numerusform>%1/%n item covered</numerusform>
            <numerusform>%1/%n items covered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — %n items mapped</source>
        <translation>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — %n item mapped</numerusform>
            <numerusform>&lt;b&gt;%1 %2&lt;/b&gt; › %3. %4 — %n items mapped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message numerus="yes">
        <source>Map %n items</source>
        <translation>
            <numerusform>Map %n item</numerusform>
            <numerusform>Map %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixPane</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark assessed (%n cells)</source>
        <translation>
            <numerusform>Mark assessed (%n cell)</numerusform>
            <numerusform>Mark assessed (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark assessed (%n cells)</source>
        <translation>
            <numerusform>Unmark assessed (%n cell)</numerusform>
            <numerusform>Unmark assessed (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear mapping (%n cells)</source>
        <translation>
            <numerusform>Clear mapping (%n cell)</numerusform>
            <numerusform>Clear mapping (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map at %1 (%n cells)</source>
        <translation>
            <numerusform>Map at %1 (%n cell)</numerusform>
            <numerusform>Map at %1 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n items missing, marked in the rows</source>
        <translation>
            <numerusform>%1: %n item missing, marked in the rows</numerusform>
            <numerusform>%1: %n items missing, marked in the rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%1: replacing %2 would drop the %n mappings listed above; nothing was changed. To drop them, run again with --replace --yes</source>
        <translation>
            <numerusform>%1: replacing %2 would drop the %n mapping listed above; nothing was changed. To drop it, run again with --replace --yes</numerusform>
            <numerusform>%1: replacing %2 would drop the %n mappings listed above; nothing was changed. To drop them, run again with --replace --yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duties</source>
        <translation>
            <numerusform>%n duty</numerusform>
            <numerusform>%n duties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outputs</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n more cells were changed too.)</source>
        <translation>
            <numerusform>%1 (%n more cell was changed too.)</numerusform>
            <numerusform>%1 (%n more cells were changed too.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings use a mapping level above %1; change them before shortening the scale to %2</source>
        <translation>
            <numerusform>%n mapping uses a mapping level above %1; change it before shortening the scale to %2</numerusform>
            <numerusform>%n mappings use a mapping level above %1; change them before shortening the scale to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With threshold %1, %n items counted as covered at %2 no longer count (%3).</source>
        <translation>
            <numerusform>With threshold %1, %n item counted as covered at %2 no longer counts (%3).</numerusform>
            <numerusform>With threshold %1, %n items counted as covered at %2 no longer count (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With threshold %1, %n more items count as covered, mapped at %2 (%3).</source>
        <translation>
            <numerusform>With threshold %1, %n more item counts as covered, mapped at %2 (%3).</numerusform>
            <numerusform>With threshold %1, %n more items count as covered, mapped at %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problems, nothing was imported:</source>
        <translation>
            <numerusform>%1: %n problem, nothing was imported:</numerusform>
            <numerusform>%1: %n problems, nothing was imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changes</source>
        <translation>
            <numerusform>… and %n more change</numerusform>
            <numerusform>… and %n more changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add course %1 %2 (%n modules)</source>
        <translation>
            <numerusform>add course %1 %2 (%n module)</numerusform>
            <numerusform>add course %1 %2 (%n modules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove module %1 #%2 %3 (%n mappings)</source>
        <translation>
            <numerusform>remove module %1 #%2 %3 (%n mapping)</numerusform>
            <numerusform>remove module %1 #%2 %3 (%n mappings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings stay on %1; the programme targets both versions until they are moved or deleted (--drop-uncarried)</source>
        <translation>
            <numerusform>%n mapping stays on %1; the programme targets both versions until it is moved or deleted (--drop-uncarried)</numerusform>
            <numerusform>%n mappings stay on %1; the programme targets both versions until they are moved or deleted (--drop-uncarried)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>deleted %n mappings that could not be carried</source>
        <translation>
            <numerusform>deleted %n mapping that could not be carried</numerusform>
            <numerusform>deleted %n mappings that could not be carried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTreeModel</name>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message numerus="yes">
        <source>%n mappings carried</source>
        <translation>
            <numerusform>%n mapping carried</numerusform>
            <numerusform>%n mappings carried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not carried</source>
        <translation>
            <numerusform>%n not carried</numerusform>
            <numerusform>%n not carried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Sent %n pages to the printer</source>
        <translation>
            <numerusform>Sent %n page to the printer</numerusform>
            <numerusform>Sent %n pages to the printer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message numerus="yes">
        <source>%n courses</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>%n mappings will be carried over</source>
        <translation>
            <numerusform>%n mapping will be carried over</numerusform>
            <numerusform>%n mappings will be carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them merge into a mapping of the same module (the higher level is kept)</source>
        <translation>
            <numerusform>%n of them merges into a mapping of the same module (the higher level is kept)</numerusform>
            <numerusform>%n of them merge into a mapping of the same module (the higher level is kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings are not carried over</source>
        <translation>
            <numerusform>%n mapping is not carried over</numerusform>
            <numerusform>%n mappings are not carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mappings not carried over will be deleted</source>
        <translation>
            <numerusform>%n mapping not carried over will be deleted</numerusform>
            <numerusform>%n mappings not carried over will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carried mappings lose their behaviour indicator</source>
        <translation>
            <numerusform>%n carried mapping loses its behaviour indicator</numerusform>
            <numerusform>%n carried mappings lose their behaviour indicator</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardTreeModel</name>
    <message numerus="yes">
        <source>%1/%n items</source>
        <translation>
            <numerusform>%1/%n item</numerusform>
            <numerusform>%1/%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n tasks</source>
        <translation>
            <numerusform>%1/%n task</numerusform>
            <numerusform>%1/%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskGapsModel</name>
    <message numerus="yes">
        <source>Missing %1 of %n K/S items:</source>
        <translation>
            <numerusform>Missing %1 of %n K/S item:</numerusform>
            <numerusform>Missing %1 of %n K/S items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message numerus="yes">
        <source>Covers %1 of the task&apos;s %n K/S items</source>
        <translation>
            <numerusform>Covers %1 of the task&apos;s %n K/S item</numerusform>
            <numerusform>Covers %1 of the task&apos;s %n K/S items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contributes to %n tasks</source>
        <translation>
            <numerusform>Contributes to %n task</numerusform>
            <numerusform>Contributes to %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n K/S items covered</source>
        <translation>
            <numerusform>%1 — %2 of %n K/S item covered</numerusform>
            <numerusform>%1 — %2 of %n K/S items covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%n tasks covered</source>
        <translation>
            <numerusform>%1/%n task covered</numerusform>
            <numerusform>%1/%n tasks covered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message numerus="yes">
        <source>Carried %n mappings over to %1; the programme targets %2</source>
        <translation>
            <numerusform>Carried %n mapping over to %1; the programme targets %2</numerusform>
            <numerusform>Carried %n mappings over to %1; the programme targets %2</numerusform>
        </translation>
    </message>
</context>
</TS>
