<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+100"/>
        <source>This register is already open in another Kelisim window:
{0}</source>
        <translation>Бұл тізілім Kelisim-нің басқа терезесінде ашық тұр:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="+36"/>
        <source>No sound backup of it was found.</source>
        <translation>Оның бүтін сақтық көшірмесі табылмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kelisim cannot open the register:
{0}

{1}

{2}</source>
        <translation>Kelisim тізілімді аша алмайды:
{0}

{1}

{2}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The register is damaged:
{0}

{1}

Restore the newest sound backup ({2})? The damaged file is kept beside it, renamed.</source>
        <translation>Тізілім зақымдалған:
{0}

{1}

Ең соңғы бүтін сақтық көшірмеден ({2}) қалпына келтіру керек пе? Зақымдалған файл қайта аталып, жанында сақталады.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be restored:
{0}</source>
        <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады:
{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from {0}.
The damaged register is kept as {1}.</source>
        <translation>{0} көшірмесінен қалпына келтірілді.
Зақымдалған тізілім {1} ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="+0"/>
        <source>{0}

Nothing can be saved to this register. Restore it with File → Restore from backup…</source>
        <translation>{0}

Бұл тізілімге ештеңе сақталмайды. Оны қалпына келтіріңіз: Файл → Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement.py" line="+32"/>
        <source>New agreement</source>
        <translation>Жаңа келісім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>Келісімді өзгерту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. KZ-CN-2024-05-20/1</source>
        <translation>мысалы, KZ-CN-2024-05-20/1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian:</source>
        <translation>Орысша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh:</source>
        <translation>Қазақша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese:</source>
        <translation>Қытайша:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in other languages</source>
        <translation>Басқа тілдердегі атауы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties:</source>
        <translation>Тара&amp;птар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories:</source>
        <translation>Қол &amp;қоюшылар:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gned on:</source>
        <translation>Қол қойылған &amp;күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entry into force:</source>
        <translation>Күшіне &amp;енуі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpiry:</source>
        <translation>Қолданыс мерзімінің &amp;соңы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>Қ&amp;ысқаша мазмұны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Дереккөзі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the text is: archive file, web address…</source>
        <translation>Мәтін қайда: мұрағат файлы, веб-мекенжай…</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement_status.py" line="+26"/>
        <source>Change agreement status</source>
        <translation>Келісім мәртебесін өзгерту</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>set the date of entry into force first (Edit… the agreement)</source>
        <translation>алдымен күшіне ену күнін көрсетіңіз (келісімді Өзгерту…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the signing date first (Edit… the agreement)</source>
        <translation>алдымен қол қою күнін көрсетіңіз (келісімді Өзгерту…)</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+32"/>
        <source>Filter by number, title, place, party… (Ctrl+F)</source>
        <translation>Нөмірі, атауы, орны, тарабы бойынша сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reg. number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Мерзімі аяқталады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="+28"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the register to a file</source>
        <translation>Тізілімнің тұтас көшірмесін файлға жазу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the register with a backup; the current one is kept</source>
        <translation>Тізілімді сақтық көшірмемен ауыстыру; қазіргісі сақталады</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back up the register</source>
        <translation>Тізілімнің сақтық көшірмесін жасау</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Kelisim backups (*.sqlite3);;All files (*)</source>
        <translation>Kelisim сақтық көшірмелері (*.sqlite3);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>PostgreSQL сақтық көшірмелері (*.dump);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written to {0}</source>
        <translation>Сақтық көшірме жазылды: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Checking {0}…</source>
        <translation>{0} тексерілуде…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replace the register with {0}?

The register as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Тізілім {0} көшірмесімен ауыстырылсын ба?

Тізілімнің қазіргі күйі алдымен сақтық көшірмеге сақталады, сондықтан бұл әрекетті қайтаруға болады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup of another register</source>
        <translation>Басқа тізілімнің сақтық көшірмесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a backup of this register.

This register: {1}
The backup&apos;s register: {2}

Restoring it replaces this register&apos;s records with the other register&apos;s. The register as it is now is kept as a backup first.

Replace this register with the other register&apos;s backup?</source>
        <translation>{0} — бұл тізілімнің сақтық көшірмесі емес.

Бұл тізілім: {1}
Сақтық көшірменің тізілімі: {2}

Қалпына келтіру бұл тізілімнің жазбаларын басқа тізілімнің жазбаларымен ауыстырады. Тізілімнің қазіргі күйі алдымен сақтық көшірме ретінде сақталады.

Бұл тізілімді басқа тізілімнің сақтық көшірмесімен ауыстыру керек пе?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring {0}…</source>
        <translation>{0} қалпына келтірілуде…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored from {0}. The register it replaced is kept in {1}</source>
        <translation>{0} көшірмесінен қалпына келтірілді. Ауыстырылған тізілім {1} ішінде сақталды</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+50"/>
        <source>New sub-body…</source>
        <translation>Жаңа бағынысты орган…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by name in any language (Ctrl+F)</source>
        <translation>Кез келген тілдегі атауы бойынша сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chairs</source>
        <translation>Тең төрағалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation>Құрған құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} / {2}</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/body.py" line="+38"/>
        <source>New body</source>
        <translation>Жаңа орган</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit body</source>
        <translation>Органды өзгерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Subcommittee on Agricultural Cooperation</source>
        <translation>мысалы, Ауыл шаруашылығы саласындағы ынтымақтастық жөніндегі кіші комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian:</source>
        <translation>Орысша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh:</source>
        <translation>Қазақша:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese:</source>
        <translation>Қытайша:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in other languages</source>
        <translation>Басқа тілдердегі атауы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parent body:</source>
        <translation>&amp;Жоғары тұрған орган:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— none (top level) —</source>
        <translation>— жоқ (жоғарғы деңгей) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;rties:</source>
        <translation>Тара&amp;птар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Co-chairs:</source>
        <translation>Тең &amp;төрағалар:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Established &amp;by:</source>
        <translation>Құрған &amp;құжат:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— not recorded —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Established &amp;on:</source>
        <translation>Құрылған &amp;күні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Active</source>
        <translation>Жұмыс &amp;істейді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dissolved on:</source>
        <translation>Тарат&amp;ылды:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>Е&amp;скертпелер:</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/commitment.py" line="+41"/>
        <source>New commitment</source>
        <translation>Жаңа міндеттеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit commitment</source>
        <translation>Міндеттемені өзгерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was promised</source>
        <translation>Не уәде етілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Нөмірі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank = numbered automatically</source>
        <translation>бос болса, нөмір автоматты түрде беріледі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттамасы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source a&amp;greement:</source>
        <translation>Бастапқы &amp;келісім:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Responsible &amp;body:</source>
        <translation>Жауапты &amp;орган:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible &amp;party:</source>
        <translation>Жауапты &amp;тарап:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry or office that carries it out</source>
        <translation>Орындаушы министрлік немесе ведомство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sector:</source>
        <translation>Са&amp;ласы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>Орындау &amp;мерзімі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;iority:</source>
        <translation>Басым&amp;дығы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>Мәрте&amp;бесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gress:</source>
        <translation>Орындал&amp;у барысы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Орындалған к&amp;үні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks: what the register&apos;s «Примечание» column says</source>
        <translation>Ескертпе: тізілімнің «Ескертпе» бағанында жазылғаны</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on an unknown date (the register it came from gave none)</source>
        <translation>Орындалды, күні белгісіз (бастапқы тізілімде көрсетілмеген)</translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <location filename="../../desktop/ui/pages/filter_bar.py" line="+73"/>
        <source>Any status</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not closed)</source>
        <translation>Ашық (жабылмаған)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A body includes its subcommittees and working groups</source>
        <translation>Орган өзінің кіші комитеттері мен жұмыс топтарын қамтиды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due on or after this date (— for no limit)</source>
        <translation>Орындау мерзімі — осы күні немесе одан кейін (— шектеусіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or before this date (— for no limit)</source>
        <translation>Орындау мерзімі — осы күні немесе одан бұрын (— шектеусіз)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body (includes its sub-bodies)</source>
        <translation>Орган (бағыныстыларымен қоса)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Жауапты тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due from</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any body</source>
        <translation>Барлық органдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any party</source>
        <translation>Барлық тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sector</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any agreement</source>
        <translation>Барлық келісімдер</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../desktop/ui/editors/page.py" line="+73"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Орындау мерзімі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Басымдығы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on:</source>
        <translation>Орындалған күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>Саласы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source agreement:</source>
        <translation>Бастапқы келісім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible body:</source>
        <translation>Жауапты орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party:</source>
        <translation>Жауапты тарап:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency:</source>
        <translation>Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress:</source>
        <translation>Орындалу барысы:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Бұрынғы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status history</source>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This commitment no longer exists (deleted by someone else?)</source>
        <translation>Бұл міндеттеме енді жоқ (оны басқа біреу жойды ма?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commitment {0}</source>
        <translation>Міндеттеме {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (overdue)</source>
        <translation>  (мерзімі өткен)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No description.</source>
        <translation>Сипаттамасы жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(new)</source>
        <translation>(жаңа)</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status.py" line="+35"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Орындалу барысы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Орындалған к&amp;үні:</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+46"/>
        <source>Filter by title, reference, agency, any language… (Ctrl+F)</source>
        <translation>Атауы, нөмірі, ведомствосы бойынша кез келген тілде сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>commitment</source>
        <translation>міндеттеме</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ref.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} · overdue</source>
        <translation>{0} · мерзімі өткен</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+106"/>
        <location line="+41"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <location line="+41"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Due within 30 days</source>
        <translation>30 күн ішінде</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+39"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no body)</source>
        <translation>(органсыз)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average progress</source>
        <translation>Орташа орындалуы</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Commitments by status</source>
        <translation>Міндеттемелер мәртебелер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress by body</source>
        <translation>Органдар бойынша орындалуы</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} commitments, {1} overdue</source>
        <translation>Міндеттемелер: {0}, мерзімі өткен: {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+69"/>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type 2024-05-20 or 20.05.2024; Alt+Down opens the calendar</source>
        <translation>2024-05-20 немесе 20.05.2024 түрінде енгізіңіз; Alt+Төмен күнтізбені ашады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Күнді таңдау (Alt+Төмен)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not a date: type YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>бұл күн емес: ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/base.py" line="+82"/>
        <source>Save (Enter, or Ctrl+Enter in a text box)</source>
        <translation>Сақтау (Enter, мәтін өрісінде — Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changes are recorded in the history with who, when and why</source>
        <translation>Мәртебенің өзгеруі тарихқа жазылады: кім, қашан және неге</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open the record</source>
        <translation>Жазбаны ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>Сақталмаған өзгерістер бар. Сақтамай жабу керек пе?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save first</source>
        <translation>Алдымен сақтаңыз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save or discard your edits before changing the status.</source>
        <translation>Мәртебені өзгертпес бұрын түзетулерді сақтаңыз немесе олардан бас тартыңыз.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../desktop/ui/import_actions.py" line="+376"/>
        <source>&amp;Import from Excel…</source>
        <translation>Excel-ден &amp;импорттау…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in parties, agreements, bodies and commitments from a workbook (Ctrl+I)</source>
        <translation>Тараптарды, келісімдерді, органдарды және міндеттемелерді Excel кітабынан жүктеу (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Excel</source>
        <translation>Excel-ден импорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel кітаптары (*.xlsx *.xlsm);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {0}…</source>
        <translation>{0} оқылуда…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location line="-352"/>
        <source>Import {0}</source>
        <translation>{0} импорттау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns to choose: not recognised, or claimed by two columns</source>
        <translation>Бағандарды таңдаңыз: танылмады немесе бір өріске екі баған сәйкес келеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again with these columns</source>
        <translation>Осы бағандармен қайта тексеру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed in the register since the file was written</source>
        <translation>Файл сақталғаннан кейін тізілімде өзгертілген</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register&apos;s values are kept. Tick a record to take the file&apos;s values instead, or take them for all.</source>
        <translation>Тізілімдегі мәндер сақталады. Файлдағы мәндерді алу үшін жазбаны белгілеңіз немесе барлығына алыңыз.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the file&apos;s values</source>
        <translation>Файлдағы мәндерді алу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet, row</source>
        <translation>Парақ, жол</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register ↔ file</source>
        <translation>Тізілім ↔ файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the file&apos;s values for all</source>
        <translation>Барлығына файлдағы мәндерді алу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore this column)</source>
        <translation>(бұл бағанды елемеу)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} › “{1}”</source>
        <translation>{0} › «{1}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also looks like “{0}”)</source>
        <translation>(«{0}» өрісіне де ұқсайды)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: no column holds “{1}”; add it to the file</source>
        <translation>{0}: «{1}» бағаны жоқ; оны файлға қосыңыз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking {0}…</source>
        <translation>{0} тексерілуде…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: {1} to add, {2} to update, {3} unchanged, {4} rejected</source>
        <translation>{0}: қосылатыны — {1}, жаңартылатыны — {2}, өзгеріссіз — {3}, қабылданбағаны — {4}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected rows are not imported; fix them in the file and import it again.</source>
        <translation>Қабылданбаған жолдар импортталмайды; оларды файлда түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} records were changed in the register since the file was written: see below.</source>
        <translation>Файл сақталғаннан кейін тізілімде өзгертілген жазбалар: {0} (төменде қараңыз).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no records.</source>
        <translation>Файлда жазбалар жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} to add, {2} to update, {3} unchanged, {4} in conflict, {5} rejected</source>
        <translation>{0}: қосу {1}, жаңарту {2}, өзгеріссіз {3}, қайшылықта {4}, қабылданбады {5}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} merged with rows of other sheets</source>
        <translation>, басқа парақтардың жолдарымен біріктірілді: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet “{0}”: {1}</source>
        <translation>«{0}» парағы: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>hidden: skipped</source>
        <translation>жасырын: өткізіп жіберілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: nothing to read</source>
        <translation>бос: оқитын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an export&apos;s summary: not records, skipped</source>
        <translation>экспорттың жиынтығы: жазбалар емес, өткізіп жіберілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the export&apos;s status history: read for the records it creates</source>
        <translation>экспорттың мәртебелер тарихы: жасалатын жазбалар үшін оқылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read: a required column is missing</source>
        <translation>оқылмады: міндетті баған жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: columns to choose</source>
        <translation>оқылмады: бағандарды таңдау керек</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read as {0}</source>
        <translation>{0} ретінде оқылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the mapping remembered from an earlier file)</source>
        <translation>(сәйкестік бұрынғы файлдан есте сақталған)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(as you mapped it)</source>
        <translation>(сіз сәйкестендіргендей)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: register “{1}” ↔ file “{2}”</source>
        <translation>{0}: тізілім «{1}» ↔ файл «{2}»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import {0} rows, skip {1} rejected</source>
        <translation>Импорттау ({0} жол), қабылданбағандарды өткізу ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {0} rows</source>
        <translation>Импорттау ({0} жол)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, keep the register for {0} conflicts</source>
        <translation>, қайшылықтар үшін тізілімді қалдыру: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing {0}…</source>
        <translation>{0} импортталуда…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported {0}: {1} added, {2} updated, {3} rejected rows skipped.</source>
        <translation>{0} импортталды: қосылғаны — {1}, жаңартылғаны — {2}, өткізілген қабылданбаған жолдар — {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} records changed in the register since the file was written were kept.</source>
        <translation>Файл сақталғаннан кейін тізілімде өзгертілген жазбалар өзгеріссіз қалдырылды: {0}.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="+16"/>
        <source>Not started</source>
        <translation>Басталмаған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Кідіртілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Тоқтатыла тұрған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Мерзімі аяқталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint statement</source>
        <translation>Бірлескен мәлімдеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>Жол картасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommittee</source>
        <translation>Кіші комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Жұмыс тобы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Аса маңызды</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="+29"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kelisim will switch to {0} the next time it starts.</source>
        <translation>Kelisim келесі жолы іске қосылғанда «{0}» тіліне ауысады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelisim will follow the system&apos;s language the next time it starts.</source>
        <translation>Kelisim келесі жолы іске қосылғанда жүйе тілін қолданады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+98"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open commitment</source>
        <translation>Міндеттемені &amp;ашу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Kelisim</source>
        <translation>Kelisim &amp;туралы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(in memory)</source>
        <translation>(жадта)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Kelisim</source>
        <translation>Kelisim туралы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Kelisim {0}&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Келісім&lt;/i&gt; — agreement.&lt;/p&gt;&lt;p&gt;A register of international agreements, the committees and subcommittees they create, and the commitments inside them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kelisim {0}&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Келісім&lt;/i&gt; — agreement.&lt;/p&gt;&lt;p&gt;Халықаралық келісімдердің, олар құратын комитеттер мен кіші комитеттердің және олардағы міндеттемелердің тізілімі.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages/common.py" line="+48"/>
        <source>Cannot open the form</source>
        <translation>Пішінді ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form is missing from the installation ({0}).</source>
        <translation>Бұл пішін орнатылған бағдарламада жоқ ({0}).</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+26"/>
        <source>Filter by name in any language, code… (Ctrl+F)</source>
        <translation>Кез келген тілдегі атауы, коды бойынша сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>party</source>
        <translation>тарап</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>Атауы (қытайша)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/party.py" line="+22"/>
        <source>New party</source>
        <translation>Жаңа тарап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit party</source>
        <translation>Тарапты өзгерту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Republic of Kazakhstan</source>
        <translation>мысалы, Қазақстан Республикасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>&amp;Қысқа атауы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>Т&amp;үрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ISO code:</source>
        <translation>&amp;ISO коды:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZ, CN, CHN…</source>
        <translation>KZ, CN, CHN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (&amp;Russian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Атауы (қа&amp;зақша):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Chinese):</source>
        <translation>Атауы (қ&amp;ытайша):</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+143"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>— no party —</source>
        <translation>— тарапсыз —</translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../desktop/ui/process_jobs.py" line="+67"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="+114"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot do that</source>
        <translation>Бұл әрекетті орындау мүмкін емес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {0}

The details were written to {1}</source>
        <translation>Қате орын алды: {0}

Толық мәлімет {1} файлына жазылды</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+140"/>
        <source>Filter as you type (Ctrl+F)</source>
        <translation>Теру барысында сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Delete {0}</source>
        <translation>Жою: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the {0} “{1}”?

This cannot be undone.</source>
        <translation>«{1}» ({0}) жойылсын ба?

Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/report_actions.py" line="+42"/>
        <source>Export to &amp;Excel…</source>
        <translation>&amp;Excel-ге экспорттау…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF есеп…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the commitments shown (with the current filter) to an Excel workbook (Ctrl+E)</source>
        <translation>Көрсетілген міндеттемелерді (ағымдағы сүзгімен) Excel кітабына экспорттау (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a PDF status report of the commitments shown (Ctrl+P)</source>
        <translation>Көрсетілген міндеттемелердің орындалуы туралы PDF есеп жасау (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PDF report</source>
        <translation>PDF есепті сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting to Excel…</source>
        <translation>Excel-ге экспортталуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the PDF report…</source>
        <translation>PDF есеп жазылуда…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved {0} ({1} commitments)</source>
        <translation>Сақталды: {0} (міндеттемелер: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Report saved</source>
        <translation>Есеп сақталды</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report of {0} commitments ({1} overdue) was saved as
{2}</source>
        <translation>Есеп сақталды (міндеттемелер: {0}, оның ішінде мерзімі өткені: {1}):
{2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорттаудан бас тартылды; файл жазылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Есеп сақталмады</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program opens this kind of file here. The report is at:
{0}</source>
        <translation>Бұл компьютерде мұндай файлды ашатын бағдарлама жоқ. Есеп мына жерде:
{0}</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../desktop/ui/status_chart.py" line="+46"/>
        <source>commitments</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitments yet</source>
        <translation>Әзірге міндеттемелер жоқ</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status_base.py" line="+20"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current status:</source>
        <translation>Қазіргі мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New status:</source>
        <translation>&amp;Жаңа мәртебесі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote (required):</source>
        <translation>&amp;Ескертпе (міндетті):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a note is required to move to &apos;{0}&apos;</source>
        <translation>«{0}» мәртебесіне көшу үшін ескертпе қажет</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+146"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} / {2}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}: loading…</source>
        <translation>{0}: жүктелуде…</translation>
    </message>
</context>
</TS>
