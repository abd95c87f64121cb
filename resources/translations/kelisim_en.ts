<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+850"/>
        <source>%n commitment(s) changed.</source>
        <translation>
            <numerusform>%n commitment changed.</numerusform>
            <numerusform>%n commitments changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status of %n commitment(s)</source>
        <translation>
            <numerusform>Status of %n commitment</numerusform>
            <numerusform>Status of %n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n commitment(s)</source>
        <translation>
            <numerusform>Move %n commitment</numerusform>
            <numerusform>Move %n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused and left as they were:</source>
        <translation>
            <numerusform>%n refused and left as it was:</numerusform>
            <numerusform>%n refused and left as they were:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due date of %n commitment(s)</source>
        <translation>
            <numerusform>Due date of %n commitment</numerusform>
            <numerusform>Due date of %n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Agency of %n commitment(s)</source>
        <translation>
            <numerusform>Agency of %n commitment</numerusform>
            <numerusform>Agency of %n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/bulk_actions.py" line="+47"/>
        <source>Change %n selected commitment(s)</source>
        <translation>
            <numerusform>Change %n selected commitment</numerusform>
            <numerusform>Change %n selected commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="-726"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Imported (%n rejected row(s) skipped).</source>
        <translation>
            <numerusform>Imported (%n rejected row skipped).</numerusform>
            <numerusform>Imported (%n rejected rows skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Loaded the demo register: %n commitment(s).</source>
        <translation>
            <numerusform>Loaded the demo register: %n commitment.</numerusform>
            <numerusform>Loaded the demo register: %n commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n backup(s) of {0} in {1}</source>
        <translation>
            <numerusform>%n backup of {0} in {1}</numerusform>
            <numerusform>%n backups of {0} in {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n of an unknown register</source>
        <translation>
            <numerusform>%n of an unknown register</numerusform>
            <numerusform>%n of an unknown register</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of other registers not listed</source>
        <translation>
            <numerusform>%n of other registers not listed</numerusform>
            <numerusform>%n of other registers not listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n older backup(s) in its folder do not record their register and are not offered; restore one by name only if you know it is this register&apos;s (--replace-with-other-register).</source>
        <translation>
            <numerusform>%n older backup in its folder does not record its register and is not offered; restore it by name only if you know it is this register&apos;s (--replace-with-other-register).</numerusform>
            <numerusform>%n older backups in its folder do not record their register and are not offered; restore one by name only if you know it is this register&apos;s (--replace-with-other-register).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stored value(s)</source>
        <translation>
            <numerusform>%n stored value</numerusform>
            <numerusform>%n stored values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-154"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+330"/>
        <source>is %n characters long; at most {0} are allowed</source>
        <translation>
            <numerusform>is %n character long; at most {0} are allowed</numerusform>
            <numerusform>is %n characters long; at most {0} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+355"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Others (%n)</numerusform>
            <numerusform>Others (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-216"/>
        <source>%n in this report</source>
        <translation>
            <numerusform>%n in this report</numerusform>
            <numerusform>%n in this report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-426"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-91"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n attached file</numerusform>
            <numerusform>%n attached files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>%n of its commitments are still open</source>
        <translation>
            <numerusform>%n of its commitments is still open</numerusform>
            <numerusform>%n of its commitments are still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its sub-bodies are still active: {0}</source>
        <translation>
            <numerusform>%n of its sub-bodies is still active: {0}</numerusform>
            <numerusform>%n of its sub-bodies are still active: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n of its commitments fall due before this date: {0}</source>
        <translation>
            <numerusform>%n of its commitments falls due before this date: {0}</numerusform>
            <numerusform>%n of its commitments fall due before this date: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established were established before this date: {0}</source>
        <translation>
            <numerusform>%n body it established was established before this date: {0}</numerusform>
            <numerusform>%n bodies it established were established before this date: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its open commitments fall due after this date: {0}</source>
        <translation>
            <numerusform>%n of its open commitments falls due after this date: {0}</numerusform>
            <numerusform>%n of its open commitments fall due after this date: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>{0} is due in %n day(s)</source>
        <translation>
            <numerusform>{0} is due in %n day</numerusform>
            <numerusform>{0} is due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n new commitment(s)</source>
        <translation>
            <numerusform>%n new commitment</numerusform>
            <numerusform>%n new commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n status move(s)</source>
        <translation>
            <numerusform>%n status move</numerusform>
            <numerusform>%n status moves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n newly overdue</numerusform>
            <numerusform>%n newly overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n body(-ies) it established</source>
        <translation>
            <numerusform>%n body it established</numerusform>
            <numerusform>%n bodies it established</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n sub-body(-ies)</source>
        <translation>
            <numerusform>%n sub-body</numerusform>
            <numerusform>%n sub-bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>nothing was imported: %n record(s) were changed in the register since {0} was written (register value, file value):</source>
        <translation>
            <numerusform>nothing was imported: %n record was changed in the register since {0} was written (register value, file value):</numerusform>
            <numerusform>nothing was imported: %n records were changed in the register since {0} was written (register value, file value):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies</source>
        <translation>
            <numerusform>%n body</numerusform>
            <numerusform>%n bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatories</source>
        <translation>
            <numerusform>%n signatory</numerusform>
            <numerusform>%n signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chairs</source>
        <translation>
            <numerusform>%n co-chair</numerusform>
            <numerusform>%n co-chairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established refer to it</source>
        <translation>
            <numerusform>%n body it established refers to it</numerusform>
            <numerusform>%n bodies it established refer to it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it has %n sub-bodies</source>
        <translation>
            <numerusform>it has %n sub-body</numerusform>
            <numerusform>it has %n sub-bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“{0}” cannot be deleted: %n commitments refer to it.</source>
        <translation>
            <numerusform>“{0}” cannot be deleted: %n commitment refers to it.</numerusform>
            <numerusform>“{0}” cannot be deleted: %n commitments refer to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“{0}” cannot be deleted: it has %n commitments.</source>
        <translation>
            <numerusform>“{0}” cannot be deleted: it has %n commitment.</numerusform>
            <numerusform>“{0}” cannot be deleted: it has %n commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-398"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} and %n more</numerusform>
            <numerusform>{0} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>%n sheet problem(s)</source>
        <translation>
            <numerusform>%n sheet problem</numerusform>
            <numerusform>%n sheet problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n merged into rows of other sheets</source>
        <translation>
            <numerusform>%n merged into rows of other sheets</numerusform>
            <numerusform>%n merged into rows of other sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n history row(s) not read:</source>
        <translation>
            <numerusform>%n history row not read:</numerusform>
            <numerusform>%n history rows not read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n rejected row</numerusform>
            <numerusform>%n rejected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n row(s) for records changed in the register since the file was written (register value, file value):</source>
        <translation>
            <numerusform>%n row for a record changed in the register since the file was written (register value, file value):</numerusform>
            <numerusform>%n rows for records changed in the register since the file was written (register value, file value):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n body(-ies)</source>
        <translation>
            <numerusform>%n body</numerusform>
            <numerusform>%n bodies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatory(-ies)</source>
        <translation>
            <numerusform>%n signatory</numerusform>
            <numerusform>%n signatories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chair(s)</source>
        <translation>
            <numerusform>%n co-chair</numerusform>
            <numerusform>%n co-chairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/my_work.py" line="+90"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n item(s) need you</source>
        <translation>
            <numerusform>%n item needs you</numerusform>
            <numerusform>%n items need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/people_dialog.py" line="+83"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+98"/>
        <source>Its %n commitment(s), with their history, go to the Trash with it.</source>
        <translation>
            <numerusform>Its %n commitment, with its history, goes to the Trash with it.</numerusform>
            <numerusform>Its %n commitments, with their history, go to the Trash with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_ui.py" line="+85"/>
        <source>{0} — My work: %n item(s)</source>
        <translation>
            <numerusform>{0} — My work: %n item</numerusform>
            <numerusform>{0} — My work: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n item(s) in My work need you: overdue, due soon, to accept or returned.</source>
        <translation>
            <numerusform>%n item in My work needs you: overdue, due soon, to accept or returned.</numerusform>
            <numerusform>%n items in My work need you: overdue, due soon, to accept or returned.</numerusform>
        </translation>
    </message>
</context>
</TS>
