<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Chart Op&amp;tions</source>
        <translation>&amp;Параметры карты</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Карты</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>С&amp;еансы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Open Chart...</source>
        <translation>&amp;Открыть карту...</translation>
    </message>
    <message>
        <source>Open your own zones file and drawing</source>
        <translation>Открыть свой файл зон и рисунок</translation>
    </message>
    <message>
        <source>Read the chart&apos;s files again, after editing them</source>
        <translation>Снова прочитать файлы карты после их правки</translation>
    </message>
    <message>
        <source>&amp;Journal...</source>
        <translation>&amp;Журнал...</translation>
    </message>
    <message>
        <source>The sessions you ran, your notes and ratings</source>
        <translation>Проведённые сеансы, ваши заметки и оценки</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>Пред&amp;варительный просмотр...</translation>
    </message>
    <message>
        <source>See the printed chart before printing</source>
        <translation>Посмотреть, как будет выглядеть карта на бумаге</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Пе&amp;чать...</translation>
    </message>
    <message>
        <source>Print the zone chart</source>
        <translation>Напечатать карту зон</translation>
    </message>
    <message>
        <source>Print Session &amp;Card...</source>
        <translation>Печать &amp;карточки сеанса...</translation>
    </message>
    <message>
        <source>One page with a session&apos;s steps, a small map of each and the safety notes</source>
        <translation>Одна страница с шагами сеанса, маленькой картой к каждому и правилами безопасности</translation>
    </message>
    <message>
        <source>Page Set&amp;up...</source>
        <translation>Параметры с&amp;траницы...</translation>
    </message>
    <message>
        <source>Page size, orientation and margins</source>
        <translation>Размер страницы, ориентация и поля</translation>
    </message>
    <message>
        <source>&amp;Export as PDF...</source>
        <translation>&amp;Экспорт в PDF...</translation>
    </message>
    <message>
        <source>Save the zone chart as a PDF</source>
        <translation>Сохранить карту зон в PDF</translation>
    </message>
    <message>
        <source>Export as &amp;Image (PNG, SVG)...</source>
        <translation>Экспорт в &amp;изображение (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Save the chart&apos;s first page as a PNG or SVG image</source>
        <translation>Сохранить первую страницу карты как изображение PNG или SVG</translation>
    </message>
    <message>
        <source>Print &amp;Where the Charts Disagree...</source>
        <translation>Печать листа &amp;расхождений карт...</translation>
    </message>
    <message>
        <source>Preview and print one page of where the bundled charts place things</source>
        <translation>Просмотреть и напечатать страницу о том, где встроенные карты помещают одно и то же</translation>
    </message>
    <message>
        <source>Export Where the Charts Disagree as P&amp;DF...</source>
        <translation>Экспорт &amp;листа расхождений в PDF...</translation>
    </message>
    <message>
        <source>Save the page of where the charts disagree as a PDF</source>
        <translation>Сохранить страницу расхождений карт в PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Only the &amp;Selected or Found Zones</source>
        <translation>Только в&amp;ыбранные или найденные зоны</translation>
    </message>
    <message>
        <source>Chart only the zones of the current search, or the selected zone</source>
        <translation>Печатать только зоны текущего поиска или выбранную зону</translation>
    </message>
    <message>
        <source>Add the Technique &amp;Guide</source>
        <translation>Добавить &amp;описание техник</translation>
    </message>
    <message>
        <source>Add pages with the techniques and what research says (PDF and print)</source>
        <translation>Добавить страницы с техниками и с тем, что говорят исследования (PDF и печать)</translation>
    </message>
    <message>
        <source>&amp;Black and White</source>
        <translation>&amp;Чёрно-белая</translation>
    </message>
    <message>
        <source>For black-and-white printers: grey fills and hatching</source>
        <translation>Для чёрно-белых принтеров: серая заливка и штриховка</translation>
    </message>
    <message>
        <source>All &amp;Four Views</source>
        <translation>&amp;Все четыре вида</translation>
    </message>
    <message>
        <source>Every view of the feet: two pages on A4 or Letter, one on landscape A3</source>
        <translation>Все виды стоп: две страницы на A4 или Letter, одна на альбомном A3</translation>
    </message>
    <message>
        <source>&amp;Client Name and Notes...</source>
        <translation>&amp;Имя клиента и заметки...</translation>
    </message>
    <message>
        <source>Print a name, the date and notes at the chart&apos;s head</source>
        <translation>Напечатать имя, дату и заметки в начале карты</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>Увеличить в&amp;ыбранную зону</translation>
    </message>
    <message>
        <source>&amp;Guided Sessions...</source>
        <translation>&amp;Сеансы с подсказками...</translation>
    </message>
    <message>
        <source>Foot-massage sessions to follow step by step</source>
        <translation>Сеансы массажа стоп, шаг за шагом</translation>
    </message>
    <message>
        <source>A Session for My &amp;Symptoms...</source>
        <translation>Сеанс по &amp;моим симптомам...</translation>
    </message>
    <message>
        <source>A session on the zones the current search found, with its total time</source>
        <translation>Сеанс по зонам, найденным текущим поиском, с общим временем</translation>
    </message>
    <message>
        <source>On the map: arrow keys move between the zones of a foot by where they lie, Tab goes to the other foot and then on to the zone list and the details, Enter selects, Ctrl+wheel or a pinch zooms, and dragging a zoomed drawing moves it.</source>
        <translation>На карте: клавиши со стрелками переходят между зонами одной стопы по их расположению, Tab переходит к другой стопе, а затем к списку зон и к описанию, Enter выбирает, Ctrl+колесо мыши или щипок меняют масштаб, а увеличенный рисунок можно перетаскивать.</translation>
    </message>
    <message>
        <source>In a running session&apos;s player: Space pauses and resumes, Left goes back a step, Right skips to the next.</source>
        <translation>В проигрывателе идущего сеанса: пробел ставит на паузу и продолжает, стрелка влево возвращает на шаг назад, стрелка вправо переходит к следующему шагу.</translation>
    </message>
    <message>
        <source>&amp;Find Symptom</source>
        <translation>&amp;Найти симптом</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <source>Search zones by symptom</source>
        <translation>Искать зоны по симптому</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Очистить</translation>
    </message>
    <message>
        <source>Clear the search, or else the selection</source>
        <translation>Очистить поиск, а если его нет, то выбор</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Enlarge the drawing</source>
        <translation>Увеличить рисунок</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Shrink the drawing</source>
        <translation>Уменьшить рисунок</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>По размеру &amp;окна</translation>
    </message>
    <message>
        <source>Show the whole drawing</source>
        <translation>Показать рисунок целиком</translation>
    </message>
    <message>
        <source>Enlarge the selected zone</source>
        <translation>Показать выбранную зону крупно</translation>
    </message>
    <message>
        <source>&amp;Sole</source>
        <translation>&amp;Подошва</translation>
    </message>
    <message>
        <source>&amp;Top of the Foot</source>
        <translation>&amp;Тыльная сторона стопы</translation>
    </message>
    <message>
        <source>Inn&amp;er Side</source>
        <translation>&amp;Внутренняя сторона</translation>
    </message>
    <message>
        <source>O&amp;uter Side</source>
        <translation>В&amp;нешняя сторона</translation>
    </message>
    <message>
        <source>&amp;Both Feet</source>
        <translation>О&amp;бе стопы</translation>
    </message>
    <message>
        <source>&amp;Left Foot</source>
        <translation>&amp;Левая стопа</translation>
    </message>
    <message>
        <source>&amp;Right Foot</source>
        <translation>П&amp;равая стопа</translation>
    </message>
    <message>
        <source>Zone &amp;Numbers</source>
        <translation>Номера &amp;зон</translation>
    </message>
    <message>
        <source>Show or hide the zone numbers on the drawing</source>
        <translation>Показать или скрыть номера зон на рисунке</translation>
    </message>
    <message>
        <source>About These &amp;Claims</source>
        <translation>Об этих &amp;утверждениях</translation>
    </message>
    <message>
        <source>What research says about reflexology</source>
        <translation>Что говорят исследования о рефлексотерапии</translation>
    </message>
    <message>
        <source>Co&amp;ntraindications</source>
        <translation>&amp;Противопоказания</translation>
    </message>
    <message>
        <source>When not to massage the feet</source>
        <translation>Когда нельзя массировать стопы</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>Предупреждение о &amp;безопасности</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Where the Charts &amp;Disagree</source>
        <translation>В чём карты &amp;расходятся</translation>
    </message>
    <message>
        <source>Where each bundled chart places the zones, or the words searched for</source>
        <translation>Где каждая встроенная карта помещает зоны или искомые слова</translation>
    </message>
    <message>
        <source>&amp;About reflexmap</source>
        <translation>&amp;О программе reflexmap</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Home foot-massage chart (bundled)</source>
        <translation>Карта для домашнего массажа стоп (встроенная)</translation>
    </message>
    <message>
        <source>Common Western chart (bundled)</source>
        <translation>Распространённая западная карта (встроенная)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Client Name and Notes</source>
        <translation>Имя клиента и заметки</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Printed at the head of the chart, with today&apos;s date.</source>
        <translation>Печатается в начале карты вместе с сегодняшней датой.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Print Where the Charts Disagree</source>
        <translation>Печать листа расхождений карт</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>В чём карты расходятся</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Показать папку</translation>
    </message>
    <message>
        <source>Saved the chart as {0}</source>
        <translation>Карта сохранена как {0}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Could not print.</source>
        <translation>Не удалось напечатать.</translation>
    </message>
</context>
<context>
    <name>ChartRequest</name>
    <message>
        <source>no zone {0}; the zones are: {1}</source>
        <translation>нет зоны {0}; есть зоны: {1}</translation>
    </message>
    <message>
        <source>no zone matches &apos;{0}&apos;</source>
        <translation>ни одна зона не подходит к «{0}»</translation>
    </message>
    <message>
        <source>left</source>
        <translation>лев.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>прав.</translation>
    </message>
    <message>
        <source>Traditionally linked with {0}.</source>
        <translation>Традиционно связывают с: {0}.</translation>
    </message>
    <message>
        <source>A massage area: the source makes no reflex claim for it.</source>
        <translation>Зона массажа: источник не приписывает ей рефлекторной связи.</translation>
    </message>
    <message>
        <source>{0} Where: {1} Technique: {2} Pressure: {3} Time: {4}</source>
        <translation>{0} Где: {1} Техника: {2} Нажим: {3} Время: {4}</translation>
    </message>
    <message>
        <source>{0} Technique: {1}</source>
        <translation>{0} Техника: {1}</translation>
    </message>
    <message>
        <source>Do not massage the feet with: {0}. Even without them, ask a doctor before you start.</source>
        <translation>Не массируйте стопы при следующих состояниях: {0}. Даже если их нет, посоветуйтесь с врачом, прежде чем начать.</translation>
    </message>
    <message>
        <source>{0}. Made {1} with reflexmap {2}.</source>
        <translation>{0}. Создано {1} в reflexmap {2}.</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Техники</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Об этих утверждениях</translation>
    </message>
    <message>
        <source>all four views</source>
        <translation>все четыре вида</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <source>Zones for {0}</source>
        <translation>Зоны для запроса «{0}»</translation>
    </message>
    <message>
        <source>Zones: {0}</source>
        <translation>Зоны: {0}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(продолжение)</translation>
    </message>
    <message>
        <source>For {0}, {1}</source>
        <translation>Для: {0}, {1}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Дата: {0}</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Заметки: {0}</translation>
    </message>
    <message>
        <source>This chart does not place it.</source>
        <translation>Эта карта его не указывает.</translation>
    </message>
    <message>
        <source>Made {0} with reflexmap {1}.</source>
        <translation>Создано {0} в reflexmap {1}.</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>В чём карты расходятся</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <source>Tick anything that applies to you now. The source advises against foot massage with any of these.</source>
        <translation>Отметьте всё, что относится к вам сейчас. Источник не советует массаж стоп ни при одном из этих состояний.</translation>
    </message>
    <message>
        <source>Confirm and Start</source>
        <translation>Подтвердить и начать</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{0} is an option of Qt, for the window</source>
        <translation>{0} — параметр Qt, только для окна</translation>
    </message>
    <message>
        <source>Qt&apos;s option {0} needs a value</source>
        <translation>параметру Qt {0} нужно значение</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>a zones file (YAML); the bundled chart by default</source>
        <translation>файл зон (YAML); по умолчанию встроенная карта</translation>
    </message>
    <message>
        <source>the drawing of the sole (SVG), for a zones file that names no drawings</source>
        <translation>рисунок подошвы (SVG) для файла зон, в котором не указаны рисунки</translation>
    </message>
    <message>
        <source>the view of the feet for --screenshot and chart (default plantar, the sole)</source>
        <translation>вид стоп для --screenshot и chart (по умолчанию plantar, подошва)</translation>
    </message>
    <message>
        <source>An interactive map of the foot&apos;s reflex zones. Everything it shows is a traditional claim, not medical advice. With no command, opens the window.</source>
        <translation>Интерактивная карта рефлекторных зон стопы. Всё, что она показывает, — традиционные утверждения, а не медицинские рекомендации. Без команды открывает окно.</translation>
    </message>
    <message>
        <source>The window also takes Qt&apos;s standard options: -style NAME, -platform NAME, -reverse, -stylesheet FILE, -platformtheme NAME, -qwindowgeometry WxH+X+Y, -qwindowtitle TITLE, -display DISPLAY and the like.</source>
        <translation>Окно принимает и стандартные параметры Qt: -style ИМЯ, -platform ИМЯ, -reverse, -stylesheet ФАЙЛ, -platformtheme ИМЯ, -qwindowgeometry ШxВ+X+Y, -qwindowtitle ЗАГОЛОВОК, -display ДИСПЛЕЙ и подобные.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>показать версию и выйти</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <source>write the printable zone chart to a PDF, PNG or SVG file</source>
        <translation>записать карту зон для печати в файл PDF, PNG или SVG</translation>
    </message>
    <message>
        <source>Write the zone chart: the drawing, a numbered legend grouped by body system, the disclaimer and the contraindications. The format follows the file&apos;s extension (.pdf, .png, .svg); PNG and SVG hold the first page. To chart another zones file and drawing, give --zones FILE --map FILE before the command.</source>
        <translation>Записать карту зон: рисунок, пронумерованную легенду по системам органов, оговорку и противопоказания. Формат определяется расширением файла (.pdf, .png, .svg); PNG и SVG содержат первую страницу. Чтобы вывести другой файл зон и рисунок, укажите --zones ФАЙЛ --map ФАЙЛ перед командой.</translation>
    </message>
    <message>
        <source>the file to write: .pdf, .png or .svg</source>
        <translation>файл для записи: .pdf, .png или .svg</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>РАЗМЕР</translation>
    </message>
    <message>
        <source>print in landscape</source>
        <translation>печатать в альбомной ориентации</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>A4 (default), Letter, A5, Legal, A3...</source>
        <translation>A4 (по умолчанию), Letter, A5, Legal, A3...</translation>
    </message>
    <message>
        <source>the view of the feet drawn (default plantar, the sole), or all four: two pages on A4 or Letter, one on landscape A3</source>
        <translation>вид стоп на рисунке (по умолчанию plantar, подошва) или все четыре: две страницы на A4 или Letter, одна на A3 в альбомной ориентации</translation>
    </message>
    <message>
        <source>only these zones (comma-separated ids)</source>
        <translation>только эти зоны (id через запятую)</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ЗАПРОС</translation>
    </message>
    <message>
        <source>only the zones this search finds</source>
        <translation>только зоны, которые находит этот поиск</translation>
    </message>
    <message>
        <source>for black-and-white printing: grey fills told apart by hatching</source>
        <translation>для чёрно-белой печати: серые заливки различаются штриховкой</translation>
    </message>
    <message>
        <source>whom it is for: printed at the top, with the date</source>
        <translation>для кого карта: печатается вверху, с датой</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>notes printed under the name</source>
        <translation>заметки, печатаемые под именем</translation>
    </message>
    <message>
        <source>write the one-page sheet of where the bundled charts disagree instead</source>
        <translation>вместо карты записать одностраничный лист расхождений встроенных карт</translation>
    </message>
    <message>
        <source>add pages with the technique guide and what research says (PDF)</source>
        <translation>добавить страницы с руководством по технике и тем, что говорят исследования (PDF)</translation>
    </message>
    <message>
        <source>list the bundled charts</source>
        <translation>список встроенных карт</translation>
    </message>
    <message>
        <source>List the charts reflexmap comes with; give one to any command with --chart ID.</source>
        <translation>Список карт, входящих в reflexmap; любую из них можно передать любой команде через --chart ID.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>вывести список JSON</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>the language of the interface, the messages and the charts&apos; texts ({0}); by default the system&apos;s</source>
        <translation>язык интерфейса, сообщений и текстов карт ({0}); по умолчанию системный</translation>
    </message>
    <message>
        <source>a bundled chart ({0}; `reflexmap charts` lists them); {1} by default</source>
        <translation>встроенная карта ({0}; их перечисляет `reflexmap charts`); по умолчанию {1}</translation>
    </message>
    <message>
        <source>a file, not stdout</source>
        <translation>файл вместо стандартного вывода</translation>
    </message>
    <message>
        <source>where each chart places a zone, an organ or a symptom</source>
        <translation>где каждая карта помещает зону, орган или симптом</translation>
    </message>
    <message>
        <source>Show where each bundled chart places something (&quot;thyroid&quot;, &quot;heart&quot;, &quot;back pain&quot;), side by side: the charts disagree, and so do practitioners.</source>
        <translation>Показать рядом, где каждая встроенная карта помещает что-либо («щитовидная железа», «сердце», «боль в спине»): карты расходятся, как и практикующие.</translation>
    </message>
    <message>
        <source>term</source>
        <translation>понятие</translation>
    </message>
    <message>
        <source>a zone, an organ or a symptom</source>
        <translation>зона, орган или симптом</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>вывести один объект JSON</translation>
    </message>
    <message>
        <source>the sessions you ran</source>
        <translation>проведённые вами сеансы</translation>
    </message>
    <message>
        <source>The journal of sessions run: what was done, for how long, and your notes. It is kept in your data folder: $XDG_DATA_HOME/reflexmap or ~/.local/share/reflexmap on Linux, ~/Library/Application Support/reflexmap on macOS, %APPDATA%\reflexmap on Windows.</source>
        <translation>Журнал проведённых сеансов: что сделано, сколько времени это заняло, и ваши заметки. Он хранится в вашей папке данных: $XDG_DATA_HOME/reflexmap или ~/.local/share/reflexmap в Linux, ~/Library/Application Support/reflexmap в macOS, %APPDATA%\reflexmap в Windows.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>действия</translation>
    </message>
    <message>
        <source>write the journal as JSON or CSV</source>
        <translation>записать журнал в JSON или CSV</translation>
    </message>
    <message>
        <source>JSON: the runs with their steps, and the zone notes</source>
        <translation>JSON: проведённые сеансы с их шагами и заметки к зонам</translation>
    </message>
    <message>
        <source>CSV: one row per step of every run</source>
        <translation>CSV: по строке на каждый шаг каждого сеанса</translation>
    </message>
    <message>
        <source>delete one entry, or everything</source>
        <translation>удалить одну запись или всё</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the entry, as `reflexmap journal` shows it</source>
        <translation>номер записи, как его показывает `reflexmap journal`</translation>
    </message>
    <message>
        <source>every entry, note and own session</source>
        <translation>все записи, заметки и собственные сеансы</translation>
    </message>
    <message>
        <source>find zones by symptom</source>
        <translation>найти зоны по симптому</translation>
    </message>
    <message>
        <source>Find the zones the chart links with one or more symptoms, in everyday words (&quot;can&apos;t sleep&quot;, &quot;headache and cold feet&quot;), then those the other bundled charts link with them. Warning signs that need a doctor are named first. Finding nothing is not an error.</source>
        <translation>Найти зоны, которые карта связывает с одним или несколькими симптомами, названными обычными словами («не могу уснуть», «болит голова и холодные стопы»), затем те, что связывают с ними другие встроенные карты. Тревожные признаки, требующие врача, называются первыми. Ничего не найти — не ошибка.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>the symptoms, in your own words</source>
        <translation>симптомы своими словами</translation>
    </message>
    <message>
        <source>list, show, print, export or import guided sessions</source>
        <translation>перечислить, показать, напечатать, экспортировать или импортировать сеансы с подсказками</translation>
    </message>
    <message>
        <source>The guided massage sessions: the ones the source describes and your own. Each states what the tradition claims for it; none is a treatment.</source>
        <translation>Сеансы массажа с подсказками: описанные в источнике и ваши собственные. Для каждого сказано, что утверждает о нём традиция; ни один не является лечением.</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>список сеансов</translation>
    </message>
    <message>
        <source>show a session&apos;s steps</source>
        <translation>показать шаги сеанса</translation>
    </message>
    <message>
        <source>write sessions as YAML</source>
        <translation>записать сеансы в YAML</translation>
    </message>
    <message>
        <source>the sessions to write</source>
        <translation>сеансы для записи</translation>
    </message>
    <message>
        <source>write a session card (PDF): the steps, a small map of each, the safety notes</source>
        <translation>записать карточку сеанса (PDF): шаги, маленькая карта к каждому, указания по безопасности</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>the card&apos;s file</source>
        <translation>файл карточки</translation>
    </message>
    <message>
        <source>keep the sessions of a YAML file as your own</source>
        <translation>сохранить сеансы из файла YAML как собственные</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>a sessions file, as `session export` writes</source>
        <translation>файл сеансов, как его записывает `session export`</translation>
    </message>
    <message>
        <source>the session&apos;s id, as `session list` shows it</source>
        <translation>id сеанса, как его показывает `session list`</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>отрисовать окно вне экрана в PNG и выйти</translation>
    </message>
    <message>
        <source>with --screenshot: select this zone</source>
        <translation>с --screenshot: выбрать эту зону</translation>
    </message>
    <message>
        <source>with --screenshot: search for this</source>
        <translation>с --screenshot: искать это</translation>
    </message>
    <message>
        <source>with --screenshot: window size in pixels (default 1200x800)</source>
        <translation>с --screenshot: размер окна в пикселях (по умолчанию 1200x800)</translation>
    </message>
    <message>
        <source>with --screenshot: a screen of this size; the window opens on it as on a first start, and the picture is the whole screen</source>
        <translation>с --screenshot: экран такого размера; окно открывается на нём как при первом запуске, а снимок — весь экран</translation>
    </message>
    <message>
        <source>with --screenshot and --screen: this dialog open over the window</source>
        <translation>с --screenshot и --screen: этот диалог, открытый поверх окна</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>«{0}» — не ШИРИНАxВЫСОТА, например 1200x800</translation>
    </message>
    <message>
        <source>width and height must be between 200 and 8000 pixels</source>
        <translation>ширина и высота должны быть от 200 до 8000 пикселей</translation>
    </message>
    <message>
        <source>list the chart&apos;s zones</source>
        <translation>список зон карты</translation>
    </message>
    <message>
        <source>List the chart&apos;s zones as a table, or as JSON.</source>
        <translation>Вывести зоны карты таблицей или в JSON.</translation>
    </message>
    <message>
        <source>print a JSON list, one object per zone</source>
        <translation>вывести список JSON, по объекту на зону</translation>
    </message>
    <message>
        <source>check a chart and its translations and report every problem</source>
        <translation>проверить карту и её переводы и сообщить о каждой проблеме</translation>
    </message>
    <message>
        <source>Check a zones file, its drawings and the translations beside it (for a bundled chart, the bundled sessions&apos; and disagreements&apos; too). Exits 0 with a summary, or 1 with one FILE:LINE:COL: message line per problem.</source>
        <translation>Проверить файл зон, его рисунки и переводы рядом с ним (для встроенной карты — также переводы встроенных сеансов и расхождений). Завершается с кодом 0 и сводкой или с кодом 1 и строкой ФАЙЛ:СТРОКА:СТОЛБЕЦ: сообщение на каждую проблему.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>this chart has no {0} view; it has {1}</source>
        <translation>в этой карте нет вида {0}; есть виды: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} pages</source>
        <translation>{0}: страниц: {1}</translation>
    </message>
    <message>
        <source>{0}: 1 page</source>
        <translation>{0}: 1 страница</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <source>{0} zones on {1}</source>
        <translation>зон: {0}, виды: {1}</translation>
    </message>
    <message>
        <source>{0}: translations OK</source>
        <translation>{0}: переводы в порядке</translation>
    </message>
    <message>
        <source>{0} + {1}: OK, {2} zones, {3} regions on {4} view(s)</source>
        <translation>{0} + {1}: OK, зон: {2}, участков: {3}, видов: {4}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>СТОРОНЫ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <source>TRADITIONALLY LINKED WITH</source>
        <translation>ТРАДИЦИОННО СВЯЗЫВАЮТ С</translation>
    </message>
    <message>
        <source>no zone &apos;{0}&apos;; the zones are: {1}</source>
        <translation>нет зоны «{0}»; есть зоны: {1}</translation>
    </message>
    <message>
        <source>--select, --search, --size, --screen and --dialog go with --screenshot</source>
        <translation>--select, --search, --size, --screen и --dialog используются вместе с --screenshot</translation>
    </message>
    <message>
        <source>--dialog goes with --screen</source>
        <translation>--dialog используется вместе с --screen</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); --screenshot FILE and the commands (reflexmap --help) work without one</source>
        <translation>нет дисплея, на котором можно открыть окно (DISPLAY не задан); --screenshot FILE и команды (reflexmap --help) работают и без него</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Сеансов пока не записано.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} min, {3} step(s) skipped</source>
        <translation>{0}: {1} из {2} мин, пропущено шагов: {3}</translation>
    </message>
    <message>
        <source>rated {0}/5</source>
        <translation>оценка {0}/5</translation>
    </message>
    <message>
        <source>Per week:</source>
        <translation>По неделям:</translation>
    </message>
    <message>
        <source>{0} session(s), {1} min</source>
        <translation>сеансов: {0}, {1} мин</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>Журнал пуст.</translation>
    </message>
    <message>
        <source>Deleted entry {0}.</source>
        <translation>Запись {0} удалена.</translation>
    </message>
    <message>
        <source>no entry {0}</source>
        <translation>нет записи {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>no session &apos;{0}&apos;; `reflexmap session list` names them</source>
        <translation>нет сеанса «{0}»; их перечисляет `reflexmap session list`</translation>
    </message>
    <message>
        <source>no session {0}</source>
        <translation>нет сеанса {0}</translation>
    </message>
    <message>
        <source>{0}: a session card is a PDF; name the file FILE.pdf</source>
        <translation>{0}: карточка сеанса — это PDF; назовите файл ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>session &apos;{0}&apos; does not fit the chart {1}</source>
        <translation>сеанс «{0}» не подходит к карте {1}</translation>
    </message>
    <message>
        <source>{0}: the card of {1}, {2} minutes</source>
        <translation>{0}: карточка сеанса «{1}», {2} мин</translation>
    </message>
    <message>
        <source>Imported {0} session(s): {1}</source>
        <translation>Импортировано сеансов: {0} ({1})</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>не удаётся записать {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Where the charts place {0}:</source>
        <translation>Где карты помещают «{0}»:</translation>
    </message>
    <message>
        <source>No zone in this chart.</source>
        <translation>В этой карте такой зоны нет.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>...and {0} more</source>
        <translation>...и ещё {0}</translation>
    </message>
    <message>
        <source>Chart not opened</source>
        <translation>Карта не открыта</translation>
    </message>
    <message>
        <source>This chart could not be opened; the window keeps showing “{0}”.</source>
        <translation>Эту карту не удалось открыть; в окне остаётся карта «{0}».</translation>
    </message>
    <message>
        <source>Open Chart: the zones file</source>
        <translation>Открыть карту: файл зон</translation>
    </message>
    <message>
        <source>Zones (*.yaml *.yml)</source>
        <translation>Зоны (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open Chart: its drawing</source>
        <translation>Открыть карту: её рисунок</translation>
    </message>
    <message>
        <source>Drawing (*.svg)</source>
        <translation>Рисунок (*.svg)</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>Do not massage the feet with any of these:</source>
        <translation>Не массируйте стопы при следующих состояниях:</translation>
    </message>
    <message>
        <source>Even without them, ask a doctor before you start.</source>
        <translation>Даже если ничего из этого нет, посоветуйтесь с врачом, прежде чем начать.</translation>
    </message>
    <message>
        <source>This map shows what reflexology charts claim. A foot massage may feel relaxing, but it cannot diagnose or treat illness. With symptoms such as chest pain, sudden breathlessness or a sudden severe headache, seek medical help at once.</source>
        <translation>Эта карта показывает то, что утверждают карты рефлексотерапии. Массаж стоп может расслаблять, но он не может ни выявить болезнь, ни вылечить её. При таких симптомах, как боль в груди, внезапная одышка или внезапная сильная головная боль, немедленно обратитесь за медицинской помощью.</translation>
    </message>
    <message>
        <source>Reflexology charts claim that areas of the foot correspond to organs, and that working an area affects that organ. reflexmap shows these claims as the tradition states them. Here is what studies have found.</source>
        <translation>Карты рефлексотерапии утверждают, что участки стопы соответствуют органам и что воздействие на участок влияет на этот орган. reflexmap показывает эти утверждения так, как их излагает традиция. Вот что обнаружили исследования.</translation>
    </message>
    <message>
        <source>No convincing evidence for any medical condition.</source>
        <translation>Нет убедительных доказательств пользы ни при одном заболевании.</translation>
    </message>
    <message>
        <source>A systematic review of 18 randomised trials (Ernst, Medical Journal of Australia 2009, 191:263-266) found that most trials were of poor quality and the better ones were mostly negative. It also warned that using reflexology to diagnose gives false results, and that using it instead of treatment for a serious illness is dangerous.</source>
        <translation>Систематический обзор 18 рандомизированных исследований (Ernst, Medical Journal of Australia 2009, 191:263-266) показал, что большинство исследований были низкого качества, а более качественные в основном дали отрицательный результат. Автор также предупреждает, что диагностика с помощью рефлексотерапии даёт ложные результаты, а применение её вместо лечения серьёзной болезни опасно.</translation>
    </message>
    <message>
        <source>Few measurable effects.</source>
        <translation>Мало измеримых эффектов.</translation>
    </message>
    <message>
        <source>A review of 17 randomised trials (McCullough and colleagues, Evidence-Based Complementary and Alternative Medicine 2014) found a difference between groups in only 3 of 34 objective measurements, and judged the studies to be of low quality.</source>
        <translation>Обзор 17 рандомизированных исследований (McCullough и соавторы, Evidence-Based Complementary and Alternative Medicine 2014) нашёл разницу между группами лишь в 3 из 34 объективных измерений и оценил качество исследований как низкое.</translation>
    </message>
    <message>
        <source>Pain in labour.</source>
        <translation>Боль при родах.</translation>
    </message>
    <message>
        <source>A Cochrane review (Smith and colleagues 2018, CD009290) found only low-quality evidence.</source>
        <translation>Кокрейновский обзор (Smith и соавторы 2018, CD009290) нашёл лишь доказательства низкого качества.</translation>
    </message>
    <message>
        <source>Cancer.</source>
        <translation>Рак.</translation>
    </message>
    <message>
        <source>Cancer Research UK says there is no scientific evidence that reflexology treats or cures cancer; some people find it relaxing, and it may help them with stress, anxiety and mood.</source>
        <translation>Cancer Research UK сообщает, что нет научных доказательств того, что рефлексотерапия лечит или излечивает рак; некоторых она расслабляет и может помочь им справиться со стрессом, тревогой и плохим настроением.</translation>
    </message>
    <message>
        <source>What this means for you.</source>
        <translation>Что это значит для вас.</translation>
    </message>
    <message>
        <source>A foot massage can be pleasant and relaxing. A tender spot on the foot says nothing reliable about an organ, and massage is no replacement for medical care.</source>
        <translation>Массаж стоп может быть приятным и расслабляющим. Болезненная точка на стопе не говорит ничего достоверного о каком-либо органе, и массаж не заменяет медицинскую помощь.</translation>
    </message>
    <message>
        <source>Staying safe.</source>
        <translation>Безопасность.</translation>
    </message>
    <message>
        <source>Do not massage over fractures, unhealed wounds or gout that is flaring. Avoid reflexology with a current blood clot (thrombosis). Take care in pregnancy. With any disease of the blood vessels, see a doctor first.</source>
        <translation>Не массируйте места переломов, незаживших ран и суставы при обострении подагры. Избегайте рефлексотерапии при тромбозе. Будьте осторожны во время беременности. При любом заболевании сосудов сначала обратитесь к врачу.</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Об этих утверждениях</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal could not be opened</source>
        <translation>Не удалось открыть журнал</translation>
    </message>
    <message>
        <source>A new journal was started</source>
        <translation>Начат новый журнал</translation>
    </message>
    <message>
        <source>The journal was not changed</source>
        <translation>Журнал не изменён</translation>
    </message>
    <message>
        <source>The damaged file was kept as: {0}</source>
        <translation>Повреждённый файл сохранён как: {0}</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Sessions run</source>
        <translation>Проведённые сеансы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation>План, мин</translation>
    </message>
    <message>
        <source>Done min</source>
        <translation>Сделано, мин</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Итоги по неделям</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Favourite zones and notes</source>
        <translation>Избранные зоны и заметки</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Сеансов пока не записано.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Экспорт в &amp;JSON...</translation>
    </message>
    <message>
        <source>&amp;Delete Entry...</source>
        <translation>&amp;Удалить запись...</translation>
    </message>
    <message>
        <source>Delete &amp;Everything...</source>
        <translation>Удалить &amp;всё...</translation>
    </message>
    <message>
        <source>Double-click or Enter: change the note and rating</source>
        <translation>Двойной щелчок или Enter: изменить заметку и оценку</translation>
    </message>
    <message>
        <source>{0}: 1 session, {2} min</source>
        <translation>{0}: 1 сеанс, {2} мин</translation>
    </message>
    <message>
        <source>{0}: {1} sessions, {2} min</source>
        <translation>{0}: сеансов: {1}, {2} мин</translation>
    </message>
    <message>
        <source>{0} (favourite)</source>
        <translation>{0} (избранное)</translation>
    </message>
    <message>
        <source>Note and Rating</source>
        <translation>Заметка и оценка</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>Как себя чувствуют ваши стопы?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Export the Journal</source>
        <translation>Экспорт журнала</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: не удаётся записать: {1}</translation>
    </message>
    <message>
        <source>Delete the entry of {0}, {1}?</source>
        <translation>Удалить запись {0}, {1}?</translation>
    </message>
    <message>
        <source>Delete every entry, zone note and session of your own? This cannot be undone.</source>
        <translation>Удалить все записи, заметки к зонам и ваши собственные сеансы? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Resize the map and the side panes</source>
        <translation>Изменить размер карты и боковых панелей</translation>
    </message>
    <message>
        <source>Resize the zone list and the details</source>
        <translation>Изменить размер списка зон и описания</translation>
    </message>
    <message>
        <source>reflexmap: {0}</source>
        <translation>reflexmap: {0}</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Об этих утверждениях</translation>
    </message>
    <message>
        <source>Selected: {0}</source>
        <translation>Выбрано: {0}</translation>
    </message>
    <message>
        <source>Hover over the feet, or choose a zone.</source>
        <translation>Наведите указатель на стопы или выберите зону.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Views of the feet</source>
        <translation>Виды стоп</translation>
    </message>
    <message>
        <source>Select a zone on this view to zoom to it.</source>
        <translation>Выберите зону на этом виде, чтобы увеличить её.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Открыта карта: {0}</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>В чём карты расходятся</translation>
    </message>
    <message>
        <source>Print the Sheet...</source>
        <translation>Напечатать лист...</translation>
    </message>
    <message>
        <source>(no charts of your own yet)</source>
        <translation>(своих карт пока нет)</translation>
    </message>
    <message>
        <source>The chart that comes with reflexmap</source>
        <translation>Карта, входящая в reflexmap</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Противопоказания</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>An interactive map of the foot reflex zones, as claims.</source>
        <translation>Интерактивная карта рефлекторных зон стопы — как утверждения, а не факты.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>About reflexmap</source>
        <translation>О программе reflexmap</translation>
    </message>
    <message>
        <source>The settings could not be saved: changes in this session will not be remembered.</source>
        <translation>Не удалось сохранить настройки: изменения в этом сеансе не запомнятся.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Foot map drawing</source>
        <translation>Рисунок карты стоп</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Карта стоп</translation>
    </message>
    <message>
        <source>Both feet: {0}. Arrow keys move between the zones of a foot, Tab goes to the other foot, Enter selects.</source>
        <translation>Обе стопы: {0}. Клавиши со стрелками переходят между зонами стопы, Tab — к другой стопе, Enter выбирает.</translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>Выбрано: {0}</translation>
    </message>
    <message>
        <source>{0}, zone {1}</source>
        <translation>{0}, зона {1}</translation>
    </message>
    <message>
        <source>{0}, {1}. {2}</source>
        <translation>{0}, {1}. {2}</translation>
    </message>
</context>
<context>
    <name>MinutesChart</name>
    <message>
        <source>Minutes per day</source>
        <translation>Минуты в день</translation>
    </message>
    <message>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} мин</translation>
    </message>
    <message>
        <source>No sessions in the last two weeks.</source>
        <translation>За последние две недели сеансов не было.</translation>
    </message>
    <message>
        <source>Minutes per day, last {0} days (most: {1})</source>
        <translation>Минуты в день за последние {0} дн. (больше всего: {1})</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>unknown page size &apos;{0}&apos; (try A4, Letter, A5, Legal, A3)</source>
        <translation>неизвестный размер страницы «{0}» (попробуйте A4, Letter, A5, Legal, A3)</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>В чём карты расходятся</translation>
    </message>
    <message>
        <source>unknown format &apos;{0}&apos;; use one of {1}</source>
        <translation>неизвестный формат «{0}»; используйте один из: {1}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>could not draw the chart</source>
        <translation>не удалось нарисовать карту</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: не удаётся записать: {1}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>file is larger than {megabytes} MB; a zones file is much smaller</source>
        <translation>файл больше {megabytes} МБ; файл зон гораздо меньше</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>это не текст UTF-8 (неверный байт по смещению {offset})</translation>
    </message>
    <message>
        <source>control character U+{character} is not allowed</source>
        <translation>управляющий символ U+{character} не допускается</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>псевдонимы (*name) не допускаются; впишите значение полностью</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; write values out</source>
        <translation>якоря (&amp;name) не допускаются; впишите значения полностью</translation>
    </message>
    <message>
        <source>YAML tags ({tag}) are not allowed</source>
        <translation>теги YAML ({tag}) не допускаются</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation>синтаксическая ошибка YAML</translation>
    </message>
    <message>
        <source>a tab character here: indent YAML with spaces, not tabs</source>
        <translation>здесь символ табуляции: в YAML отступы делаются пробелами, а не табуляцией</translation>
    </message>
    <message>
        <source>YAML error: {detail}</source>
        <translation>ошибка YAML: {detail}</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>file is empty; expected the keys chart, techniques and zones</source>
        <translation>файл пуст; ожидаются ключи chart, techniques и zones</translation>
    </message>
    <message>
        <source>{what} must be a mapping of &apos;key: value&apos; lines, not {kind}</source>
        <translation>{what}: ожидаются строки вида «ключ: значение», а найдено: {kind}</translation>
    </message>
    <message>
        <source>keys in {what} must be plain words</source>
        <translation>{what}: ключи должны быть простыми словами</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; in {what}</source>
        <translation>{what}: ключ «{key}» повторяется</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {what} (expected: {known})</source>
        <translation>{what}: неизвестный ключ «{key}» (ожидаются: {known})</translation>
    </message>
    <message>
        <source>{what} is missing &apos;{key}&apos;</source>
        <translation>{what}: нет ключа «{key}»</translation>
    </message>
    <message>
        <source>{what} must be a list, not {kind}</source>
        <translation>{what}: ожидается список, а найдено: {kind}</translation>
    </message>
    <message>
        <source>{what} needs at least {count} item(s)</source>
        <translation>{what}: нужен минимум {count} элемент(ов)</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what}: ожидается текст, а найдено: {kind}</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; would be read as {read_as}; put it in quotes</source>
        <translation>{what}: «{value}» будет прочитано как {read_as}; возьмите значение в кавычки</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what}: пустое значение</translation>
    </message>
    <message>
        <source>{what} is longer than {limit:,} characters; shorten it</source>
        <translation>{what}: длиннее {limit:,} символов; сократите</translation>
    </message>
    <message>
        <source>{what} has a lone surrogate (U+{character}), which is not a character</source>
        <translation>{what}: одиночный суррогат (U+{character}), это не символ</translation>
    </message>
    <message>
        <source>{what} has an invisible text-direction character (U+{character}); remove it</source>
        <translation>{what}: невидимый символ направления текста (U+{character}); удалите его</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be lower-case words joined by &apos;-&apos;</source>
        <translation>{what}: «{value}» должно состоять из строчных слов, соединённых знаком «-»</translation>
    </message>
    <message>
        <source>duplicate {what} &apos;{value}&apos;</source>
        <translation>{what}: «{value}» повторяется</translation>
    </message>
    <message>
        <source>side &apos;{value}&apos; must be &apos;left&apos; or &apos;right&apos;</source>
        <translation>сторона «{value}» должна быть &apos;left&apos; или &apos;right&apos;</translation>
    </message>
    <message>
        <source>view &apos;{value}&apos; must be one of plantar, dorsal, medial, lateral</source>
        <translation>вид «{value}» должен быть одним из: plantar, dorsal, medial, lateral</translation>
    </message>
    <message>
        <source>view &apos;{value}&apos; is listed twice</source>
        <translation>вид «{value}» указан дважды</translation>
    </message>
    <message>
        <source>kind &apos;{value}&apos; must be &apos;reflex&apos; or &apos;area&apos;</source>
        <translation>тип «{value}» должен быть &apos;reflex&apos; или &apos;area&apos;</translation>
    </message>
    <message>
        <source>system &apos;{value}&apos; is not a known body system; the README lists them</source>
        <translation>система «{value}» не является известной системой органов; их список есть в README</translation>
    </message>
    <message>
        <source>side &apos;{value}&apos; is listed twice</source>
        <translation>сторона «{value}» указана дважды</translation>
    </message>
    <message>
        <source>unknown technique &apos;{value}&apos; (not in techniques)</source>
        <translation>неизвестная техника «{value}» (её нет в techniques)</translation>
    </message>
    <message>
        <source>file is empty; expected the key sessions with a list of sessions</source>
        <translation>файл пуст; ожидается ключ sessions со списком сеансов</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not &apos;{value}&apos;</source>
        <translation>{what}: ожидается целое число от {low} до {high}, а не «{value}»</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be one of: {known}</source>
        <translation>{what}: «{value}» должно быть одним из: {known}</translation>
    </message>
    <message>
        <source>a step under each_foot takes no side: it is done on the left foot, then the right</source>
        <translation>у шага внутри each_foot не указывается сторона: он выполняется на левой стопе, затем на правой</translation>
    </message>
    <message>
        <source>a step needs a side (left or right), or must be under each_foot</source>
        <translation>шагу нужна сторона (left или right), иначе он должен быть внутри each_foot</translation>
    </message>
    <message>
        <source>a session has more than {limit} steps</source>
        <translation>в сеансе больше {limit} шагов</translation>
    </message>
    <message>
        <source>the chart has no zone or area &apos;{zone}&apos;</source>
        <translation>в карте нет зоны или участка «{zone}»</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not drawn on the {view} view (it is on: {views})</source>
        <translation>«{zone}» не нарисована на виде {view} (она есть на: {views})</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not on the {side} foot in the chart</source>
        <translation>«{zone}» в этой карте не находится на стопе {side}</translation>
    </message>
    <message>
        <source>unknown technique &apos;{value}&apos; (not among the chart&apos;s techniques)</source>
        <translation>неизвестная техника «{value}» (её нет среди техник карты)</translation>
    </message>
    <message>
        <source>file is empty; expected a translation: language, then the English file&apos;s keys</source>
        <translation>файл пуст; ожидается перевод: language, затем ключи английского файла</translation>
    </message>
    <message>
        <source>language &apos;{value}&apos; does not match the file&apos;s name, which says &apos;{expected}&apos;</source>
        <translation>язык «{value}» не совпадает с именем файла, в котором указан «{expected}»</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; of the English file is missing here</source>
        <translation>{what}: «{id}» из английского файла здесь отсутствует</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; is not in the English file</source>
        <translation>{what}: «{id}» нет в английском файле</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; comes before &apos;{after}&apos; in the English file: keep its order</source>
        <translation>{what}: «{id}» в английском файле стоит перед «{after}»: сохраните порядок</translation>
    </message>
    <message>
        <source>{what} has {count} item(s) here but {expected} in the English file: translate each, in the same order</source>
        <translation>{what}: здесь элементов — {count}, а в английском файле — {expected}: переведите каждый, в том же порядке</translation>
    </message>
    <message>
        <source>{what} is &apos;{value}&apos; here but &apos;{expected}&apos; in the English file; keep the English value</source>
        <translation>{what}: здесь «{value}», а в английском файле «{expected}»; оставьте английское значение</translation>
    </message>
    <message>
        <source>the journal could not be read ({reason}); it was kept as {kept} and a new journal was started</source>
        <translation>не удалось прочитать журнал ({reason}); он сохранён как {kept}, начат новый журнал</translation>
    </message>
    <message>
        <source>the journal is in use by another program; close it and try again</source>
        <translation>журнал занят другой программой; закройте её и попробуйте снова</translation>
    </message>
    <message>
        <source>the journal is read-only, so nothing can be saved to it ({reason})</source>
        <translation>журнал доступен только для чтения, в него ничего нельзя сохранить ({reason})</translation>
    </message>
    <message>
        <source>the journal was written by a newer reflexmap (schema {found}; this one reads up to {known}); it was left as it is</source>
        <translation>журнал записан более новой версией reflexmap (схема {found}; эта версия читает до {known}); он оставлен без изменений</translation>
    </message>
    <message>
        <source>cannot write the journal: {reason}</source>
        <translation>не удаётся записать журнал: {reason}</translation>
    </message>
    <message>
        <source>file is larger than {megabytes} MB</source>
        <translation>файл больше {megabytes} МБ</translation>
    </message>
    <message>
        <source>DOCTYPE and entity declarations are not allowed in a drawing</source>
        <translation>объявления DOCTYPE и сущностей в рисунке не допускаются</translation>
    </message>
    <message>
        <source>processing instructions (&lt;?{target} ...?&gt;) are not allowed in a drawing</source>
        <translation>инструкции обработки (&lt;?{target} ...?&gt;) в рисунке не допускаются</translation>
    </message>
    <message>
        <source>cannot read the XML: {detail}</source>
        <translation>не удаётся прочитать XML: {detail}</translation>
    </message>
    <message>
        <source>not well-formed XML: {detail}</source>
        <translation>XML составлен неправильно: {detail}</translation>
    </message>
    <message>
        <source>the root element is &lt;{tag}&gt;, not an SVG &lt;svg&gt; element</source>
        <translation>корневой элемент — &lt;{tag}&gt;, а не элемент SVG &lt;svg&gt;</translation>
    </message>
    <message>
        <source>elements are nested more than {limit} deep</source>
        <translation>элементы вложены глубже {limit} уровней</translation>
    </message>
    <message>
        <source>malformed transform &apos;{transform}&apos;</source>
        <translation>неправильное преобразование «{transform}»</translation>
    </message>
    <message>
        <source>a region has no id</source>
        <translation>у участка нет id</translation>
    </message>
    <message>
        <source>duplicate region id &apos;{region}&apos;</source>
        <translation>id участка «{region}» повторяется</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; refers to &apos;{target}&apos; outside the drawing: a chart may only embed images</source>
        <translation>&lt;{tag}&gt; ссылается на «{target}» вне рисунка: карта может встраивать только изображения</translation>
    </message>
    <message>
        <source>this &lt;use&gt; draws region &apos;{region}&apos; again; draw each region once, directly</source>
        <translation>этот &lt;use&gt; рисует участок «{region}» повторно; рисуйте каждый участок один раз, напрямую</translation>
    </message>
    <message>
        <source>&lt;use&gt; elements here expand the drawing to over {limit:,} elements</source>
        <translation>элементы &lt;use&gt; здесь разворачивают рисунок больше чем в {limit:,} элементов</translation>
    </message>
    <message>
        <source>the drawing has over {limit:,} elements</source>
        <translation>в рисунке больше {limit:,} элементов</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is invisible (its opacity, or an enclosing one, is 0)</source>
        <translation>участок «{region}» невидим (его непрозрачность или непрозрачность объемлющего элемента равна 0)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is inside &lt;{tag}&gt;, which does not draw it where it stands</source>
        <translation>участок «{region}» находится внутри &lt;{tag}&gt;, который не рисует его на этом месте</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has a negative {attribute}, so it is not drawn</source>
        <translation>у участка «{region}» отрицательный {attribute}, поэтому он не рисуется</translation>
    </message>
    <message>
        <source>a &lt;use&gt; element refers to itself, directly or through others</source>
        <translation>элемент &lt;use&gt; ссылается сам на себя, напрямую или через другие</translation>
    </message>
    <message>
        <source>cannot read the SVG: {detail}</source>
        <translation>не удаётся прочитать SVG: {detail}</translation>
    </message>
    <message>
        <source>the drawing has no usable size: give &lt;svg&gt; a width and height, or a viewBox</source>
        <translation>у рисунка нет пригодного размера: задайте для &lt;svg&gt; width и height или viewBox</translation>
    </message>
    <message>
        <source>the drawing is over {limit:,} units wide or high; scale it down</source>
        <translation>рисунок шире или выше {limit:,} единиц; уменьшите его</translation>
    </message>
    <message>
        <source>the viewBox ({view_box}) and size ({size}) differ in proportions; make them match</source>
        <translation>пропорции viewBox ({view_box}) и размера ({size}) различаются; сделайте их одинаковыми</translation>
    </message>
    <message>
        <source>&lt;svg&gt; {attribute}=&quot;{value}&quot; needs a viewBox, or a size in plain numbers</source>
        <translation>&lt;svg&gt; {attribute}=&quot;{value}&quot; требует viewBox или размера в простых числах</translation>
    </message>
    <message>
        <source>more than {limit:,} regions</source>
        <translation>больше {limit:,} участков</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is a &lt;{tag}&gt;, not a shape</source>
        <translation>участок «{region}» — это &lt;{tag}&gt;, а не фигура</translation>
    </message>
    <message>
        <source>region id &apos;{region}&apos; must be &apos;left-&apos; or &apos;right-&apos; followed by a zone id</source>
        <translation>id участка «{region}» должен начинаться с &apos;left-&apos; или &apos;right-&apos;, за которым следует id зоны</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is hidden</source>
        <translation>участок «{region}» скрыт</translation>
    </message>
    <message>
        <source>the regions are too detailed (over {limit:,} points); simplify them</source>
        <translation>участки слишком детальны (больше {limit:,} точек); упростите их</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has coordinates that are not finite numbers</source>
        <translation>у участка «{region}» координаты не являются конечными числами</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has coordinates beyond {limit:,}</source>
        <translation>у участка «{region}» координаты за пределами {limit:,}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is empty (its area is zero)</source>
        <translation>участок «{region}» пуст (его площадь равна нулю)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; reaches outside the drawing (0,0 to {width},{height})</source>
        <translation>участок «{region}» выходит за пределы рисунка (от 0,0 до {width},{height})</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; reaches outside the outline of the {side} foot</source>
        <translation>участок «{region}» выходит за контур стопы {side}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is not drawn (hidden with display:none, or outside the drawing)</source>
        <translation>участок «{region}» не рисуется (скрыт через display:none или лежит вне рисунка)</translation>
    </message>
    <message>
        <source>too many regions lie on top of each other (counted up to region &apos;{region}&apos;)</source>
        <translation>слишком много участков лежат друг на друге (подсчёт дошёл до участка «{region}»)</translation>
    </message>
    <message>
        <source>no regions: mark clickable shapes with class=&quot;{class_name}&quot;</source>
        <translation>нет участков: отметьте кликабельные фигуры атрибутом class=&quot;{class_name}&quot;</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has no zone &apos;{zone}&apos; in {file}</source>
        <translation>для участка «{region}» нет зоны «{zone}» в {file}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is on the {side} foot, but zone &apos;{zone}&apos; lists sides {sides}</source>
        <translation>участок «{region}» на стопе {side}, но у зоны «{zone}» указаны стороны {sides}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; has no region &apos;{region}&apos; in {file}</source>
        <translation>у зоны «{zone}» нет участка «{region}» в {file}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is on the {view} view, but zone &apos;{zone}&apos; lists views {views}</source>
        <translation>участок «{region}» на виде {view}, но у зоны «{zone}» указаны виды {views}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; lists the {view} view, but the chart has no drawing for it</source>
        <translation>у зоны «{zone}» указан вид {view}, но в карте нет рисунка для него</translation>
    </message>
    <message>
        <source>the zones file names no drawings (views): give the drawing with --map</source>
        <translation>в файле зон не указаны рисунки (views): укажите рисунок через --map</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>значение да/нет</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>something other than text</source>
        <translation>не текст</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>словарь</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>the zones file</source>
        <translation>файл зон</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>chart name</source>
        <translation>название карты</translation>
    </message>
    <message>
        <source>chart source</source>
        <translation>источник карты</translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation>disclaimer</translation>
    </message>
    <message>
        <source>chart note</source>
        <translation>примечание к карте</translation>
    </message>
    <message>
        <source>techniques</source>
        <translation>techniques</translation>
    </message>
    <message>
        <source>a technique</source>
        <translation>техника</translation>
    </message>
    <message>
        <source>technique id</source>
        <translation>id техники</translation>
    </message>
    <message>
        <source>technique name</source>
        <translation>название техники</translation>
    </message>
    <message>
        <source>technique &apos;how&apos;</source>
        <translation>how техники</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indications</translation>
    </message>
    <message>
        <source>an indication</source>
        <translation>показание</translation>
    </message>
    <message>
        <source>red_flags</source>
        <translation>red_flags</translation>
    </message>
    <message>
        <source>red flag notice</source>
        <translation>предупреждение о тревожных признаках</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>signs</translation>
    </message>
    <message>
        <source>a red flag</source>
        <translation>тревожный признак</translation>
    </message>
    <message>
        <source>a contraindication</source>
        <translation>противопоказание</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>a zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>zone id</source>
        <translation>id зоны</translation>
    </message>
    <message>
        <source>zone name</source>
        <translation>название зоны</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>sides</translation>
    </message>
    <message>
        <source>side</source>
        <translation>side</translation>
    </message>
    <message>
        <source>views</source>
        <translation>views</translation>
    </message>
    <message>
        <source>a drawing&apos;s file</source>
        <translation>файл рисунка</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>location</source>
        <translation>location</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>claim</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>symptoms</translation>
    </message>
    <message>
        <source>a symptom</source>
        <translation>симптом</translation>
    </message>
    <message>
        <source>symptom term</source>
        <translation>название симптома</translation>
    </message>
    <message>
        <source>a synonym</source>
        <translation>синоним</translation>
    </message>
    <message>
        <source>technique</source>
        <translation>technique</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>movement</translation>
    </message>
    <message>
        <source>pressure</source>
        <translation>pressure</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>uses</translation>
    </message>
    <message>
        <source>a caution</source>
        <translation>предостережение</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>the sessions file</source>
        <translation>файл сеансов</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>сеанс</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>id сеанса</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>название сеанса</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>toward</source>
        <translation>toward</translation>
    </message>
    <message>
        <source>the disagreements file</source>
        <translation>файл расхождений</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>id темы</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>название темы</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>термин</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>chart id</source>
        <translation>id карты</translation>
    </message>
    <message>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <source>the translation</source>
        <translation>перевод</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>session</source>
        <translation>сеанс</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>contraindications</source>
        <translation>contraindications</translation>
    </message>
    <message>
        <source>cautions</source>
        <translation>cautions</translation>
    </message>
</context>
<context>
    <name>ResultList</name>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Choose it to show {0}</source>
        <translation>Выберите, чтобы показать карту «{0}»</translation>
    </message>
    <message>
        <source>Match {0}%</source>
        <translation>Совпадение {0} %</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search symptoms, e.g. headache, can&apos;t sleep, stuffy nose (Ctrl+F)</source>
        <translation>Поиск по симптомам, например: болит голова, не могу уснуть, заложен нос (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search by symptom</source>
        <translation>Поиск по симптому</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Where other charts put this</source>
        <translation>Где это на других картах</translation>
    </message>
    <message>
        <source>Known symptoms</source>
        <translation>Известные симптомы</translation>
    </message>
    <message>
        <source>The other bundled charts&apos; zones follow, under each chart&apos;s name: choosing one shows that chart.</source>
        <translation>Ниже идут зоны других встроенных карт, под названием каждой карты: выбор зоны показывает её карту.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <source>Search for this instead</source>
        <translation>Искать это</translation>
    </message>
    <message>
        <source>1 zone found.</source>
        <translation>Найдена 1 зона.</translation>
    </message>
    <message>
        <source>{0} zones found.</source>
        <translation>Найдено зон: {0}.</translation>
    </message>
    <message>
        <source>{0} more in the other charts, listed after them.</source>
        <translation>Ещё в других картах: {0}, они перечислены после этих.</translation>
    </message>
    <message>
        <source>{0} found in the other charts, listed under their names.</source>
        <translation>Найдено в других картах: {0}, они перечислены под названиями карт.</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Возможно, вы имели в виду: {0}?</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>Zones the tradition links with this are listed, best match first.</source>
        <translation>Перечислены зоны, которые традиция связывает с этим; лучшие совпадения — первыми.</translation>
    </message>
    <message>
        <source>The source suggests foot massage in general for {0}, without naming a zone.</source>
        <translation>Источник советует общий массаж стоп при следующем: {0}, не называя зоны.</translation>
    </message>
    <message>
        <source>No zone in this chart is linked with &quot;{0}&quot;.</source>
        <translation>Ни одна зона этой карты не связана с «{0}».</translation>
    </message>
    <message>
        <source>{0}. {1} ({2})  score {3}  matched: {4}</source>
        <translation>{0}. {1} ({2})  оценка {3}  совпало: {4}</translation>
    </message>
    <message>
        <source>{0} (matched: {1})</source>
        <translation>{0} (совпало: {1})</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Возможно, вы имели в виду: {0}?</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Not for this chart: {0}</source>
        <translation>Не для этой карты: {0}</translation>
    </message>
    <message>
        <source>A session for your symptoms</source>
        <translation>Сеанс по вашим симптомам</translation>
    </message>
    <message>
        <source>Type your symptoms in the search field first, for example “headache and can&apos;t sleep”.</source>
        <translation>Сначала введите симптомы в поле поиска, например «болит голова и не могу уснуть».</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Сеанса нет</translation>
    </message>
    <message>
        <source>{0}: {1} steps, {2} in all.</source>
        <translation>{0}: шагов: {1}, всего {2}.</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Начать...</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Сеанс уже идёт</translation>
    </message>
    <message>
        <source>Stop the session that is running before starting another.</source>
        <translation>Остановите идущий сеанс, прежде чем начинать другой.</translation>
    </message>
    <message>
        <source>The session was not started</source>
        <translation>Сеанс не начат</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Сеанс: {0}</translation>
    </message>
    <message>
        <source>Save what was done so far to the journal before closing?</source>
        <translation>Сохранить сделанное в журнал перед закрытием?</translation>
    </message>
    <message>
        <source>The session was stopped: it does not fit the chart now shown.</source>
        <translation>Сеанс остановлен: он не подходит к показанной сейчас карте.</translation>
    </message>
    <message>
        <source>Print Session Card</source>
        <translation>Печать карточки сеанса</translation>
    </message>
    <message>
        <source>Save Session Card</source>
        <translation>Сохранить карточку сеанса</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Карточка не сохранена</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Экспорт сеанса</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: не удаётся записать: {1}</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Сеанс не экспортирован</translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation>Импорт сеансов</translation>
    </message>
    <message>
        <source>Sessions (*.yaml *.yml)</source>
        <translation>Сеансы (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>These ids are taken by the sessions that come with reflexmap: {0}</source>
        <translation>Эти id заняты сеансами, входящими в reflexmap: {0}</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Удалить сеанс</translation>
    </message>
    <message>
        <source>Delete your session “{0}”?</source>
        <translation>Удалить ваш сеанс «{0}»?</translation>
    </message>
    <message>
        <source>...and {0} more</source>
        <translation>...и ещё {0}</translation>
    </message>
    <message>
        <source>Sessions not read</source>
        <translation>Сеансы не прочитаны</translation>
    </message>
    <message>
        <source>These sessions could not be read; nothing was changed.</source>
        <translation>Эти сеансы не удалось прочитать; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit a Copy of “{0}”</source>
        <translation>Правка копии «{0}»</translation>
    </message>
    <message>
        <source>My {0}</source>
        <translation>Мой: {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Seconds of the chosen step</source>
        <translation>Секунды выбранного шага</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Zone or area of the new step</source>
        <translation>Зона или участок нового шага</translation>
    </message>
    <message>
        <source>Foot of the new step</source>
        <translation>Стопа нового шага</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>&amp;Добавить шаг</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>Ne&amp;w step:</source>
        <translation>Н&amp;овый шаг:</translation>
    </message>
    <message>
        <source>{0} steps, {1} in all.</source>
        <translation>Шагов: {0}, всего {1}.</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Session player: {0}</source>
        <translation>Проигрыватель сеанса: {0}</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Осталось времени на этом шаге</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Ход сеанса</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>The previous step (Left arrow)</source>
        <translation>Предыдущий шаг (стрелка влево)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Пауза или продолжение (пробел)</translation>
    </message>
    <message>
        <source>The next step (Right arrow)</source>
        <translation>Следующий шаг (стрелка вправо)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>A short sound at each change of step</source>
        <translation>Короткий звук при каждой смене шага</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}. {3}</source>
        <translation>Шаг {0} из {1}: {2}. {3}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Далее: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Paused: the computer seemed to sleep</source>
        <translation>Пауза: похоже, компьютер был в спящем режиме</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Продолжено</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Шаг {0} из {1}: {2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Сеанс остановлен</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>light pressure</source>
        <translation>лёгкий нажим</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>средний нажим</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>сильный нажим</translation>
    </message>
    <message>
        <source>toward the toes</source>
        <translation>к пальцам</translation>
    </message>
    <message>
        <source>toward the heel</source>
        <translation>к пятке</translation>
    </message>
    <message>
        <source>toward the ankle</source>
        <translation>к лодыжке</translation>
    </message>
    <message>
        <source>toward the knee</source>
        <translation>к колену</translation>
    </message>
    <message>
        <source>toward the little toe</source>
        <translation>к мизинцу</translation>
    </message>
    <message>
        <source>toward the big toe</source>
        <translation>к большому пальцу</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Левая стопа</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Правая стопа</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}</source>
        <translation>{0}: {1}, {2}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} minutes, {1} steps. Source: {2}.</source>
        <translation>{0} мин, шагов: {1}. Источник: {2}.</translation>
    </message>
    <message>
        <source>Traditional claim: {0}</source>
        <translation>Традиционное утверждение: {0}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Перед началом: {0}</translation>
    </message>
    <message>
        <source>Do not massage the feet with: {0}.</source>
        <translation>Не массируйте стопы при следующих состояниях: {0}.</translation>
    </message>
    <message>
        <source>Stop if it hurts. A foot massage may be pleasant and relaxing; it does not treat any illness.</source>
        <translation>Остановитесь, если больно. Массаж стоп может быть приятным и расслабляющим; он не лечит никакую болезнь.</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (try A4, Letter, A5)</source>
        <translation>неизвестный размер страницы «{0}» (попробуйте A4, Letter, A5)</translation>
    </message>
    <message>
        <source>could not draw the session card</source>
        <translation>не удалось нарисовать карточку сеанса</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Общее время</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>шагов: {0}</translation>
    </message>
    <message>
        <source>Traditional claim</source>
        <translation>Традиционное утверждение</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Перед началом</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Описание сеанса</translation>
    </message>
    <message>
        <source>&amp;Start...</source>
        <translation>&amp;Начать...</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy...</source>
        <translation>&amp;Править копию...</translation>
    </message>
    <message>
        <source>&amp;Print Card...</source>
        <translation>Пе&amp;чать карточки...</translation>
    </message>
    <message>
        <source>Card as P&amp;DF...</source>
        <translation>Карточка в P&amp;DF...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Импорт...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} мин)</translation>
    </message>
    <message>
        <source>{0}, your own</source>
        <translation>{0}, ваш собственный</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file {0} could not be read. reflexmap starts with its defaults and leaves the file as it is.</source>
        <translation>Не удалось прочитать файл настроек {0}. reflexmap запускается с настройками по умолчанию и не трогает этот файл.</translation>
    </message>
    <message>
        <source>The settings file {0} cannot be written: changes in this session will not be remembered.</source>
        <translation>Файл настроек {0} недоступен для записи: изменения в этом сеансе не запомнятся.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session finished</source>
        <translation>Сеанс завершён</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Сеанс остановлен</translation>
    </message>
    <message>
        <source>Steps: planned and actual time</source>
        <translation>Шаги: время по плану и фактическое</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Anything you want to remember (optional)</source>
        <translation>Всё, что хотите запомнить (необязательно)</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>Как себя чувствуют ваши стопы?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Save to Journal</source>
        <translation>Сохранить в журнал</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Planned {0}, done {1}. Steps done: {2} of {3}.</source>
        <translation>По плану {0}, сделано {1}. Выполнено шагов: {2} из {3}.</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>пропущено: {0}</translation>
    </message>
    <message>
        <source>not reached: {0}</source>
        <translation>не дошли: {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>не дошли</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(без ответа)</translation>
    </message>
    <message>
        <source>1: not good</source>
        <translation>1: плохо</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3: neither good nor bad</source>
        <translation>3: ни хорошо, ни плохо</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5: very good</source>
        <translation>5: очень хорошо</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Head and senses</source>
        <translation>Голова и органы чувств</translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation>Мозг и нервы</translation>
    </message>
    <message>
        <source>Glands and hormones</source>
        <translation>Железы и гормоны</translation>
    </message>
    <message>
        <source>Heart, chest and breathing</source>
        <translation>Сердце, грудная клетка и дыхание</translation>
    </message>
    <message>
        <source>Digestion</source>
        <translation>Пищеварение</translation>
    </message>
    <message>
        <source>Kidneys and bladder</source>
        <translation>Почки и мочевой пузырь</translation>
    </message>
    <message>
        <source>Reproductive organs</source>
        <translation>Половые органы</translation>
    </message>
    <message>
        <source>Spine, bones and joints</source>
        <translation>Позвоночник, кости и суставы</translation>
    </message>
    <message>
        <source>Lymph and immunity</source>
        <translation>Лимфа и иммунитет</translation>
    </message>
    <message>
        <source>Massage areas (no reflex claim)</source>
        <translation>Зоны массажа (без рефлекторных утверждений)</translation>
    </message>
    <message>
        <source>Other zones</source>
        <translation>Другие зоны</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>the sole</source>
        <translation>подошва</translation>
    </message>
    <message>
        <source>the top of the foot</source>
        <translation>тыльная сторона стопы</translation>
    </message>
    <message>
        <source>the inner side</source>
        <translation>внутренняя сторона</translation>
    </message>
    <message>
        <source>the outer side</source>
        <translation>внешняя сторона</translation>
    </message>
    <message>
        <source>Left foot, sole</source>
        <translation>Левая стопа, подошва</translation>
    </message>
    <message>
        <source>Right foot, sole</source>
        <translation>Правая стопа, подошва</translation>
    </message>
    <message>
        <source>Left foot, top</source>
        <translation>Левая стопа, тыл</translation>
    </message>
    <message>
        <source>Right foot, top</source>
        <translation>Правая стопа, тыл</translation>
    </message>
    <message>
        <source>Left foot, inner side</source>
        <translation>Левая стопа, внутренняя сторона</translation>
    </message>
    <message>
        <source>Right foot, inner side</source>
        <translation>Правая стопа, внутренняя сторона</translation>
    </message>
    <message>
        <source>Left foot, outer side</source>
        <translation>Левая стопа, внешняя сторона</translation>
    </message>
    <message>
        <source>Right foot, outer side</source>
        <translation>Правая стопа, внешняя сторона</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>обе стопы</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>левая стопа</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>правая стопа</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
</context>
<context>
    <name>ZoneNoteBox</name>
    <message>
        <source>&amp;Favourite zone</source>
        <translation>&amp;Избранная зона</translation>
    </message>
    <message>
        <source>Kept in your journal</source>
        <translation>Хранится в вашем журнале</translation>
    </message>
    <message>
        <source>My &amp;note on this zone:</source>
        <translation>Моя &amp;заметка к этой зоне:</translation>
    </message>
    <message>
        <source>My note on this zone</source>
        <translation>Моя заметка к этой зоне</translation>
    </message>
</context>
<context>
    <name>ZonePanel</name>
    <message>
        <source>Zone details</source>
        <translation>Описание зоны</translation>
    </message>
    <message>
        <source>General contraindications</source>
        <translation>Общие противопоказания</translation>
    </message>
    <message>
        <source>Hide general contraindications</source>
        <translation>Скрыть общие противопоказания</translation>
    </message>
    <message>
        <source>Show general contraindications</source>
        <translation>Показать общие противопоказания</translation>
    </message>
    <message>
        <source>Click a region of the foot, or choose a zone from the list.</source>
        <translation>Щёлкните по участку стопы или выберите зону в списке.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Left and right foot</source>
        <translation>Левая и правая стопа</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Только левая стопа</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Только правая стопа</translation>
    </message>
    <message>
        <source>Traditional claim</source>
        <translation>Традиционное утверждение</translation>
    </message>
    <message>
        <source>Massage area</source>
        <translation>Зона массажа</translation>
    </message>
    <message>
        <source>Traditionally linked with</source>
        <translation>Традиционно связывают с</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Симптомы</translation>
    </message>
    <message>
        <source>Suggested technique</source>
        <translation>Рекомендуемая техника</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Предостережения</translation>
    </message>
    <message>
        <source>Also at this spot</source>
        <translation>Также в этом месте</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Нажим</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Where other charts put this</source>
        <translation>Где это на других картах</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>This zone is drawn on another view: {0}.</source>
        <translation>Эта зона нарисована на другом виде: {0}.</translation>
    </message>
    <message>
        <source>This zone is on the left foot, which is not shown.</source>
        <translation>Эта зона на левой стопе, которая сейчас не показана.</translation>
    </message>
    <message>
        <source>This zone is on the right foot, which is not shown.</source>
        <translation>Эта зона на правой стопе, которая сейчас не показана.</translation>
    </message>
    <message>
        <source>This zone is on a foot that is not shown.</source>
        <translation>Эта зона на стопе, которая сейчас не показана.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>нужно одно значение</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>нужно хотя бы одно значение</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (возможны: %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>не хватает аргументов: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
</context>
</TS>
