<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+184"/>
        <source>This register is already open in another Kelisim window:
{0}</source>
        <translation>Бұл тізілім Kelisim-нің басқа терезесінде ашық тұр:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="+37"/>
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
        <location filename="../../desktop/ui/application.py" line="-44"/>
        <source>{0}

Nothing can be saved to this register. Restore it with File → Restore from backup…</source>
        <translation>{0}

Бұл тізілімге ештеңе сақталмайды. Оны қалпына келтіріңіз: Файл → Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>AccessControl</name>
    <message>
        <location filename="../../desktop/ui/access_ui.py" line="+64"/>
        <source>no role</source>
        <translation>рөлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {0} ({1})</source>
        <translation>Сіз {0} ({1}) ретінде кірдіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role decides what you may change on this register</source>
        <translation>Осы тізілімде нені өзгерте алатыныңызды рөліңіз анықтайды</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+56"/>
        <source>Add user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Login name:</source>
        <translation>Кіру аты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Құпиясөзді қайталаңыз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operating system&apos;s login name of the person; no password on a file.</source>
        <translation>Адамның операциялық жүйеге кіру аты; файлда құпиясөз жоқ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login name: required</source>
        <translation>Кіру аты: міндетті</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: the two passwords differ</source>
        <translation>Құпиясөз: құпиясөздер сәйкес емес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: at least 8 characters</source>
        <translation>Құпиясөз: кемінде 8 таңба</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement.py" line="+39"/>
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
    <message>
        <location line="+5"/>
        <source>Signed scans:</source>
        <translation>Қол қойылған сканерлер:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Edit of {0}</source>
        <translation>{0} түзетуі</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement_status.py" line="+31"/>
        <source>Change agreement status</source>
        <translation>Келісім мәртебесін өзгерту</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>set the date of entry into force first (Edit… the agreement)</source>
        <translation>алдымен күшіне ену күнін көрсетіңіз (келісімді Өзгерту…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the signing date first (Edit… the agreement)</source>
        <translation>алдымен қол қою күнін көрсетіңіз (келісімді Өзгерту…)</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+40"/>
        <source>Filter by number, title, place, party… (Ctrl+F)</source>
        <translation>Нөмірі, атауы, орны, тарабы бойынша сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+72"/>
        <location filename="../../desktop/ui/pages/agreements.py" line="+3"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+3"/>
        <source>agreement</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reg. number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+27"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show commitments</source>
        <translation>Міндеттемелерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add commitment here…</source>
        <translation>Осы жерге міндеттеме қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes…</source>
        <translation>Өзгерістер…</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="+42"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} B</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution report</source>
        <translation>Орындау туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Аралық есеп</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents and images ({0});;All files (*)</source>
        <translation>Құжаттар мен суреттер ({0});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+94"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Қосқан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation>Көшірмесін жүйенің қарау бағдарламасымен ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most {0} MB a file</source>
        <translation>Бір файл {0} МБ-тан аспайды</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Attachments ({0})</source>
        <translation>Тіркемелер ({0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Attach documents</source>
        <translation>Құжаттарды тіркеу</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Not opened</source>
        <translation>Ашылмады</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kelisim opens only documents and images with the system&apos;s viewer. Save “{0}” with Save as… and check it before opening it.</source>
        <translation>Kelisim жүйенің қарау бағдарламасымен тек құжаттар мен суреттерді ашады. «{0}» файлын «Басқаша сақтау…» арқылы сақтап, ашпас бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program opens this kind of file here. A copy is at:
{0}</source>
        <translation>Мұнда мұндай файлды ашатын бағдарлама жоқ. Көшірмесі мына жерде:
{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the attached file as</source>
        <translation>Тіркелген файлды басқаша сақтау</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the attached file</source>
        <translation>Тіркелген файлды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{0}” from this record?</source>
        <translation>«{0}» осы жазбадан жойылсын ба?</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="+46"/>
        <source>Reference or value (Ctrl+F)</source>
        <translation>Нөмірі немесе мәні (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+142"/>
        <location filename="../../desktop/ui/main_window.py" line="+5"/>
        <source>Audit</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>change</source>
        <translation>өзгеріс</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All records</source>
        <translation>Барлық жазбалар</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Export to Excel…</source>
        <translation>Excel-ге шығару…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write the changes shown here to an Excel workbook</source>
        <translation>Көрсетілген өзгерістерді Excel кітабына жазу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>дейін</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show every record</source>
        <translation>Барлық жазбаларды көрсету</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes of {0} “{1}”</source>
        <translation>Өзгерістер: {0} «{1}»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export the audit trail</source>
        <translation>Өзгерістер журналын шығару</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="+29"/>
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
        <location line="+2"/>
        <source>Backup written to {0}</source>
        <translation>Сақтық көшірме жазылды: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checking {0}…</source>
        <translation>{0} тексерілуде…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+3"/>
        <source>Restored from {0}. The register it replaced is kept in {1}</source>
        <translation>{0} көшірмесінен қалпына келтірілді. Ауыстырылған тізілім {1} ішінде сақталды</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+57"/>
        <source>New sub-body…</source>
        <translation>Жаңа бағынысты орган…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show commitments</source>
        <translation>Міндеттемелерді көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add commitment here…</source>
        <translation>Осы жерге міндеттеме қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes…</source>
        <translation>Өзгерістер…</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../desktop/ui/main_window.py" line="-4"/>
        <location filename="../../desktop/ui/pages/bodies.py" line="+4"/>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+3"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../../desktop/ui/editors/body.py" line="+48"/>
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
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="+172"/>
        <source>Some rows were refused</source>
        <translation>Кейбір жолдар қабылданбады</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export the selection</source>
        <translation>Таңдалғанды экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="+2"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+850"/>
        <source>%n commitment(s) changed.</source>
        <translation>
            <numerusform>%n міндеттеме өзгертілді.</numerusform>
            <numerusform>%n міндеттеме өзгертілді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status of %n commitment(s)</source>
        <translation>
            <numerusform>%n міндеттеменің мәртебесі</numerusform>
            <numerusform>%n міндеттеменің мәртебесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n commitment(s)</source>
        <translation>
            <numerusform>%n міндеттемені көшіру</numerusform>
            <numerusform>%n міндеттемені көшіру</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused and left as they were:</source>
        <translation>
            <numerusform>Қабылданбай, өзгеріссіз қалды: %n:</numerusform>
            <numerusform>Қабылданбай, өзгеріссіз қалды: %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due date of %n commitment(s)</source>
        <translation>
            <numerusform>%n міндеттеменің мерзімі</numerusform>
            <numerusform>%n міндеттеменің мерзімі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Agency of %n commitment(s)</source>
        <translation>
            <numerusform>%n міндеттеменің ведомствосы</numerusform>
            <numerusform>%n міндеттеменің ведомствосы</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/bulk_actions.py" line="-192"/>
        <source>Change %n selected commitment(s)</source>
        <translation>
            <numerusform>Таңдалған %n міндеттемені өзгерту</numerusform>
            <numerusform>Таңдалған %n міндеттемені өзгерту</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note for every row:</source>
        <translation>Барлық жолға &amp;ескертпе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence: letter or protocol No.:</source>
        <translation>&amp;Негіз: хат немесе хаттама №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>Хаттың &amp;күні:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to &amp;body:</source>
        <translation>&amp;Органға көшіру:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date (empty clears it):</source>
        <translation>&amp;Мерзімі (бос — алып тастау):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executing &amp;agency:</source>
        <translation>Орындаушы &amp;ведомство:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Letter date: {0}</source>
        <translation>Хаттың күні: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due date: {0}</source>
        <translation>Мерзімі: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the body to move the commitments to.</source>
        <translation>Міндеттемелер көшірілетін органды таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/commitment.py" line="+49"/>
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
        <location line="+6"/>
        <location line="+10"/>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <location line="-20"/>
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
        <location line="+2"/>
        <source>Lead e&amp;xecutor:</source>
        <translation>Жауапты о&amp;рындаушы:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-&amp;executors:</source>
        <translation>Бірлескен орында&amp;ушылар:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person…</source>
        <translation>Жаңа тұлға…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontroller:</source>
        <translation>&amp;Бақылаушы:</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+86"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on an unknown date (the register it came from gave none)</source>
        <translation>Орындалды, күні белгісіз (бастапқы тізілімде көрсетілмеген)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Edit of {0}</source>
        <translation>{0} өңдеу</translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <location filename="../../desktop/ui/pages/filter_bar.py" line="+117"/>
        <source>Any status</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not closed)</source>
        <translation>Ашық (жабылмаған)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+240"/>
        <source>Several statuses…</source>
        <translation>Бірнеше мәртебе…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Tick several statuses</source>
        <translation>Бірнеше мәртебені белгілеңіз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A body includes its subcommittees and working groups</source>
        <translation>Орган өзінің кіші комитеттері мен жұмыс топтарын қамтиды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any part</source>
        <translation>Кез келген рөл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executes</source>
        <translation>Орындайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Бақылайды</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
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
        <location line="+6"/>
        <source>Executor or controller</source>
        <translation>Орындаушы немесе бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part they play</source>
        <translation>Рөлі</translation>
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
        <location line="+36"/>
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
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Кез келген тұлға</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My commitments</source>
        <translation>Менің міндеттемелерім</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No person in the register has your login; add yourself as a person with your login</source>
        <translation>Тізілімде сіздің логиніңіз бар тұлға жоқ; өзіңізді логиніңізбен тұлға ретінде қосыңыз</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../desktop/ui/editors/page.py" line="+52"/>
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
        <source>Lead executor:</source>
        <translation>Жауапты орындаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors:</source>
        <translation>Бірлескен орындаушылар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller:</source>
        <translation>Бақылаушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Ескертпе:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Superseded by:</source>
        <translation>Ауыстырған:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress:</source>
        <translation>Орындалу барысы:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+18"/>
        <source>From</source>
        <translation>Бұрынғы</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>To</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved on</source>
        <translation>Ауыстырылған күні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Кімнің өтінішімен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline moves</source>
        <translation>Мерзімнің ауыстырылуы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Evidence</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution reports</source>
        <translation>Орындау туралы есептер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interim reports</source>
        <translation>Аралық есептер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interim report…</source>
        <translation>Аралық &amp;есеп…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report execution…</source>
        <translation>Орындалуы туралы &amp;баяндау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turn…</source>
        <translation>Қа&amp;йтару…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move deadline…</source>
        <translation>Мерзімді &amp;ауыстыру…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status history</source>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachments ({0})</source>
        <translation>Тіркемелер ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This commitment no longer exists (deleted by someone else?)</source>
        <translation>Бұл міндеттеме енді жоқ (оны басқа біреу жойды ма?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Commitment {0}</source>
        <translation>Міндеттеме {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  (overdue)</source>
        <translation>  (мерзімі өткен)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>originally {0}; moved ×{1}</source>
        <translation>бастапқыда {0}; ауыстырылды ×{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(executed on time)</source>
        <translation>(мерзімінде орындалды)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(executed late against the original deadline)</source>
        <translation>(бастапқы мерзімнен кешігіп орындалды)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(superseded)</source>
        <translation>(ауыстырылды)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No description.</source>
        <translation>Сипаттамасы жоқ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(new)</source>
        <translation>(жаңа)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accepted by {0}, {1}</source>
        <translation>Қабылдады: {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned by {0}, {1}: {2}</source>
        <translation>Қайтарды: {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for acceptance</source>
        <translation>Қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0}, {1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(waiting for acceptance)</source>
        <translation>(қабылдауды күтуде)</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status.py" line="+39"/>
        <source>Change status</source>
        <translation>Мәртебені өзгерту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Орындалу барысы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Орындалған к&amp;үні:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evidence: letter or protocol No.:</source>
        <translation>&amp;Негіз: хат немесе хаттама №:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13-2/1045, or the session&apos;s protocol No.</source>
        <translation>мысалы, 13-2/1045, № 5 хаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>Хаттың &amp;күні:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded &amp;by:</source>
        <translation>&amp;Ауыстырған міндеттеме:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Status of {0}</source>
        <translation>{0} мәртебесі</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+101"/>
        <source>Filter by title, reference, agency, any language… (Ctrl+F)</source>
        <translation>Атауы, нөмірі, ведомствосы бойынша кез келген тілде сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+1"/>
        <location filename="../../desktop/ui/pages/commitments.py" line="+17"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+3"/>
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
        <location line="+8"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} · overdue</source>
        <translation>{0} · мерзімі өткен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · moved ×{1}</source>
        <translation>{0} · ауыстырылды ×{1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move deadline…</source>
        <translation>Мерзімді ауыстыру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selected to body…</source>
        <translation>Таңдалғандарды органға көшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set due date of selected…</source>
        <translation>Таңдалғандардың мерзімін қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set agency of selected…</source>
        <translation>Таңдалғандардың ведомствосын қою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selected rows…</source>
        <translation>Таңдалған жолдарды экспорттау…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+113"/>
        <location line="+67"/>
        <source>Commitments</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <location line="+46"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+114"/>
        <source>Due within 30 days</source>
        <translation>30 күн ішінде</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+65"/>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Agreements</source>
        <translation>Келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Executed on time</source>
        <translation>Мерзімінде орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed late</source>
        <translation>Кешігіп орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines moved</source>
        <translation>Мерзімі ауыстырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no body)</source>
        <translation>(органсыз)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average progress</source>
        <translation>Орташа орындалуы</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Commitments by status</source>
        <translation>Міндеттемелер мәртебелер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress by body</source>
        <translation>Органдар бойынша орындалуы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-3"/>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+29"/>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+88"/>
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
        <location line="+55"/>
        <source>not a date: type YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>бұл күн емес: ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде енгізіңіз</translation>
    </message>
</context>
<context>
    <name>DocumentsField</name>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="+21"/>
        <source>Attach &amp;document…</source>
        <translation>&amp;Құжат тіркеу…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach documents</source>
        <translation>Құжаттарды тіркеу</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/base.py" line="+113"/>
        <location line="+298"/>
        <source>Save (Enter, or Ctrl+Enter in a text box)</source>
        <translation>Сақтау (Enter, мәтін өрісінде — Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take theirs and keep my other edits</source>
        <translation>Олардың түзетуін алып, менің басқа түзетулерімді сақтау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take theirs, drop my edits</source>
        <translation>Олардың түзетуін алу, менікін тастау</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change status…</source>
        <translation>Мәртебені өзгерту…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changes are recorded in the history with who, when and why</source>
        <translation>Мәртебенің өзгеруі тарихқа жазылады: кім, қашан және неге</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edit of {0}</source>
        <translation>{0} түзетуі</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Someone else has just changed this record. Saving will be refused: copy your changes, then open it again.</source>
        <translation>Бұл жазбаны жаңа ғана басқа біреу өзгертті. Сақтау қабылданбайды: өзгерістеріңізді көшіріп алып, жазбаны қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the record</source>
        <translation>Жазбаны ашу мүмкін емес</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Someone else saved this record: choose above how to go on before saving.</source>
        <translation>Жазбаны басқа пайдаланушы сақтады: сақтамас бұрын жоғарыда қалай жалғастыруды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To save, fix: {0}</source>
        <translation>Сақтау үшін түзетіңіз: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save anyway?</source>
        <translation>Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check before saving:</source>
        <translation>Сақтамас бұрын тексеріңіз:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save anyway</source>
        <translation>Бәрібір сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and correct</source>
        <translation>Оралып түзету</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} saved this record on {1}, after you opened it.</source>
        <translation>{0} бұл жазбаны сіз ашқаннан кейін {1} сақтады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this record after you opened it.</source>
        <translation>Бұл жазбаны сіз ашқаннан кейін басқа пайдаланушы сақтады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• {0}: theirs “{1}”, yours “{2}”</source>
        <translation>• {0}: оларда «{1}», сізде «{2}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• {0}: now “{1}”</source>
        <translation>• {0}: енді «{1}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other edits can be kept: {0}.</source>
        <translation>Басқа түзетулеріңізді сақтауға болады: {0}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>Сақталмаған өзгерістер бар. Сақтамай жабу керек пе?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving</source>
        <translation>Сақтамай жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>ExecutionReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="+33"/>
        <source>Report execution</source>
        <translation>Орындалуы туралы баяндау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for acceptance</source>
        <translation>Қабылдауға жіберу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing &amp;letter No.:</source>
        <translation>Шығыс &amp;хат №:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>Хаттың &amp;күні:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed letter, an act or another document: evidence instead of or besides the letter&apos;s number</source>
        <translation>Қол қойылған хат, акт немесе басқа құжат: хат нөмірінің орнына немесе онымен бірге растау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents:</source>
        <translation>Құжаттар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xecuted on:</source>
        <translation>&amp;Орындалған күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The completion date when the report is accepted</source>
        <translation>Есеп қабылданғанда орындалу күні</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../desktop/ui/import_actions.py" line="+466"/>
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
        <location line="-436"/>
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
        <location line="+35"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save rejected rows…</source>
        <translation>Қабылданбаған жолдарды сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refused rows as a workbook, with a column saying why</source>
        <translation>Қабылданбаған жолдар себеп бағанымен Excel кітабы ретінде</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+36"/>
        <source>{0} - rejected rows.xlsx</source>
        <translation>{0} - қабылданбаған жолдар.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rejected rows</source>
        <translation>Қабылданбаған жолдарды сақтау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected rows saved</source>
        <translation>Қабылданбаған жолдар сақталды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} rows written to {1}</source>
        <translation>{0} жол {1} файлына жазылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the rejected rows</source>
        <translation>Қабылданбаған жолдарды сақтау мүмкін емес</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="-15"/>
        <location line="+21"/>
        <source>read as {0}</source>
        <translation>{0} ретінде оқылды</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>(the mapping remembered from an earlier file)</source>
        <translation>(сәйкестік бұрынғы файлдан есте сақталған)</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>(as you mapped it)</source>
        <translation>(сіз сәйкестендіргендей)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: register “{1}” ↔ file “{2}”</source>
        <translation>{0}: тізілім «{1}» ↔ файл «{2}»</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import {0} rows, skip {1} rejected</source>
        <translation>Импорттау ({0} жол), қабылданбағандарды өткізу ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {0} rows</source>
        <translation>Импорттау ({0} жол)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, leave out {0}</source>
        <translation>, {0} оқылмайды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, keep the register for {0} conflicts</source>
        <translation>, қайшылықтар үшін тізілімді қалдыру: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+9"/>
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
    <name>InterimReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="+103"/>
        <source>Interim report</source>
        <translation>Аралық есеп</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Орындалу барысы:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Құжаттар:</translation>
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
        <location filename="../../desktop/ui/language_menu.py" line="+35"/>
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
    <message>
        <location line="+5"/>
        <source>Later</source>
        <translation>Кейінірек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Қазір қайта іске қосу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+112"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+6"/>
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
        <location line="+1"/>
        <source>&amp;Quick open…</source>
        <translation>&amp;Жылдам іздеу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>Тү&amp;зету</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;My work…</source>
        <translation>&amp;Менің жұмысым…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;People…</source>
        <translation>&amp;Адамдар…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main toolbar</source>
        <translation>Негізгі құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register file</source>
        <translation>Тізілім файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The register&apos;s server</source>
        <translation>Тізілім сервері</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working…</source>
        <translation>Орындалуда…</translation>
    </message>
    <message>
        <location line="+124"/>
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
    <name>Message</name>
    <message>
        <location filename="messages_extracted.py" line="-841"/>
        <source>warning: {0}</source>
        <translation>ескерту: {0}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Wrote {0}: {1} ({2}); {3}.</source>
        <translation>{0} жазылды: {1} ({2}); {3}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n міндеттеме</numerusform>
            <numerusform>%n міндеттеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n мерзімі өткен</numerusform>
            <numerusform>%n мерзімі өткен</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{0}” is not a date; write YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>«{0}» күн емес; ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown status &apos;{0}&apos;; valid statuses: {1}</source>
        <translation>белгісіз мәртебе «{0}»; рұқсат етілген мәртебелер: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was written.</source>
        <translation>Сынақ іске қосу: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the others.</source>
        <translation>Ештеңе импортталған жоқ: жоғарыдағы жолдарды түзетіңіз немесе қалғандарын импорттау үшін --skip-invalid қолданыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: the register already holds everything in this file.</source>
        <translation>Өзгертетін ештеңе жоқ: тізілімде бұл файлдағының бәрі бар.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported (%n rejected row(s) skipped).</source>
        <translation>
            <numerusform>Импортталды (%n қабылданбаған жол өткізілді).</numerusform>
            <numerusform>Импортталды (%n қабылданбаған жол өткізілді).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loaded the demo register: %n commitment(s).</source>
        <translation>
            <numerusform>Демо тізілім жүктелді: %n міндеттеме.</numerusform>
            <numerusform>Демо тізілім жүктелді: %n міндеттеме.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: now {1}</source>
        <translation>{0}: енді {1}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the database already holds a register; load the demo into an empty database</source>
        <translation>дерекқорда тізілім бар; демо деректерді бос дерекқорға жүктеңіз</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Backup written to {0}</source>
        <translation>Сақтық көшірме жазылды: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {0} from {1}.</source>
        <translation>{0} тізілімі {1} көшірмесінен қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register it replaced is kept in {0}</source>
        <translation>Ауыстырылған тізілім {0} ішінде сақталды</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: ok (a Kelisim register, schema {1}; every record read back: {2}; the server guards its own integrity)</source>
        <translation>{0}: дұрыс (Kelisim тізілімі, сұлба {1}; әр жазба оқылды: {2}; тұтастықты сервердің өзі қамтамасыз етеді)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“{0}” is not one of: {1}</source>
        <translation>«{0}» рұқсат етілмеген мән; рұқсат етілгендері: {1}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Registration number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Title in Russian</source>
        <translation>Атауы орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Kazakh</source>
        <translation>Атауы қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Chinese</source>
        <translation>Атауы қытайша</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Signing date</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Entry into force</source>
        <translation>Күшіне енуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Мерзімнің аяқталуы</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Signatories</source>
        <translation>Қол қойғандар</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name in Russian</source>
        <translation>Атауы орысша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kazakh</source>
        <translation>Атауы қазақша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Chinese</source>
        <translation>Атауы қытайша</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country code</source>
        <translation>Ел коды</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parent body</source>
        <translation>Жоғары тұрған орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation>Құрған құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established on</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Co-chairs</source>
        <translation>Тең төрағалар</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Responsible agency</source>
        <translation>Жауапты ведомство</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sector</source>
        <translation>Саласы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Басымдығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Wrote {0}: {1}.</source>
        <translation>Жазылды {0}: {1}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dry run: nothing was written. The conflicts above would stop the import (see --on-conflict).</source>
        <translation>Сынақ іске қосу: ештеңе жазылған жоқ. Жоғарыдағы қайшылықтар импортты тоқтатар еді (--on-conflict қараңыз).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map the columns with --map &quot;Header=field&quot; (the fields are listed in import --help).</source>
        <translation>Бағандарды --map &quot;Header=field&quot; арқылы сәйкестендіріңіз (өрістер import --help ішінде берілген).</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n backup(s) of {0} in {1}</source>
        <translation>
            <numerusform>{0} тізілімінің {1} ішіндегі %n сақтық көшірмесі</numerusform>
            <numerusform>{0} тізілімінің {1} ішіндегі %n сақтық көшірмесі</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}. Nothing was changed; to do exactly that, run restore again with --replace-with-other-register</source>
        <translation>{0}. Ештеңе өзгертілген жоқ; дәл осы қажет болса, restore пәрменін --replace-with-other-register арқылы қайталаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANNOT BE USED</source>
        <translation>ҚОЛДАНУҒА БОЛМАЙДЫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>БҮЛІНГЕН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register {0}</source>
        <translation>Тізілім {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of an unknown register</source>
        <translation>
            <numerusform>белгісіз тізілімнің %n көшірмесі</numerusform>
            <numerusform>белгісіз тізілімнің %n көшірмесі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of other registers not listed</source>
        <translation>
            <numerusform>басқа тізілімдердің %n көшірмесі көрсетілмеді</numerusform>
            <numerusform>басқа тізілімдердің %n көшірмесі көрсетілмеді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest sound backup of this register is {0}; restore it with: kelisim --db {1} restore {0}</source>
        <translation>Осы тізілімнің ең соңғы дұрыс сақтық көшірмесі: {0}; оны мына пәрменмен қалпына келтіріңіз: kelisim --db {1} restore {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound backup of this register was found.</source>
        <translation>Осы тізілімнің дұрыс сақтық көшірмесі табылмады.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n older backup(s) in its folder do not record their register and are not offered; restore one by name only if you know it is this register&apos;s (--replace-with-other-register).</source>
        <translation>
            <numerusform>Оның қалтасындағы %n ескі сақтық көшірме өз тізілімін көрсетпейді және ұсынылмайды; оны тек осы тізілімдікі екеніне сенімді болсаңыз ғана атымен қалпына келтіріңіз (--replace-with-other-register).</numerusform>
            <numerusform>Оның қалтасындағы %n ескі сақтық көшірме өз тізілімін көрсетпейді және ұсынылмайды; оны тек осы тізілімдікі екеніне сенімді болсаңыз ғана атымен қалпына келтіріңіз (--replace-with-other-register).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup {0} was not written</source>
        <translation>{0} сақтық көшірмесі жазылмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[unknown register]</source>
        <translation>[белгісіз тізілім]</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{0} and {1}</source>
        <translation>{0} және {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an agreement cannot move from {0} to {1} (allowed: {2})</source>
        <translation>келісімді {0} мәртебесінен {1} мәртебесіне ауыстыруға болмайды (рұқсат етілген: {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a body cannot be its own parent</source>
        <translation>орган өзіне-өзі жоғары тұрған орган бола алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a body cannot be placed under one of its own sub-bodies</source>
        <translation>органды өзінің бағынысты органдарының біріне бағындыруға болмайды</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be between 0 and 100 %</source>
        <translation>0 мен 100 % аралығында болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the completion date cannot be in the future</source>
        <translation>орындалған күні болашақта бола алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the signing date</source>
        <translation>қол қойылған күннен бұрын бола алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the signing date</source>
        <translation>қол қойылған күннен кейін болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the entry into force</source>
        <translation>күшіне енген күннен кейін болуы керек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the commitment is already {0}</source>
        <translation>міндеттеме қазірдің өзінде {0} мәртебесінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note is required to move to {0}</source>
        <translation>{0} мәртебесіне ауыстыру үшін ескертпе қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a signed agreement needs its signing date</source>
        <translation>қол қойылған келісімге қол қойылған күні қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agreement in force needs its date of entry into force</source>
        <translation>күшіндегі келісімге күшіне енген күні қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is required</source>
        <translation>{0}: міндетті өріс</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>is %n characters long; at most {0} are allowed</source>
        <translation>
            <numerusform>ұзындығы %n таңба; ең көбі {0} рұқсат етіледі</numerusform>
            <numerusform>ұзындығы %n таңба; ең көбі {0} рұқсат етіледі</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a completed commitment must be at 100 %</source>
        <translation>орындалған міндеттеменің барысы 100 % болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a completed commitment needs a completion date</source>
        <translation>орындалған міндеттемеге орындалған күні қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % means completed: set the status to completed, or lower the progress</source>
        <translation>100 % «Орындалды» дегенді білдіреді: осы мәртебені қойыңыз немесе барысын азайтыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a completed commitment has a completion date</source>
        <translation>орындалған күні тек орындалған міндеттемеде болады</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot move from {0} to {1} (allowed: {2})</source>
        <translation>{0} мәртебесінен {1} мәртебесіне ауыстыруға болмайды (рұқсат етілген: {2})</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+1"/>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
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
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Хаттама</translation>
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
        <location line="+1"/>
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
        <location line="+1"/>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <message>
        <location line="-217"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message numerus="yes">
        <location line="+432"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Басқалар (%n)</numerusform>
            <numerusform>Басқалар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Agreement card {0}</source>
        <translation>{0} келісімінің карточкасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies it created</source>
        <translation>Құрған органдары</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>No agreement has the registration number {0}.</source>
        <translation>{0} тіркеу нөмірі бар келісім жоқ.</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>KELISIM · AGREEMENT CARD</source>
        <translation>KELISIM · КЕЛІСІМ КАРТОЧКАСЫ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history of the agreement</source>
        <translation>Келісім мәртебесінің тарихы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status change recorded.</source>
        <translation>Мәртебе өзгерісі тіркелмеген.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>Status report on commitments</source>
        <translation>Міндеттемелердің орындалуы туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No body</source>
        <translation>Органсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses rebuilt from the status history as they stood on {0}; commitments created later are left out.</source>
        <translation>Мәртебелер тарих бойынша {0} күнгі күйінде қалпына келтірілді; кейін құрылған міндеттемелер енгізілмеген.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Briefing</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status report generated by Kelisim</source>
        <translation>Kelisim дайындаған орындалу есебі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments by status</source>
        <translation>Міндеттемелер мәртебелер бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the workbook…</source>
        <translation>Кітап дайындалуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On control</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion (without cancelled)</source>
        <translation>Орындалуы (жойылғандарсыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 30 days</source>
        <translation>Мерзімі 30 күн ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 90 days</source>
        <translation>Мерзімі 90 күн ішінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By committee (sub-bodies rolled up)</source>
        <translation>Комитеттер бойынша (бағынышты органдарымен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By responsible agency</source>
        <translation>Жауапты ведомстволар бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By responsible party</source>
        <translation>Жауапты тараптар бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook…</source>
        <translation>Кітап сақталуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status as of</source>
        <translation>Жағдай күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Іріктеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Commitments by body</source>
        <translation>Органдар бойынша міндеттемелер</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Average progress</source>
        <translation>Орташа орындалуы</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Commitments: {0} of {1}</source>
        <translation>Міндеттемелер: {0} / {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: {0} of {1}</source>
        <translation>Тарих: {0} / {1}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no file name given</source>
        <translation>файл аты көрсетілмеген</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a folder has that name</source>
        <translation>мұндай атпен қалта бар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {0} does not exist</source>
        <translation>{0} қалтасы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} is read-only for you</source>
        <translation>{0} қалтасы сізге тек оқу үшін қолжетімді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file exists and is read-only</source>
        <translation>файл бар және тек оқу үшін қолжетімді</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Жауапты тарап</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Last status note</source>
        <translation>Соңғы ескертпе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note made</source>
        <translation>Ескертпе күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>In force from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Мерзімі аяқталады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments in report</source>
        <translation>Есептегі міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments in total</source>
        <translation>Барлық міндеттемелер</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Title (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Title (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title (Chinese)</source>
        <translation>Атауы (қытайша)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved on</source>
        <translation>Таратылған күні</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation>Атауы (қытайша)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>ISO code</source>
        <translation>ISO коды</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>From</source>
        <translation>Бұрынғы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ref.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reg. number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties, signatories</source>
        <translation>Тараптар, қол қойғандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In report</source>
        <translation>Есепте</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in this report</source>
        <translation>
            <numerusform>осы есепте %n</numerusform>
            <numerusform>осы есепте %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the report…</source>
        <translation>Есеп дайындалуда…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Selection</source>
        <translation>Іріктеу</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Average progress {0}.</source>
        <translation>Орташа барысы {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laying out pages…</source>
        <translation>Беттер беттелуде…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saving the report…</source>
        <translation>Есеп сақталуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {0} of {1}</source>
        <translation>{0}-бет, барлығы {1}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kelisim status report · generated {0}</source>
        <translation>Kelisim есебі · жасалған күні {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overdue (open, past due)</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0}
Notes: {1}</source>
        <translation>{0}
Ескертпелер: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status report, commitments</source>
        <translation>орындалу есебі, міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KELISIM · STATUS OF COMMITMENTS</source>
        <translation>KELISIM · МІНДЕТТЕМЕЛЕРДІҢ ОРЫНДАЛУЫ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Annex. Agreements</source>
        <translation>Қосымша. Келісімдер</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitment matches this selection.</source>
        <translation>Іріктеуге сәйкес міндеттеме жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreement is referred to by this selection.</source>
        <translation>Іріктеуде келісімдерге сілтеме жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitments of its own in this selection.</source>
        <translation>Іріктеуде өз міндеттемелері жоқ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report fonts in {0} cannot be read ({1}); reinstall Kelisim</source>
        <translation>{0} ішіндегі есеп қаріптері оқылмайды ({1}); Kelisim бағдарламасын қайта орнатыңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n body(-ies) it established</source>
        <translation>
            <numerusform>ол құрған %n орган</numerusform>
            <numerusform>ол құрған %n орган</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: {1} refer to it.</source>
        <translation>«{0}» жоюға болмайды: оған {1} сілтейді.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>the agreement is already {0}</source>
        <translation>келісім қазірдің өзінде {0} мәртебесінде</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>unknown party ids {0}</source>
        <translation>тараптардың белгісіз идентификаторлары {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is already used by another agreement</source>
        <translation>«{0}» басқа келісімде қолданылған</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown register (a backup made before Kelisim recorded whose it is)</source>
        <translation>белгісіз тізілім (көшірме Kelisim оның тізілімін жазбай тұрғанда жасалған)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parent body no longer exists</source>
        <translation>жоғары тұрған орган енді жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the establishing agreement no longer exists</source>
        <translation>құрған келісім енді жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the establishing agreement was signed</source>
        <translation>құрған келісімге қол қойылғанға дейін бола алмайды</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sub-body(-ies)</source>
        <translation>
            <numerusform>%n бағынысты орган</numerusform>
            <numerusform>%n бағынысты орган</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it has {1}.</source>
        <translation>«{0}» жоюға болмайды: онда {1} бар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a chosen party no longer exists</source>
        <translation>таңдалған тарап енді жоқ</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no commitment has the reference “{0}”</source>
        <translation>«{0}» нөмірлі міндеттеме жоқ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the chosen record no longer exists</source>
        <translation>таңдалған жазба енді жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is already used by another commitment</source>
        <translation>«{0}» басқа міндеттемеде қолданылған</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>agreement</source>
        <translation>келісім</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>commitment</source>
        <translation>міндеттеме</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>party</source>
        <translation>тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record ({0}) was changed by someone else after you opened it (version {1} → {2}). Your changes were not saved; reopen it to see the other change.</source>
        <translation>Бұл жазбаны ({0}) сіз ашқаннан кейін басқа пайдаланушы өзгертті (нұсқа {1} → {2}). Сіздің өзгерістеріңіз сақталмады; басқа өзгерісті көру үшін жазбаны қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} #{1} no longer exists (deleted by someone else?)</source>
        <translation>{0} №{1} енді жоқ (басқа пайдаланушы жойған ба?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} It now reads: {1}.</source>
        <translation>{0} Қазір жазба мынадай: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n жол қабылданбады</numerusform>
            <numerusform>%n жол қабылданбады</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was imported: {0}:</source>
        <translation>ештеңе импортталған жоқ: {0}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>nothing was imported: %n record(s) were changed in the register since {0} was written (register value, file value):</source>
        <translation>
            <numerusform>ештеңе импортталған жоқ: {0} файлы жазылғаннан кейін тізілімде %n жазба өзгерген (тізілім мәні, файл мәні):</numerusform>
            <numerusform>ештеңе импортталған жоқ: {0} файлы жазылғаннан кейін тізілімде %n жазба өзгерген (тізілім мәні, файл мәні):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the register&apos;s values for them (--on-conflict skip) or take the file&apos;s (--on-conflict overwrite).</source>
        <translation>Олар үшін тізілім мәндерін қалдырыңыз (--on-conflict skip) немесе файл мәндерін алыңыз (--on-conflict overwrite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on_conflict must be one of {0}, not {1}</source>
        <translation>on_conflict мәні {0} ішінен болуы керек, {1} емес</translation>
    </message>
    <message numerus="yes">
        <location line="-148"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… және тағы %n</numerusform>
            <numerusform>… және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Kelisim (келісім): track international agreements, the bodies they create and the commitments inside them. Without a command, opens the window.</source>
        <translation>Kelisim (келісім): халықаралық келісімдерді, олар құрған органдарды және ондағы міндеттемелерді есепке алу. Командасыз терезені ашады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file or PostgreSQL URL (default: {0})</source>
        <translation>дерекқор файлы немесе PostgreSQL URL мекенжайы (әдепкі: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>бағдарлама нұсқасын көрсету және шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of messages and reports (default: the system&apos;s; the window keeps its own choice)</source>
        <translation>хабарламалар мен есептер тілі (әдепкі — жүйе тілі; терезе өз таңдауын сақтайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not load the demo register into an empty database</source>
        <translation>бос дерекқорға демо тізілімді жүктемеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page the window opens on (default: the last one used)</source>
        <translation>терезе ашылатын бет (әдепкі — соңғы ашылған бет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: </source>
        <translation>қолданылуы: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позициялық аргументтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметрлер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>осы анықтаманы көрсету және шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: қате: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>міндетті аргументтер көрсетілмеген: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>жарамсыз мән: %(value)r (мыналардан таңдаңыз: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>танылмаған аргументтер: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>бір аргумент күтіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s аргументі: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>жарамсыз %(type)s мәні: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>екіұшты параметр: %(option)s мыналарға сәйкес келеді: %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>%s аргументтерінің бірі қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>%s аргументімен бірге қолдануға болмайды</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>execution report</source>
        <translation>орындау туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim report</source>
        <translation>аралық есеп</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n тіркелген файл</numerusform>
            <numerusform>%n тіркелген файл</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {0}</source>
        <translation>{0} файлы жазылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {0} (attachment {1})</source>
        <translation>{0} жойылды ({1} тіркеме)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {0} to {1} (attachment {2})</source>
        <translation>{0} файлы {1} жазбасына тіркелді ({2} тіркеме)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach files (scans, evidence) to a commitment, its newest report, or an agreement</source>
        <translation>файлдарды (сканерлер, растаулар) міндеттемеге, оның соңғы есебіне немесе келісімге тіркеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference (the agreement&apos;s registration number with --to agreement)</source>
        <translation>міндеттеменің нөмірі (--to agreement болса, келісімнің тіркеу нөмірі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the files to attach</source>
        <translation>тіркелетін файлдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to attach to: the commitment (default), its newest execution report, its newest interim report, or the agreement</source>
        <translation>неге тіркеу: міндеттемеге (әдепкі), оның соңғы орындау туралы есебіне, соңғы аралық есебіне немесе келісімге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the largest file accepted, in MB (default: {0})</source>
        <translation>қабылданатын ең үлкен файл, МБ (әдепкі: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the files attached to a commitment (and its reports) or an agreement</source>
        <translation>міндеттемеге (және оның есептеріне) немесе келісімге тіркелген файлдар тізімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference (the agreement&apos;s registration number with --agreement)</source>
        <translation>міндеттеменің нөмірі (--agreement болса, келісімнің тіркеу нөмірі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF is an agreement&apos;s registration number</source>
        <translation>REF — келісімнің тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save out or remove one attached file: {0}</source>
        <translation>бір тіркелген файлды сақтау немесе жою: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an attached file out</source>
        <translation>тіркелген файлды дискке жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attachment&apos;s number (see “attachments”)</source>
        <translation>тіркеменің нөмірі («attachments» қараңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (a folder: the file&apos;s own name inside it)</source>
        <translation>жазылатын файл (қалта болса: ішінде файлдың өз атымен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove an attached file</source>
        <translation>тіркелген файлды жою</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a document attached as evidence (the option may be repeated)</source>
        <translation>растау ретінде тіркелген құжат (параметрді қайталауға болады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document attached to the report (the option may be repeated)</source>
        <translation>есепке тіркелген құжат (параметрді қайталауға болады)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report a commitment executed, with the outgoing letter or an attached document: it waits for acceptance</source>
        <translation>міндеттеменің орындалғанын шығыс хатпен немесе тіркелген құжатпен хабарлау: ол қабылдауды күтеді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outgoing letter&apos;s number (required unless a document is attached)</source>
        <translation>шығыс хаттың нөмірі (құжат тіркелмесе, міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter&apos;s date (required with the letter&apos;s number)</source>
        <translation>хаттың күні (хат нөмірімен бірге міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was executed (default: the letter&apos;s date, or today)</source>
        <translation>орындалған күні (әдепкі: хаттың күні немесе бүгін)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Excel workbook: summary with chart, commitments, agreements, bodies and parties</source>
        <translation>Excel кітабы: диаграммасы бар жиынтық, міндеттемелер, келісімдер, органдар және тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF status report: summary and chart, a section per body, an annex of the agreements</source>
        <translation>орындалу барысы туралы PDF есеп: жиынтық пен диаграмма, әр орган бойынша бөлім, келісімдер тізімі бар қосымша</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a status report (xlsx or pdf) of the commitments that match the filters</source>
        <translation>сүзгілер таңдаған міндеттемелер бойынша есеп (xlsx немесе pdf) жасау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a status report of the commitments that match the filters — the same report File → Export to Excel / PDF report prints in the window.</source>
        <translation>Сүзгілер таңдаған міндеттемелер бойынша есеп жасайды — терезедегі Файл → Excel-ге экспорттау / PDF есеп командалары басатын есеппен бірдей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a one-page PDF card of one agreement</source>
        <translation>бір келісімнің бір беттік PDF карточкасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-page PDF card of one agreement: parties, signatories, dates, the bodies it created, its commitments with their status and the history of its own status (File → Print agreement card).</source>
        <translation>Бір келісімнің бір беттік PDF карточкасы: тараптар, қол қоюшылар, күндер, ол құрған органдар, мәртебелері көрсетілген міндеттемелері және келісімнің өз мәртебелерінің тарихы (Файл → Келісім карточкасын басып шығару).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement&apos;s registration number</source>
        <translation>келісімнің тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .pdf file to write</source>
        <translation>жазылатын .pdf файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card&apos;s language</source>
        <translation>карточка тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .{0} file to write (replaced if it exists)</source>
        <translation>жазылатын .{0} файлы (бар болса, ауыстырылады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report title (default: &apos;Status report on commitments&apos;)</source>
        <translation>есеп тақырыбы (әдепкі: «Міндеттемелердің орындалуы туралы есеп»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report as the register stood at the end of that day: statuses rebuilt from the status history, commitments created later left out (default: today, as it is now)</source>
        <translation>тізілімнің сол күннің соңындағы күйі бойынша есеп: мәртебелер тарихтан қалпына келтіріледі, кейін құрылған міндеттемелер енгізілмейді (әдепкі — бүгін, қазіргі күйінде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full: every commitment by body (default); briefing: headline figures, the overdue list, changes since a date and roll-ups on 1-3 pages (xlsx: a Briefing sheet is added)</source>
        <translation>full — органдар бойынша барлық міндеттемелер (әдепкі); briefing — негізгі көрсеткіштер, мерзімі өткендер тізімі, белгілі бір күннен бергі өзгерістер және 1–3 беттегі қорытындылар (xlsx-ке «Анықтама» парағы қосылады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>briefing: the changes since that day (default: the previous report of the same selection)</source>
        <translation>анықтама үшін: осы күннен бергі өзгерістер (әдепкі — сол іріктеу бойынша алдыңғы есептен бері)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a marking printed on the cover and every page</source>
        <translation>мұқабада және әр бетте басылатын гриф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (and post) for the &apos;Prepared by&apos; block</source>
        <translation>«Дайындаған» блогына арналған аты-жөні (және лауазымы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (and post) for the &apos;Approved by&apos; block</source>
        <translation>«Бекіткен» блогына арналған аты-жөні (және лауазымы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xlsx: add the History sheet (every status change of the selection; off by default)</source>
        <translation>xlsx: «Тарих» парағын қосу (іріктеудің барлық мәртебе өзгерістері; әдепкі бойынша өшірулі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress on stderr</source>
        <translation>жұмыс барысын stderr-ге шығармау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s language (default: --lang before the command, else the system&apos;s)</source>
        <translation>есеп тілі (әдепкі — командаға дейінгі --lang, әйтпесе жүйе тілі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters (combine freely)</source>
        <translation>сүзгілер (еркін біріктіруге болады)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only overdue commitments</source>
        <translation>тек мерзімі өткен міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a body&apos;s name (its sub-bodies are included)</source>
        <translation>орган атауы (бағынышты органдарымен бірге)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible party&apos;s name, short name or ISO code</source>
        <translation>жауапты тараптың атауы, қысқа атауы немесе ISO коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector, e.g. Agriculture</source>
        <translation>сала, мысалы «Ауыл шаруашылығы»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on or after this date</source>
        <translation>мерзімі — осы күні немесе кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on or before this date</source>
        <translation>мерзімі — осы күні немесе ертерек</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words to find in titles, descriptions, agencies…</source>
        <translation>атауларда, сипаттамаларда, ведомстволарда іздейтін сөздер…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields for --map (a sheet not named Parties/Agreements/Bodies holds commitments):</source>
        <translation>--map үшін өрістер («Тараптар», «Келісімдер» немесе «Органдар» деп аталмаған парақта міндеттемелер болады):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import parties, agreements, bodies and commitments from an .xlsx workbook</source>
        <translation>.xlsx кітабынан тараптарды, келісімдерді, органдарды және міндеттемелерді импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a workbook laid out like Kelisim&apos;s own export, or a clerk&apos;s register: every visible sheet that holds rows is read (hidden sheets are skipped and named), headers are matched by meaning in English, Russian or Kazakh. A blank cell never erases what the register holds. Prints what would be added, updated, rejected and what conflicts with newer changes in the register; writes everything in one transaction, or nothing.</source>
        <translation>Kelisim экспорты пішініндегі кітапты немесе орындаушының тізілімін оқиды: жолдары бар әр көрінетін парақ оқылады (жасырын парақтар өткізіліп, аталады), тақырыптар ағылшын, орыс немесе қазақ тіліндегі мағынасы бойынша танылады. Бос ұяшық тізілімдегі деректі ешқашан өшірмейді. Не қосылатынын, жаңартылатынын, қабылданбайтынын және тізілімдегі жаңа өзгерістерге не қайшы келетінін шығарады; бәрін бір транзакциямен жазады немесе ештеңе жазбайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .xlsx workbook</source>
        <translation>.xlsx кітабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check and print the summary, write nothing</source>
        <translation>тексеріп, жиынтықты шығару, ештеңе жазбау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows even when some are rejected, leaving out any sheet that cannot be read (exit code 0)</source>
        <oldsource>import the valid rows even when some are rejected (exit code 0)</oldsource>
        <translation>кейбірі қабылданбаса да, дұрыс жолдарды импорттау; оқылмайтын парақтар өткізіледі (шығу коды 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the column headed HEADER as FIELD (repeatable), e.g. --map &quot;Контрольный срок=due_date&quot;; FIELD &apos;ignore&apos; leaves a column out</source>
        <translation>HEADER тақырыпты бағанды FIELD өрісі ретінде оқу (қайталауға болады), мысалы --map &quot;Бақылау мерзімі=due_date&quot;; FIELD &apos;ignore&apos; бағанды өткізіп жібереді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows for records changed in the register since the file was written: fail (default: import nothing, name each record and field), skip (keep the register&apos;s values) or overwrite (take the file&apos;s)</source>
        <translation>файл жазылғаннан кейін тізілімде өзгертілген жазбалардың жолдары: fail (әдепкі: ештеңе импорттамау, әр жазба мен өрісті атау), skip (тізілім мәндерін қалдыру) немесе overwrite (файл мәндерін алу)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: set {1}</source>
        <translation>{0}: өзгертілді: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1}, progress {2} %</source>
        <translation>{0}: {1}, орындалуы {2} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load the demo register (Kazakhstan–China protocol of 20 May 2024)</source>
        <translation>демо тізілімді жүктеу (2024 жылғы 20 мамырдағы Қазақстан–Қытай хаттамасы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list commitments (same filters as the reports)</source>
        <translation>міндеттемелер тізімі (есептердегідей сүзгілер)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a commitment&apos;s status, with a note (or only its progress: status REF --progress N)</source>
        <translation>міндеттеменің мәртебесін ескертпемен өзгерту (немесе тек орындалу пайызын: status REF --progress N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference, e.g. KZ-CN-2024/01</source>
        <translation>міндеттеме нөмірі, мысалы KZ-CN-2024/01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new status (omit to set progress only)</source>
        <translation>жаңа мәртебе (тек орындалу пайызын өзгерту үшін көрсетпеңіз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (required to cancel or reopen)</source>
        <translation>себебі (күшін жою немесе қайта ашу үшін міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress in percent (0–99 unless completed)</source>
        <translation>орындалуы пайызбен (орындалмаған болса, 0–99)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set fields of a commitment, for scripting: set REF field=value…</source>
        <translation>міндеттеме өрістерін беру (сценарийлер үшін): set REF өріс=мән…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>the commitment&apos;s reference</source>
        <translation>міндеттеме нөмірі</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{0} is already “{1}”: give a new status or {2}</source>
        <translation>{0} қазірдің өзінде «{1}» мәртебесінде: жаңа мәртебені немесе {2} көрсетіңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: write {1}, e.g. {2}</source>
        <translation>«{0}»: {1} түрінде жазыңыз, мысалы {2}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: DAMAGED RECORDS — {1} cannot be read as text:</source>
        <translation>{0}: БҮЛІНГЕН ЖАЗБАЛАР — {1} мәтін ретінде оқылмайды:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: ok (integrity, references and every record&apos;s text checked, schema {1})</source>
        <translation>{0}: дұрыс (тұтастық, сілтемелер және әр жазбаның мәтіні тексерілді, сұлба {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a consistent copy of the register (a pg_dump archive for a PostgreSQL register)</source>
        <translation>тізілімнің келісілген көшірмесін жазу (PostgreSQL тізілімі үшін pg_dump мұрағаты)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file, yours to keep (never pruned); without it the copy goes to the register&apos;s &apos;manual&apos; pool in its backups folder (the last ten kept)</source>
        <translation>сізде қалатын резервтік көшірме файлы (ешқашан жойылмайды); онсыз көшірме тізілімнің резервтік көшірмелер қалтасындағы «manual» жиынына түседі (соңғы оны сақталады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the register with a backup (the current one is kept as a backup first)</source>
        <translation>тізілімді резервтік көшірмемен ауыстыру (ағымдағысы алдымен резервтік көшірме ретінде сақталады)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup made by Kelisim (.sqlite3, or .dump for PostgreSQL)</source>
        <translation>Kelisim жасаған резервтік көшірме (.sqlite3 немесе PostgreSQL үшін .dump)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore a backup of ANOTHER register (or of an unknown one) over this register</source>
        <translation>осы тізілімнің орнына БАСҚА (немесе белгісіз) тізілімнің резервтік көшірмесін қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the register&apos;s integrity</source>
        <translation>тізілімнің тұтастығын тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the register&apos;s automatic backups, newest first, by pool</source>
        <translation>тізілімнің автоматты резервтік көшірмелерінің жиындар бойынша тізімі, жаңалары басында</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored value(s)</source>
        <translation>
            <numerusform>%n сақталған мән</numerusform>
            <numerusform>%n сақталған мән</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup without this damage is {0}</source>
        <translation>Бұл бүлінусіз ең соңғы сақтық көшірме: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it with: {0}</source>
        <translation>Оны мына командамен қалпына келтіріңіз: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of this register without this damage was found.</source>
        <translation>Бұл тізілімнің бұл бүлінусіз сақтық көшірмесі табылмады.</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n жол</numerusform>
            <numerusform>%n жол</numerusform>
        </translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Changes since</source>
        <translation>Өзгерістер, бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue commitments, longest overdue first</source>
        <translation>Мерзімі өткен міндеттемелер, ең ескілері алдымен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Кешіккен күндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New commitments</source>
        <translation>Жаңа міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status moves</source>
        <translation>Мәртебе өзгерістері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly overdue</source>
        <translation>Жаңадан мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since {0}</source>
        <translation>{0} бастап өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied — the folder is read-only, or the file is open in another program (close it and try again)</source>
        <translation>рұқсат жоқ — қалта тек оқуға арналған немесе файл басқа бағдарламада ашық (оны жауып, қайталаңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is too long</source>
        <translation>файл атауы тым ұзын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {0}: {1}</source>
        <translation>{0} жазылмады: {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last note:</source>
        <translation>Соңғы жазба:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared by</source>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>{0} priority</source>
        <translation>Басымдығы: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="-434"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n күн кешікті</numerusform>
            <numerusform>%n күн кешікті</numerusform>
        </translation>
    </message>
    <message>
        <location line="+447"/>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}, {1}, {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not compared</source>
        <translation>салыстырылмайды</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new commitment(s)</source>
        <translation>
            <numerusform>%n жаңа міндеттеме</numerusform>
            <numerusform>%n жаңа міндеттеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n status move(s)</source>
        <translation>
            <numerusform>%n мәртебе өзгерісі</numerusform>
            <numerusform>%n мәртебе өзгерісі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n жаңадан кешікті</numerusform>
            <numerusform>%n жаңадан кешікті</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KELISIM · BRIEFING</source>
        <translation>KELISIM · АНЫҚТАМА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitment is overdue.</source>
        <translation>Мерзімі өткен міндеттеме жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status move</source>
        <translation>Мәртебе өзгерісі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an agreement has at least two parties</source>
        <translation>келісімнің кемінде екі тарабы болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory {0} has no name</source>
        <translation>{0}-қол қоюшының аты жоқ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} signs for a party that is not a party to the agreement</source>
        <translation>{0} келісімнің тарабы емес тарап атынан қол қояды</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a subcommittee belongs to a parent committee</source>
        <translation>кіші комитет жоғары тұрған комитетке кіреді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dissolved body needs its dissolution date</source>
        <translation>таратылған органның тарату күні қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an active body has no dissolution date</source>
        <translation>жұмыс істеп тұрған органның тарату күні болмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the date the body was established</source>
        <translation>орган құрылған күннен ерте болмайды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>co-chair {0} has no name</source>
        <translation>{0}-тең төрағаның аты жоқ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is {0} characters long; at most {1} are allowed</source>
        <translation>ұзындығы {0} таңба; {1} таңбадан аспауы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose what to change</source>
        <translation>нені өзгерту керегін таңдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot undo: commitment {0} was changed since by someone else.</source>
        <translation>Болдырмау мүмкін емес: {0} міндеттемесін содан кейін басқа пайдаланушы өзгертті.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be set here; settable fields: {0} (status: use “{1}”)</source>
        <translation>мұнда берілмейді; берілетін өрістер: {0} (мәртебе — «{1}» командасымен)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot undo: commitment {0} was changed since your edit by someone else.</source>
        <translation>Болдырмау мүмкін емес: сіздің түзетуіңізден кейін {0} міндеттемесін басқа пайдаланушы өзгертті.</translation>
    </message>
    <message>
        <location line="-509"/>
        <source>“{0}” is not a date; write it as {1}</source>
        <translation>«{0}» — күн емес; {1} түрінде жазыңыз</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message numerus="yes">
        <location line="-255"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n өзгеріс көрсетілді</numerusform>
            <numerusform>%n өзгеріс көрсетілді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the audit trail: every change to the register, newest first</source>
        <translation>аудит журналын шығару: тізілімдегі барлық өзгерістер, жаңалары басында</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes by this author (part of the name)</source>
        <translation>осы автордың өзгерістері (атының бір бөлігі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes on or after this day (UTC)</source>
        <translation>осы күні немесе кейінгі өзгерістер (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes on or before this day (UTC)</source>
        <translation>осы күні немесе ертеректегі өзгерістер (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one kind of record: agreement, body, commitment, party, status_change, trash, or a table&apos;s name</source>
        <translation>жазбаның бір түрі: agreement, body, commitment, party, status_change, trash немесе кесте атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records whose reference or values contain this text</source>
        <translation>нөмірі не мәндері осы мәтінді қамтитын жазбалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many changes (default 1000)</source>
        <translation>өзгерістердің ең көп саны (әдепкі 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (YYYY-MM-DD): {0}</source>
        <translation>күн емес (ЖЖЖЖ-АА-КК): {0}</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{0}: deadline moved to {1} (originally {2}; moved ×{3})</source>
        <translation>{0}: мерзімі {1} күніне ауыстырылды (бастапқыда {2}; ауыстырылды ×{3})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move a commitment&apos;s deadline, on record: the new date, the reason and who asked</source>
        <translation>міндеттеменің мерзімін жазбамен ауыстыру: жаңа күн, себебі және кім сұрады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new deadline</source>
        <translation>жаңа мерзім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the deadline moves (required)</source>
        <translation>мерзімді ауыстыру себебі (міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who asked for it (default: you)</source>
        <translation>кім сұрады (әдепкі — сіз)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(deadline moved ×{0})</source>
        <translation>(мерзімі ауыстырылды ×{0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail intact: {0}</source>
        <translation>Өзгерістер журналы бүтін: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: AUDIT TRAIL NOT INTACT — row {1} does not match its hash chain (altered, removed or inserted out of turn); the rows before it are intact.</source>
        <translation>{0}: ӨЗГЕРІСТЕР ЖУРНАЛЫ БҰЗЫЛҒАН — {1}-жол хеш тізбегіне сәйкес келмейді (өзгертілген, жойылған немесе кезегінен тыс қосылған); одан бұрынғы жолдар бүтін.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>New deadline</source>
        <translation>Жаңа мерзім</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>PostgreSQL: ask for the server, database, user and password in a dialog (all but the password are remembered)</source>
        <translation>PostgreSQL: серверді, дерекқорды, пайдаланушыны және құпиясөзді терезеде сұрау (құпиясөзден басқасы есте сақталады)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roles and grants are set up. Signed in as {0} ({1}).</source>
        <translation>Рөлдер мен құқықтар бапталды. Сіз {0} ({1}) ретінде кірдіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {0} added as {1}.</source>
        <translation>{0} пайдаланушысы қосылды: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пайдаланушы</numerusform>
            <numerusform>%n пайдаланушы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now {1}.</source>
        <translation>{0} рөлі енді: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} can no longer sign in.</source>
        <translation>{0} енді кіре алмайды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role</source>
        <translation>рөлсіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: </source>
        <translation>Құпиясөз: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again: </source>
        <translation>Құпиясөзді қайталаңыз: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ</source>
        <translation>құпиясөздер сәйкес емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password has at least 8 characters</source>
        <translation>құпиясөзде кемінде 8 таңба болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts and roles: set up the register, add and manage users</source>
        <translation>тіркелгілер мен рөлдер: тізілімді баптау, пайдаланушыларды қосу және басқару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL: create the roles kelisim_clerk, kelisim_manager, kelisim_admin and grant them this register; SQLite: record you as the file&apos;s admin</source>
        <translation>PostgreSQL: kelisim_clerk, kelisim_manager, kelisim_admin рөлдерін құрып, оларға осы тізілімге құқық беру; SQLite: сізді файлдың әкімшісі ретінде жазу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, change or disable users</source>
        <translation>пайдаланушыларды қосу, көрсету, өзгерту немесе өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a user (on PostgreSQL the password is asked twice, never shown)</source>
        <translation>пайдаланушы қосу (PostgreSQL-де құпиясөз екі рет сұралады, көрсетілмейді)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s login name</source>
        <translation>пайдаланушының кіру аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk, manager or admin</source>
        <translation>іс жүргізуші, менеджер немесе әкімші (clerk, manager, admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the users and their roles</source>
        <translation>пайдаланушылар мен олардың рөлдерін көрсету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a user another role</source>
        <translation>пайдаланушыға басқа рөл беру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop a user from signing in</source>
        <translation>пайдаланушының кіруіне тыйым салу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Бұрынғы мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Жаңа мәні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {0}.</source>
        <translation>Жазылды: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also write the changes shown to this Excel workbook</source>
        <translation>көрсетілген өзгерістерді осы Excel кітабына да жазу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>Өзгерістер журналы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TO ACCEPT</source>
        <translation>ҚАБЫЛДАУ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RETURNED</source>
        <translation>ҚАЙТАРЫЛДЫ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>МЕРЗІМІ ЖАҚЫН</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: execution report submitted; it waits for acceptance</source>
        <translation>{0}: орындау туралы есеп ұсынылды және қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: accepted; completed on {1}</source>
        <translation>{0}: қабылданды; орындалған күні {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: returned to the executor</source>
        <translation>{0}: орындаушыға қайтарылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: interim report of {1} added</source>
        <translation>{0}: {1} күнгі аралық есеп қосылды</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n еске салу</numerusform>
            <numerusform>%n еске салу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n мерзім</numerusform>
            <numerusform>%n мерзім</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was done (required)</source>
        <translation>не істелді (міндетті)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accept the waiting execution report: the commitment is completed</source>
        <translation>күтіп тұрған орындау есебін қабылдау: міндеттеме орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return the waiting execution report to the executor, with a reason</source>
        <translation>күтіп тұрған орындау есебін себебін көрсетіп орындаушыға қайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is returned (required)</source>
        <translation>қайтару себебі (міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an interim report (a dated progress note) to a commitment</source>
        <translation>міндеттемеге аралық есеп (орындалу барысы туралы күні көрсетілген жазба) қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was done so far (required)</source>
        <translation>осы уақытқа дейін не істелді (міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s date (default: today)</source>
        <translation>есептің күні (әдепкі бойынша бүгін)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress in percent (0–99)</source>
        <translation>орындалу барысы пайызбен (0–99)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what you execute or control that is overdue, due soon, waiting for your acceptance or returned</source>
        <translation>сіз орындайтын немесе бақылайтын, мерзімі өткен, мерзімі жақын, қабылдауыңызды күтіп тұрған немесе қайтарылған міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how far ahead to look (default: 30)</source>
        <translation>неше күн алға қарау (әдепкі бойынша 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone else&apos;s work (default: yours)</source>
        <translation>басқа тұлғаның жұмысы (әдепкі бойынша сіздікі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person in the register has your login “{0}”; add yourself: {1}</source>
        <translation>тізілімде «{0}» логині бар тұлға жоқ; өзіңізді қосыңыз: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the open commitments&apos; deadlines as an iCalendar file, with reminders 30, 7 and 1 day before</source>
        <translation>ашық міндеттемелердің мерзімдері iCalendar файлында, 30, 7 және 1 күн бұрын еске салумен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .ics file to write</source>
        <translation>жазылатын .ics файлы</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>мерзіміне %n күн қалды</numerusform>
            <numerusform>мерзіміне %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give one of {0}, not several</source>
        <translation>{0} параметрлерінің тек біреуін көрсетіңіз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>commitments this person executes (lead or co-executor)</source>
        <translation>осы тұлға орындайтын міндеттемелер (жауапты немесе бірлескен орындаушы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments this person controls</source>
        <translation>осы тұлға бақылайтын міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments you execute or control (the person whose login is yours)</source>
        <translation>сіз орындайтын немесе бақылайтын міндеттемелер (логині сіздікі тұлға)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {0}</source>
        <translation>Қосылды: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n тұлға</numerusform>
            <numerusform>%n тұлға</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ministry or office they work in</source>
        <translation>тұлға жұмыс істейтін министрлік немесе ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their position</source>
        <translation>лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone or e-mail</source>
        <translation>телефон немесе электрондық пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name they sign in with (for “My commitments” and --mine)</source>
        <translation>тұлға жүйеге кіретін пайдаланушы аты («Менің міндеттемелерім» және --mine үшін)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the people who execute and control commitments: {0}</source>
        <translation>міндеттемелерді орындайтын және бақылайтын тұлғалар: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a person to the register</source>
        <translation>тізілімге тұлға қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s name</source>
        <translation>тұлғаның аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a person&apos;s agency, position, contact or login</source>
        <translation>тұлғаның ведомствосын, лауазымын, байланысын немесе логинін өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the people in the register</source>
        <translation>тізілімдегі тұлғалар тізімі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: now {1}, superseded by {2}</source>
        <translation>{0}: енді {1}, {2} ауыстырды</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>completing: the evidence, an outgoing letter&apos;s or the session protocol&apos;s number (required)</source>
        <translation>орындағанда: негіз — шығыс хаттың немесе отырыс хаттамасының нөмірі (міндетті)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completing: the letter&apos;s date</source>
        <translation>орындағанда: хаттың күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelling: the commitment that replaces this one (superseded)</source>
        <translation>күшін жойғанда: осыны ауыстыратын міндеттеме (ауыстырылды)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fields: {0} (empty clears a date, body, party or agreement); people: {1} — a person&apos;s name, co-executors separated by “;”, empty clears; a name not yet in the register is added</source>
        <translation>өрістер: {0} (бос мән күнді, органды, тарапты немесе келісімді алып тастайды); тұлғалар: {1} — тұлғаның аты-жөні, бірлескен орындаушылар «;» арқылы, бос мән алып тастайды; тізілімде әлі жоқ тұлға қосылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (give {1} and {2})</source>
        <translation>{0} ({1} және {2} көрсетіңіз)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(superseded by {0})</source>
        <translation>({0} ауыстырды)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(executor: {0})</source>
        <translation>(орындаушы: {0})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Agreement&apos;s party</source>
        <translation>Келісім тарапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body&apos;s party</source>
        <translation>Орган тарапы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Тең төраға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status change</source>
        <translation>Мәртебенің өзгеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline move</source>
        <translation>Мерзімді ауыстыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Тіркелген файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status changes</source>
        <translation>Мәртебе өзгерістері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline moves</source>
        <translation>Мерзімдерді ауыстыру</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Superseded by</source>
        <translation>Ауыстырған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of record</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From status</source>
        <translation>Бұрынғы мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To status</source>
        <translation>Жаңа мәртебе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at</source>
        <translation>Өзгертілген уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported by</source>
        <translation>Кім импорттады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Импортталған уақыты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous date</source>
        <translation>Бұрынғы күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date</source>
        <translation>Жаңа күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>Кімнің өтінішімен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved at</source>
        <translation>Ауыстырылған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>Жойылған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>Кім жойды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of file</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Қосқан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution report</source>
        <translation>Орындау туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Аралық есеп</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead executor</source>
        <translation>Жауапты орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors</source>
        <translation>Бірлескен орындаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Тұлғаның аты-жөні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing letter number</source>
        <translation>Шығыс хаттың нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Хаттың күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached document</source>
        <translation>Тіркелген құжат</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clerk</source>
        <translation>іс жүргізуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>әкімші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create and edit records</source>
        <translation>жазбаларды құру және өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import workbooks</source>
        <translation>Excel кітаптарын импорттау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete records</source>
        <translation>жазбаларды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel commitments</source>
        <translation>міндеттемелердің күшін жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore or purge the Trash</source>
        <translation>себеттен қалпына келтіру және оны тазарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the whole audit trail</source>
        <translation>өзгерістер журналын толық оқу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the parties&apos; master data</source>
        <translation>тараптар анықтамалығын өзгерту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>пайдаланушыларды басқару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore backups</source>
        <translation>сақтық көшірмелерді қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin may {0} (you are a {1}).</source>
        <translation>{0} тек әкімшіге рұқсат етілген (сіздің рөліңіз: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no role on this register: ask an admin to give you one ({0}).</source>
        <translation>Бұл тізілімде сіздің рөліңіз жоқ: әкімшіден рөл беруді сұраңыз ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager or an admin may {0} (you are a {1}).</source>
        <translation>{0} тек менеджерге немесе әкімшіге рұқсат етілген (сіздің рөліңіз: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report needs its evidence: an outgoing letter or an attached document</source>
        <translation>орындау туралы есепке растау керек: шығыс хат немесе тіркелген құжат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is {1} MB: larger than the limit of {2} MB for an attached document</source>
        <translation>«{0}» көлемі {1} МБ: тіркелетін құжаттың {2} МБ шегінен үлкен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment is closed ({0}): there is nothing to report</source>
        <translation>міндеттеме жабық ({0}): баяндайтын ештеңе жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report already waits for acceptance</source>
        <translation>орындау туралы есеп қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>no execution report waits for acceptance</source>
        <translation>қабылдауды күтіп тұрған орындау есебі жоқ</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>the lead executor cannot accept or return their own report: the controller decides</source>
        <translation>жауапты орындаушы өз есебін қабылдай немесе қайтара алмайды: бақылаушы шешеді</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>several separated by commas or the option repeated: {0}; {1} and {2} stand for their statuses, {3} keeps the overdue ones (as {4})</source>
        <translation>бірнешеуі үтір арқылы немесе параметрді қайталау арқылы: {0}; {1} және {2} тиісті мәртебелерді білдіреді, {3} мерзімі өткендерін қалдырады ({4} сияқты)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status needs a status; valid statuses: {0}</source>
        <translation>--status үшін мәртебе керек; жарамды мәртебелер: {0}</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>only the commitment&apos;s controller or a manager may accept or return its execution</source>
        <translation>орындалуды тек міндеттеменің бақылаушысы немесе менеджер қабылдай не қайтара алады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new deadline is required</source>
        <translation>жаңа мерзімді көрсетіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline was moved on record (×{0}): change it with “Move deadline…”, giving the reason</source>
        <translation>мерзім бұрын ауыстырылған (×{0}): оны себебін көрсетіп, «Мерзімді ауыстыру…» арқылы өзгертіңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the lead executor: co-executors report to them</source>
        <translation>жауапты орындаушыны көрсетіңіз: бірлескен орындаушылар оған есеп береді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead executor is not also a co-executor</source>
        <translation>жауапты орындаушы бір мезгілде бірлескен орындаушы бола алмайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the controller accepts the lead executor&apos;s report, so is someone else</source>
        <translation>бақылаушы жауапты орындаушының есебін қабылдайды, сондықтан ол басқа тұлға болуы керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the future</source>
        <translation>{0} — болашақтағы күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a cancelled commitment is superseded by another</source>
        <translation>тек күші жойылған міндеттеме басқасымен ауыстырылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report waits for acceptance: accept or return it instead</source>
        <translation>орындалу туралы есеп қабылдауды күтуде: оны қабылдаңыз немесе қайтарыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an interim report gives 0–99 %; completion comes with the execution report</source>
        <translation>аралық есеп 0–99 % көрсетеді; орындалу орындау есебімен расталады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the deadline is already {0}</source>
        <translation>мерзім қазірдің өзінде {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completing needs evidence: give the {0} and the {1} (e.g. the session&apos;s protocol), or accept an execution report</source>
        <translation>орындау үшін негіз керек: {0} және {1} көрсетіңіз (мысалы, отырыс хаттамасы) немесе орындау туралы есепті қабылдаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a commitment cannot supersede itself</source>
        <translation>міндеттеме өзін-өзі ауыстыра алмайды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>commitment {0} has the same reference written differently</source>
        <translation>{0} міндеттемесінің нөмірі осындай, тек басқаша жазылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before its agreement was signed ({0})</source>
        <translation>келісімге қол қойылғанға дейін ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the commitment was entered ({0})</source>
        <translation>міндеттеме енгізілгенге дейін ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitment {0} under the same agreement has this title</source>
        <translation>сол келісім бойынша {0} міндеттемесінің атауы осындай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {0} has the same registration number written differently</source>
        <translation>{0} келісімінің тіркеу нөмірі осындай, тек басқаша жазылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another body has this name: {0}</source>
        <translation>бұл атау басқа органда бар: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before its parent body {0} was established ({1})</source>
        <translation>жоғары тұрған орган «{0}» құрылғанға дейін ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is dissolved</source>
        <translation>«{0}» органы таратылған</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its commitments are still open</source>
        <translation>
            <numerusform>оның %n міндеттемесі әлі жабылмаған</numerusform>
            <numerusform>оның %n міндеттемесі әлі жабылмаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its sub-bodies are still active: {0}</source>
        <translation>
            <numerusform>оның %n бағынышты органы әлі жұмыс істейді: {0}</numerusform>
            <numerusform>оның %n бағынышты органы әлі жұмыс істейді: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is required, or attach a document as the evidence</source>
        <translation>{0} міндетті — немесе растау ретінде құжат тіркеңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replacement is itself cancelled</source>
        <translation>ауыстыратын міндеттеменің өзінің күші жойылған</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of its commitments fall due before this date: {0}</source>
        <translation>
            <numerusform>оның %n міндеттемесінің мерзімі осы күнге дейін: {0}</numerusform>
            <numerusform>оның %n міндеттемесінің мерзімі осы күнге дейін: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established were established before this date: {0}</source>
        <translation>
            <numerusform>ол құрған %n орган осы күнге дейін құрылған: {0}</numerusform>
            <numerusform>ол құрған %n орган осы күнге дейін құрылған: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its open commitments fall due after this date: {0}</source>
        <translation>
            <numerusform>оның %n ашық міндеттемесінің мерзімі осы күннен кейін: {0}</numerusform>
            <numerusform>оның %n ашық міндеттемесінің мерзімі осы күннен кейін: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline moved</source>
        <translation>Мерзімі ауыстырылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last interim report</source>
        <translation>Соңғы аралық ақпарат</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported by / on</source>
        <translation>Кім және қашан импорттады</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} (imported by {1} on {2})</source>
        <translation>{0} (импорттаған: {1}, {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from {0}</source>
        <translation>импортталды: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from {0}: {1}</source>
        <translation>импортталды: {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment deadlines</source>
        <translation>Міндеттемелердің мерзімдері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executor: {0}</source>
        <translation>Орындаушы: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller: {0}</source>
        <translation>Бақылаушы: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved ×{0}</source>
        <translation>ауысты ×{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{0} is due in %n day(s)</source>
        <translation>
            <numerusform>{0}: мерзіміне %n күн қалды</numerusform>
            <numerusform>{0}: мерзіміне %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Reading the register: {0} commitments</source>
        <translation>Тізілімді оқу: {0} міндеттеме</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Executed on time</source>
        <translation>Мерзімінде орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed late</source>
        <translation>Кешігіп орындалды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines moved</source>
        <translation>Мерзімі ауыстырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Қабылдауды күтуде</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interim report:</source>
        <translation>Аралық ақпарат:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>superseded by {0}</source>
        <translation>{0} ауыстырды</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no user named {0}</source>
        <translation>{0} атты пайдаланушы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot disable your own account</source>
        <translation>өз тіркелгіңізді өшіре алмайсыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a role: {0} (clerk, manager or admin)</source>
        <translation>мұндай рөл жоқ: {0} (clerk, manager немесе admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password is required</source>
        <translation>құпиясөз қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user named {0} already exists</source>
        <translation>{0} атты пайдаланушы бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run “admin setup” on this register first</source>
        <translation>алдымен осы тізілім үшін «admin setup» орындаңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the execution report was returned: its evidence can no longer change; submit a new report</source>
        <translation>орындау туралы есеп қайтарылды: оның растаулары енді өзгермейді; жаңа есеп беріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the execution report was accepted: its evidence can no longer change</source>
        <translation>орындау туралы есеп қабылданды: оның растаулары енді өзгермейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim report #{0} no longer exists</source>
        <translation>№{0} аралық есеп енді жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment #{0} no longer exists (removed by someone else?)</source>
        <translation>№{0} тіркеме енді жоқ (басқа біреу жойған ба?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stored file “{0}” is damaged: its content does not match its SHA-256</source>
        <translation>сақталған «{0}» файлы бүлінген: мазмұны SHA-256 мәніне сәйкес келмейді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is not a file name Kelisim can write</source>
        <translation>«{0}» — Kelisim жаза алатын файл атауы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be attached: it is not a file</source>
        <translation>«{0}» тіркелмейді: бұл файл емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be read: {1}</source>
        <translation>«{0}» оқылмайды: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>execution report #{0} no longer exists</source>
        <translation>№{0} орындау туралы есеп енді жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save “{0}” to {1}: {2}</source>
        <translation>«{0}» файлын {1} ішіне сақтау мүмкін болмады: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no agreement has the registration number “{0}”</source>
        <translation>«{0}» тіркеу нөмірі бар келісім жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no execution report</source>
        <translation>{0} міндеттемесінің орындау туралы есебі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no interim report</source>
        <translation>{0} міндеттемесінің аралық есебі жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be removed: {1}</source>
        <translation>«{0}» жойылмайды: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(created)</source>
        <translation>(құрылды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(жойылды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (imported history, stated author: {1})</source>
        <translation>{0} (импортталған тарих, көрсетілген авторы: {1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{0}” is not a whole number of percent</source>
        <translation>«{0}» — пайыздың бүтін саны емес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot undo: {0} {1} was changed since your edit by someone else.</source>
        <translation>Болдырмау мүмкін емес: {0} {1} сіздің түзетуіңізден кейін басқа пайдаланушы өзгертті.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the imported records…</source>
        <translation>Импортталған жазбаларды сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {0}</source>
        <translation>Жазу: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet problem(s)</source>
        <translation>
            <numerusform>парақтың %n қатесі</numerusform>
            <numerusform>парақтың %n қатесі</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bodies in the file form a cycle of parents</source>
        <translation>файлдағы органдар бір-біріне шеңбер бойымен бағынады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record #{0} was changed by someone else during the import; nothing was imported — preview the file again</source>
        <translation>импорт кезінде №{0} жазбаны басқа пайдаланушы өзгертті; ештеңе импортталған жоқ — файлды қайта тексеріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date (write it as 20.05.2024 or 2024-05-20, or as an Excel date)</source>
        <translation>— күн емес (20.05.2024 немесе 2024-05-20 түрінде, не Excel күні ретінде жазыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not one of: {0}</source>
        <translation>— рұқсат етілмеген мән; рұқсат етілгендері: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not yes or no</source>
        <translation>— «иә» да, «жоқ» та емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a percentage</source>
        <translation>— пайыз емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a whole percentage (write a whole number from 0 to 100)</source>
        <translation>— бүтін пайыз емес (0-ден 100-ге дейінгі бүтін сан жазыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a percentage (write a whole number from 0 to 100)</source>
        <translation>— пайыз емес (0-ден 100-ге дейінгі бүтін сан жазыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (ru)</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (kk)</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (zh)</source>
        <translation>Қытайша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (ru)</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (kk)</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (zh)</source>
        <translation>Қытайша атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (kk / ru / zh)</source>
        <translation>Атауы (қаз. / орыс. / қыт.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (kk / ru / zh)</source>
        <translation>Атаулары (қаз. / орыс. / қыт.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos;: columns {1} both look like &apos;{2}&apos;: choose one (--map &quot;Header=field&quot;)</source>
        <translation>«{0}» парағы: {1} бағандарының екеуі де «{2}» сияқты: біреуін таңдаңыз (--map &quot;Тақырып=өріс&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>адамдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status history</source>
        <translation>мәртебе тарихы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} ({2}, row {3}): {4}</source>
        <translation>{0} {1} ({2}, {3}-жол): {4}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: register &apos;{1}&apos; ↔ file &apos;{2}&apos;</source>
        <translation>{0}: тізілімде «{1}» ↔ файлда «{2}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>{0} ретінде оқылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: register &apos;{1}&apos;, file &apos;{2}&apos;</source>
        <translation>{0}: тізілімде «{1}», файлда «{2}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merged into rows of other sheets</source>
        <translation>
            <numerusform>%n жол басқа парақтардың жолдарымен біріктірілді</numerusform>
            <numerusform>%n жол басқа парақтардың жолдарымен біріктірілді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;{0}&apos;: &apos;{1}&apos; {2}</source>
        <translation>«{0}» бағаны: «{1}» {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;{0}&apos;: {1}</source>
        <translation>«{0}» бағаны: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: a required column is missing</source>
        <translation>оқылмады: міндетті баған жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: columns to choose</source>
        <translation>оқылмады: бағандарды таңдау керек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remembered mapping</source>
        <translation>есте сақталған сәйкестендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheets:</source>
        <translation>парақтар:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file&apos;s values taken</source>
        <translation>файл мәндері алынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register kept</source>
        <translation>тізілім мәндері қалдырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos;</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has no {1} column: map one (--map &quot;Header={2}&quot;), or add it to the file</source>
        <translation>«{0}» парағында {1} бағаны жоқ: оны сәйкестендіріңіз (--map &quot;Header={2}&quot;) немесе файлға қосыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapped by the clerk</source>
        <translation>пайдаланушы сәйкестендірген</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to update (what changes; a blank cell keeps the register&apos;s value):</source>
        <translation>жаңартуға (не өзгереді; бос ұяшық тізілім мәнін сақтайды):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} row {1}: {2}: {3}</source>
        <translation>{0}, {1}-жол: {2}: {3}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) for records changed in the register since the file was written (register value, file value):</source>
        <translation>
            <numerusform>файл жазылғаннан кейін тізілімде өзгерген жазбалардың %n жолы (тізілім мәні, файл мәні):</numerusform>
            <numerusform>файл жазылғаннан кейін тізілімде өзгерген жазбалардың %n жолы (тізілім мәні, файл мәні):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a version number (leave the column as Kelisim exported it)</source>
        <translation>— нұсқа нөмірі емес (бағанды Kelisim шығарғандай қалдырыңыз)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; row {1}</source>
        <translation>«{0}», {1}-жол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; kept (blank in the file): {1}</source>
        <translation>{0}; сақталды (файлда бос): {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a known party (known: {0})</source>
        <translation>— белгісіз тарап (белгілілері: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (one record with {1})</source>
        <translation>{0} ({1} жолымен бір жазба)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — completed, date unknown</source>
        <translation>{0} — орындалды, күні белгісіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — under the new agreement {1}</source>
        <translation>{0} — жаңа {1} келісімінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new ref)</source>
        <translation>(жаңа шифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking commitments: {0} of {1}</source>
        <translation>Міндеттемелерді тексеру: {0} / {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again (first in row {0}): refs are unique</source>
        <translation>қайталанады (алғаш {0}-жолда): шифрлар қайталанбайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again for the same agreement (first in row {0})</source>
        <translation>сол келісімде қайталанады (алғаш {0}-жолда)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appears again (first in row {0})</source>
        <translation>қайталанады (алғаш {0}-жолда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new protocol named by the commitments (draft: no date, no parties)</source>
        <translation>міндеттемелерде аталған жаңа хаттама (жоба: күні мен тараптары жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new agreement named by the commitments (draft: no date, no parties)</source>
        <translation>міндеттемелерде аталған жаңа келісім (жоба: күні мен тараптары жоқ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties/signatories</source>
        <translation>тараптар/қол қоюшылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties/co-chairs</source>
        <translation>тараптар/тең төрағалар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names an unknown party &apos;{0}&apos; (known: {1})</source>
        <translation>белгісіз «{0}» тарапын атайды (белгілілері: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again (first in row {0}): registration numbers are unique</source>
        <translation>қайталанады (алғаш {0}-жолда): тіркеу нөмірлері қайталанбайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a body of the register or of this file</source>
        <translation>— тізілімнің немесе осы файлдың органы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agreement of the register or of this file</source>
        <translation>— тізілімнің немесе осы файлдың келісімі емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would place the body under itself or one of its own sub-bodies</source>
        <translation>органды өзінің немесе өз бағынышты органының астына қояр еді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the establishing agreement was signed</source>
        <translation>— құрушы келісімге қол қойылғанға дейінгі күн</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} has no data: every visible sheet is empty{1}</source>
        <translation>{0} ішінде деректер жоқ: барлық көрінетін парақтар бос{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading &apos;{0}&apos;: {1} rows</source>
        <translation>«{0}» оқылуда: {1} жол</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Executed or controlled by: {0}</source>
        <translation>Орындайды немесе бақылайды: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two- or three-letter ISO code, for example {0} or {1}</source>
        <translation>екі немесе үш әріпті ISO кодын көрсетіңіз, мысалы {0} немесе {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a state needs its ISO country code</source>
        <translation>мемлекет үшін елдің ISO коды қажет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>person</source>
        <translation>тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person #{0} no longer exists (deleted by someone else?)</source>
        <translation>№{0} тұлға енді жоқ (басқа біреу жойды ма?)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n келісім</numerusform>
            <numerusform>%n келісім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies</source>
        <translation>
            <numerusform>%n орган</numerusform>
            <numerusform>%n орган</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n міндеттеме</numerusform>
            <numerusform>%n міндеттеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatories</source>
        <translation>
            <numerusform>%n қол қоюшы</numerusform>
            <numerusform>%n қол қоюшы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chairs</source>
        <translation>
            <numerusform>%n тең төраға</numerusform>
            <numerusform>%n тең төраға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established refer to it</source>
        <translation>
            <numerusform>оған ол құрған %n орган сілтеме жасайды</numerusform>
            <numerusform>оған ол құрған %n орган сілтеме жасайды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it has %n sub-bodies</source>
        <translation>
            <numerusform>оның %n бағынышты органы бар</numerusform>
            <numerusform>оның %n бағынышты органы бар</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is used by {0}</source>
        <translation>оған {0} сілтеме жасайды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash entry #{0} no longer exists (restored or purged already?)</source>
        <translation>себеттегі №{0} жазба жоқ (қалпына келтірілген немесе жойылған ба?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: {1}.</source>
        <translation>«{0}» жоюға болмайды: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“{0}” cannot be deleted: %n commitments refer to it.</source>
        <translation>
            <numerusform>«{0}» жоюға болмайды: оған %n міндеттеме сілтеме жасайды.</numerusform>
            <numerusform>«{0}» жоюға болмайды: оған %n міндеттеме сілтеме жасайды.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be restored: a record it needs is gone, or another record now has its reference or name ({1}).</source>
        <translation>«{0}» қалпына келтіру мүмкін емес: қажетті жазба жоқ немесе оның нөмірі не атауы басқа жазбада ({1}).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it has %n commitments.</source>
        <translation>
            <numerusform>«{0}» жоюға болмайды: оның %n міндеттемесі бар.</numerusform>
            <numerusform>«{0}» жоюға болмайды: оның %n міндеттемесі бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind of record: {0}</source>
        <translation>жазбаның белгісіз түрі: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} from {2}</source>
        <translation>{0} ({1}, {2} адресінен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} on the server&apos;s own computer</source>
        <translation>{0} ({1}, сервердің өз компьютерінде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the register has no identity yet; open it once with this Kelisim first</source>
        <translation>тізілімнің әлі идентификаторы жоқ; алдымен оны Kelisim-нің осы нұсқасымен бір рет ашыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder: give the backup a file name</source>
        <translation>{0} — қалта: сақтық көшірмеге файл атын беріңіз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is a {1} backup; this register is {2}. Restore it into a register of its kind</source>
        <translation>{0} — {1} сақтық көшірмесі; бұл тізілім — {2}. Оны сол түрдегі тізілімге қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>қалпына келтіру</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore while a task of this window is still reading the register (waited {0} seconds); try again when it has finished; nothing was changed</source>
        <translation>осы терезенің тапсырмасы тізілімді әлі оқып жатқанда қалпына келтіруге болмайды ({0} секунд күтілді); ол аяқталғанда қайталаңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot restore while others are connected to the register: {0}. Ask them to close Kelisim first; nothing was changed</source>
        <translation>тізілімге басқалар қосылып тұрғанда қалпына келтіруге болмайды: {0}. Алдымен Kelisim-ді жабуды сұраңыз; ештеңе өзгертілген жоқ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on a PostgreSQL server</source>
        <translation>PostgreSQL серверінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SQLite file</source>
        <translation>SQLite файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; nothing was changed (the register is also kept in {1})</source>
        <translation>{0}; ештеңе өзгертілген жоқ (тізілім {1} ішінде де сақталған)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged records: {0}. They are shown with replacement characters (�); run {1} to find the newest backup without this damage.</source>
        <translation>Бүлінген жазбалар: {0}. Олар алмастыру таңбаларымен (�) көрсетілген; осы бүлінусіз ең соңғы сақтық көшірмені табу үшін {1} орындаңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="-426"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} және тағы %n</numerusform>
            <numerusform>{0} және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+439"/>
        <source>The PostgreSQL server has no such database ({0}): ask its administrator to create it (README: the office register).</source>
        <translation>PostgreSQL серверінде мұндай дерекқор жоқ ({0}): оны құруды сервер әкімшісінен сұраңыз (нұсқаулық: бөлімнің ортақ тізілімі).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server cannot be reached ({0}): check the address in --db and that the server is running.</source>
        <translation>PostgreSQL серверіне қосылу мүмкін емес ({0}): --db ішіндегі мекенжайды және сервердің жұмыс істеп тұрғанын тексеріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server refused the login: check the user name and password in --db.</source>
        <translation>PostgreSQL сервері кіруден бас тартты: --db ішіндегі пайдаланушы атын және құпиясөзді тексеріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed by someone else while you were saving it. Your changes were not saved; reopen it to see the other change.</source>
        <translation>Сіз сақтап жатқан кезде бұл жазбаны басқа пайдаланушы өзгертті. Сіздің өзгерістеріңіз сақталмады; басқа өзгерісті көру үшін жазбаны қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this to your login: {0}</source>
        <translation>Сервер сіздің тіркелгіңізге рұқсат бермеді: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a SQLite database without Kelisim&apos;s mark: it belongs to another program, not Kelisim. It was left unchanged; give --db a new file name to start a register.</source>
        <translation>{0} — Kelisim белгісі жоқ SQLite дерекқоры: ол басқа бағдарламаға тиесілі. Файл өзгертілмеді; тізілім бастау үшін --db параметріне жаңа файл атын беріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database {0} is not a Kelisim register: it holds {1} tables of another program ({2}) and no Kelisim mark. Nothing was changed; give --db an empty database.</source>
        <translation>{0} дерекқоры Kelisim тізілімі емес: онда басқа бағдарламаның {1} кестесі ({2}) бар және Kelisim белгісі жоқ. Ештеңе өзгертілген жоқ; --db параметріне бос дерекқор беріңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a Kelisim database (not a SQLite file); it was left unchanged</source>
        <translation>{0} — Kelisim дерекқоры емес (SQLite файлы емес); файл өзгертілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database {0} is damaged (its SQLite header is broken); restore it from a backup</source>
        <translation>{0} дерекқоры бүлінген (SQLite тақырыбы бұзылған); оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} belongs to another program, not Kelisim (its SQLite application id is {1}); it was left unchanged</source>
        <translation>{0} Kelisim-ге емес, басқа бағдарламаға тиесілі (SQLite қолданба идентификаторы {1}); файл өзгертілмеді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create {0}: {1}</source>
        <translation>{0} жасау мүмкін емес: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is missing but its -wal file is not: another program&apos;s database; left alone</source>
        <translation>{0} жоқ, бірақ оның -wal файлы бар: бұл басқа бағдарламаның дерекқоры; өзгертілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: a register needs a file, not an in-memory database</source>
        <translation>{0}: тізілімге жадтағы дерекқор емес, файл қажет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock {0}: the lock file keeps changing</source>
        <translation>{0} құлыптау мүмкін емес: құлып файлы үнемі өзгеріп тұр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot {0}: the register {1} is open in {2}; close that window first</source>
        <translation>орындау мүмкін емес ({0}): {1} тізілімі {2} ішінде ашық; алдымен сол терезені жабыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock {0}: {1}</source>
        <translation>{0} құлыптау мүмкін емес: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s {0} was not found: install the PostgreSQL client tools of the server&apos;s version or newer (Debian/Ubuntu package {1}; on Windows, the PostgreSQL installer&apos;s command line tools, with their bin folder on PATH)</source>
        <translation>PostgreSQL-дің {0} бағдарламасы табылмады: сервер нұсқасындағы немесе жаңарақ PostgreSQL клиент құралдарын орнатыңыз (Debian/Ubuntu пакеті {1}; Windows-та — PostgreSQL орнатушысының пәрмен жолы құралдары, bin қалтасы PATH ішінде)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} failed: {1}</source>
        <translation>{0} қатемен аяқталды: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be started: {1}</source>
        <translation>{0} іске қосу мүмкін болмады: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} did not finish within {1} hours</source>
        <translation>{0} {1} сағат ішінде аяқталмады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a PostgreSQL backup (pg_dump custom format)</source>
        <translation>{0} — PostgreSQL сақтық көшірмесі емес (pg_dump custom пішімі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name starts with a letter and has only letters, digits and _ . @ - (at most 63)</source>
        <translation>пайдаланушы аты әріптен басталып, тек әріптерден, сандардан және _ . @ - тұрады (63-тен аспайды)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this name is reserved: {0}</source>
        <translation>бұл ат сақталған: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report of {0} ({1}) was saved as
{2}</source>
        <translation>Есеп ({0}; {1}) мына файлға сақталды:
{2}</translation>
    </message>
    <message>
        <location line="-590"/>
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
        <location line="+402"/>
        <source>{0}: row {1}, column &apos;{2}&apos;: {3}</source>
        <translation>{0}: {1}-жол, «{2}» бағаны: {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: row {1}, column &apos;{2}&apos;: &apos;{3}&apos; {4}</source>
        <translation>{0}: {1}-жол, «{2}» бағаны: «{3}» {4}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>parties</source>
        <translation>тараптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <translation>келісімдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bodies</source>
        <translation>органдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments</source>
        <translation>міндеттемелер</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n қате</numerusform>
            <numerusform>%n қате</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import of {0}:</source>
        <translation>{0} файлын импорттау:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a formula with no saved value: open the file in Excel, let it calculate and save it, or type the value</source>
        <translation>— сақталған мәні жоқ формула: файлды Excel-де ашып, есептетіп, сақтаңыз немесе мәнді жазыңыз</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{0} to add, {1} to update, {2} unchanged, {3} in conflict, {4} rejected</source>
        <translation>қосу: {0}, жаңарту: {1}, өзгеріссіз: {2}, қайшылықта: {3}, қабылданбады: {4}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ignored columns: {0}</source>
        <translation>ескерілмеген бағандар: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n history row(s) not read:</source>
        <translation>
            <numerusform>тарихтың %n жолы оқылмады:</numerusform>
            <numerusform>тарихтың %n жолы оқылмады:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} in {1}:</source>
        <translation>{1} ішінде {0}:</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>қабылданбаған %n жол</numerusform>
            <numerusform>қабылданбаған %n жол</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not a date and time</source>
        <translation>— күн мен уақыт емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not Commitment or Agreement</source>
        <translation>— «Commitment» да, «Agreement» та емес</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: the file does not exist</source>
        <translation>{0}: файл жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder, not a workbook</source>
        <translation>{0} — қалта, Excel кітабы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is empty (0 bytes): it is not a workbook</source>
        <translation>{0} бос (0 байт): бұл Excel кітабы емес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} MB; at most {2} MB can be imported</source>
        <translation>{0} көлемі {1} МБ; ең көбі {2} МБ импорттауға болады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is password-protected (encrypted) or an old Excel 97–2003 .xls file. Open it in Excel, remove the password and save it as .xlsx, then import again.</source>
        <translation>{0} құпиясөзбен қорғалған (шифрланған) немесе ескі Excel 97–2003 (.xls) файлы. Оны Excel-де ашып, құпиясөзді алып тастап, .xlsx ретінде сақтаңыз да, қайта импорттаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an Excel workbook (.xlsx); save it from Excel as .xlsx and try again</source>
        <translation>{0} — Excel кітабы (.xlsx) емес; оны Excel-де .xlsx ретінде сақтап, қайталап көріңіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a zip archive but not an Excel workbook (no xl/workbook.xml)</source>
        <translation>{0} — zip мұрағаты, бірақ Excel кітабы емес (xl/workbook.xml жоқ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} unpacks to {1} MB, more than the {2} MB a register can need: it is refused as unsafe (a zip bomb or far too large)</source>
        <translation>{0} ашылғанда {1} МБ болады — тізілімге қажет {2} МБ-тан көп: файл қауіпті ретінде қабылданбады (zip-бомба немесе тым үлкен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is damaged (not a readable zip archive: {1})</source>
        <translation>{0} бүлінген (оқылмайтын zip мұрағаты: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has more than {1} rows; split the file and import it in parts</source>
        <translation>«{0}» парағында {1} жолдан көп; файлды бөліп, бөлікпен импорттаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is damaged and cannot be read ({1}: {2})</source>
        <translation>{0} бүлінген және оқылмайды ({1}: {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged: {1}</source>
        <translation>{0} бүлінген: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has {1} rows; at most {2} can be imported at once</source>
        <translation>«{0}» парағында {1} жол; бір рет ең көбі {2} жол импорттауға болады</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Reading the register…</source>
        <translation>Тізілім оқылуда…</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown {0} “{1}”; valid: {2}</source>
        <translation>белгісіз мән ({0}) «{1}»; рұқсат етілгендері: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All commitments</source>
        <translation>Барлық міндеттемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or after {0}</source>
        <translation>Мерзімі {0} немесе одан кейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or before {0}</source>
        <translation>Мерзімі {0} немесе одан бұрын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: “{0}”</source>
        <translation>Мәтін: «{0}»</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Status: {0}</source>
        <translation>Мәртебесі: {0}</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Overdue only</source>
        <translation>Тек мерзімі өткендер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body: {0} (with sub-bodies)</source>
        <translation>Орган: {0} (бағынысты органдарымен)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party: {0}</source>
        <translation>Жауапты тарап: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector: {0}</source>
        <translation>Сала: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement: {0}</source>
        <translation>Келісім: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n келісім</numerusform>
            <numerusform>%n келісім</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n body(-ies)</source>
        <translation>
            <numerusform>%n орган</numerusform>
            <numerusform>%n орган</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatory(-ies)</source>
        <translation>
            <numerusform>қол қойған %n адам</numerusform>
            <numerusform>қол қойған %n адам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chair(s)</source>
        <translation>
            <numerusform>%n тең төраға</numerusform>
            <numerusform>%n тең төраға</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it is used by {1}.</source>
        <translation>«{0}» жоюға болмайды: ол мына жазбаларда қолданылады — {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another party already has this name</source>
        <translation>бұл атау басқа тарапта бар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled by the user</source>
        <translation>пайдаланушы болдырмады</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} is the register itself: choose another name for the backup</source>
        <translation>{0} — тізілімнің өзі: сақтық көшірмеге басқа ат таңдаңыз</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>{0} does not exist</source>
        <translation>{0} жоқ</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>{0} has no schema version</source>
        <translation>{0} ішінде схема нұсқасы жоқ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is the register itself, not a backup</source>
        <translation>{0} — тізілімнің өзі, сақтық көшірме емес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a Kelisim register; it was left alone</source>
        <translation>{0} — Kelisim тізілімі емес; файл өзгертілмеді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not create the backup folder {0}: {1}</source>
        <translation>{0} сақтық көшірмелер қалтасын жасау мүмкін болмады: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not write the backup {0}: {1}</source>
        <translation>{0} сақтық көшірмесін жазу мүмкін болмады: {1}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{0} is not a SQLite database</source>
        <translation>{0} — SQLite дерекқоры емес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} оқылмайды: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restored database failed its integrity check: {0}; the previous database is kept in {1}</source>
        <translation>қалпына келтірілген дерекқор тұтастық тексерісінен өтпеді: {0}; бұрынғы дерекқор {1} ішінде сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore failed: {0}; the previous database is kept in {1}</source>
        <translation>қалпына келтіру сәтсіз аяқталды: {0}; бұрынғы дерекқор {1} ішінде сақталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not restore {0}: {1}</source>
        <translation>{0} қалпына келтіру мүмкін болмады: {1}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0} is not a Kelisim database</source>
        <translation>{0} — Kelisim дерекқоры емес</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} has broken references</source>
        <translation>{0} ішінде бұзылған сілтемелер бар</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is a folder, not a database file</source>
        <translation>{0} — қалта, дерекқор файлы емес</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The database file is read-only: changes cannot be saved.</source>
        <translation>Дерекқор файлы тек оқу үшін қолжетімді: өзгерістерді сақтау мүмкін емес.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s automatic backup could not be made: {0}</source>
        <translation>Бүгінгі автоматты сақтық көшірмені жасау мүмкін болмады: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read {0}: {1}</source>
        <translation>{0} оқу мүмкін емес: {1}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{0} is a PostgreSQL backup; restore it with --db pointing at the server</source>
        <translation>{0} — PostgreSQL сақтық көшірмесі; оны серверді көрсететін --db арқылы қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database is damaged ({0}); restore it from a backup</source>
        <translation>дерекқор бүлінген ({0}); оны сақтық көшірмеден қалпына келтіріңіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is on a network drive. SQLite can be corrupted there when several people use it: keep it on a local disk, or use a PostgreSQL server for a department.</source>
        <translation>Дерекқор желілік дискіде тұр. Онымен бірнеше адам жұмыс істесе, SQLite онда бүлінуі мүмкін: оны жергілікті дискіде сақтаңыз немесе бөлім үшін PostgreSQL серверін қолданыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open {0}: {1}</source>
        <translation>{0} ашу мүмкін емес: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database error{0}: {1}</source>
        <translation>Дерекқор қатесі{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy: another program or window is writing to it. Wait a moment and try again; nothing was changed.</source>
        <translation>Дерекқор бос емес: оған басқа бағдарлама немесе терезе жазып жатыр. Сәл күтіп, қайталаңыз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is read-only{0}: nothing could be saved.</source>
        <translation>Дерекқор файлы тек оқу үшін қолжетімді{0}: ештеңе сақталмады.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or failing{0}: nothing was saved. Free some space and try again.</source>
        <translation>Диск толы немесе ақаулы{0}: ештеңе сақталмады. Орын босатып, қайталаңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened{0}: check the path and its permissions.</source>
        <translation>Дерекқорды ашу мүмкін емес{0}: жолды және рұқсаттарды тексеріңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged{0}: restore it from a backup.</source>
        <translation>Дерекқор бүлінген{0}: оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this database was written by a newer Kelisim (schema {0}); update Kelisim to open it</source>
        <translation>бұл дерекқорды Kelisim-нің жаңа нұсқасы жазған (схема {0}); оны ашу үшін Kelisim-ді жаңартыңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration left {0} broken references; nothing was changed</source>
        <translation>көшіруден кейін бұзылған сілтемелер қалды: {0}; ештеңе өзгертілген жоқ</translation>
    </message>
</context>
<context>
    <name>MoveDeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/deadline.py" line="+39"/>
        <location line="+1"/>
        <source>Move deadline</source>
        <translation>Мерзімді ауыстыру</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current deadline:</source>
        <translation>Қазіргі мерзім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New deadline:</source>
        <translation>&amp;Жаңа мерзім:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;by:</source>
        <translation>Кімнің ө&amp;тінішімен:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you, unless someone else asked</source>
        <translation>басқа біреу сұрамаса, сіз</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} (originally {1}; moved ×{2})</source>
        <translation>{0} (бастапқыда {1}; ауыстырылды ×{2})</translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message>
        <location filename="../../desktop/ui/my_work.py" line="+48"/>
        <source>My work</source>
        <translation>Менің жұмысым</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref.</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your part</source>
        <translation>Сіздің рөліңіз</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for your acceptance</source>
        <translation>Қабылдауыңызды күтуде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to you</source>
        <translation>Сізге қайтарылды</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
            <numerusform>Мерзімі %n күнге өтті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
            <numerusform>Мерзіміне %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No person in the register has your login “{0}”: add yourself as a person with it.</source>
        <translation>Тізілімде «{0}» логині бар тұлға жоқ: өзіңізді осы логинмен тұлға ретінде қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) need you</source>
        <translation>
            <numerusform>Назарыңызды қажет етеді: %n</numerusform>
            <numerusform>Назарыңызды қажет етеді: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controller</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+29"/>
        <source>Filter by name in any language, code… (Ctrl+F)</source>
        <translation>Кез келген тілдегі атауы, коды бойынша сүзу… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-392"/>
        <location filename="../../desktop/ui/pages/parties.py" line="+3"/>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+3"/>
        <source>party</source>
        <translation>тарап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../desktop/ui/editors/party.py" line="+27"/>
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
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desktop/ui/people_dialog.py" line="+32"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n адам</numerusform>
            <numerusform>%n адам</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+223"/>
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
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/person.py" line="+35"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Адам туралы мәліметті өзгерту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aigerim Seitkali</source>
        <translation>мыс. Айгерім Сейітқали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Лауазымы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>Б&amp;айланыс:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone or e-mail</source>
        <translation>Телефон немесе электрондық пошта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name they sign in with (for “My commitments”)</source>
        <translation>Жүйеге кіретін пайдаланушы аты («Менің міндеттемелерім» үшін)</translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../desktop/ui/process_jobs.py" line="+103"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="+153"/>
        <source>Changed by someone else</source>
        <translation>Басқа пайдаланушы өзгертті</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>QuickOpen</name>
    <message>
        <location filename="../../desktop/ui/quick_open.py" line="+131"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Тең төраға</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <location line="+9"/>
        <source>Quick open</source>
        <translation>Жылдам іздеу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference, title or name in any language…</source>
        <translation>Кез келген тілдегі нөмір, атау немесе есім…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter opens; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter — ашу; ↑ ↓ — таңдау; Esc — жабу.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+281"/>
        <source>Filter as you type (Ctrl+F)</source>
        <translation>Теру барысында сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+48"/>
        <source>Move to the Trash (Delete)</source>
        <translation>Себетке жылжыту (Delete)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot be deleted: {0}.</source>
        <translation>Жою мүмкін емес: {0}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+20"/>
        <location line="+19"/>
        <location line="+11"/>
        <source>Delete {0}</source>
        <translation>Жою: {0}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Delete the {0} “{1}”?

This cannot be undone.</source>
        <translation>«{1}» ({0}) жойылсын ба?

Бұл әрекетті қайтару мүмкін емес.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The {0} “{1}” cannot be deleted: {2}.</source>
        <translation>({0}) «{1}» жою мүмкін емес: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the {0} “{1}” to the Trash?

It can be restored from the Trash page for {2} days.</source>
        <translation>({0}) «{1}» себетке жіберілсін бе?

Оны «Себет» бетінен {2} күн ішінде қалпына келтіруге болады.</translation>
    </message>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+14"/>
        <source>Its %n commitment(s), with their history, go to the Trash with it.</source>
        <translation>
            <numerusform>Онымен бірге оның %n міндеттемесі тарихымен бірге себетке түседі.</numerusform>
            <numerusform>Онымен бірге оның %n міндеттемесі тарихымен бірге себетке түседі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="-214"/>
        <source>Type to search…</source>
        <translation>Іздеу үшін теріңіз…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New “{0}”…</source>
        <translation>Жаңа: «{0}»…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_ui.py" line="+85"/>
        <source>{0} — My work: %n item(s)</source>
        <translation>
            <numerusform>{0} — Менің жұмысым: %n тармақ</numerusform>
            <numerusform>{0} — Менің жұмысым: %n тармақ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n item(s) in My work need you: overdue, due soon, to accept or returned.</source>
        <translation>
            <numerusform>«Менің жұмысымда» %n тармақ сізді күтеді: мерзімі өткен, мерзімі жақын, қабылдауға немесе қайтарылған.</numerusform>
            <numerusform>«Менің жұмысымда» %n тармақ сізді күтеді: мерзімі өткен, мерзімі жақын, қабылдауға немесе қайтарылған.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelisim reminders</source>
        <translation>Kelisim еске салғыштары</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="messages_extracted.py" line="-425"/>
        <source>Summary</source>
        <translation>Жиынтық</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/report_actions.py" line="+51"/>
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
        <location line="+1"/>
        <source>Print agreement &amp;card…</source>
        <translation>Келісім &amp;карточкасы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-page PDF card of the agreement selected in Agreements</source>
        <translation>«Келісімдер» тізімінде таңдалған келісімнің бір беттік PDF карточкасы</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Excel workbook, {0} (*.xlsx)</source>
        <translation>Excel кітабы, {0} (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report, {0} (*.pdf)</source>
        <translation>PDF есебі, {0} (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the PDF report</source>
        <translation>PDF есепті сақтау</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to Excel…</source>
        <translation>Excel-ге экспортталуда…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the PDF report…</source>
        <translation>PDF есеп жазылуда…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Agreement card</source>
        <translation>Келісім карточкасы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an agreement in the list first.</source>
        <translation>Алдымен тізімнен келісімді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the agreement card</source>
        <translation>Келісім карточкасын сақтау</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the agreement card…</source>
        <translation>Келісім карточкасы жасалуда…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {0} ({1} commitments)</source>
        <translation>Сақталды: {0} (міндеттемелер: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location line="+11"/>
        <source>Report saved</source>
        <translation>Есеп сақталды</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Қалтада көрсету</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорттаудан бас тартылды; файл жазылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Есеп сақталмады</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program opens this kind of file here. The report is at:
{0}</source>
        <translation>Бұл компьютерде мұндай файлды ашатын бағдарлама жоқ. Есеп мына жерде:
{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file manager opens folders here. The report is at:
{0}</source>
        <translation>Бұл компьютерде қалталарды ашатын бағдарлама жоқ. Есеп мына жерде:
{0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="+73"/>
        <source>Excel export</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report</source>
        <translation>PDF есебі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full: every commitment by body</source>
        <translation>Толық: барлық міндеттемелер органдар бойынша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing: figures, overdue, changes (1-3 pages)</source>
        <translation>Анықтама: көрсеткіштер, кешігу, өзгерістер (1–3 бет)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition:</source>
        <translation>Есеп түрі:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the register stood on</source>
        <translation>Тізілімнің күйі, күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since</source>
        <translation>Өзгерістер, бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: since the previous report of the same selection</source>
        <translation>Белгісіз: сол іріктеудің алдыңғы есебінен бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing:</source>
        <translation>Анықтама:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status report on commitments</source>
        <translation>Міндеттемелердің орындалу барысы туралы есеп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Тақырыбы:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. For official use (printed on every page)</source>
        <translation>мыс. Қызмет бабында пайдалану үшін (әр бетте)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification:</source>
        <translation>Белгі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by:</source>
        <translation>Дайындаған:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by:</source>
        <translation>Бекіткен:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the History sheet (every status change)</source>
        <translation>«Тарих» парағын қосу (барлық мәртебе өзгерістері)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the report when it is ready</source>
        <translation>Есеп дайын болғанда ашу</translation>
    </message>
</context>
<context>
    <name>ReturnReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="-56"/>
        <source>Return the execution report</source>
        <translation>Орындау есебін қайтару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the executor</source>
        <translation>Орындаушыға қайтару</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="+118"/>
        <source>Sign in to the register</source>
        <translation>Тізілімге кіру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>registry.mfa.example or a socket folder</source>
        <translation>registry.mfa.example немесе сокет қалтасы</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>require: encrypted; verify-full: encrypted and the server&apos;s certificate and name checked</source>
        <translation>require: шифрланған; verify-full: шифрланған, сервердің сертификаты мен аты тексеріледі</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Пайдаланушы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption (TLS):</source>
        <translation>Шифрлау (TLS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my password in the system keyring</source>
        <translation>Құпиясөзімді жүйенің құпиясөз қоймасында сақтау</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next time Kelisim signs in with it without asking</source>
        <translation>Келесі жолы Kelisim сұрамай-ақ онымен кіреді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This system has no keyring Kelisim can use</source>
        <translation>Бұл жүйеде Kelisim пайдалана алатын құпиясөз қоймасы жоқ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server, database and user are remembered; the password only in the system keyring, if you ask for it.</source>
        <translation>Сервер, дерекқор және пайдаланушы есте сақталады; құпиясөз — тек жүйенің құпиясөз қоймасында және тек сіз сұрасаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: required</source>
        <translation>{0}: міндетті</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port: a number, such as 5432</source>
        <translation>Порт: сан, мысалы 5432</translation>
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
        <location filename="../../desktop/ui/editors/status_base.py" line="+23"/>
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
        <location line="+8"/>
        <source>a note is required to move to &apos;{0}&apos;</source>
        <translation>«{0}» мәртебесіне көшу үшін ескертпе қажет</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+227"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} / {2}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0}: loading…</source>
        <translation>{0}: жүктелуде…</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../desktop/ui/trash_page.py" line="+22"/>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Тарап</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location line="+31"/>
        <source>Filter deleted records (Ctrl+F)</source>
        <translation>Жойылған жазбаларды сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+1"/>
        <location filename="../../desktop/ui/trash_page.py" line="+3"/>
        <source>Trash</source>
        <translation>Себет</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trash_page.py" line="+3"/>
        <source>deleted record</source>
        <translation>жойылған жазба</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With commitments</source>
        <translation>Міндеттемелерімен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purged on</source>
        <translation>Біржола жойылады</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+11"/>
        <source>Filter users (Ctrl+F)</source>
        <translation>Пайдаланушыларды сүзу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+2"/>
        <location filename="../../desktop/ui/users_page.py" line="+3"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+3"/>
        <source>user</source>
        <translation>пайдаланушы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login name</source>
        <translation>Кіру аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in</source>
        <translation>Кіре алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (disabled)</source>
        <translation>жоқ (өшірілген)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add user…</source>
        <translation>Пайдаланушы қосу…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change role…</source>
        <translation>Рөлді өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of {0}:</source>
        <translation>{0} рөлі:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disable user</source>
        <translation>Пайдаланушыны өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop {0} from signing in? Their changes stay on the record under their name.</source>
        <translation>{0} пайдаланушысының кіруіне тыйым салу керек пе? Оның өзгерістері журналда оның атымен қалады.</translation>
    </message>
</context>
<context>
    <name>ViewsButton</name>
    <message>
        <location filename="../../desktop/ui/pages/views_menu.py" line="+66"/>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views: filters, sort and columns, by name</source>
        <translation>Сақталған көріністер: сүзгілер, сұрыптау және бағандар атымен</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save current view…</source>
        <translation>Ағымдағы көріністі сақтау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Rename view</source>
        <translation>Көріністің атын өзгерту</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Delete view</source>
        <translation>Көріністі жою</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name of the view:</source>
        <translation>Көріністің атауы:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current view</source>
        <translation>Ағымдағы көріністі сақтау</translation>
    </message>
</context>
</TS>
