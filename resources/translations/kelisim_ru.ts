<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/ui/application.py" line="+100"/>
        <source>This register is already open in another Kelisim window:
{0}</source>
        <translation>Этот реестр уже открыт в другом окне Kelisim:
{0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recovery.py" line="+36"/>
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
        <location filename="../../desktop/ui/application.py" line="+0"/>
        <source>{0}

Nothing can be saved to this register. Restore it with File → Restore from backup…</source>
        <translation>{0}

Ничего нельзя сохранить в этот реестр. Восстановите его: Файл → Восстановить из резервной копии…</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement.py" line="+32"/>
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
</context>
<context>
    <name>AgreementStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/agreement_status.py" line="+26"/>
        <source>Change agreement status</source>
        <translation>Изменение статуса соглашения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>set the date of entry into force first (Edit… the agreement)</source>
        <translation>сначала укажите дату вступления в силу (Изменить… соглашение)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the signing date first (Edit… the agreement)</source>
        <translation>сначала укажите дату подписания (Изменить… соглашение)</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/agreements.py" line="+32"/>
        <source>Filter by number, title, place, party… (Ctrl+F)</source>
        <translation>Отбор по номеру, названию, месту, стороне… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reg. number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+17"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop/ui/backup_actions.py" line="+28"/>
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
        <location line="+3"/>
        <source>Backup written to {0}</source>
        <translation>Резервная копия записана: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+4"/>
        <source>Restored from {0}. The register it replaced is kept in {1}</source>
        <translation>Восстановлено из {0}. Замещённый реестр сохранён в {1}</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/bodies.py" line="+50"/>
        <source>New sub-body…</source>
        <translation>Новый подчинённый орган…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../../desktop/ui/editors/body.py" line="+38"/>
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
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/commitment.py" line="+41"/>
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
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+4"/>
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
        <location line="+63"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on an unknown date (the register it came from gave none)</source>
        <translation>Выполнено, дата неизвестна (в исходном реестре её не было)</translation>
    </message>
</context>
<context>
    <name>CommitmentFilterBar</name>
    <message>
        <location filename="../../desktop/ui/pages/filter_bar.py" line="+73"/>
        <source>Any status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not closed)</source>
        <translation>Открытые (не закрытые)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A body includes its subcommittees and working groups</source>
        <translation>Орган включает свои подкомитеты и рабочие группы</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+8"/>
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
        <location line="+17"/>
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
</context>
<context>
    <name>CommitmentPage</name>
    <message>
        <location filename="../../desktop/ui/editors/page.py" line="+73"/>
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
        <source>Notes:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Progress:</source>
        <translation>Ход исполнения:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This commitment no longer exists (deleted by someone else?)</source>
        <translation>Этого обязательства больше нет (удалено другим пользователем?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commitment {0}</source>
        <translation>Обязательство {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  (overdue)</source>
        <translation>  (просрочено)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No description.</source>
        <translation>Описание отсутствует.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(new)</source>
        <translation>(новое)</translation>
    </message>
</context>
<context>
    <name>CommitmentStatusDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/status.py" line="+35"/>
        <source>Change status</source>
        <translation>Изменение статуса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Ход исполнения:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Completed on:</source>
        <translation>Дата &amp;исполнения:</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/commitments.py" line="+46"/>
        <source>Filter by title, reference, agency, any language… (Ctrl+F)</source>
        <translation>Отбор по названию, номеру, ведомству на любом языке… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+6"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
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
        <location line="+1"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} · overdue</source>
        <translation>{0} · просрочено</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/pages/dashboard.py" line="+106"/>
        <location line="+41"/>
        <source>Commitments</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <location line="+41"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+83"/>
        <source>Due within 30 days</source>
        <translation>Срок до 30 дней</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+39"/>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bodies</source>
        <translation>Органы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Due</source>
        <translation>Срок</translation>
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
        <location line="+6"/>
        <location line="+14"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no body)</source>
        <translation>(без органа)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Average progress</source>
        <translation>Исполнение (ср.)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Commitments by status</source>
        <translation>Обязательства по статусам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress by body</source>
        <translation>Исполнение по органам</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} commitments, {1} overdue</source>
        <translation>Обязательств: {0}, просрочено: {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+69"/>
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
        <location line="+52"/>
        <source>not a date: type YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>это не дата: введите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../desktop/ui/editors/base.py" line="+82"/>
        <source>Save (Enter, or Ctrl+Enter in a text box)</source>
        <translation>Сохранить (Enter, в текстовом поле — Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Change status…</source>
        <translation>Изменить статус…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status changes are recorded in the history with who, when and why</source>
        <translation>Изменения статуса заносятся в историю: кто, когда и почему</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot open the record</source>
        <translation>Не удаётся открыть запись</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have unsaved changes. Close without saving them?</source>
        <translation>Есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>ImportActions</name>
    <message>
        <location filename="../../desktop/ui/import_actions.py" line="+376"/>
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
        <location line="-352"/>
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
        <location line="+22"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+18"/>
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
        <location line="+6"/>
        <source>read as {0}</source>
        <translation>прочитан как {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the mapping remembered from an earlier file)</source>
        <translation>(сопоставление запомнено по прежнему файлу)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(as you mapped it)</source>
        <translation>(как вы сопоставили)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}: register “{1}” ↔ file “{2}”</source>
        <translation>{0}: реестр «{1}» ↔ файл «{2}»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Import {0} rows, skip {1} rejected</source>
        <translation>Импортировать ({0} стр.), пропустить отклонённые ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import {0} rows</source>
        <translation>Импортировать ({0} стр.)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, keep the register for {0} conflicts</source>
        <translation>, оставить реестр для конфликтов: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+10"/>
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
        <location filename="../../desktop/ui/language_menu.py" line="+29"/>
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
        <translation>Со&amp;здать…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
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
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(in memory)</source>
        <translation>(в памяти)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location line="+82"/>
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
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages/common.py" line="+48"/>
        <source>Cannot open the form</source>
        <translation>Не удаётся открыть форму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This form is missing from the installation ({0}).</source>
        <translation>Эта форма отсутствует в установленной программе ({0}).</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../desktop/ui/pages/parties.py" line="+26"/>
        <source>Filter by name in any language, code… (Ctrl+F)</source>
        <translation>Отбор по наименованию на любом языке, коду… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>party</source>
        <translation>сторону</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../desktop/ui/editors/party.py" line="+22"/>
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
    <name>PeopleEditor</name>
    <message>
        <location filename="../../desktop/ui/editors/widgets.py" line="+143"/>
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
    <name>ProcessJob</name>
    <message>
        <location filename="../../desktop/ui/process_jobs.py" line="+67"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Отменяется…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../desktop/ui/operations.py" line="+114"/>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+89"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../desktop/ui/pages/list_page.py" line="+140"/>
        <source>Filter as you type (Ctrl+F)</source>
        <translation>Отбор по мере ввода (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+96"/>
        <source>Delete {0}</source>
        <translation>Удалить {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the {0} “{1}”?

This cannot be undone.</source>
        <translation>Удалить {0} «{1}»?

Это действие нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../desktop/ui/report_actions.py" line="+42"/>
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
        <location line="+25"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PDF report</source>
        <translation>Сохранение отчёта PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the PDF report…</source>
        <translation>Формирование отчёта PDF…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saved {0} ({1} commitments)</source>
        <translation>Сохранено: {0} (обязательств: {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Report saved</source>
        <translation>Отчёт сохранён</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The report of {0} commitments ({1} overdue) was saved as
{2}</source>
        <translation>Отчёт сохранён (обязательств: {0}, из них просрочено: {1}):
{2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program opens this kind of file here. The report is at:
{0}</source>
        <translation>На этом компьютере нет программы для открытия таких файлов. Отчёт находится здесь:
{0}</translation>
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
        <location filename="../../desktop/ui/editors/status_base.py" line="+20"/>
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
        <location line="+7"/>
        <source>a note is required to move to &apos;{0}&apos;</source>
        <translation>для перехода в статус «{0}» необходимо примечание</translation>
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
        <translation>{0}: {1} из {2}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}: loading…</source>
        <translation>{0}: загрузка…</translation>
    </message>
</context>
</TS>
