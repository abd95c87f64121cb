<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+184"/>
        <source>This register is already open in another Kelisim window:
{0}</source>
        <translation>Этот реестр уже открыт в другом окне Kelisim:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="+37"/>
        <source>No sound backup of it was found.</source>
        <translation>Исправной резервной копии не найдено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kelisim cannot open the register:
{0}

{1}

{2}</source>
        <translation>Kelisim не может открыть реестр:
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
        <translation>Реестр повреждён:
{0}

{1}

Восстановить последнюю исправную резервную копию ({2})? Повреждённый файл будет переименован и сохранён рядом.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup could not be restored:
{0}</source>
        <translation>Не удалось восстановить резервную копию:
{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from {0}.
The damaged register is kept as {1}.</source>
        <translation>Восстановлено из {0}.
Повреждённый реестр сохранён как {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="-44"/>
        <source>{0}

Nothing can be saved to this register. Restore it with File → Restore from backup…</source>
        <translation>{0}

Ничего нельзя сохранить в этот реестр. Восстановите его: Файл → Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>AccessControl</name>
    <message>
        <location filename="../../desktop/ui/access_ui.py" line="+64"/>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as {0} ({1})</source>
        <translation>Вы вошли как {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role decides what you may change on this register</source>
        <translation>Ваша роль определяет, что вы можете изменять в этом реестре</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+56"/>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Login name:</source>
        <translation>Имя для входа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The operating system&apos;s login name of the person; no password on a file.</source>
        <translation>Имя, под которым человек входит в операционную систему; у файла паролей нет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Login name: required</source>
        <translation>Имя для входа: обязательно</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: the two passwords differ</source>
        <translation>Пароль: пароли не совпадают</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password: at least 8 characters</source>
        <translation>Пароль: не менее 8 символов</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement.py" line="+39"/>
        <source>New agreement</source>
        <translation>Новое соглашение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit agreement</source>
        <translation>Изменение соглашения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Рег. номер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. KZ-CN-2024-05-20/1</source>
        <translation>напр. KZ-CN-2024-05-20/1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian:</source>
        <translation>На русском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh:</source>
        <translation>На казахском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese:</source>
        <translation>На китайском:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in other languages</source>
        <translation>Название на других языках</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Стороны:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gnatories:</source>
        <translation>Под&amp;писанты:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Si&amp;gned on:</source>
        <translation>&amp;Дата подписания:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entry into force:</source>
        <translation>Вст&amp;упление в силу:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpiry:</source>
        <translation>&amp;Окончание действия:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Краткое содержание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ource:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the text is: archive file, web address…</source>
        <translation>Где находится текст: архивный файл, веб-адрес…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed scans:</source>
        <translation>Подписанные сканы:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Edit of {0}</source>
        <translation>Правка {0}</translation>
    </message>
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement_status.py" line="+31"/>
        <source>Change agreement status</source>
        <translation>Изменить статус соглашения</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>set the date of entry into force first (Edit… the agreement)</source>
        <translation>сначала укажите дату вступления в силу (Изменить… соглашение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the signing date first (Edit… the agreement)</source>
        <translation>сначала укажите дату подписания (Изменить… соглашение)</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+40"/>
        <source>Filter by number, title, place, party… (Ctrl+F)</source>
        <translation>Отбор по номеру, названию, месту, стороне… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+72"/>
        <location filename="../../desktop/ui/pages/agreements.py" line="+3"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+3"/>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show commitments</source>
        <translation>Показать обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add commitment here…</source>
        <translation>Добавить обязательство сюда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes…</source>
        <translation>Изменения…</translation>
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
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution report</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Промежуточный отчёт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Documents and images ({0});;All files (*)</source>
        <translation>Документы и изображения ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+94"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>К чему</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added by</source>
        <translation>Добавил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation>Открыть копию в программе просмотра системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At most {0} MB a file</source>
        <translation>Не больше {0} МБ на файл</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Attachments ({0})</source>
        <translation>Вложения ({0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Attach documents</source>
        <translation>Вложить документы</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Not opened</source>
        <translation>Не открыто</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kelisim opens only documents and images with the system&apos;s viewer. Save “{0}” with Save as… and check it before opening it.</source>
        <translation>Kelisim открывает в программе просмотра системы только документы и изображения. Сохраните «{0}» кнопкой «Сохранить как…» и проверьте файл, прежде чем открывать его.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program opens this kind of file here. A copy is at:
{0}</source>
        <translation>Здесь нет программы, которая открывает такие файлы. Копия находится здесь:
{0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the attached file as</source>
        <translation>Сохранить вложенный файл как</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the attached file</source>
        <translation>Удалить вложенный файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{0}” from this record?</source>
        <translation>Удалить «{0}» из этой записи?</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="+46"/>
        <source>Reference or value (Ctrl+F)</source>
        <translation>Номер или значение (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+142"/>
        <location filename="../../desktop/ui/main_window.py" line="+5"/>
        <source>Audit</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>change</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write the changes shown here to an Excel workbook</source>
        <translation>Записать показанные изменения в книгу Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show every record</source>
        <translation>Показать все записи</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Changes of {0} “{1}”</source>
        <translation>Изменения: {0} «{1}»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Export the audit trail</source>
        <translation>Выгрузка журнала изменений</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="+29"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a consistent copy of the register to a file</source>
        <translation>Записать целостную копию реестра в файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the register with a backup; the current one is kept</source>
        <translation>Заменить реестр резервной копией; текущий реестр сохраняется</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Back up the register</source>
        <translation>Резервное копирование реестра</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Kelisim backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии Kelisim (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>Резервные копии PostgreSQL (*.dump);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written to {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace the register with {0}?

The register as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Заменить реестр копией {0}?

Текущее состояние реестра будет предварительно сохранено в резервной копии, поэтому это действие можно отменить.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A backup of another register</source>
        <translation>Резервная копия другого реестра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a backup of this register.

This register: {1}
The backup&apos;s register: {2}

Restoring it replaces this register&apos;s records with the other register&apos;s. The register as it is now is kept as a backup first.

Replace this register with the other register&apos;s backup?</source>
        <translation>{0} — не резервная копия этого реестра.

Этот реестр: {1}
Реестр резервной копии: {2}

Восстановление заменит записи этого реестра записями другого реестра. Текущее состояние реестра сначала сохраняется как резервная копия.

Заменить этот реестр резервной копией другого реестра?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restoring {0}…</source>
        <translation>Восстановление {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from {0}. The register it replaced is kept in {1}</source>
        <translation>Восстановлено из {0}. Замещённый реестр сохранён в {1}</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+57"/>
        <source>New sub-body…</source>
        <translation>Новый подчинённый орган…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show commitments</source>
        <translation>Показать обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add commitment here…</source>
        <translation>Добавить обязательство сюда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes…</source>
        <translation>Изменения…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by name in any language (Ctrl+F)</source>
        <translation>Отбор по названию на любом языке (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Другие наименования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chairs</source>
        <translation>Сопредседатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation>Учреждён документом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established</source>
        <translation>Дата учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-4"/>
        <location filename="../../desktop/ui/pages/bodies.py" line="+4"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+3"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} из {2}</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/body.py" line="+48"/>
        <source>New body</source>
        <translation>Новый орган</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit body</source>
        <translation>Изменение органа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Subcommittee on Agricultural Cooperation</source>
        <translation>напр. Подкомитет по сельскохозяйственному сотрудничеству</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian:</source>
        <translation>На русском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh:</source>
        <translation>На казахском:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese:</source>
        <translation>На китайском:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in other languages</source>
        <translation>Наименование на других языках</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Parent body:</source>
        <translation>Вы&amp;шестоящий орган:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— none (top level) —</source>
        <translation>— нет (верхний уровень) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pa&amp;rties:</source>
        <translation>&amp;Стороны:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Co-chairs:</source>
        <translation>С&amp;опредседатели:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Established &amp;by:</source>
        <translation>Основ&amp;ание:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— not recorded —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Established &amp;on:</source>
        <translation>&amp;Дата учреждения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Active</source>
        <translation>Д&amp;ействует</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dissolved on:</source>
        <translation>&amp;Упразднён:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;tes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../desktop/ui/bulk_actions.py" line="+172"/>
        <source>Some rows were refused</source>
        <translation>Некоторые строки отклонены</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Export the selection</source>
        <translation>Экспорт выбранного</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/audit_page.py" line="+2"/>
        <location filename="../../desktop/ui/bulk_actions.py" line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+850"/>
        <source>%n commitment(s) changed.</source>
        <translation>
            <numerusform>Изменено %n обязательство.</numerusform>
            <numerusform>Изменено %n обязательства.</numerusform>
            <numerusform>Изменено %n обязательств.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Status of %n commitment(s)</source>
        <translation>
            <numerusform>Статус %n обязательства</numerusform>
            <numerusform>Статус %n обязательств</numerusform>
            <numerusform>Статус %n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n commitment(s)</source>
        <translation>
            <numerusform>Перенос %n обязательства</numerusform>
            <numerusform>Перенос %n обязательств</numerusform>
            <numerusform>Перенос %n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused and left as they were:</source>
        <translation>
            <numerusform>Отклонено и оставлено без изменений: %n:</numerusform>
            <numerusform>Отклонено и оставлено без изменений: %n:</numerusform>
            <numerusform>Отклонено и оставлено без изменений: %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due date of %n commitment(s)</source>
        <translation>
            <numerusform>Срок %n обязательства</numerusform>
            <numerusform>Срок %n обязательств</numerusform>
            <numerusform>Срок %n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Agency of %n commitment(s)</source>
        <translation>
            <numerusform>Ведомство %n обязательства</numerusform>
            <numerusform>Ведомство %n обязательств</numerusform>
            <numerusform>Ведомство %n обязательств</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/bulk_actions.py" line="-192"/>
        <source>Change %n selected commitment(s)</source>
        <translation>
            <numerusform>Изменить %n выбранное обязательство</numerusform>
            <numerusform>Изменить %n выбранных обязательства</numerusform>
            <numerusform>Изменить %n выбранных обязательств</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note for every row:</source>
        <translation>&amp;Примечание для всех строк:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence: letter or protocol No.:</source>
        <translation>&amp;Основание: № письма или протокола:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to &amp;body:</source>
        <translation>Перенести в &amp;орган:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Due date (empty clears it):</source>
        <translation>&amp;Срок (пусто — убрать):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executing &amp;agency:</source>
        <translation>&amp;Ведомство-исполнитель:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Letter date: {0}</source>
        <translation>Дата письма: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due date: {0}</source>
        <translation>Срок: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the body to move the commitments to.</source>
        <translation>Выберите орган, в который перенести обязательства.</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/commitment.py" line="+49"/>
        <source>New commitment</source>
        <translation>Новое обязательство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit commitment</source>
        <translation>Изменение обязательства</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was promised</source>
        <translation>Что было обещано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank = numbered automatically</source>
        <translation>пусто — номер присваивается автоматически</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source a&amp;greement:</source>
        <translation>Исходное &amp;соглашение:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Responsible &amp;body:</source>
        <translation>Ответственный ор&amp;ган:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible &amp;party:</source>
        <translation>Ответственная сто&amp;рона:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministry or office that carries it out</source>
        <translation>Министерство или ведомство-исполнитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead e&amp;xecutor:</source>
        <translation>Ответственный ис&amp;полнитель:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co-&amp;executors:</source>
        <translation>Со&amp;исполнители:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ontroller:</source>
        <translation>&amp;Контролёр:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sector:</source>
        <translation>Отр&amp;асль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>Сро&amp;к исполнения:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pr&amp;iority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;gress:</source>
        <translation>&amp;Ход исполнения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Дата &amp;исполнения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remarks: what the register&apos;s «Примечание» column says</source>
        <translation>Примечание: то, что записано в графе «Примечание» реестра</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on an unknown date (the register it came from gave none)</source>
        <translation>Выполнено, дата неизвестна (в исходном реестре её не было)</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Edit of {0}</source>
        <translation>Правка {0}</translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <location filename="../../desktop/ui/pages/filter_bar.py" line="+117"/>
        <source>Any status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not closed)</source>
        <translation>Открытые (не закрытые)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+240"/>
        <source>Several statuses…</source>
        <translation>Несколько статусов…</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Tick several statuses</source>
        <translation>Отметьте несколько статусов</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A body includes its subcommittees and working groups</source>
        <translation>Орган включает свои подкомитеты и рабочие группы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Any part</source>
        <translation>Любая роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executes</source>
        <translation>Исполняет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controls</source>
        <translation>Контролирует</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due on or after this date (— for no limit)</source>
        <translation>Срок исполнения — в эту дату или позже (— без ограничения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or before this date (— for no limit)</source>
        <translation>Срок исполнения — в эту дату или раньше (— без ограничения)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Body (includes its sub-bodies)</source>
        <translation>Орган (включая подчинённые)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Ответственная сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Executor or controller</source>
        <translation>Исполнитель или контролёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part they play</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due from</source>
        <translation>Срок с</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any body</source>
        <translation>Все органы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any party</source>
        <translation>Все стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sector</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any agreement</source>
        <translation>Все соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Любое лицо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My commitments</source>
        <translation>Мои обязательства</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No person in the register has your login; add yourself as a person with your login</source>
        <translation>Ни у одного лица в реестре нет вашего логина; добавьте себя как лицо с вашим логином</translation>
    </message>
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../desktop/ui/editors/page.py" line="+52"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Срок исполнения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on:</source>
        <translation>Дата исполнения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector:</source>
        <translation>Отрасль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source agreement:</source>
        <translation>Исходное соглашение:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible body:</source>
        <translation>Ответственный орган:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party:</source>
        <translation>Ответственная сторона:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency:</source>
        <translation>Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead executor:</source>
        <translation>Ответственный исполнитель:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors:</source>
        <translation>Соисполнители:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller:</source>
        <translation>Контролёр:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Superseded by:</source>
        <translation>Заменено:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress:</source>
        <translation>Ход исполнения:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+18"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Moved on</source>
        <translation>Когда перенесён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>По просьбе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline moves</source>
        <translation>Переносы срока</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submitted</source>
        <translation>Представлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Execution reports</source>
        <translation>Отчёты об исполнении</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interim reports</source>
        <translation>Промежуточные отчёты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interim report…</source>
        <translation>Промежуточный &amp;отчёт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report execution…</source>
        <translation>&amp;Доложить об исполнении…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;turn…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move deadline…</source>
        <translation>Пере&amp;нести срок…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attachments ({0})</source>
        <translation>Вложения ({0})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This commitment no longer exists (deleted by someone else?)</source>
        <translation>Этого обязательства больше нет (удалено другим пользователем?)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Commitment {0}</source>
        <translation>Обязательство {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>  (overdue)</source>
        <translation>  (просрочено)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>originally {0}; moved ×{1}</source>
        <translation>первоначально {0}; перенесён ×{1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(executed on time)</source>
        <translation>(исполнено в срок)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(executed late against the original deadline)</source>
        <translation>(исполнено с нарушением первоначального срока)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(superseded)</source>
        <translation>(заменено)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No description.</source>
        <translation>Описание отсутствует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(new)</source>
        <translation>(новое)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Accepted by {0}, {1}</source>
        <translation>Принято: {0}, {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned by {0}, {1}: {2}</source>
        <translation>Возвращено: {0}, {1}: {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for acceptance</source>
        <translation>Ожидает приёмки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {0} of {1}</source>
        <translation>№ {0} от {1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>(waiting for acceptance)</source>
        <translation>(ожидает приёмки)</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status.py" line="+39"/>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Ход исполнения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Дата &amp;исполнения:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Evidence: letter or protocol No.:</source>
        <translation>&amp;Основание: № письма или протокола:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 13-2/1045, or the session&apos;s protocol No.</source>
        <translation>напр. 13-2/1045, протокол № 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded &amp;by:</source>
        <translation>&amp;Заменено обязательством:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Status of {0}</source>
        <translation>Статус {0}</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+101"/>
        <source>Filter by title, reference, agency, any language… (Ctrl+F)</source>
        <translation>Отбор по названию, номеру, ведомству на любом языке… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+1"/>
        <location filename="../../desktop/ui/pages/commitments.py" line="+17"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+3"/>
        <source>commitment</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ref.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} · overdue</source>
        <translation>{0} · просрочено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · moved ×{1}</source>
        <translation>{0} · перенесён ×{1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move deadline…</source>
        <translation>Перенести срок…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move selected to body…</source>
        <translation>Перенести выбранные в орган…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set due date of selected…</source>
        <translation>Задать срок выбранным…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set agency of selected…</source>
        <translation>Задать ведомство выбранным…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export selected rows…</source>
        <translation>Экспорт выбранных строк…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+113"/>
        <location line="+67"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+68"/>
        <location line="+46"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+114"/>
        <source>Due within 30 days</source>
        <translation>Срок до 30 дней</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+65"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Executed on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed late</source>
        <translation>Исполнено с опозданием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines moved</source>
        <translation>Сроки перенесены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Ожидает приёмки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no body)</source>
        <translation>(без органа)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Average progress</source>
        <translation>Исполнение (ср.)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Commitments by status</source>
        <translation>Обязательства по статусам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress by body</source>
        <translation>Исполнение по органам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-3"/>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+29"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+88"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type 2024-05-20 or 20.05.2024; Alt+Down opens the calendar</source>
        <translation>Введите 2024-05-20 или 20.05.2024; Alt+Вниз открывает календарь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a date (Alt+Down)</source>
        <translation>Выбрать дату (Alt+Вниз)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not a date: type YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>это не дата: введите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>DocumentsField</name>
    <message>
        <location filename="../../desktop/ui/attachments.py" line="+21"/>
        <source>Attach &amp;document…</source>
        <translation>Вложить &amp;документ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach documents</source>
        <translation>Вложить документы</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/base.py" line="+113"/>
        <location line="+298"/>
        <source>Save (Enter, or Ctrl+Enter in a text box)</source>
        <translation>Сохранить (Enter, в текстовом поле — Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take theirs and keep my other edits</source>
        <translation>Принять их правку и сохранить мои остальные</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take theirs, drop my edits</source>
        <translation>Принять их правку, отбросить мои</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changes are recorded in the history with who, when and why</source>
        <translation>Изменения статуса заносятся в историю: кто, когда и почему</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edit of {0}</source>
        <translation>Правка {0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Someone else has just changed this record. Saving will be refused: copy your changes, then open it again.</source>
        <translation>Эту запись только что изменил кто-то другой. Сохранение будет отклонено: скопируйте свои изменения и откройте запись заново.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open the record</source>
        <translation>Не удаётся открыть запись</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Someone else saved this record: choose above how to go on before saving.</source>
        <translation>Запись сохранил другой пользователь: выберите выше, как продолжить, прежде чем сохранять.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To save, fix: {0}</source>
        <translation>Чтобы сохранить, исправьте: {0}</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check before saving:</source>
        <translation>Проверьте перед сохранением:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and correct</source>
        <translation>Вернуться и исправить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} saved this record on {1}, after you opened it.</source>
        <translation>{0} сохранил(а) эту запись {1}, после того как вы её открыли.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this record after you opened it.</source>
        <translation>Другой пользователь сохранил эту запись после того, как вы её открыли.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• {0}: theirs “{1}”, yours “{2}”</source>
        <translation>• {0}: у них «{1}», у вас «{2}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• {0}: now “{1}”</source>
        <translation>• {0}: теперь «{1}»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your other edits can be kept: {0}.</source>
        <translation>Ваши остальные правки можно сохранить: {0}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>Есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save first</source>
        <translation>Сначала сохраните</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save or discard your edits before changing the status.</source>
        <translation>Перед изменением статуса сохраните или отмените правки.</translation>
    </message>
</context>
<context>
    <name>ExecutionReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="+33"/>
        <source>Report execution</source>
        <translation>Доклад об исполнении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for acceptance</source>
        <translation>Направить на приёмку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing &amp;letter No.:</source>
        <translation>№ исходящего &amp;письма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;date:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed letter, an act or another document: evidence instead of or besides the letter&apos;s number</source>
        <translation>Подписанное письмо, акт или другой документ: подтверждение вместо номера письма или вместе с ним</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xecuted on:</source>
        <translation>Дата &amp;исполнения:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The completion date when the report is accepted</source>
        <translation>Дата выполнения при приёмке отчёта</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../desktop/ui/import_actions.py" line="+466"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring in parties, agreements, bodies and commitments from a workbook (Ctrl+I)</source>
        <translation>Загрузить стороны, соглашения, органы и обязательства из книги Excel (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Книги Excel (*.xlsx *.xlsm);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location line="-436"/>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns to choose: not recognised, or claimed by two columns</source>
        <translation>Выберите назначение столбцов: не распознаны или на одно поле претендуют два столбца</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check again with these columns</source>
        <translation>Проверить заново с этими столбцами</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save rejected rows…</source>
        <translation>Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refused rows as a workbook, with a column saying why</source>
        <translation>Отклонённые строки в виде книги Excel со столбцом причин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed in the register since the file was written</source>
        <translation>Изменено в реестре после сохранения файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register&apos;s values are kept. Tick a record to take the file&apos;s values instead, or take them for all.</source>
        <translation>Значения реестра сохраняются. Отметьте запись, чтобы взять значения из файла, или возьмите их для всех.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the file&apos;s values</source>
        <translation>Взять значения из файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet, row</source>
        <translation>Лист, строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Register ↔ file</source>
        <translation>Реестр ↔ файл</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the file&apos;s values for all</source>
        <translation>Взять значения из файла для всех</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(ignore this column)</source>
        <translation>(пропустить этот столбец)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} › “{1}”</source>
        <translation>{0} › «{1}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also looks like “{0}”)</source>
        <translation>(похоже также на «{0}»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: no column holds “{1}”; add it to the file</source>
        <translation>{0}: нет столбца «{1}»; добавьте его в файл</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: {1} to add, {2} to update, {3} unchanged, {4} rejected</source>
        <translation>{0}: добавить — {1}, обновить — {2}, без изменений — {3}, отклонено — {4}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rejected rows are not imported; fix them in the file and import it again.</source>
        <translation>Отклонённые строки не импортируются; исправьте их в файле и повторите импорт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} records were changed in the register since the file was written: see below.</source>
        <translation>Записей, изменённых в реестре после сохранения файла: {0} (см. ниже).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file holds no records.</source>
        <translation>В файле нет записей.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: {1} to add, {2} to update, {3} unchanged, {4} in conflict, {5} rejected</source>
        <translation>{0}: добавить {1}, обновить {2}, без изменений {3}, в конфликте {4}, отклонено {5}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, {0} merged with rows of other sheets</source>
        <translation>, объединено со строками других листов: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet “{0}”: {1}</source>
        <translation>Лист «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} - rejected rows.xlsx</source>
        <translation>{0} - отклонённые строки.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected rows saved</source>
        <translation>Отклонённые строки сохранены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} rows written to {1}</source>
        <translation>Записано строк: {0}, файл {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save the rejected rows</source>
        <translation>Не удалось сохранить отклонённые строки</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hidden: skipped</source>
        <translation>скрытый: пропущен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: nothing to read</source>
        <translation>пустой: читать нечего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an export&apos;s summary: not records, skipped</source>
        <translation>сводка выгрузки: не записи, пропущен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the export&apos;s status history: read for the records it creates</source>
        <translation>история статусов выгрузки: читается для создаваемых записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not read: a required column is missing</source>
        <translation>не прочитан: нет обязательного столбца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: columns to choose</source>
        <translation>не прочитан: нужно выбрать столбцы</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+21"/>
        <source>read as {0}</source>
        <translation>прочитан как {0}</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>(the mapping remembered from an earlier file)</source>
        <translation>(сопоставление запомнено по прежнему файлу)</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+21"/>
        <source>(as you mapped it)</source>
        <translation>(как вы сопоставили)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: register “{1}” ↔ file “{2}”</source>
        <translation>{0}: реестр «{1}» ↔ файл «{2}»</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import {0} rows, skip {1} rejected</source>
        <translation>Импортировать ({0} стр.), пропустить отклонённые ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {0} rows</source>
        <translation>Импортировать ({0} стр.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, leave out {0}</source>
        <translation>, не читать {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, keep the register for {0} conflicts</source>
        <translation>, оставить реестр для конфликтов: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported {0}: {1} added, {2} updated, {3} rejected rows skipped.</source>
        <translation>Импорт {0} завершён: добавлено — {1}, обновлено — {2}, пропущено отклонённых строк — {3}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} records changed in the register since the file was written were kept.</source>
        <translation>Записи, изменённые в реестре после сохранения файла, оставлены без изменений: {0}.</translation>
    </message>
</context>
<context>
    <name>InterimReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="+103"/>
        <source>Interim report</source>
        <translation>Промежуточный отчёт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Ход выполнения:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="+16"/>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint statement</source>
        <translation>Совместное заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommittee</source>
        <translation>Подкомитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="+35"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kelisim will switch to {0} the next time it starts.</source>
        <translation>Kelisim перейдёт на язык «{0}» при следующем запуске.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelisim will follow the system&apos;s language the next time it starts.</source>
        <translation>При следующем запуске Kelisim будет использовать язык системы.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart now</source>
        <translation>Перезапустить сейчас</translation>
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
        <translation>Со&amp;здать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open commitment</source>
        <translation>&amp;Открыть обязательство</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Kelisim</source>
        <translation>&amp;О программе Kelisim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quick open…</source>
        <translation>&amp;Быстрый поиск…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;My work…</source>
        <translation>&amp;Моя работа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;People…</source>
        <translation>&amp;Люди…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The register file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The register&apos;s server</source>
        <translation>Сервер реестра</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>About Kelisim</source>
        <translation>О программе Kelisim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Kelisim {0}&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Келісім&lt;/i&gt; — agreement.&lt;/p&gt;&lt;p&gt;A register of international agreements, the committees and subcommittees they create, and the commitments inside them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kelisim {0}&lt;/h3&gt;&lt;p&gt;&lt;i&gt;Келісім&lt;/i&gt; — «соглашение» (каз.).&lt;/p&gt;&lt;p&gt;Реестр международных соглашений, учреждаемых ими комитетов и подкомитетов и содержащихся в них обязательств.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="messages_extracted.py" line="-841"/>
        <source>warning: {0}</source>
        <translation>предупреждение: {0}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Wrote {0}: {1} ({2}); {3}.</source>
        <translation>Записан файл {0}: {1} ({2}); {3}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
            <numerusform>%n просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{0}” is not a date; write YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>«{0}» — не дата; укажите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown status &apos;{0}&apos;; valid statuses: {1}</source>
        <translation>неизвестный статус «{0}»; допустимые статусы: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный прогон: ничего не записано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was imported: fix the rows above, or use --skip-invalid to import the others.</source>
        <translation>Ничего не импортировано: исправьте строки выше или используйте --skip-invalid, чтобы импортировать остальные.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to change: the register already holds everything in this file.</source>
        <translation>Изменять нечего: реестр уже содержит всё из этого файла.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported (%n rejected row(s) skipped).</source>
        <translation>
            <numerusform>Импортировано (пропущена %n отклонённая строка).</numerusform>
            <numerusform>Импортировано (пропущено %n отклонённые строки).</numerusform>
            <numerusform>Импортировано (пропущено %n отклонённых строк).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Loaded the demo register: %n commitment(s).</source>
        <translation>
            <numerusform>Загружен демонстрационный реестр: %n обязательство.</numerusform>
            <numerusform>Загружен демонстрационный реестр: %n обязательства.</numerusform>
            <numerusform>Загружен демонстрационный реестр: %n обязательств.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: now {1}</source>
        <translation>{0}: теперь {1}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the database already holds a register; load the demo into an empty database</source>
        <translation>база данных уже содержит реестр; загружайте демонстрационные данные в пустую базу</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Backup written to {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {0} from {1}.</source>
        <translation>Реестр {0} восстановлен из {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register it replaced is kept in {0}</source>
        <translation>Заменённый реестр сохранён в {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}: ok (a Kelisim register, schema {1}; every record read back: {2}; the server guards its own integrity)</source>
        <translation>{0}: в порядке (реестр Kelisim, схема {1}; каждая запись прочитана: {2}; целостность обеспечивает сам сервер)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“{0}” is not one of: {1}</source>
        <translation>«{0}» — недопустимое значение; допустимые: {1}</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Title in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title in Chinese</source>
        <translation>Наименование на китайском</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Signing date</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Entry into force</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Истечение срока</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Signatories</source>
        <translation>Подписавшие лица</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Chinese</source>
        <translation>Наименование на китайском</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country code</source>
        <translation>Код страны</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parent body</source>
        <translation>Вышестоящий орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established by</source>
        <translation>Учреждён документом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established on</source>
        <translation>Дата учреждения</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Co-chairs</source>
        <translation>Сопредседатели</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Responsible agency</source>
        <translation>Ответственное ведомство</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>Записано {0}: {1}.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dry run: nothing was written. The conflicts above would stop the import (see --on-conflict).</source>
        <translation>Пробный прогон: ничего не записано. Конфликты выше остановили бы импорт (см. --on-conflict).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map the columns with --map &quot;Header=field&quot; (the fields are listed in import --help).</source>
        <translation>Сопоставьте столбцы с помощью --map &quot;Header=field&quot; (поля перечислены в import --help).</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n backup(s) of {0} in {1}</source>
        <translation>
            <numerusform>%n резервная копия реестра {0} в {1}</numerusform>
            <numerusform>%n резервные копии реестра {0} в {1}</numerusform>
            <numerusform>%n резервных копий реестра {0} в {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}. Nothing was changed; to do exactly that, run restore again with --replace-with-other-register</source>
        <translation>{0}. Ничего не изменено; если нужно именно это, повторите restore с --replace-with-other-register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CANNOT BE USED</source>
        <translation>НЕЛЬЗЯ ИСПОЛЬЗОВАТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЁН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1} — {2}</source>
        <translation>{0}: {1} — {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register {0}</source>
        <translation>Реестр {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of an unknown register</source>
        <translation>
            <numerusform>%n неизвестного реестра</numerusform>
            <numerusform>%n неизвестного реестра</numerusform>
            <numerusform>%n неизвестного реестра</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of other registers not listed</source>
        <translation>
            <numerusform>%n других реестров не показана</numerusform>
            <numerusform>%n других реестров не показаны</numerusform>
            <numerusform>%n других реестров не показано</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The newest sound backup of this register is {0}; restore it with: kelisim --db {1} restore {0}</source>
        <translation>Последняя исправная резервная копия этого реестра: {0}; восстановите её командой: kelisim --db {1} restore {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sound backup of this register was found.</source>
        <translation>Исправной резервной копии этого реестра не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n older backup(s) in its folder do not record their register and are not offered; restore one by name only if you know it is this register&apos;s (--replace-with-other-register).</source>
        <translation>
            <numerusform>%n старая резервная копия в его папке не указывает свой реестр и не предлагается; восстанавливайте её по имени, только если уверены, что она этого реестра (--replace-with-other-register).</numerusform>
            <numerusform>%n старые резервные копии в его папке не указывают свой реестр и не предлагаются; восстанавливайте их по имени, только если уверены, что они этого реестра (--replace-with-other-register).</numerusform>
            <numerusform>%n старых резервных копий в его папке не указывают свой реестр и не предлагаются; восстанавливайте их по имени, только если уверены, что они этого реестра (--replace-with-other-register).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup {0} was not written</source>
        <translation>резервная копия {0} не записана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[unknown register]</source>
        <translation>[неизвестный реестр]</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>{0} and {1}</source>
        <translation>{0} и {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an agreement cannot move from {0} to {1} (allowed: {2})</source>
        <translation>соглашение нельзя перевести из статуса {0} в статус {1} (допустимо: {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a body cannot be its own parent</source>
        <translation>орган не может быть вышестоящим для самого себя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a body cannot be placed under one of its own sub-bodies</source>
        <translation>орган нельзя подчинить одному из его собственных подчинённых органов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be between 0 and 100 %</source>
        <translation>должен быть от 0 до 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the completion date cannot be in the future</source>
        <translation>дата выполнения не может быть в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the signing date</source>
        <translation>не может быть раньше даты подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the signing date</source>
        <translation>должна быть позже даты подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be after the entry into force</source>
        <translation>должна быть позже вступления в силу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the commitment is already {0}</source>
        <translation>обязательство уже в статусе {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note is required to move to {0}</source>
        <translation>для перевода в статус {0} нужно примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a signed agreement needs its signing date</source>
        <translation>для подписанного соглашения нужна дата подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an agreement in force needs its date of entry into force</source>
        <translation>для действующего соглашения нужна дата вступления в силу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is required</source>
        <translation>{0}: обязательное поле</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>is %n characters long; at most {0} are allowed</source>
        <translation>
            <numerusform>длина %n символ; допускается не более {0}</numerusform>
            <numerusform>длина %n символа; допускается не более {0}</numerusform>
            <numerusform>длина %n символов; допускается не более {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a completed commitment must be at 100 %</source>
        <translation>у выполненного обязательства прогресс должен быть 100 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a completed commitment needs a completion date</source>
        <translation>для выполненного обязательства нужна дата выполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 % means completed: set the status to completed, or lower the progress</source>
        <translation>100 % означает «Выполнено»: установите этот статус или уменьшите прогресс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a completed commitment has a completion date</source>
        <translation>дата выполнения бывает только у выполненного обязательства</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot move from {0} to {1} (allowed: {2})</source>
        <translation>нельзя перевести из статуса {0} в статус {1} (допустимо: {2})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Срок истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint statement</source>
        <translation>Совместное заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roadmap</source>
        <translation>Дорожная карта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcommittee</source>
        <translation>Подкомитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message numerus="yes">
        <location line="+432"/>
        <source>Others (%n)</source>
        <translation>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
            <numerusform>Прочие (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Agreement card {0}</source>
        <translation>Карточка соглашения {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies it created</source>
        <translation>Созданные органы</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>No agreement has the registration number {0}.</source>
        <translation>Нет соглашения с регистрационным номером {0}.</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>KELISIM · AGREEMENT CARD</source>
        <translation>KELISIM · КАРТОЧКА СОГЛАШЕНИЯ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history of the agreement</source>
        <translation>История статуса соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No status change recorded.</source>
        <translation>Изменений статуса не записано.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>Status report on commitments</source>
        <translation>Отчёт о ходе выполнения обязательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No body</source>
        <translation>Без органа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statuses rebuilt from the status history as they stood on {0}; commitments created later are left out.</source>
        <translation>Статусы восстановлены по истории на {0}; обязательства, созданные позже, не включены.</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Briefing</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status report generated by Kelisim</source>
        <translation>Отчёт о ходе выполнения, подготовленный Kelisim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments by status</source>
        <translation>Обязательства по статусам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing the workbook…</source>
        <translation>Подготовка книги…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On control</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion (without cancelled)</source>
        <translation>Исполнение (без отменённых)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 30 days</source>
        <translation>Срок в ближайшие 30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in 90 days</source>
        <translation>Срок в ближайшие 90 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By committee (sub-bodies rolled up)</source>
        <translation>По комитетам (с подчинёнными органами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By responsible agency</source>
        <translation>По ответственным ведомствам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By responsible party</source>
        <translation>По ответственным сторонам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook…</source>
        <translation>Сохранение книги…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status as of</source>
        <translation>Состояние на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Commitments by body</source>
        <translation>Обязательства по органам</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Average progress</source>
        <translation>Исполнение (ср.)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Commitments: {0} of {1}</source>
        <translation>Обязательства: {0} из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History: {0} of {1}</source>
        <translation>История: {0} из {1}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no file name given</source>
        <translation>не указано имя файла</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>a folder has that name</source>
        <translation>с таким именем уже есть папка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder {0} does not exist</source>
        <translation>папка {0} не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder {0} is read-only for you</source>
        <translation>папка {0} доступна вам только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file exists and is read-only</source>
        <translation>файл существует и доступен только для чтения</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party</source>
        <translation>Ответственная сторона</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Last status note</source>
        <translation>Последнее примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note made</source>
        <translation>Дата примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments in report</source>
        <translation>Обязательств в отчёте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments in total</source>
        <translation>Обязательств всего</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Title (Kazakh)</source>
        <translation>Наименование (каз.)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Title (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title (Chinese)</source>
        <translation>Наименование (кит.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissolved on</source>
        <translation>Дата упразднения</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Name (Kazakh)</source>
        <translation>Наименование (каз.)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation>Наименование (кит.)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>ISO code</source>
        <translation>Код ISO</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Ref.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties, signatories</source>
        <translation>Стороны, подписавшие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In report</source>
        <translation>В отчёте</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in this report</source>
        <translation>
            <numerusform>%n в этом отчёте</numerusform>
            <numerusform>%n в этом отчёте</numerusform>
            <numerusform>%n в этом отчёте</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Selection</source>
        <translation>Отбор</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Average progress {0}.</source>
        <translation>Средний прогресс {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laying out pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Saving the report…</source>
        <translation>Сохранение отчёта…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kelisim status report · generated {0}</source>
        <translation>Отчёт Kelisim · сформирован {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overdue (open, past due)</source>
        <translation>Просрочено (срок прошёл)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{0}
Notes: {1}</source>
        <translation>{0}
Примечания: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status report, commitments</source>
        <translation>отчёт о ходе выполнения, обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KELISIM · STATUS OF COMMITMENTS</source>
        <translation>KELISIM · ХОД ВЫПОЛНЕНИЯ ОБЯЗАТЕЛЬСТВ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Annex. Agreements</source>
        <translation>Приложение. Соглашения</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitment matches this selection.</source>
        <translation>Ни одно обязательство не соответствует отбору.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agreement is referred to by this selection.</source>
        <translation>В отборе нет ссылок на соглашения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitments of its own in this selection.</source>
        <translation>Собственных обязательств в отборе нет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report fonts in {0} cannot be read ({1}); reinstall Kelisim</source>
        <translation>не удаётся прочитать шрифты отчёта в {0} ({1}); переустановите Kelisim</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n body(-ies) it established</source>
        <translation>
            <numerusform>%n учреждённый им орган</numerusform>
            <numerusform>%n учреждённых им органа</numerusform>
            <numerusform>%n учреждённых им органов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: {1} refer to it.</source>
        <translation>«{0}» нельзя удалить: на него ссылаются {1}.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>the agreement is already {0}</source>
        <translation>соглашение уже в статусе {0}</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>unknown party ids {0}</source>
        <translation>неизвестные идентификаторы сторон {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is already used by another agreement</source>
        <translation>«{0}» уже занят другим соглашением</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown register (a backup made before Kelisim recorded whose it is)</source>
        <translation>неизвестный реестр (копия сделана до того, как Kelisim начал записывать её реестр)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parent body no longer exists</source>
        <translation>вышестоящий орган больше не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the establishing agreement no longer exists</source>
        <translation>учредившее соглашение больше не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the establishing agreement was signed</source>
        <translation>не может быть раньше подписания учредившего соглашения</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sub-body(-ies)</source>
        <translation>
            <numerusform>%n подчинённый орган</numerusform>
            <numerusform>%n подчинённых органа</numerusform>
            <numerusform>%n подчинённых органов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it has {1}.</source>
        <translation>«{0}» нельзя удалить: у него есть {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a chosen party no longer exists</source>
        <translation>выбранная сторона больше не существует</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>no commitment has the reference “{0}”</source>
        <translation>нет обязательства с номером «{0}»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the chosen record no longer exists</source>
        <translation>выбранная запись больше не существует</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{0}” is already used by another commitment</source>
        <translation>«{0}» уже занят другим обязательством</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="-580"/>
        <source>commitment</source>
        <translation>обязательство</translation>
    </message>
    <message>
        <location line="+581"/>
        <source>party</source>
        <translation>сторону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record ({0}) was changed by someone else after you opened it (version {1} → {2}). Your changes were not saved; reopen it to see the other change.</source>
        <translation>Эту запись ({0}) изменил другой пользователь после того, как вы её открыли (версия {1} → {2}). Ваши изменения не сохранены; откройте запись заново, чтобы увидеть чужое изменение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} #{1} no longer exists (deleted by someone else?)</source>
        <translation>{0} №{1} больше не существует (удалено другим пользователем?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} It now reads: {1}.</source>
        <translation>{0} Сейчас запись такова: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>отклонена %n строка</numerusform>
            <numerusform>отклонено %n строки</numerusform>
            <numerusform>отклонено %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was imported: {0}:</source>
        <translation>ничего не импортировано: {0}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>nothing was imported: %n record(s) were changed in the register since {0} was written (register value, file value):</source>
        <translation>
            <numerusform>ничего не импортировано: %n запись изменена в реестре после создания файла {0} (значение реестра, значение файла):</numerusform>
            <numerusform>ничего не импортировано: %n записи изменены в реестре после создания файла {0} (значение реестра, значение файла):</numerusform>
            <numerusform>ничего не импортировано: %n записей изменено в реестре после создания файла {0} (значение реестра, значение файла):</numerusform>
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
        <translation>Оставьте для них значения реестра (--on-conflict skip) или возьмите значения файла (--on-conflict overwrite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on_conflict must be one of {0}, not {1}</source>
        <translation>on_conflict должен быть одним из {0}, а не {1}</translation>
    </message>
    <message numerus="yes">
        <location line="-148"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-488"/>
        <source>Kelisim (келісім): track international agreements, the bodies they create and the commitments inside them. Without a command, opens the window.</source>
        <translation>Kelisim (келісім): учёт международных соглашений, созданных ими органов и обязательств по ним. Без команды открывает окно.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file or PostgreSQL URL (default: {0})</source>
        <translation>файл базы данных или URL PostgreSQL (по умолчанию: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of messages and reports (default: the system&apos;s; the window keeps its own choice)</source>
        <translation>язык сообщений и отчётов (по умолчанию — язык системы; окно помнит свой выбор)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not load the demo register into an empty database</source>
        <translation>не загружать демонстрационный реестр в пустую базу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page the window opens on (default: the last one used)</source>
        <translation>страница, на которой открывается окно (по умолчанию — последняя открытая)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>execution report</source>
        <translation>отчёт об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim report</source>
        <translation>промежуточный отчёт</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n вложенный файл</numerusform>
            <numerusform>%n вложенных файла</numerusform>
            <numerusform>%n вложенных файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {0}</source>
        <translation>Записан файл {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed {0} (attachment {1})</source>
        <translation>Удалён {0} (вложение {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached {0} to {1} (attachment {2})</source>
        <translation>{0} вложен в {1} (вложение {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attach files (scans, evidence) to a commitment, its newest report, or an agreement</source>
        <translation>вложить файлы (сканы, подтверждения) в обязательство, его последний отчёт или соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference (the agreement&apos;s registration number with --to agreement)</source>
        <translation>номер обязательства (регистрационный номер соглашения при --to agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the files to attach</source>
        <translation>вкладываемые файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what to attach to: the commitment (default), its newest execution report, its newest interim report, or the agreement</source>
        <translation>куда вложить: в обязательство (по умолчанию), его последний отчёт об исполнении, последний промежуточный отчёт или в соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the largest file accepted, in MB (default: {0})</source>
        <translation>наибольший допустимый файл, МБ (по умолчанию: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the files attached to a commitment (and its reports) or an agreement</source>
        <translation>список файлов, вложенных в обязательство (и его отчёты) или в соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference (the agreement&apos;s registration number with --agreement)</source>
        <translation>номер обязательства (регистрационный номер соглашения при --agreement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REF is an agreement&apos;s registration number</source>
        <translation>REF — регистрационный номер соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save out or remove one attached file: {0}</source>
        <translation>сохранить или удалить один вложенный файл: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write an attached file out</source>
        <translation>записать вложенный файл на диск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attachment&apos;s number (see “attachments”)</source>
        <translation>номер вложения (см. «attachments»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file to write (a folder: the file&apos;s own name inside it)</source>
        <translation>файл для записи (папка: файл с его собственным именем в ней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove an attached file</source>
        <translation>удалить вложенный файл</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a document attached as evidence (the option may be repeated)</source>
        <translation>документ, вложенный как подтверждение (параметр можно повторять)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a document attached to the report (the option may be repeated)</source>
        <translation>документ, вложенный в отчёт (параметр можно повторять)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report a commitment executed, with the outgoing letter or an attached document: it waits for acceptance</source>
        <translation>доложить об исполнении обязательства с исходящим письмом или вложенным документом: оно ждёт приёмки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the outgoing letter&apos;s number (required unless a document is attached)</source>
        <translation>номер исходящего письма (обязателен, если не вложен документ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the letter&apos;s date (required with the letter&apos;s number)</source>
        <translation>дата письма (обязательна вместе с номером письма)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day it was executed (default: the letter&apos;s date, or today)</source>
        <translation>день исполнения (по умолчанию: дата письма или сегодня)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Excel workbook: summary with chart, commitments, agreements, bodies and parties</source>
        <translation>книга Excel: сводка с диаграммой, обязательства, соглашения, органы и стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF status report: summary and chart, a section per body, an annex of the agreements</source>
        <translation>отчёт PDF о ходе исполнения: сводка и диаграмма, раздел по каждому органу, приложение со списком соглашений</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a status report (xlsx or pdf) of the commitments that match the filters</source>
        <translation>сформировать отчёт (xlsx или pdf) по обязательствам, отобранным фильтрами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a status report of the commitments that match the filters — the same report File → Export to Excel / PDF report prints in the window.</source>
        <translation>Формирует отчёт по обязательствам, отобранным фильтрами, — тот же, что в окне печатают команды Файл → Экспорт в Excel / Отчёт PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a one-page PDF card of one agreement</source>
        <translation>карточка соглашения на одной странице PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-page PDF card of one agreement: parties, signatories, dates, the bodies it created, its commitments with their status and the history of its own status (File → Print agreement card).</source>
        <translation>Карточка соглашения на одной странице PDF: стороны, подписанты, даты, созданные им органы, его обязательства с их статусами и история статусов самого соглашения (Файл → Печать карточки соглашения).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement&apos;s registration number</source>
        <translation>регистрационный номер соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .pdf file to write</source>
        <translation>создаваемый файл .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card&apos;s language</source>
        <translation>язык карточки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .{0} file to write (replaced if it exists)</source>
        <translation>создаваемый файл .{0} (существующий будет заменён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report title (default: &apos;Status report on commitments&apos;)</source>
        <translation>заголовок отчёта (по умолчанию: «Отчёт об исполнении обязательств»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report as the register stood at the end of that day: statuses rebuilt from the status history, commitments created later left out (default: today, as it is now)</source>
        <translation>отчёт по состоянию реестра на конец этого дня: статусы восстанавливаются по истории, обязательства, созданные позже, не включаются (по умолчанию — сегодня, как есть)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full: every commitment by body (default); briefing: headline figures, the overdue list, changes since a date and roll-ups on 1-3 pages (xlsx: a Briefing sheet is added)</source>
        <translation>full — все обязательства по органам (по умолчанию); briefing — основные показатели, список просроченных, изменения с даты и итоги на 1–3 страницах (в xlsx добавляется лист «Справка»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>briefing: the changes since that day (default: the previous report of the same selection)</source>
        <translation>для справки: изменения с этого дня (по умолчанию — с предыдущего отчёта по той же выборке)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a marking printed on the cover and every page</source>
        <translation>гриф, печатаемый на обложке и на каждой странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (and post) for the &apos;Prepared by&apos; block</source>
        <translation>имя (и должность) для блока «Подготовил»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (and post) for the &apos;Approved by&apos; block</source>
        <translation>имя (и должность) для блока «Утвердил»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xlsx: add the History sheet (every status change of the selection; off by default)</source>
        <translation>xlsx: добавить лист «История» (все изменения статусов выборки; по умолчанию выключено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no progress on stderr</source>
        <translation>не выводить ход работы в stderr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s language (default: --lang before the command, else the system&apos;s)</source>
        <translation>язык отчёта (по умолчанию — --lang перед командой, иначе язык системы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters (combine freely)</source>
        <translation>фильтры (можно сочетать)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only overdue commitments</source>
        <translation>только просроченные обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a body&apos;s name (its sub-bodies are included)</source>
        <translation>наименование органа (включая подчинённые)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the responsible party&apos;s name, short name or ISO code</source>
        <translation>наименование, краткое наименование или код ISO ответственной стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sector, e.g. Agriculture</source>
        <translation>отрасль, например «Сельское хозяйство»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on or after this date</source>
        <translation>срок — в этот день или позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due on or before this date</source>
        <translation>срок — в этот день или раньше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words to find in titles, descriptions, agencies…</source>
        <translation>слова для поиска в наименованиях, описаниях, ведомствах…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fields for --map (a sheet not named Parties/Agreements/Bodies holds commitments):</source>
        <translation>поля для --map (лист с другим названием, чем «Стороны», «Соглашения» или «Органы», содержит обязательства):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import parties, agreements, bodies and commitments from an .xlsx workbook</source>
        <translation>импортировать стороны, соглашения, органы и обязательства из книги .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads a workbook laid out like Kelisim&apos;s own export, or a clerk&apos;s register: every visible sheet that holds rows is read (hidden sheets are skipped and named), headers are matched by meaning in English, Russian or Kazakh. A blank cell never erases what the register holds. Prints what would be added, updated, rejected and what conflicts with newer changes in the register; writes everything in one transaction, or nothing.</source>
        <translation>Читает книгу в формате экспорта Kelisim или реестр исполнителя: читается каждый видимый лист со строками (скрытые пропускаются и называются), заголовки распознаются по смыслу на английском, русском или казахском. Пустая ячейка никогда не стирает данные реестра. Выводит, что будет добавлено, обновлено, отклонено и что противоречит более новым изменениям в реестре; записывает всё одной транзакцией или ничего.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .xlsx workbook</source>
        <translation>книга .xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check and print the summary, write nothing</source>
        <translation>проверить и вывести сводку, ничего не записывая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import the valid rows even when some are rejected, leaving out any sheet that cannot be read (exit code 0)</source>
        <oldsource>import the valid rows even when some are rejected (exit code 0)</oldsource>
        <translation>импортировать корректные строки, даже если часть отклонена, пропуская листы, которые нельзя прочитать (код выхода 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the column headed HEADER as FIELD (repeatable), e.g. --map &quot;Контрольный срок=due_date&quot;; FIELD &apos;ignore&apos; leaves a column out</source>
        <translation>читать столбец с заголовком HEADER как поле FIELD (можно повторять), например --map &quot;Контрольный срок=due_date&quot;; FIELD &apos;ignore&apos; пропускает столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows for records changed in the register since the file was written: fail (default: import nothing, name each record and field), skip (keep the register&apos;s values) or overwrite (take the file&apos;s)</source>
        <translation>строки записей, изменённых в реестре после создания файла: fail (по умолчанию: ничего не импортировать, назвать каждую запись и поле), skip (оставить значения реестра) или overwrite (взять значения из файла)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: set {1}</source>
        <translation>{0}: изменено: {1}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: {1}, progress {2} %</source>
        <translation>{0}: {1}, выполнено {2} %</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load the demo register (Kazakhstan–China protocol of 20 May 2024)</source>
        <translation>загрузить демонстрационный реестр (протокол Казахстан–Китай от 20 мая 2024 г.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list commitments (same filters as the reports)</source>
        <translation>список обязательств (те же фильтры, что в отчётах)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a commitment&apos;s status, with a note (or only its progress: status REF --progress N)</source>
        <translation>изменить статус обязательства с примечанием (или только процент выполнения: status REF --progress N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment&apos;s reference, e.g. KZ-CN-2024/01</source>
        <translation>номер обязательства, например KZ-CN-2024/01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new status (omit to set progress only)</source>
        <translation>новый статус (не указывайте, чтобы изменить только процент выполнения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why (required to cancel or reopen)</source>
        <translation>причина (обязательна для отмены или возобновления)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress in percent (0–99 unless completed)</source>
        <translation>выполнение в процентах (0–99, если не выполнено)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set fields of a commitment, for scripting: set REF field=value…</source>
        <translation>задать поля обязательства (для сценариев): set REF поле=значение…</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>the commitment&apos;s reference</source>
        <translation>номер обязательства</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{0} is already “{1}”: give a new status or {2}</source>
        <translation>{0} уже в статусе «{1}»: укажите новый статус или {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”: write {1}, e.g. {2}</source>
        <translation>«{0}»: пишите {1}, например {2}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: DAMAGED RECORDS — {1} cannot be read as text:</source>
        <translation>{0}: ПОВРЕЖДЁННЫЕ ЗАПИСИ — {1} невозможно прочитать как текст:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: ok (integrity, references and every record&apos;s text checked, schema {1})</source>
        <translation>{0}: в порядке (целостность, ссылки и текст каждой записи проверены, схема {1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>write a consistent copy of the register (a pg_dump archive for a PostgreSQL register)</source>
        <translation>записать согласованную копию реестра (архив pg_dump для реестра на PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup file, yours to keep (never pruned); without it the copy goes to the register&apos;s &apos;manual&apos; pool in its backups folder (the last ten kept)</source>
        <translation>файл резервной копии, остающийся у вас (никогда не удаляется); без него копия попадает в набор «manual» в папке резервных копий реестра (хранятся последние десять)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the register with a backup (the current one is kept as a backup first)</source>
        <translation>заменить реестр резервной копией (текущий сначала сохраняется как резервная копия)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a backup made by Kelisim (.sqlite3, or .dump for PostgreSQL)</source>
        <translation>резервная копия, сделанная Kelisim (.sqlite3 или .dump для PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore a backup of ANOTHER register (or of an unknown one) over this register</source>
        <translation>восстановить поверх этого реестра резервную копию ДРУГОГО (или неизвестного) реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the register&apos;s integrity</source>
        <translation>проверить целостность реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the register&apos;s automatic backups, newest first, by pool</source>
        <translation>список автоматических резервных копий реестра по наборам, новые первыми</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored value(s)</source>
        <translation>
            <numerusform>%n сохранённое значение</numerusform>
            <numerusform>%n сохранённых значения</numerusform>
            <numerusform>%n сохранённых значений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup without this damage is {0}</source>
        <translation>Последняя резервная копия без этого повреждения: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore it with: {0}</source>
        <translation>Восстановите её командой: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup of this register without this damage was found.</source>
        <translation>Резервная копия этого реестра без этого повреждения не найдена.</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue commitments, longest overdue first</source>
        <translation>Просроченные обязательства, сначала самые давние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New commitments</source>
        <translation>Новые обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status moves</source>
        <translation>Изменения статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly overdue</source>
        <translation>Вновь просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since {0}</source>
        <translation>Изменения с {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied — the folder is read-only, or the file is open in another program (close it and try again)</source>
        <translation>доступ запрещён — папка только для чтения или файл открыт в другой программе (закройте его и повторите)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>диск только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is too long</source>
        <translation>имя файла слишком длинное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last note:</source>
        <translation>Последняя запись:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Approved by</source>
        <translation>Утвердил</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>{0} priority</source>
        <translation>Приоритет: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="-434"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n день просрочки</numerusform>
            <numerusform>%n дня просрочки</numerusform>
            <numerusform>%n дней просрочки</numerusform>
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
        <translation>без сравнения</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new commitment(s)</source>
        <translation>
            <numerusform>%n новое обязательство</numerusform>
            <numerusform>%n новых обязательства</numerusform>
            <numerusform>%n новых обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n status move(s)</source>
        <translation>
            <numerusform>%n изменение статуса</numerusform>
            <numerusform>%n изменения статуса</numerusform>
            <numerusform>%n изменений статуса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n newly overdue</source>
        <translation>
            <numerusform>%n вновь просрочено</numerusform>
            <numerusform>%n вновь просрочены</numerusform>
            <numerusform>%n вновь просрочено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KELISIM · BRIEFING</source>
        <translation>KELISIM · СПРАВКА</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitment is overdue.</source>
        <translation>Просроченных обязательств нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status move</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an agreement has at least two parties</source>
        <translation>у соглашения не менее двух сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory {0} has no name</source>
        <translation>у подписанта {0} нет имени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} signs for a party that is not a party to the agreement</source>
        <translation>{0} подписывает за сторону, которая не является стороной соглашения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a subcommittee belongs to a parent committee</source>
        <translation>подкомитет входит в вышестоящий комитет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dissolved body needs its dissolution date</source>
        <translation>для упразднённого органа нужна дата упразднения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an active body has no dissolution date</source>
        <translation>у действующего органа нет даты упразднения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be before the date the body was established</source>
        <translation>не может быть раньше даты создания органа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>co-chair {0} has no name</source>
        <translation>у сопредседателя {0} нет имени</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is {0} characters long; at most {1} are allowed</source>
        <translation>длина {0} символов; допускается не более {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose what to change</source>
        <translation>выберите, что изменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot undo: commitment {0} was changed since by someone else.</source>
        <translation>Отменить нельзя: обязательство {0} с тех пор изменил другой пользователь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be set here; settable fields: {0} (status: use “{1}”)</source>
        <translation>здесь не задаётся; можно задать: {0} (статус — командой «{1}»)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cannot undo: commitment {0} was changed since your edit by someone else.</source>
        <translation>Отменить нельзя: после вашей правки обязательство {0} изменил другой пользователь.</translation>
    </message>
    <message>
        <location line="-509"/>
        <source>“{0}” is not a date; write it as {1}</source>
        <translation>«{0}» — не дата; пишите в виде {1}</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message numerus="yes">
        <location line="-255"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>Показано %n изменение</numerusform>
            <numerusform>Показано %n изменения</numerusform>
            <numerusform>Показано %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the audit trail: every change to the register, newest first</source>
        <translation>вывести журнал аудита: все изменения реестра, новые первыми</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes by this author (part of the name)</source>
        <translation>изменения этого автора (часть имени)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes on or after this day (UTC)</source>
        <translation>изменения в этот день или позже (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes on or before this day (UTC)</source>
        <translation>изменения в этот день или раньше (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one kind of record: agreement, body, commitment, party, status_change, trash, or a table&apos;s name</source>
        <translation>один вид записей: agreement, body, commitment, party, status_change, trash или имя таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>records whose reference or values contain this text</source>
        <translation>записи, номер или значения которых содержат этот текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most this many changes (default 1000)</source>
        <translation>не больше стольких изменений (по умолчанию 1000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date (YYYY-MM-DD): {0}</source>
        <translation>не дата (ГГГГ-ММ-ДД): {0}</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{0}: deadline moved to {1} (originally {2}; moved ×{3})</source>
        <translation>{0}: срок перенесён на {1} (первоначально {2}; перенесён ×{3})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>move a commitment&apos;s deadline, on record: the new date, the reason and who asked</source>
        <translation>перенести срок обязательства с записью: новая дата, причина и кто просил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new deadline</source>
        <translation>новый срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why the deadline moves (required)</source>
        <translation>причина переноса срока (обязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who asked for it (default: you)</source>
        <translation>кто просил (по умолчанию — вы)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(deadline moved ×{0})</source>
        <translation>(срок перенесён ×{0})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail intact: {0}</source>
        <translation>Журнал изменений цел: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}: AUDIT TRAIL NOT INTACT — row {1} does not match its hash chain (altered, removed or inserted out of turn); the rows before it are intact.</source>
        <translation>{0}: ЖУРНАЛ ИЗМЕНЕНИЙ НАРУШЕН — строка {1} не сходится с цепочкой хешей (изменена, удалена или вставлена не по порядку); строки до неё целы.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>PostgreSQL: ask for the server, database, user and password in a dialog (all but the password are remembered)</source>
        <translation>PostgreSQL: спросить сервер, базу данных, пользователя и пароль в окне (запоминается всё, кроме пароля)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Roles and grants are set up. Signed in as {0} ({1}).</source>
        <translation>Роли и права настроены. Вы вошли как {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {0} added as {1}.</source>
        <translation>Пользователь {0} добавлен: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n пользователь</numerusform>
            <numerusform>%n пользователя</numerusform>
            <numerusform>%n пользователей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is now {1}.</source>
        <translation>Теперь роль {0}: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} can no longer sign in.</source>
        <translation>{0} больше не может войти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again: </source>
        <translation>Пароль ещё раз: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password has at least 8 characters</source>
        <translation>пароль должен содержать не менее 8 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts and roles: set up the register, add and manage users</source>
        <translation>учётные записи и роли: настройка реестра, добавление пользователей и управление ими</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL: create the roles kelisim_clerk, kelisim_manager, kelisim_admin and grant them this register; SQLite: record you as the file&apos;s admin</source>
        <translation>PostgreSQL: создать роли kelisim_clerk, kelisim_manager, kelisim_admin и дать им права на этот реестр; SQLite: записать вас администратором файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, list, change or disable users</source>
        <translation>добавить, показать, изменить или отключить пользователей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a user (on PostgreSQL the password is asked twice, never shown)</source>
        <translation>добавить пользователя (в PostgreSQL пароль спрашивается дважды и не отображается)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s login name</source>
        <translation>имя пользователя для входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clerk, manager or admin</source>
        <translation>делопроизводитель, менеджер или администратор (clerk, manager, admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the users and their roles</source>
        <translation>показать пользователей и их роли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a user another role</source>
        <translation>дать пользователю другую роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop a user from signing in</source>
        <translation>запретить пользователю вход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Прежнее значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Новое значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {0}.</source>
        <translation>Записано: {0}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also write the changes shown to this Excel workbook</source>
        <translation>также записать показанные изменения в эту книгу Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TO ACCEPT</source>
        <translation>ПРИНЯТЬ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RETURNED</source>
        <translation>ВОЗВРАЩЕНО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>СКОРО СРОК</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: execution report submitted; it waits for acceptance</source>
        <translation>{0}: отчёт об исполнении представлен и ожидает приёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: accepted; completed on {1}</source>
        <translation>{0}: принято; выполнено {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: returned to the executor</source>
        <translation>{0}: возвращено исполнителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: interim report of {1} added</source>
        <translation>{0}: добавлен промежуточный отчёт от {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n напоминание</numerusform>
            <numerusform>%n напоминания</numerusform>
            <numerusform>%n напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n срок</numerusform>
            <numerusform>%n срока</numerusform>
            <numerusform>%n сроков</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what was done (required)</source>
        <translation>что сделано (обязательно)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accept the waiting execution report: the commitment is completed</source>
        <translation>принять ожидающий отчёт об исполнении: обязательство выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return the waiting execution report to the executor, with a reason</source>
        <translation>вернуть ожидающий отчёт об исполнении исполнителю с указанием причины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>why it is returned (required)</source>
        <translation>причина возврата (обязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an interim report (a dated progress note) to a commitment</source>
        <translation>добавить к обязательству промежуточный отчёт (датированную запись о ходе выполнения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what was done so far (required)</source>
        <translation>что сделано на данный момент (обязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s date (default: today)</source>
        <translation>дата отчёта (по умолчанию — сегодня)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progress in percent (0–99)</source>
        <translation>ход выполнения в процентах (0–99)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what you execute or control that is overdue, due soon, waiting for your acceptance or returned</source>
        <translation>что вы исполняете или контролируете и что просрочено, скоро истекает, ожидает вашей приёмки или возвращено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>how far ahead to look (default: 30)</source>
        <translation>на сколько дней вперёд смотреть (по умолчанию 30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone else&apos;s work (default: yours)</source>
        <translation>работа другого лица (по умолчанию — ваша)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no person in the register has your login “{0}”; add yourself: {1}</source>
        <translation>ни у одного лица в реестре нет логина «{0}»; добавьте себя: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the open commitments&apos; deadlines as an iCalendar file, with reminders 30, 7 and 1 day before</source>
        <translation>сроки открытых обязательств в файле iCalendar с напоминаниями за 30, 7 и 1 день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .ics file to write</source>
        <translation>файл .ics для записи</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>срок через %n день</numerusform>
            <numerusform>срок через %n дня</numerusform>
            <numerusform>срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>give one of {0}, not several</source>
        <translation>укажите только один из параметров {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>commitments this person executes (lead or co-executor)</source>
        <translation>обязательства, которые исполняет это лицо (ответственный исполнитель или соисполнитель)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments this person controls</source>
        <translation>обязательства, которые контролирует это лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments you execute or control (the person whose login is yours)</source>
        <translation>обязательства, которые вы исполняете или контролируете (лицо с вашим логином)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Added {0}</source>
        <translation>Добавлено: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n лицо</numerusform>
            <numerusform>%n лица</numerusform>
            <numerusform>%n лиц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ministry or office they work in</source>
        <translation>министерство или ведомство, в котором работает лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephone or e-mail</source>
        <translation>телефон или электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user name they sign in with (for “My commitments” and --mine)</source>
        <translation>имя пользователя, под которым лицо входит в систему (для «Мои обязательства» и --mine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the people who execute and control commitments: {0}</source>
        <translation>лица, исполняющие и контролирующие обязательства: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a person to the register</source>
        <translation>добавить лицо в реестр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the person&apos;s name</source>
        <translation>Ф. И. О. лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change a person&apos;s agency, position, contact or login</source>
        <translation>изменить ведомство, должность, контакты или логин лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the people in the register</source>
        <translation>список лиц в реестре</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: now {1}, superseded by {2}</source>
        <translation>{0}: теперь {1}, заменено {2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>completing: the evidence, an outgoing letter&apos;s or the session protocol&apos;s number (required)</source>
        <translation>при исполнении: основание — номер исходящего письма или протокола заседания (обязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completing: the letter&apos;s date</source>
        <translation>при исполнении: дата письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelling: the commitment that replaces this one (superseded)</source>
        <translation>при отмене: обязательство, которое заменяет это (заменено)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fields: {0} (empty clears a date, body, party or agreement); people: {1} — a person&apos;s name, co-executors separated by “;”, empty clears; a name not yet in the register is added</source>
        <translation>поля: {0} (пустое значение убирает дату, орган, сторону или соглашение); лица: {1} — Ф. И. О. лица, соисполнители через «;», пустое значение убирает; лицо, которого ещё нет в реестре, добавляется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (give {1} and {2})</source>
        <translation>{0} (укажите {1} и {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(superseded by {0})</source>
        <translation>(заменено {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(executor: {0})</source>
        <translation>(исполнитель: {0})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Agreement&apos;s party</source>
        <translation>Сторона соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body&apos;s party</source>
        <translation>Сторона органа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Сопредседатель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline move</source>
        <translation>Перенос срока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached file</source>
        <translation>Вложенный файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status changes</source>
        <translation>Смены статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline moves</source>
        <translation>Переносы сроков</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Superseded by</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of record</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From status</source>
        <translation>Из статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To status</source>
        <translation>В статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at</source>
        <translation>Время изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported by</source>
        <translation>Кем импортировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Время импорта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous date</source>
        <translation>Прежняя дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>По просьбе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved at</source>
        <translation>Время переноса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted at</source>
        <translation>Время удаления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted by</source>
        <translation>Кем удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of file</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Добавил</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added on</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution report</source>
        <translation>Отчёт об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interim report</source>
        <translation>Промежуточный отчёт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lead executor</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person&apos;s name</source>
        <translation>Ф. И. О. лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing letter number</source>
        <translation>Номер исходящего письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>Дата письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached document</source>
        <translation>Вложенный документ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>clerk</source>
        <translation>делопроизводитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create and edit records</source>
        <translation>создавать и изменять записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import workbooks</source>
        <translation>импортировать книги Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete records</source>
        <translation>удалять записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel commitments</source>
        <translation>отменять обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore or purge the Trash</source>
        <translation>восстанавливать из корзины и очищать её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the whole audit trail</source>
        <translation>читать весь журнал изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the parties&apos; master data</source>
        <translation>изменять справочник сторон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore backups</source>
        <translation>восстанавливать резервные копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin may {0} (you are a {1}).</source>
        <translation>Только администратор может {0} (ваша роль: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have no role on this register: ask an admin to give you one ({0}).</source>
        <translation>У вас нет роли в этом реестре: попросите администратора назначить её ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager or an admin may {0} (you are a {1}).</source>
        <translation>Только менеджер или администратор может {0} (ваша роль: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report needs its evidence: an outgoing letter or an attached document</source>
        <translation>отчёту об исполнении нужно подтверждение: исходящее письмо или вложенный документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is {1} MB: larger than the limit of {2} MB for an attached document</source>
        <translation>«{0}» занимает {1} МБ: больше предела в {2} МБ для вложенного документа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the commitment is closed ({0}): there is nothing to report</source>
        <translation>обязательство закрыто ({0}): докладывать не о чем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report already waits for acceptance</source>
        <translation>отчёт об исполнении уже ожидает приёмки</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>no execution report waits for acceptance</source>
        <translation>нет отчёта об исполнении, ожидающего приёмки</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>the lead executor cannot accept or return their own report: the controller decides</source>
        <translation>ответственный исполнитель не может принять или вернуть свой отчёт: решает контролёр</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>several separated by commas or the option repeated: {0}; {1} and {2} stand for their statuses, {3} keeps the overdue ones (as {4})</source>
        <translation>несколько через запятую или повтором параметра: {0}; {1} и {2} означают соответствующие статусы, {3} оставляет просроченные (как {4})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status needs a status; valid statuses: {0}</source>
        <translation>для --status нужен статус; допустимые статусы: {0}</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>only the commitment&apos;s controller or a manager may accept or return its execution</source>
        <translation>принять или вернуть исполнение может только контролёр обязательства или менеджер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new deadline is required</source>
        <translation>укажите новый срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the deadline was moved on record (×{0}): change it with “Move deadline…”, giving the reason</source>
        <translation>срок уже переносился (×{0}): изменяйте его через «Перенести срок…», указав причину</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name the lead executor: co-executors report to them</source>
        <translation>укажите ответственного исполнителя: соисполнители отчитываются перед ним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lead executor is not also a co-executor</source>
        <translation>ответственный исполнитель не может быть одновременно соисполнителем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the controller accepts the lead executor&apos;s report, so is someone else</source>
        <translation>контролёр принимает отчёт ответственного исполнителя, поэтому это должно быть другое лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the future</source>
        <translation>{0} — дата в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a cancelled commitment is superseded by another</source>
        <translation>заменённым другим может быть только отменённое обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an execution report waits for acceptance: accept or return it instead</source>
        <translation>отчёт об исполнении ждёт приёмки: примите или верните его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an interim report gives 0–99 %; completion comes with the execution report</source>
        <translation>промежуточный отчёт указывает 0–99 %; выполнение подтверждается отчётом об исполнении</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the deadline is already {0}</source>
        <translation>срок уже {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completing needs evidence: give the {0} and the {1} (e.g. the session&apos;s protocol), or accept an execution report</source>
        <translation>для исполнения нужно основание: укажите {0} и {1} (например, протокол заседания) или примите отчёт об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a commitment cannot supersede itself</source>
        <translation>обязательство не может заменять само себя</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>commitment {0} has the same reference written differently</source>
        <translation>у обязательства {0} тот же номер, записанный иначе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before its agreement was signed ({0})</source>
        <translation>раньше подписания соглашения ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the commitment was entered ({0})</source>
        <translation>раньше внесения обязательства ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitment {0} under the same agreement has this title</source>
        <translation>обязательство {0} по тому же соглашению имеет такое же название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {0} has the same registration number written differently</source>
        <translation>у соглашения {0} тот же регистрационный номер, записанный иначе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another body has this name: {0}</source>
        <translation>такое же название у другого органа: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before its parent body {0} was established ({1})</source>
        <translation>раньше создания вышестоящего органа «{0}» ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is dissolved</source>
        <translation>орган «{0}» упразднён</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its commitments are still open</source>
        <translation>
            <numerusform>%n его обязательство ещё не закрыто</numerusform>
            <numerusform>%n его обязательства ещё не закрыты</numerusform>
            <numerusform>%n его обязательств ещё не закрыты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its sub-bodies are still active: {0}</source>
        <translation>
            <numerusform>%n его подчинённый орган ещё действует: {0}</numerusform>
            <numerusform>%n его подчинённых органа ещё действуют: {0}</numerusform>
            <numerusform>%n его подчинённых органов ещё действуют: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is required, or attach a document as the evidence</source>
        <translation>{0}: обязательное поле — или вложите документ как подтверждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replacement is itself cancelled</source>
        <translation>заменяющее обязательство само отменено</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of its commitments fall due before this date: {0}</source>
        <translation>
            <numerusform>срок %n его обязательства наступает раньше этой даты: {0}</numerusform>
            <numerusform>срок %n его обязательств наступает раньше этой даты: {0}</numerusform>
            <numerusform>срок %n его обязательств наступает раньше этой даты: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established were established before this date: {0}</source>
        <translation>
            <numerusform>%n учреждённый им орган создан раньше этой даты: {0}</numerusform>
            <numerusform>%n учреждённых им органа созданы раньше этой даты: {0}</numerusform>
            <numerusform>%n учреждённых им органов созданы раньше этой даты: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of its open commitments fall due after this date: {0}</source>
        <translation>
            <numerusform>срок %n его открытого обязательства наступает после этой даты: {0}</numerusform>
            <numerusform>срок %n его открытых обязательств наступает после этой даты: {0}</numerusform>
            <numerusform>срок %n его открытых обязательств наступает после этой даты: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline moved</source>
        <translation>Срок перенесён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last interim report</source>
        <translation>Последняя промежуточная информация</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported by / on</source>
        <translation>Кем и когда импортировано</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} (imported by {1} on {2})</source>
        <translation>{0} (импортировано: {1}, {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from {0}</source>
        <translation>импортировано из {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported from {0}: {1}</source>
        <translation>импортировано из {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment deadlines</source>
        <translation>Сроки обязательств</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executor: {0}</source>
        <translation>Исполнитель: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Controller: {0}</source>
        <translation>Контролёр: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved ×{0}</source>
        <translation>перенесён ×{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{0} is due in %n day(s)</source>
        <translation>
            <numerusform>{0}: срок через %n день</numerusform>
            <numerusform>{0}: срок через %n дня</numerusform>
            <numerusform>{0}: срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Reading the register: {0} commitments</source>
        <translation>Чтение реестра: {0} обязательств</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Executed on time</source>
        <translation>Исполнено в срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed late</source>
        <translation>Исполнено с опозданием</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines moved</source>
        <translation>Сроки перенесены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for acceptance</source>
        <translation>Ожидает приёмки</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Interim report:</source>
        <translation>Промежуточная информация:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>superseded by {0}</source>
        <translation>заменено {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no user named {0}</source>
        <translation>нет пользователя с именем {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot disable your own account</source>
        <translation>нельзя отключить собственную учётную запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a role: {0} (clerk, manager or admin)</source>
        <translation>нет такой роли: {0} (clerk, manager или admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password is required</source>
        <translation>нужен пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user named {0} already exists</source>
        <translation>пользователь с именем {0} уже есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run “admin setup” on this register first</source>
        <translation>сначала выполните «admin setup» для этого реестра</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the execution report was returned: its evidence can no longer change; submit a new report</source>
        <translation>отчёт об исполнении возвращён: его подтверждения больше не меняются; подайте новый отчёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the execution report was accepted: its evidence can no longer change</source>
        <translation>отчёт об исполнении принят: его подтверждения больше не меняются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interim report #{0} no longer exists</source>
        <translation>промежуточного отчёта №{0} больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment #{0} no longer exists (removed by someone else?)</source>
        <translation>вложения №{0} больше нет (удалено кем-то другим?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stored file “{0}” is damaged: its content does not match its SHA-256</source>
        <translation>хранимый файл «{0}» повреждён: его содержимое не совпадает с его SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is not a file name Kelisim can write</source>
        <translation>«{0}» — не имя файла, которое Kelisim может записать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be attached: it is not a file</source>
        <translation>«{0}» нельзя вложить: это не файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be read: {1}</source>
        <translation>«{0}» не читается: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>execution report #{0} no longer exists</source>
        <translation>отчёта об исполнении №{0} больше нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not save “{0}” to {1}: {2}</source>
        <translation>не удалось сохранить «{0}» в {1}: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no agreement has the registration number “{0}”</source>
        <translation>нет соглашения с регистрационным номером «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no execution report</source>
        <translation>у {0} нет отчёта об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no interim report</source>
        <translation>у {0} нет промежуточного отчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be removed: {1}</source>
        <translation>«{0}» нельзя удалить: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(created)</source>
        <translation>(создано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (imported history, stated author: {1})</source>
        <translation>{0} (импортированная история, указанный автор: {1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“{0}” is not a whole number of percent</source>
        <translation>«{0}» — не целое число процентов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot undo: {0} {1} was changed since your edit by someone else.</source>
        <translation>Нельзя отменить: {0} {1} после вашей правки изменил другой пользователь.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving the imported records…</source>
        <translation>Сохранение импортированных записей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing {0}</source>
        <translation>Запись: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet problem(s)</source>
        <translation>
            <numerusform>%n ошибка листа</numerusform>
            <numerusform>%n ошибки листа</numerusform>
            <numerusform>%n ошибок листа</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bodies in the file form a cycle of parents</source>
        <translation>органы в файле подчинены друг другу по кругу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record #{0} was changed by someone else during the import; nothing was imported — preview the file again</source>
        <translation>запись №{0} изменил другой пользователь во время импорта; ничего не импортировано — проверьте файл заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a date (write it as 20.05.2024 or 2024-05-20, or as an Excel date)</source>
        <translation>— не дата (укажите 20.05.2024 или 2024-05-20 либо дату Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not one of: {0}</source>
        <translation>— недопустимое значение; допустимые: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not yes or no</source>
        <translation>— не «да» и не «нет»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a percentage</source>
        <translation>— не процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a whole percentage (write a whole number from 0 to 100)</source>
        <translation>— не целый процент (укажите целое число от 0 до 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a percentage (write a whole number from 0 to 100)</source>
        <translation>— не процент (укажите целое число от 0 до 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (ru)</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (kk)</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (zh)</source>
        <translation>Название на китайском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (ru)</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (kk)</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (zh)</source>
        <translation>Наименование на китайском</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (kk / ru / zh)</source>
        <translation>Наименование (каз. / рус. / кит.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names (kk / ru / zh)</source>
        <translation>Названия (каз. / рус. / кит.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ref</source>
        <translation>Шифр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos;: columns {1} both look like &apos;{2}&apos;: choose one (--map &quot;Header=field&quot;)</source>
        <translation>лист «{0}»: столбцы {1} оба похожи на «{2}»: выберите один (--map &quot;Заголовок=поле&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status history</source>
        <translation>история статусов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} ({2}, row {3}): {4}</source>
        <translation>{0} {1} ({2}, строка {3}): {4}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: register &apos;{1}&apos; ↔ file &apos;{2}&apos;</source>
        <translation>{0}: в реестре «{1}» ↔ в файле «{2}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as {0}</source>
        <translation>прочитан как {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}: register &apos;{1}&apos;, file &apos;{2}&apos;</source>
        <translation>{0}: в реестре «{1}», в файле «{2}»</translation>
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
            <numerusform>%n объединена со строками других листов</numerusform>
            <numerusform>%n объединены со строками других листов</numerusform>
            <numerusform>%n объединено со строками других листов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;{0}&apos;: &apos;{1}&apos; {2}</source>
        <translation>столбец «{0}»: «{1}» {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column &apos;{0}&apos;: {1}</source>
        <translation>столбец «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: a required column is missing</source>
        <translation>не прочитан: нет обязательного столбца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read: columns to choose</source>
        <translation>не прочитан: нужно выбрать столбцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remembered mapping</source>
        <translation>запомненное сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheets:</source>
        <translation>листы:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file&apos;s values taken</source>
        <translation>взяты значения файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register kept</source>
        <translation>оставлены значения реестра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos;</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has no {1} column: map one (--map &quot;Header={2}&quot;), or add it to the file</source>
        <translation>на листе «{0}» нет столбца {1}: сопоставьте его (--map &quot;Header={2}&quot;) или добавьте в файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapped by the clerk</source>
        <translation>сопоставлено пользователем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to update (what changes; a blank cell keeps the register&apos;s value):</source>
        <translation>к обновлению (что меняется; пустая ячейка сохраняет значение реестра):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} row {1}: {2}: {3}</source>
        <translation>{0}, строка {1}: {2}: {3}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) for records changed in the register since the file was written (register value, file value):</source>
        <translation>
            <numerusform>%n строка для записей, изменённых в реестре после создания файла (значение реестра, значение файла):</numerusform>
            <numerusform>%n строки для записей, изменённых в реестре после создания файла (значение реестра, значение файла):</numerusform>
            <numerusform>%n строк для записей, изменённых в реестре после создания файла (значение реестра, значение файла):</numerusform>
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
        <translation>— не номер версии (оставьте столбец таким, каким его выгрузил Kelisim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{0}&apos; row {1}</source>
        <translation>«{0}», строка {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; kept (blank in the file): {1}</source>
        <translation>{0}; сохранено (пусто в файле): {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a known party (known: {0})</source>
        <translation>— неизвестная сторона (известны: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (one record with {1})</source>
        <translation>{0} (одна запись с {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — completed, date unknown</source>
        <translation>{0} — выполнено, дата неизвестна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — under the new agreement {1}</source>
        <translation>{0} — в новом соглашении {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new ref)</source>
        <translation>(новый шифр)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking commitments: {0} of {1}</source>
        <translation>Проверка обязательств: {0} из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again (first in row {0}): refs are unique</source>
        <translation>повторяется (впервые в строке {0}): шифры не повторяются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again for the same agreement (first in row {0})</source>
        <translation>повторяется в том же соглашении (впервые в строке {0})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>appears again (first in row {0})</source>
        <translation>повторяется (впервые в строке {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new protocol named by the commitments (draft: no date, no parties)</source>
        <translation>новый протокол, указанный в обязательствах (проект: без даты и сторон)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new agreement named by the commitments (draft: no date, no parties)</source>
        <translation>новое соглашение, указанное в обязательствах (проект: без даты и сторон)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parties/signatories</source>
        <translation>стороны/подписанты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parties/co-chairs</source>
        <translation>стороны/сопредседатели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names an unknown party &apos;{0}&apos; (known: {1})</source>
        <translation>называет неизвестную сторону «{0}» (известны: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appears again (first in row {0}): registration numbers are unique</source>
        <translation>повторяется (впервые в строке {0}): регистрационные номера не повторяются</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a body of the register or of this file</source>
        <translation>— не орган реестра или этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an agreement of the register or of this file</source>
        <translation>— не соглашение реестра или этого файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would place the body under itself or one of its own sub-bodies</source>
        <translation>поместило бы орган под него самого или под один из его подчинённых органов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is before the establishing agreement was signed</source>
        <translation>— раньше подписания учреждающего соглашения</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} has no data: every visible sheet is empty{1}</source>
        <translation>в {0} нет данных: все видимые листы пусты{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading &apos;{0}&apos;: {1} rows</source>
        <translation>Чтение «{0}»: {1} строк</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Executed or controlled by: {0}</source>
        <translation>Исполняет или контролирует: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use the two- or three-letter ISO code, for example {0} or {1}</source>
        <translation>укажите двух- или трёхбуквенный код ISO, например {0} или {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a state needs its ISO country code</source>
        <translation>для государства нужен код страны ISO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person #{0} no longer exists (deleted by someone else?)</source>
        <translation>лица №{0} больше нет (удалено кем-то другим?)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies</source>
        <translation>
            <numerusform>%n орган</numerusform>
            <numerusform>%n органа</numerusform>
            <numerusform>%n органов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n commitments</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatories</source>
        <translation>
            <numerusform>%n подписант</numerusform>
            <numerusform>%n подписанта</numerusform>
            <numerusform>%n подписантов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chairs</source>
        <translation>
            <numerusform>%n сопредседатель</numerusform>
            <numerusform>%n сопредседателя</numerusform>
            <numerusform>%n сопредседателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bodies it established refer to it</source>
        <translation>
            <numerusform>на него ссылается %n учреждённый им орган</numerusform>
            <numerusform>на него ссылаются %n учреждённых им органа</numerusform>
            <numerusform>на него ссылаются %n учреждённых им органов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>it has %n sub-bodies</source>
        <translation>
            <numerusform>у него %n подчинённый орган</numerusform>
            <numerusform>у него %n подчинённых органа</numerusform>
            <numerusform>у него %n подчинённых органов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is used by {0}</source>
        <translation>на неё ссылаются {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash entry #{0} no longer exists (restored or purged already?)</source>
        <translation>записи корзины №{0} больше нет (уже восстановлена или удалена?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: {1}.</source>
        <translation>«{0}» нельзя удалить: {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“{0}” cannot be deleted: %n commitments refer to it.</source>
        <translation>
            <numerusform>«{0}» нельзя удалить: на него ссылается %n обязательство.</numerusform>
            <numerusform>«{0}» нельзя удалить: на него ссылаются %n обязательства.</numerusform>
            <numerusform>«{0}» нельзя удалить: на него ссылаются %n обязательств.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be restored: a record it needs is gone, or another record now has its reference or name ({1}).</source>
        <translation>«{0}» нельзя восстановить: нужной ей записи больше нет или её номер или название уже занят другой записью ({1}).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it has %n commitments.</source>
        <translation>
            <numerusform>«{0}» нельзя удалить: у него %n обязательство.</numerusform>
            <numerusform>«{0}» нельзя удалить: у него %n обязательства.</numerusform>
            <numerusform>«{0}» нельзя удалить: у него %n обязательств.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown kind of record: {0}</source>
        <translation>неизвестный вид записи: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} from {2}</source>
        <translation>{0} ({1}, с адреса {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of {1} on the server&apos;s own computer</source>
        <translation>{0} ({1}, на компьютере самого сервера)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the register has no identity yet; open it once with this Kelisim first</source>
        <translation>у реестра ещё нет идентификатора; сначала откройте его один раз этой версией Kelisim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is a folder: give the backup a file name</source>
        <translation>{0} — папка: укажите имя файла для резервной копии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is a {1} backup; this register is {2}. Restore it into a register of its kind</source>
        <translation>{0} — резервная копия {1}; этот реестр — {2}. Восстанавливайте её в реестр того же вида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore</source>
        <translation>восстановить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot restore while a task of this window is still reading the register (waited {0} seconds); try again when it has finished; nothing was changed</source>
        <translation>нельзя восстанавливать, пока задача этого окна ещё читает реестр (ожидание {0} с); повторите, когда она завершится; ничего не изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot restore while others are connected to the register: {0}. Ask them to close Kelisim first; nothing was changed</source>
        <translation>нельзя восстанавливать, пока к реестру подключены другие: {0}. Попросите их сначала закрыть Kelisim; ничего не изменено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on a PostgreSQL server</source>
        <translation>на сервере PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SQLite file</source>
        <translation>файл SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; nothing was changed (the register is also kept in {1})</source>
        <translation>{0}; ничего не изменено (реестр также сохранён в {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged records: {0}. They are shown with replacement characters (�); run {1} to find the newest backup without this damage.</source>
        <translation>Повреждённые записи: {0}. Они показаны с символами замены (�); выполните {1}, чтобы найти последнюю резервную копию без этого повреждения.</translation>
    </message>
    <message numerus="yes">
        <location line="-426"/>
        <source>{0} and %n more</source>
        <translation>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
            <numerusform>{0} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+439"/>
        <source>The PostgreSQL server has no such database ({0}): ask its administrator to create it (README: the office register).</source>
        <translation>На сервере PostgreSQL нет такой базы данных ({0}): попросите его администратора создать её (руководство: общий реестр отдела).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server cannot be reached ({0}): check the address in --db and that the server is running.</source>
        <translation>Сервер PostgreSQL недоступен ({0}): проверьте адрес в --db и что сервер запущен.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL server refused the login: check the user name and password in --db.</source>
        <translation>Сервер PostgreSQL отказал во входе: проверьте имя пользователя и пароль в --db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed by someone else while you were saving it. Your changes were not saved; reopen it to see the other change.</source>
        <translation>Эту запись изменил другой пользователь, пока вы её сохраняли. Ваши изменения не сохранены; откройте запись заново, чтобы увидеть чужое изменение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused this to your login: {0}</source>
        <translation>Сервер отказал вашей учётной записи: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a SQLite database without Kelisim&apos;s mark: it belongs to another program, not Kelisim. It was left unchanged; give --db a new file name to start a register.</source>
        <translation>{0} — база SQLite без метки Kelisim: она принадлежит другой программе. Файл не изменён; чтобы начать реестр, укажите в --db новое имя файла.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database {0} is not a Kelisim register: it holds {1} tables of another program ({2}) and no Kelisim mark. Nothing was changed; give --db an empty database.</source>
        <translation>база данных {0} — не реестр Kelisim: в ней {1} таблиц другой программы ({2}) и нет метки Kelisim. Ничего не изменено; укажите в --db пустую базу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not a Kelisim database (not a SQLite file); it was left unchanged</source>
        <translation>{0} — не база данных Kelisim (не файл SQLite); файл не изменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database {0} is damaged (its SQLite header is broken); restore it from a backup</source>
        <translation>база данных {0} повреждена (испорчен заголовок SQLite); восстановите её из резервной копии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} belongs to another program, not Kelisim (its SQLite application id is {1}); it was left unchanged</source>
        <translation>{0} принадлежит другой программе, а не Kelisim (идентификатор приложения SQLite {1}); файл не изменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create {0}: {1}</source>
        <translation>не удаётся создать {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is missing but its -wal file is not: another program&apos;s database; left alone</source>
        <translation>{0} отсутствует, но его файл -wal есть: это база другой программы; не тронута</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: a register needs a file, not an in-memory database</source>
        <translation>{0}: реестру нужен файл, а не база в памяти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock {0}: the lock file keeps changing</source>
        <translation>не удаётся заблокировать {0}: файл блокировки постоянно меняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot {0}: the register {1} is open in {2}; close that window first</source>
        <translation>невозможно ({0}): реестр {1} открыт в {2}; сначала закройте то окно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock {0}: {1}</source>
        <translation>не удаётся заблокировать {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL&apos;s {0} was not found: install the PostgreSQL client tools of the server&apos;s version or newer (Debian/Ubuntu package {1}; on Windows, the PostgreSQL installer&apos;s command line tools, with their bin folder on PATH)</source>
        <translation>Программа PostgreSQL {0} не найдена: установите клиентские средства PostgreSQL версии сервера или новее (пакет Debian/Ubuntu {1}; в Windows — средства командной строки из установщика PostgreSQL, с папкой bin в PATH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} failed: {1}</source>
        <translation>{0} завершился с ошибкой: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be started: {1}</source>
        <translation>не удалось запустить {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} did not finish within {1} hours</source>
        <translation>{0} не завершился за {1} ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not a PostgreSQL backup (pg_dump custom format)</source>
        <translation>{0} — не резервная копия PostgreSQL (формат pg_dump custom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a user name starts with a letter and has only letters, digits and _ . @ - (at most 63)</source>
        <translation>имя пользователя начинается с буквы и состоит только из букв, цифр и _ . @ - (не более 63)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this name is reserved: {0}</source>
        <translation>это имя зарезервировано: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report of {0} ({1}) was saved as
{2}</source>
        <translation>Отчёт по обязательствам ({0}; {1}) сохранён в файле
{2}</translation>
    </message>
    <message>
        <location line="-590"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+402"/>
        <source>{0}: row {1}, column &apos;{2}&apos;: {3}</source>
        <translation>{0}: строка {1}, столбец «{2}»: {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}: row {1}, column &apos;{2}&apos;: &apos;{3}&apos; {4}</source>
        <translation>{0}: строка {1}, столбец «{2}»: «{3}» {4}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreements</source>
        <translation>соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bodies</source>
        <translation>органы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitments</source>
        <translation>обязательства</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import of {0}:</source>
        <translation>Импорт файла {0}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a formula with no saved value: open the file in Excel, let it calculate and save it, or type the value</source>
        <translation>— формула без сохранённого значения: откройте файл в Excel, дайте ему пересчитать и сохраните либо введите значение</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{0} to add, {1} to update, {2} unchanged, {3} in conflict, {4} rejected</source>
        <translation>добавить: {0}, обновить: {1}, без изменений: {2}, в конфликте: {3}, отклонено: {4}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ignored columns: {0}</source>
        <translation>пропущенные столбцы: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n history row(s) not read:</source>
        <translation>
            <numerusform>не прочитана %n строка истории:</numerusform>
            <numerusform>не прочитаны %n строки истории:</numerusform>
            <numerusform>не прочитано %n строк истории:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} in {1}:</source>
        <translation>{0} в {1}:</translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <source>%n rejected row(s)</source>
        <translation>
            <numerusform>%n отклонённой строке</numerusform>
            <numerusform>%n отклонённых строках</numerusform>
            <numerusform>%n отклонённых строках</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>is not a date and time</source>
        <translation>— не дата и время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not Commitment or Agreement</source>
        <translation>— не «Commitment» и не «Agreement»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}: the file does not exist</source>
        <translation>{0}: файл не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a folder, not a workbook</source>
        <translation>{0} — папка, а не книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is empty (0 bytes): it is not a workbook</source>
        <translation>{0} пуст (0 байт): это не книга Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is {1} MB; at most {2} MB can be imported</source>
        <translation>{0} занимает {1} МБ; импортировать можно не более {2} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is password-protected (encrypted) or an old Excel 97–2003 .xls file. Open it in Excel, remove the password and save it as .xlsx, then import again.</source>
        <translation>{0} защищён паролем (зашифрован) или является старым файлом Excel 97–2003 (.xls). Откройте его в Excel, снимите пароль, сохраните как .xlsx и импортируйте снова.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is not an Excel workbook (.xlsx); save it from Excel as .xlsx and try again</source>
        <translation>{0} — не книга Excel (.xlsx); сохраните его в Excel как .xlsx и попробуйте снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is a zip archive but not an Excel workbook (no xl/workbook.xml)</source>
        <translation>{0} — zip-архив, но не книга Excel (нет xl/workbook.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} unpacks to {1} MB, more than the {2} MB a register can need: it is refused as unsafe (a zip bomb or far too large)</source>
        <translation>{0} распаковывается в {1} МБ — больше {2} МБ, которые может занимать реестр: файл отклонён как небезопасный (zip-бомба или слишком большой файл)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is damaged (not a readable zip archive: {1})</source>
        <translation>{0} повреждён (нечитаемый zip-архив: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has more than {1} rows; split the file and import it in parts</source>
        <translation>на листе «{0}» больше {1} строк; разделите файл и импортируйте его по частям</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is damaged and cannot be read ({1}: {2})</source>
        <translation>{0} повреждён и не читается ({1}: {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is damaged: {1}</source>
        <translation>{0} повреждён: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sheet &apos;{0}&apos; has {1} rows; at most {2} can be imported at once</source>
        <translation>на листе «{0}» {1} строк; за один раз можно импортировать не более {2}</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Reading the register…</source>
        <translation>Чтение реестра…</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown {0} “{1}”; valid: {2}</source>
        <translation>неизвестное значение ({0}) «{1}»; допустимые: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All commitments</source>
        <translation>Все обязательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or after {0}</source>
        <translation>Срок не ранее {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on or before {0}</source>
        <translation>Срок не позднее {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text: “{0}”</source>
        <translation>Текст: «{0}»</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body: {0} (with sub-bodies)</source>
        <translation>Орган: {0} (с подчинёнными органами)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible party: {0}</source>
        <translation>Ответственная сторона: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector: {0}</source>
        <translation>Отрасль: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement: {0}</source>
        <translation>Соглашение: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n body(-ies)</source>
        <translation>
            <numerusform>%n орган</numerusform>
            <numerusform>%n органа</numerusform>
            <numerusform>%n органов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signatory(-ies)</source>
        <translation>
            <numerusform>%n подписавшее лицо</numerusform>
            <numerusform>%n подписавших лица</numerusform>
            <numerusform>%n подписавших лиц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n co-chair(s)</source>
        <translation>
            <numerusform>%n сопредседатель</numerusform>
            <numerusform>%n сопредседателя</numerusform>
            <numerusform>%n сопредседателей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” cannot be deleted: it is used by {1}.</source>
        <translation>«{0}» нельзя удалить: используется в записях — {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another party already has this name</source>
        <translation>это наименование уже есть у другой стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled by the user</source>
        <translation>отменено пользователем</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} is the register itself: choose another name for the backup</source>
        <translation>{0} — это сам реестр: выберите другое имя для резервной копии</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>{0} does not exist</source>
        <translation>{0} не существует</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>{0} has no schema version</source>
        <translation>в {0} нет версии схемы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is the register itself, not a backup</source>
        <translation>{0} — это сам реестр, а не резервная копия</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a Kelisim register; it was left alone</source>
        <translation>{0} — не реестр Kelisim; файл не тронут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not create the backup folder {0}: {1}</source>
        <translation>не удалось создать папку резервных копий {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not write the backup {0}: {1}</source>
        <translation>не удалось записать резервную копию {0}: {1}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{0} is not a SQLite database</source>
        <translation>{0} — не база данных SQLite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не читается: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the restored database failed its integrity check: {0}; the previous database is kept in {1}</source>
        <translation>восстановленная база не прошла проверку целостности: {0}; прежняя база сохранена в {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore failed: {0}; the previous database is kept in {1}</source>
        <translation>восстановление не удалось: {0}; прежняя база сохранена в {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not restore {0}: {1}</source>
        <translation>не удалось восстановить {0}: {1}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0} is not a Kelisim database</source>
        <translation>{0} — не база данных Kelisim</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} has broken references</source>
        <translation>в {0} есть нарушенные ссылки</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{0} is a folder, not a database file</source>
        <translation>{0} — папка, а не файл базы данных</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The database file is read-only: changes cannot be saved.</source>
        <translation>Файл базы данных доступен только для чтения: изменения сохранить нельзя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s automatic backup could not be made: {0}</source>
        <translation>Не удалось сделать сегодняшнюю автоматическую резервную копию: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot read {0}: {1}</source>
        <translation>не удаётся прочитать {0}: {1}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{0} is a PostgreSQL backup; restore it with --db pointing at the server</source>
        <translation>{0} — резервная копия PostgreSQL; восстанавливайте её с --db, указывающим на сервер</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database is damaged ({0}); restore it from a backup</source>
        <translation>база данных повреждена ({0}); восстановите её из резервной копии</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is on a network drive. SQLite can be corrupted there when several people use it: keep it on a local disk, or use a PostgreSQL server for a department.</source>
        <translation>База данных находится на сетевом диске. Там SQLite может быть повреждена, если с ней работают несколько человек: храните её на локальном диске или используйте сервер PostgreSQL для отдела.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open {0}: {1}</source>
        <translation>не удаётся открыть {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database error{0}: {1}</source>
        <translation>Ошибка базы данных{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({0})</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is busy: another program or window is writing to it. Wait a moment and try again; nothing was changed.</source>
        <translation>База данных занята: в неё пишет другая программа или окно. Подождите немного и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is read-only{0}: nothing could be saved.</source>
        <translation>Файл базы данных доступен только для чтения{0}: ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full or failing{0}: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен или неисправен{0}: ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened{0}: check the path and its permissions.</source>
        <translation>Не удаётся открыть базу данных{0}: проверьте путь и права доступа.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged{0}: restore it from a backup.</source>
        <translation>База данных повреждена{0}: восстановите её из резервной копии.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this database was written by a newer Kelisim (schema {0}); update Kelisim to open it</source>
        <translation>эта база создана более новой версией Kelisim (схема {0}); обновите Kelisim, чтобы открыть её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the migration left {0} broken references; nothing was changed</source>
        <translation>после миграции осталось нарушенных ссылок: {0}; ничего не изменено</translation>
    </message>
</context>
<context>
    <name>MoveDeadlineDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/deadline.py" line="+39"/>
        <location line="+1"/>
        <source>Move deadline</source>
        <translation>Перенос срока</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current deadline:</source>
        <translation>Текущий срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New deadline:</source>
        <translation>&amp;Новый срок:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;by:</source>
        <translation>По &amp;просьбе:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you, unless someone else asked</source>
        <translation>вы, если не просил кто-то другой</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} (originally {1}; moved ×{2})</source>
        <translation>{0} (первоначально {1}; перенесён ×{2})</translation>
    </message>
</context>
<context>
    <name>MyWorkDialog</name>
    <message>
        <location filename="../../desktop/ui/my_work.py" line="+48"/>
        <source>My work</source>
        <translation>Моя работа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ref.</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your part</source>
        <translation>Ваша роль</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Waiting for your acceptance</source>
        <translation>Ожидает вашей приёмки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned to you</source>
        <translation>Возвращено вам</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No person in the register has your login “{0}”: add yourself as a person with it.</source>
        <translation>Ни у одного лица в реестре нет логина «{0}»: добавьте себя как лицо с этим логином.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) need you</source>
        <translation>
            <numerusform>Требует вашего внимания: %n</numerusform>
            <numerusform>Требуют вашего внимания: %n</numerusform>
            <numerusform>Требуют вашего внимания: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controller</source>
        <translation>Контролёр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+29"/>
        <source>Filter by name in any language, code… (Ctrl+F)</source>
        <translation>Отбор по наименованию на любом языке, коду… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-392"/>
        <location filename="../../desktop/ui/pages/parties.py" line="+3"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+3"/>
        <source>party</source>
        <translation>сторону</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Kazakh)</source>
        <translation>Наименование (каз.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>Наименование (кит.)</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/party.py" line="+27"/>
        <source>New party</source>
        <translation>Новая сторона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit party</source>
        <translation>Изменение стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Republic of Kazakhstan</source>
        <translation>напр. Республика Казахстан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hort name:</source>
        <translation>&amp;Краткое наименование:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ISO code:</source>
        <translation>Код &amp;ISO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KZ, CN, CHN…</source>
        <translation>KZ, CN, CHN…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (&amp;Russian):</source>
        <translation>Наименование (&amp;рус.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Ka&amp;zakh):</source>
        <translation>Наименование (ка&amp;з.):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (&amp;Chinese):</source>
        <translation>Наименование (ки&amp;т.):</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../desktop/ui/people_dialog.py" line="+32"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+223"/>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>— no party —</source>
        <translation>— без стороны —</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/person.py" line="+35"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit person</source>
        <translation>Изменение сведений о человеке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ф. И. О.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Aigerim Seitkali</source>
        <translation>напр. Айгерим Сейткали</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gency:</source>
        <translation>&amp;Ведомство:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Position:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>К&amp;онтакты:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephone or e-mail</source>
        <translation>Телефон или электронная почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name they sign in with (for “My commitments”)</source>
        <translation>Имя пользователя для входа в систему (для «Мои обязательства»)</translation>
    </message>
</context>
<context>
    <name>ProcessJob</name>
    <message>
        <location filename="../../desktop/ui/process_jobs.py" line="+103"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="+153"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot do that</source>
        <translation>Действие невозможно</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: {0}

The details were written to {1}</source>
        <translation>Произошла ошибка: {0}

Подробности записаны в {1}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuickOpen</name>
    <message>
        <location filename="../../desktop/ui/quick_open.py" line="+131"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>Сопредседатель</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <location line="+9"/>
        <source>Quick open</source>
        <translation>Быстрый поиск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference, title or name in any language…</source>
        <translation>Номер, название или имя на любом языке…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter opens; ↑ ↓ choose; Esc closes.</source>
        <translation>Enter — открыть; ↑ ↓ — выбрать; Esc — закрыть.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+281"/>
        <source>Filter as you type (Ctrl+F)</source>
        <translation>Отбор по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Move to the Trash (Delete)</source>
        <translation>Переместить в корзину (Delete)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot be deleted: {0}.</source>
        <translation>Удалить нельзя: {0}.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+20"/>
        <location line="+19"/>
        <location line="+11"/>
        <source>Delete {0}</source>
        <translation>Удалить {0}</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Delete the {0} “{1}”?

This cannot be undone.</source>
        <translation>Удалить {0} «{1}»?

Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The {0} “{1}” cannot be deleted: {2}.</source>
        <translation>Нельзя удалить ({0}) «{1}»: {2}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move the {0} “{1}” to the Trash?

It can be restored from the Trash page for {2} days.</source>
        <translation>Переместить ({0}) «{1}» в корзину?

Его можно восстановить на странице «Корзина» в течение {2} дней.</translation>
    </message>
    <message numerus="yes">
        <location filename="messages_extracted.py" line="+14"/>
        <source>Its %n commitment(s), with their history, go to the Trash with it.</source>
        <translation>
            <numerusform>Вместе с ним в корзину попадёт его %n обязательство с историей.</numerusform>
            <numerusform>Вместе с ним в корзину попадут его %n обязательства с историей.</numerusform>
            <numerusform>Вместе с ним в корзину попадут его %n обязательств с историей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="-214"/>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New “{0}”…</source>
        <translation>Новый: «{0}»…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_ui.py" line="+85"/>
        <source>{0} — My work: %n item(s)</source>
        <translation>
            <numerusform>{0} — Моя работа: %n пункт</numerusform>
            <numerusform>{0} — Моя работа: %n пункта</numerusform>
            <numerusform>{0} — Моя работа: %n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n item(s) in My work need you: overdue, due soon, to accept or returned.</source>
        <translation>
            <numerusform>%n пункт в «Моей работе» ждёт вас: просрочено, срок скоро, к приёмке или возвращено.</numerusform>
            <numerusform>%n пункта в «Моей работе» ждут вас: просрочено, срок скоро, к приёмке или возвращено.</numerusform>
            <numerusform>%n пунктов в «Моей работе» ждут вас: просрочено, срок скоро, к приёмке или возвращено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelisim reminders</source>
        <translation>Напоминания Kelisim</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="messages_extracted.py" line="-425"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/report_actions.py" line="+51"/>
        <source>Export to &amp;Excel…</source>
        <translation>Экспорт в &amp;Excel…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;PDF report…</source>
        <translation>Отчёт &amp;PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the commitments shown (with the current filter) to an Excel workbook (Ctrl+E)</source>
        <translation>Выгрузить показанные обязательства (с текущим отбором) в книгу Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a PDF status report of the commitments shown (Ctrl+P)</source>
        <translation>Сформировать отчёт PDF о ходе исполнения показанных обязательств (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print agreement &amp;card…</source>
        <translation>&amp;Карточка соглашения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-page PDF card of the agreement selected in Agreements</source>
        <translation>Одностраничная карточка PDF соглашения, выбранного в списке «Соглашения»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Excel workbook, {0} (*.xlsx)</source>
        <translation>Книга Excel, {0} (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report, {0} (*.pdf)</source>
        <translation>Отчёт PDF, {0} (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the PDF report</source>
        <translation>Сохранение отчёта PDF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exporting to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the PDF report…</source>
        <translation>Формирование отчёта PDF…</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Agreement card</source>
        <translation>Карточка соглашения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an agreement in the list first.</source>
        <translation>Сначала выберите соглашение в списке.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the agreement card</source>
        <translation>Сохранение карточки соглашения</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the agreement card…</source>
        <translation>Формирование карточки соглашения…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved {0} ({1} commitments)</source>
        <translation>Сохранено: {0} (обязательств: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+35"/>
        <location line="+11"/>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No program opens this kind of file here. The report is at:
{0}</source>
        <translation>На этом компьютере нет программы для открытия таких файлов. Отчёт находится здесь:
{0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file manager opens folders here. The report is at:
{0}</source>
        <translation>На этом компьютере нет программы для открытия папок. Отчёт находится здесь:
{0}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/report_dialog.py" line="+73"/>
        <source>Excel export</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF report</source>
        <translation>Отчёт PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full: every commitment by body</source>
        <translation>Полный: все обязательства по органам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing: figures, overdue, changes (1-3 pages)</source>
        <translation>Справка: показатели, просрочка, изменения (1–3 стр.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition:</source>
        <translation>Вид отчёта:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the register stood on</source>
        <translation>Состояние реестра на</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes since</source>
        <translation>Изменения с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: since the previous report of the same selection</source>
        <translation>Без отметки: с предыдущего отчёта по тому же отбору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing:</source>
        <translation>Справка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status report on commitments</source>
        <translation>Отчёт о ходе выполнения обязательств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. For official use (printed on every page)</source>
        <translation>напр. Для служебного пользования (на каждой странице)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by:</source>
        <translation>Подготовил:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by:</source>
        <translation>Утвердил:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the History sheet (every status change)</source>
        <translation>Добавить лист «История» (все изменения статуса)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the report when it is ready</source>
        <translation>Открыть отчёт, когда он будет готов</translation>
    </message>
</context>
<context>
    <name>ReturnReportDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/execution.py" line="-56"/>
        <source>Return the execution report</source>
        <translation>Возврат отчёта об исполнении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the executor</source>
        <translation>Вернуть исполнителю</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in.py" line="+118"/>
        <source>Sign in to the register</source>
        <translation>Вход в реестр</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>registry.mfa.example or a socket folder</source>
        <translation>registry.mfa.example или папка сокета</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>require: encrypted; verify-full: encrypted and the server&apos;s certificate and name checked</source>
        <translation>require: с шифрованием; verify-full: с шифрованием и проверкой сертификата и имени сервера</translation>
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
        <translation>База данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption (TLS):</source>
        <translation>Шифрование (TLS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my password in the system keyring</source>
        <translation>Хранить мой пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next time Kelisim signs in with it without asking</source>
        <translation>В следующий раз Kelisim войдёт с ним, не спрашивая</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This system has no keyring Kelisim can use</source>
        <translation>В этой системе нет хранилища паролей, доступного Kelisim</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server, database and user are remembered; the password only in the system keyring, if you ask for it.</source>
        <translation>Сервер, база данных и пользователь запоминаются; пароль — только в системном хранилище паролей и только если вы об этом попросите.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: required</source>
        <translation>{0}: обязательно</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port: a number, such as 5432</source>
        <translation>Порт: число, например 5432</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <location filename="../../desktop/ui/status_chart.py" line="+46"/>
        <source>commitments</source>
        <translation>всего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No commitments yet</source>
        <translation>Обязательств пока нет</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status_base.py" line="+23"/>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current status:</source>
        <translation>Текущий статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New status:</source>
        <translation>&amp;Новый статус:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N&amp;ote (required):</source>
        <translation>&amp;Примечание (обязательно):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a note is required to move to &apos;{0}&apos;</source>
        <translation>для перехода в статус «{0}» необходимо примечание</translation>
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
        <translation>{0}: {1} из {2}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0}: loading…</source>
        <translation>{0}: загрузка…</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../desktop/ui/trash_page.py" line="+22"/>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location line="+31"/>
        <source>Filter deleted records (Ctrl+F)</source>
        <translation>Фильтр удалённых записей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+1"/>
        <location filename="../../desktop/ui/trash_page.py" line="+3"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/trash_page.py" line="+3"/>
        <source>deleted record</source>
        <translation>удалённая запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With commitments</source>
        <translation>С обязательствами</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Purged on</source>
        <translation>Будет удалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+11"/>
        <source>Filter users (Ctrl+F)</source>
        <translation>Фильтр пользователей (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+2"/>
        <location filename="../../desktop/ui/users_page.py" line="+3"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/users_page.py" line="+3"/>
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login name</source>
        <translation>Имя для входа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no (disabled)</source>
        <translation>нет (отключён)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change role…</source>
        <translation>Изменить роль…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change role</source>
        <translation>Изменение роли</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of {0}:</source>
        <translation>Роль пользователя {0}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Disable user</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop {0} from signing in? Their changes stay on the record under their name.</source>
        <translation>Запретить вход пользователю {0}? Его изменения останутся в журнале под его именем.</translation>
    </message>
</context>
<context>
    <name>ViewsButton</name>
    <message>
        <location filename="../../desktop/ui/pages/views_menu.py" line="+66"/>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views: filters, sort and columns, by name</source>
        <translation>Сохранённые виды: отбор, сортировка и столбцы под именем</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save current view…</source>
        <translation>Сохранить текущий вид…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Rename view</source>
        <translation>Переименовать вид</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Delete view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save current view</source>
        <translation>Сохранение текущего вида</translation>
    </message>
</context>
</TS>
