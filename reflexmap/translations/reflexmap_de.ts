<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Chart Op&amp;tions</source>
        <translation>Karten&amp;optionen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>Si&amp;tzungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Open Chart...</source>
        <translation>Karte ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open your own zones file and drawing</source>
        <translation>Eine eigene Zonendatei mit Zeichnung öffnen</translation>
    </message>
    <message>
        <source>Read the chart&apos;s files again, after editing them</source>
        <translation>Die Dateien der Karte nach dem Bearbeiten neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Journal...</source>
        <translation>&amp;Journal...</translation>
    </message>
    <message>
        <source>The sessions you ran, your notes and ratings</source>
        <translation>Ihre durchgeführten Sitzungen, Notizen und Bewertungen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Druckvorschau...</translation>
    </message>
    <message>
        <source>See the printed chart before printing</source>
        <translation>Die Karte vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Dr&amp;ucken...</translation>
    </message>
    <message>
        <source>Print the zone chart</source>
        <translation>Die Zonenkarte drucken</translation>
    </message>
    <message>
        <source>Print Session &amp;Card...</source>
        <translation>Sitzungs&amp;karte drucken...</translation>
    </message>
    <message>
        <source>One page with a session&apos;s steps, a small map of each and the safety notes</source>
        <translation>Eine Seite mit den Schritten einer Sitzung, einer kleinen Karte zu jedem und den Sicherheitshinweisen</translation>
    </message>
    <message>
        <source>Page Set&amp;up...</source>
        <translation>&amp;Seite einrichten...</translation>
    </message>
    <message>
        <source>Page size, orientation and margins</source>
        <translation>Seitengröße, Ausrichtung und Ränder</translation>
    </message>
    <message>
        <source>&amp;Export as PDF...</source>
        <translation>Als &amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>Save the zone chart as a PDF</source>
        <translation>Die Zonenkarte als PDF speichern</translation>
    </message>
    <message>
        <source>Export as &amp;Image (PNG, SVG)...</source>
        <translation>Als B&amp;ild exportieren (PNG, SVG)...</translation>
    </message>
    <message>
        <source>Save the chart&apos;s first page as a PNG or SVG image</source>
        <translation>Die erste Seite der Karte als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Print &amp;Where the Charts Disagree...</source>
        <translation>&amp;Widersprüche der Karten drucken...</translation>
    </message>
    <message>
        <source>Preview and print one page of where the bundled charts place things</source>
        <translation>Eine Seite darüber ansehen und drucken, wo die mitgelieferten Karten etwas verorten</translation>
    </message>
    <message>
        <source>Export Where the Charts Disagree as P&amp;DF...</source>
        <translation>Widersprüche der Karten als PDF e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the page of where the charts disagree as a PDF</source>
        <translation>Die Seite der Widersprüche zwischen den Karten als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Only the &amp;Selected or Found Zones</source>
        <translation>Nur die &amp;ausgewählten oder gefundenen Zonen</translation>
    </message>
    <message>
        <source>Chart only the zones of the current search, or the selected zone</source>
        <translation>Nur die Zonen der aktuellen Suche oder die ausgewählte Zone in die Karte aufnehmen</translation>
    </message>
    <message>
        <source>Add the Technique &amp;Guide</source>
        <translation>&amp;Technikanleitung hinzufügen</translation>
    </message>
    <message>
        <source>Add pages with the techniques and what research says (PDF and print)</source>
        <translation>Seiten mit den Techniken und dem Stand der Forschung hinzufügen (PDF und Druck)</translation>
    </message>
    <message>
        <source>&amp;Black and White</source>
        <translation>&amp;Schwarzweiß</translation>
    </message>
    <message>
        <source>For black-and-white printers: grey fills and hatching</source>
        <translation>Für Schwarzweißdrucker: graue Flächen und Schraffuren</translation>
    </message>
    <message>
        <source>All &amp;Four Views</source>
        <translation>Alle &amp;vier Ansichten</translation>
    </message>
    <message>
        <source>Every view of the feet: two pages on A4 or Letter, one on landscape A3</source>
        <translation>Alle Ansichten der Füße: zwei Seiten auf A4 oder Letter, eine auf A3 quer</translation>
    </message>
    <message>
        <source>&amp;Client Name and Notes...</source>
        <translation>&amp;Name und Notizen...</translation>
    </message>
    <message>
        <source>Print a name, the date and notes at the chart&apos;s head</source>
        <translation>Einen Namen, das Datum und Notizen oben auf die Karte drucken</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>Auf Auswahl &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Guided Sessions...</source>
        <translation>&amp;Angeleitete Sitzungen...</translation>
    </message>
    <message>
        <source>Foot-massage sessions to follow step by step</source>
        <translation>Fußmassage-Sitzungen zum Mitmachen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>A Session for My &amp;Symptoms...</source>
        <translation>Eine Sitzung für meine &amp;Beschwerden...</translation>
    </message>
    <message>
        <source>A session on the zones the current search found, with its total time</source>
        <translation>Eine Sitzung zu den Zonen der aktuellen Suche, mit ihrer Gesamtdauer</translation>
    </message>
    <message>
        <source>On the map: arrow keys move between the zones of a foot by where they lie, Tab goes to the other foot and then on to the zone list and the details, Enter selects, Ctrl+wheel or a pinch zooms, and dragging a zoomed drawing moves it.</source>
        <translation>Auf der Karte: Die Pfeiltasten wechseln zwischen den Zonen eines Fußes nach ihrer Lage, Tab geht zum anderen Fuß und dann weiter zur Zonenliste und zu den Details, Enter wählt aus, Strg+Mausrad oder eine Zwei-Finger-Geste zoomt, und eine vergrößerte Zeichnung lässt sich ziehen.</translation>
    </message>
    <message>
        <source>In a running session&apos;s player: Space pauses and resumes, Left goes back a step, Right skips to the next.</source>
        <translation>Im Player einer laufenden Sitzung: Leertaste pausiert und setzt fort, Pfeil links geht einen Schritt zurück, Pfeil rechts springt zum nächsten.</translation>
    </message>
    <message>
        <source>&amp;Find Symptom</source>
        <translation>Symptom &amp;suchen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Search zones by symptom</source>
        <translation>Zonen nach Symptom suchen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the search, or else the selection</source>
        <translation>Die Suche leeren, sonst die Auswahl aufheben</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Enlarge the drawing</source>
        <translation>Die Zeichnung vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Shrink the drawing</source>
        <translation>Die Zeichnung verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole drawing</source>
        <translation>Die ganze Zeichnung zeigen</translation>
    </message>
    <message>
        <source>Enlarge the selected zone</source>
        <translation>Die ausgewählte Zone vergrößern</translation>
    </message>
    <message>
        <source>&amp;Sole</source>
        <translation>Fuß&amp;sohle</translation>
    </message>
    <message>
        <source>&amp;Top of the Foot</source>
        <translation>Fuß&amp;rücken</translation>
    </message>
    <message>
        <source>Inn&amp;er Side</source>
        <translation>&amp;Innenseite</translation>
    </message>
    <message>
        <source>O&amp;uter Side</source>
        <translation>A&amp;ußenseite</translation>
    </message>
    <message>
        <source>&amp;Both Feet</source>
        <translation>&amp;Beide Füße</translation>
    </message>
    <message>
        <source>&amp;Left Foot</source>
        <translation>&amp;Linker Fuß</translation>
    </message>
    <message>
        <source>&amp;Right Foot</source>
        <translation>Rec&amp;hter Fuß</translation>
    </message>
    <message>
        <source>Zone &amp;Numbers</source>
        <translation>Zonen&amp;nummern</translation>
    </message>
    <message>
        <source>Show or hide the zone numbers on the drawing</source>
        <translation>Die Zonennummern auf der Zeichnung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>About These &amp;Claims</source>
        <translation>Über diese &amp;Behauptungen</translation>
    </message>
    <message>
        <source>What research says about reflexology</source>
        <translation>Was die Forschung über Reflexzonenmassage sagt</translation>
    </message>
    <message>
        <source>Co&amp;ntraindications</source>
        <translation>&amp;Gegenanzeigen</translation>
    </message>
    <message>
        <source>When not to massage the feet</source>
        <translation>Wann die Füße nicht massiert werden sollten</translation>
    </message>
    <message>
        <source>&amp;Safety Notice</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Where the Charts &amp;Disagree</source>
        <translation>Wo die Karten sich &amp;widersprechen</translation>
    </message>
    <message>
        <source>Where each bundled chart places the zones, or the words searched for</source>
        <translation>Wo jede mitgelieferte Karte die Zonen oder die gesuchten Wörter verortet</translation>
    </message>
    <message>
        <source>&amp;About reflexmap</source>
        <translation>&amp;Über reflexmap</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Home foot-massage chart (bundled)</source>
        <translation>Karte für die Fußmassage zu Hause (mitgeliefert)</translation>
    </message>
    <message>
        <source>Common Western chart (bundled)</source>
        <translation>Verbreitete westliche Karte (mitgeliefert)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Client Name and Notes</source>
        <translation>Name und Notizen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Printed at the head of the chart, with today&apos;s date.</source>
        <translation>Wird oben auf die Karte gedruckt, mit dem heutigen Datum.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print Where the Charts Disagree</source>
        <translation>Widersprüche der Karten drucken</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>Wo die Karten sich widersprechen</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation>Ordner zeigen</translation>
    </message>
    <message>
        <source>Saved the chart as {0}</source>
        <translation>Karte gespeichert als {0}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Could not print.</source>
        <translation>Drucken nicht möglich.</translation>
    </message>
</context>
<context>
    <name>ChartRequest</name>
    <message>
        <source>no zone {0}; the zones are: {1}</source>
        <translation>keine Zone {0}; die Zonen sind: {1}</translation>
    </message>
    <message>
        <source>no zone matches &apos;{0}&apos;</source>
        <translation>keine Zone passt zu „{0}“</translation>
    </message>
    <message>
        <source>left</source>
        <translation>li.</translation>
    </message>
    <message>
        <source>right</source>
        <translation>re.</translation>
    </message>
    <message>
        <source>Traditionally linked with {0}.</source>
        <translation>Traditionell verbunden mit: {0}.</translation>
    </message>
    <message>
        <source>A massage area: the source makes no reflex claim for it.</source>
        <translation>Ein Massagebereich: Die Quelle schreibt ihm keine Reflexwirkung zu.</translation>
    </message>
    <message>
        <source>{0} Where: {1} Technique: {2} Pressure: {3} Time: {4}</source>
        <translation>{0} Wo: {1} Technik: {2} Druck: {3} Dauer: {4}</translation>
    </message>
    <message>
        <source>{0} Technique: {1}</source>
        <translation>{0} Technik: {1}</translation>
    </message>
    <message>
        <source>Do not massage the feet with: {0}. Even without them, ask a doctor before you start.</source>
        <translation>Die Füße nicht massieren bei: {0}. Auch wenn nichts davon zutrifft, vor dem Beginn ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>{0}. Made {1} with reflexmap {2}.</source>
        <translation>{0}. Erstellt am {1} mit reflexmap {2}.</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Über diese Behauptungen</translation>
    </message>
    <message>
        <source>all four views</source>
        <translation>alle vier Ansichten</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Quelle: {0}</translation>
    </message>
    <message>
        <source>Zones for {0}</source>
        <translation>Zonen für „{0}“</translation>
    </message>
    <message>
        <source>Zones: {0}</source>
        <translation>Zonen: {0}</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(Fortsetzung)</translation>
    </message>
    <message>
        <source>For {0}, {1}</source>
        <translation>Für {0}, {1}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Datum: {0}</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notizen: {0}</translation>
    </message>
    <message>
        <source>This chart does not place it.</source>
        <translation>Diese Karte verortet es nicht.</translation>
    </message>
    <message>
        <source>Made {0} with reflexmap {1}.</source>
        <translation>Erstellt am {0} mit reflexmap {1}.</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>Wo die Karten sich widersprechen</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Tick anything that applies to you now. The source advises against foot massage with any of these.</source>
        <translation>Kreuzen Sie alles an, was gerade auf Sie zutrifft. Die Quelle rät bei jedem dieser Punkte von einer Fußmassage ab.</translation>
    </message>
    <message>
        <source>Confirm and Start</source>
        <translation>Bestätigen und beginnen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>{0} is an option of Qt, for the window</source>
        <translation>{0} ist eine Option von Qt, nur für das Fenster</translation>
    </message>
    <message>
        <source>Qt&apos;s option {0} needs a value</source>
        <translation>die Qt-Option {0} braucht einen Wert</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>a zones file (YAML); the bundled chart by default</source>
        <translation>eine Zonendatei (YAML); standardmäßig die mitgelieferte Karte</translation>
    </message>
    <message>
        <source>the drawing of the sole (SVG), for a zones file that names no drawings</source>
        <translation>die Zeichnung der Fußsohle (SVG), für eine Zonendatei, die keine Zeichnungen nennt</translation>
    </message>
    <message>
        <source>the view of the feet for --screenshot and chart (default plantar, the sole)</source>
        <translation>die Ansicht der Füße für --screenshot und chart (standardmäßig plantar, die Fußsohle)</translation>
    </message>
    <message>
        <source>An interactive map of the foot&apos;s reflex zones. Everything it shows is a traditional claim, not medical advice. With no command, opens the window.</source>
        <translation>Eine interaktive Karte der Reflexzonen des Fußes. Alles, was sie zeigt, ist eine traditionelle Behauptung, kein ärztlicher Rat. Ohne Befehl öffnet sie das Fenster.</translation>
    </message>
    <message>
        <source>The window also takes Qt&apos;s standard options: -style NAME, -platform NAME, -reverse, -stylesheet FILE, -platformtheme NAME, -qwindowgeometry WxH+X+Y, -qwindowtitle TITLE, -display DISPLAY and the like.</source>
        <translation>Das Fenster nimmt auch die Standardoptionen von Qt: -style NAME, -platform NAME, -reverse, -stylesheet DATEI, -platformtheme NAME, -qwindowgeometry BxH+X+Y, -qwindowtitle TITEL, -display DISPLAY und ähnliche.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>write the printable zone chart to a PDF, PNG or SVG file</source>
        <translation>die druckbare Zonenkarte als PDF-, PNG- oder SVG-Datei schreiben</translation>
    </message>
    <message>
        <source>Write the zone chart: the drawing, a numbered legend grouped by body system, the disclaimer and the contraindications. The format follows the file&apos;s extension (.pdf, .png, .svg); PNG and SVG hold the first page. To chart another zones file and drawing, give --zones FILE --map FILE before the command.</source>
        <translation>Die Zonenkarte schreiben: die Zeichnung, eine nummerierte Legende nach Organsystemen, den Hinweis und die Gegenanzeigen. Das Format folgt der Dateiendung (.pdf, .png, .svg); PNG und SVG enthalten die erste Seite. Für eine andere Zonendatei und Zeichnung --zones DATEI --map DATEI vor dem Befehl angeben.</translation>
    </message>
    <message>
        <source>the file to write: .pdf, .png or .svg</source>
        <translation>die zu schreibende Datei: .pdf, .png oder .svg</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>print in landscape</source>
        <translation>im Querformat drucken</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>A4 (default), Letter, A5, Legal, A3...</source>
        <translation>A4 (Standard), Letter, A5, Legal, A3...</translation>
    </message>
    <message>
        <source>the view of the feet drawn (default plantar, the sole), or all four: two pages on A4 or Letter, one on landscape A3</source>
        <translation>die gezeichnete Ansicht der Füße (standardmäßig plantar, die Fußsohle) oder alle vier: zwei Seiten auf A4 oder Letter, eine auf A3 quer</translation>
    </message>
    <message>
        <source>only these zones (comma-separated ids)</source>
        <translation>nur diese Zonen (IDs, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <source>only the zones this search finds</source>
        <translation>nur die Zonen, die diese Suche findet</translation>
    </message>
    <message>
        <source>for black-and-white printing: grey fills told apart by hatching</source>
        <translation>für Schwarzweißdruck: graue Flächen, durch Schraffur unterschieden</translation>
    </message>
    <message>
        <source>whom it is for: printed at the top, with the date</source>
        <translation>für wen sie ist: oben gedruckt, mit dem Datum</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>notes printed under the name</source>
        <translation>Notizen, unter dem Namen gedruckt</translation>
    </message>
    <message>
        <source>write the one-page sheet of where the bundled charts disagree instead</source>
        <translation>stattdessen das einseitige Blatt der Widersprüche der mitgelieferten Karten schreiben</translation>
    </message>
    <message>
        <source>add pages with the technique guide and what research says (PDF)</source>
        <translation>Seiten mit der Technikanleitung und dem, was die Forschung sagt, hinzufügen (PDF)</translation>
    </message>
    <message>
        <source>list the bundled charts</source>
        <translation>die mitgelieferten Karten auflisten</translation>
    </message>
    <message>
        <source>List the charts reflexmap comes with; give one to any command with --chart ID.</source>
        <translation>Die Karten auflisten, die reflexmap mitbringt; jedem Befehl lässt sich eine mit --chart ID geben.</translation>
    </message>
    <message>
        <source>print a JSON list</source>
        <translation>eine JSON-Liste ausgeben</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>the language of the interface, the messages and the charts&apos; texts ({0}); by default the system&apos;s</source>
        <translation>die Sprache der Oberfläche, der Meldungen und der Kartentexte ({0}); standardmäßig die des Systems</translation>
    </message>
    <message>
        <source>a bundled chart ({0}; `reflexmap charts` lists them); {1} by default</source>
        <translation>eine mitgelieferte Karte ({0}; `reflexmap charts` listet sie auf); standardmäßig {1}</translation>
    </message>
    <message>
        <source>a file, not stdout</source>
        <translation>eine Datei statt der Standardausgabe</translation>
    </message>
    <message>
        <source>where each chart places a zone, an organ or a symptom</source>
        <translation>wo jede Karte eine Zone, ein Organ oder ein Symptom verortet</translation>
    </message>
    <message>
        <source>Show where each bundled chart places something (&quot;thyroid&quot;, &quot;heart&quot;, &quot;back pain&quot;), side by side: the charts disagree, and so do practitioners.</source>
        <translation>Nebeneinander zeigen, wo jede mitgelieferte Karte etwas verortet („Schilddrüse“, „Herz“, „Rückenschmerzen“): Die Karten sind sich uneins, und die Praktiker auch.</translation>
    </message>
    <message>
        <source>term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>a zone, an organ or a symptom</source>
        <translation>eine Zone, ein Organ oder ein Symptom</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>the sessions you ran</source>
        <translation>die Sitzungen, die Sie durchgeführt haben</translation>
    </message>
    <message>
        <source>The journal of sessions run: what was done, for how long, and your notes. It is kept in your data folder: $XDG_DATA_HOME/reflexmap or ~/.local/share/reflexmap on Linux, ~/Library/Application Support/reflexmap on macOS, %APPDATA%\reflexmap on Windows.</source>
        <translation>Das Journal der durchgeführten Sitzungen: was gemacht wurde, wie lange, und Ihre Notizen. Es liegt in Ihrem Datenordner: $XDG_DATA_HOME/reflexmap oder ~/.local/share/reflexmap unter Linux, ~/Library/Application Support/reflexmap unter macOS, %APPDATA%\reflexmap unter Windows.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>write the journal as JSON or CSV</source>
        <translation>das Journal als JSON oder CSV schreiben</translation>
    </message>
    <message>
        <source>JSON: the runs with their steps, and the zone notes</source>
        <translation>JSON: die durchgeführten Sitzungen mit ihren Schritten und die Notizen zu Zonen</translation>
    </message>
    <message>
        <source>CSV: one row per step of every run</source>
        <translation>CSV: eine Zeile je Schritt jeder Sitzung</translation>
    </message>
    <message>
        <source>delete one entry, or everything</source>
        <translation>einen Eintrag oder alles löschen</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>the entry, as `reflexmap journal` shows it</source>
        <translation>der Eintrag, wie `reflexmap journal` ihn zeigt</translation>
    </message>
    <message>
        <source>every entry, note and own session</source>
        <translation>alle Einträge, Notizen und eigenen Sitzungen</translation>
    </message>
    <message>
        <source>find zones by symptom</source>
        <translation>Zonen nach Symptom finden</translation>
    </message>
    <message>
        <source>Find the zones the chart links with one or more symptoms, in everyday words (&quot;can&apos;t sleep&quot;, &quot;headache and cold feet&quot;), then those the other bundled charts link with them. Warning signs that need a doctor are named first. Finding nothing is not an error.</source>
        <translation>Die Zonen finden, die die Karte mit einem oder mehreren Symptomen in Alltagsworten verbindet („kann nicht schlafen“, „Kopfschmerzen und kalte Füße“), dann die, die die anderen mitgelieferten Karten damit verbinden. Warnzeichen, die ärztliche Hilfe brauchen, werden zuerst genannt. Nichts zu finden ist kein Fehler.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>the symptoms, in your own words</source>
        <translation>die Symptome, in Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>list, show, print, export or import guided sessions</source>
        <translation>angeleitete Sitzungen auflisten, zeigen, drucken, exportieren oder importieren</translation>
    </message>
    <message>
        <source>The guided massage sessions: the ones the source describes and your own. Each states what the tradition claims for it; none is a treatment.</source>
        <translation>Die angeleiteten Massagesitzungen: die von der Quelle beschriebenen und Ihre eigenen. Jede sagt, was die Überlieferung über sie behauptet; keine ist eine Behandlung.</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>die Sitzungen auflisten</translation>
    </message>
    <message>
        <source>show a session&apos;s steps</source>
        <translation>die Schritte einer Sitzung zeigen</translation>
    </message>
    <message>
        <source>write sessions as YAML</source>
        <translation>Sitzungen als YAML schreiben</translation>
    </message>
    <message>
        <source>the sessions to write</source>
        <translation>die zu schreibenden Sitzungen</translation>
    </message>
    <message>
        <source>write a session card (PDF): the steps, a small map of each, the safety notes</source>
        <translation>eine Sitzungskarte schreiben (PDF): die Schritte, eine kleine Karte zu jedem, die Sicherheitshinweise</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>DATEI.pdf</translation>
    </message>
    <message>
        <source>the card&apos;s file</source>
        <translation>die Datei der Karte</translation>
    </message>
    <message>
        <source>keep the sessions of a YAML file as your own</source>
        <translation>die Sitzungen einer YAML-Datei als eigene übernehmen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>a sessions file, as `session export` writes</source>
        <translation>eine Sitzungsdatei, wie `session export` sie schreibt</translation>
    </message>
    <message>
        <source>the session&apos;s id, as `session list` shows it</source>
        <translation>die ID der Sitzung, wie `session list` sie zeigt</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>das Fenster ohne Bildschirm als PNG zeichnen und beenden</translation>
    </message>
    <message>
        <source>with --screenshot: select this zone</source>
        <translation>mit --screenshot: diese Zone auswählen</translation>
    </message>
    <message>
        <source>with --screenshot: search for this</source>
        <translation>mit --screenshot: danach suchen</translation>
    </message>
    <message>
        <source>with --screenshot: window size in pixels (default 1200x800)</source>
        <translation>mit --screenshot: Fenstergröße in Pixeln (Standard 1200x800)</translation>
    </message>
    <message>
        <source>with --screenshot: a screen of this size; the window opens on it as on a first start, and the picture is the whole screen</source>
        <translation>mit --screenshot: ein Bildschirm dieser Größe; das Fenster öffnet sich darauf wie beim ersten Start, und das Bild zeigt den ganzen Bildschirm</translation>
    </message>
    <message>
        <source>with --screenshot and --screen: this dialog open over the window</source>
        <translation>mit --screenshot und --screen: dieser Dialog, über dem Fenster geöffnet</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>„{0}“ ist nicht BREITExHÖHE, z. B. 1200x800</translation>
    </message>
    <message>
        <source>width and height must be between 200 and 8000 pixels</source>
        <translation>Breite und Höhe müssen zwischen 200 und 8000 Pixeln liegen</translation>
    </message>
    <message>
        <source>list the chart&apos;s zones</source>
        <translation>die Zonen der Karte auflisten</translation>
    </message>
    <message>
        <source>List the chart&apos;s zones as a table, or as JSON.</source>
        <translation>Die Zonen der Karte als Tabelle oder als JSON auflisten.</translation>
    </message>
    <message>
        <source>print a JSON list, one object per zone</source>
        <translation>eine JSON-Liste ausgeben, ein Objekt je Zone</translation>
    </message>
    <message>
        <source>check a chart and its translations and report every problem</source>
        <translation>eine Karte und ihre Übersetzungen prüfen und jedes Problem melden</translation>
    </message>
    <message>
        <source>Check a zones file, its drawings and the translations beside it (for a bundled chart, the bundled sessions&apos; and disagreements&apos; too). Exits 0 with a summary, or 1 with one FILE:LINE:COL: message line per problem.</source>
        <translation>Eine Zonendatei, ihre Zeichnungen und die Übersetzungen daneben prüfen (bei einer mitgelieferten Karte auch die der mitgelieferten Sitzungen und Widersprüche). Endet mit 0 und einer Zusammenfassung oder mit 1 und einer Zeile DATEI:ZEILE:SPALTE: Meldung je Problem.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>this chart has no {0} view; it has {1}</source>
        <translation>diese Karte hat keine Ansicht {0}; sie hat: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} pages</source>
        <translation>{0}: {1} Seiten</translation>
    </message>
    <message>
        <source>{0}: 1 page</source>
        <translation>{0}: 1 Seite</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>{0} zones on {1}</source>
        <translation>{0} Zonen in den Ansichten {1}</translation>
    </message>
    <message>
        <source>{0}: translations OK</source>
        <translation>{0}: Übersetzungen in Ordnung</translation>
    </message>
    <message>
        <source>{0} + {1}: OK, {2} zones, {3} regions on {4} view(s)</source>
        <translation>{0} + {1}: OK, {2} Zonen, {3} Bereiche in {4} Ansicht(en)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TRADITIONALLY LINKED WITH</source>
        <translation>TRADITIONELL VERBUNDEN MIT</translation>
    </message>
    <message>
        <source>no zone &apos;{0}&apos;; the zones are: {1}</source>
        <translation>keine Zone „{0}“; die Zonen sind: {1}</translation>
    </message>
    <message>
        <source>--select, --search, --size, --screen and --dialog go with --screenshot</source>
        <translation>--select, --search, --size, --screen und --dialog gehören zu --screenshot</translation>
    </message>
    <message>
        <source>--dialog goes with --screen</source>
        <translation>--dialog gehört zu --screen</translation>
    </message>
    <message>
        <source>no display to open the window on (DISPLAY is not set); --screenshot FILE and the commands (reflexmap --help) work without one</source>
        <translation>kein Bildschirm, auf dem sich das Fenster öffnen ließe (DISPLAY ist nicht gesetzt); --screenshot DATEI und die Befehle (reflexmap --help) funktionieren auch ohne</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Sitzungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>{0}: {1} of {2} min, {3} step(s) skipped</source>
        <translation>{0}: {1} von {2} Min., {3} Schritt(e) übersprungen</translation>
    </message>
    <message>
        <source>rated {0}/5</source>
        <translation>Bewertung {0}/5</translation>
    </message>
    <message>
        <source>Per week:</source>
        <translation>Pro Woche:</translation>
    </message>
    <message>
        <source>{0} session(s), {1} min</source>
        <translation>{0} Sitzung(en), {1} Min.</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>Das Journal ist leer.</translation>
    </message>
    <message>
        <source>Deleted entry {0}.</source>
        <translation>Eintrag {0} gelöscht.</translation>
    </message>
    <message>
        <source>no entry {0}</source>
        <translation>kein Eintrag {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>no session &apos;{0}&apos;; `reflexmap session list` names them</source>
        <translation>keine Sitzung „{0}“; `reflexmap session list` nennt sie</translation>
    </message>
    <message>
        <source>no session {0}</source>
        <translation>keine Sitzung {0}</translation>
    </message>
    <message>
        <source>{0}: a session card is a PDF; name the file FILE.pdf</source>
        <translation>{0}: eine Sitzungskarte ist ein PDF; die Datei DATEI.pdf nennen</translation>
    </message>
    <message>
        <source>session &apos;{0}&apos; does not fit the chart {1}</source>
        <translation>Sitzung „{0}“ passt nicht zur Karte {1}</translation>
    </message>
    <message>
        <source>{0}: the card of {1}, {2} minutes</source>
        <translation>{0}: die Karte von „{1}“, {2} Minuten</translation>
    </message>
    <message>
        <source>Imported {0} session(s): {1}</source>
        <translation>{0} Sitzung(en) importiert: {1}</translation>
    </message>
    <message>
        <source>cannot write {0}: {1}</source>
        <translation>{0} kann nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Where the charts place {0}:</source>
        <translation>Wo die Karten „{0}“ verorten:</translation>
    </message>
    <message>
        <source>No zone in this chart.</source>
        <translation>Keine Zone in dieser Karte.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>...and {0} more</source>
        <translation>...und {0} weitere</translation>
    </message>
    <message>
        <source>Chart not opened</source>
        <translation>Karte nicht geöffnet</translation>
    </message>
    <message>
        <source>This chart could not be opened; the window keeps showing “{0}”.</source>
        <translation>Diese Karte konnte nicht geöffnet werden; das Fenster zeigt weiter „{0}“.</translation>
    </message>
    <message>
        <source>Open Chart: the zones file</source>
        <translation>Karte öffnen: die Zonendatei</translation>
    </message>
    <message>
        <source>Zones (*.yaml *.yml)</source>
        <translation>Zonen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open Chart: its drawing</source>
        <translation>Karte öffnen: ihre Zeichnung</translation>
    </message>
    <message>
        <source>Drawing (*.svg)</source>
        <translation>Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <source>Do not massage the feet with any of these:</source>
        <translation>Die Füße nicht massieren bei:</translation>
    </message>
    <message>
        <source>Even without them, ask a doctor before you start.</source>
        <translation>Auch wenn nichts davon zutrifft, vor dem Beginn ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>This map shows what reflexology charts claim. A foot massage may feel relaxing, but it cannot diagnose or treat illness. With symptoms such as chest pain, sudden breathlessness or a sudden severe headache, seek medical help at once.</source>
        <translation>Diese Karte zeigt, was Reflexzonenkarten behaupten. Eine Fußmassage kann entspannend wirken, aber sie kann keine Krankheit erkennen oder behandeln. Bei Beschwerden wie Brustschmerzen, plötzlicher Atemnot oder plötzlichen starken Kopfschmerzen sofort ärztliche Hilfe holen.</translation>
    </message>
    <message>
        <source>Reflexology charts claim that areas of the foot correspond to organs, and that working an area affects that organ. reflexmap shows these claims as the tradition states them. Here is what studies have found.</source>
        <translation>Reflexzonenkarten behaupten, dass Bereiche des Fußes Organen entsprechen und dass die Behandlung eines Bereichs auf das Organ wirkt. reflexmap zeigt diese Behauptungen so, wie die Tradition sie aufstellt. Das haben Studien herausgefunden:</translation>
    </message>
    <message>
        <source>No convincing evidence for any medical condition.</source>
        <translation>Kein überzeugender Nachweis für irgendeine Erkrankung.</translation>
    </message>
    <message>
        <source>A systematic review of 18 randomised trials (Ernst, Medical Journal of Australia 2009, 191:263-266) found that most trials were of poor quality and the better ones were mostly negative. It also warned that using reflexology to diagnose gives false results, and that using it instead of treatment for a serious illness is dangerous.</source>
        <translation>Eine systematische Übersicht über 18 randomisierte Studien (Ernst, Medical Journal of Australia 2009, 191:263-266) fand, dass die meisten Studien von schlechter Qualität waren und die besseren überwiegend negativ ausfielen. Sie warnte außerdem, dass Diagnosen mit Reflexzonenmassage falsche Ergebnisse liefern und dass es gefährlich ist, sie bei einer ernsten Krankheit statt einer Behandlung einzusetzen.</translation>
    </message>
    <message>
        <source>Few measurable effects.</source>
        <translation>Wenige messbare Wirkungen.</translation>
    </message>
    <message>
        <source>A review of 17 randomised trials (McCullough and colleagues, Evidence-Based Complementary and Alternative Medicine 2014) found a difference between groups in only 3 of 34 objective measurements, and judged the studies to be of low quality.</source>
        <translation>Eine Übersicht über 17 randomisierte Studien (McCullough und Kollegen, Evidence-Based Complementary and Alternative Medicine 2014) fand nur bei 3 von 34 objektiven Messungen einen Unterschied zwischen den Gruppen und bewertete die Studien als qualitativ schwach.</translation>
    </message>
    <message>
        <source>Pain in labour.</source>
        <translation>Geburtsschmerzen.</translation>
    </message>
    <message>
        <source>A Cochrane review (Smith and colleagues 2018, CD009290) found only low-quality evidence.</source>
        <translation>Eine Cochrane-Übersicht (Smith und Kollegen 2018, CD009290) fand nur Belege von geringer Qualität.</translation>
    </message>
    <message>
        <source>Cancer.</source>
        <translation>Krebs.</translation>
    </message>
    <message>
        <source>Cancer Research UK says there is no scientific evidence that reflexology treats or cures cancer; some people find it relaxing, and it may help them with stress, anxiety and mood.</source>
        <translation>Cancer Research UK stellt fest, dass es keinen wissenschaftlichen Beleg dafür gibt, dass Reflexzonenmassage Krebs behandelt oder heilt; manche Menschen empfinden sie als entspannend, und sie kann ihnen bei Stress, Angst und gedrückter Stimmung helfen.</translation>
    </message>
    <message>
        <source>What this means for you.</source>
        <translation>Was das für Sie bedeutet.</translation>
    </message>
    <message>
        <source>A foot massage can be pleasant and relaxing. A tender spot on the foot says nothing reliable about an organ, and massage is no replacement for medical care.</source>
        <translation>Eine Fußmassage kann angenehm und entspannend sein. Eine empfindliche Stelle am Fuß sagt nichts Verlässliches über ein Organ aus, und Massage ersetzt keine ärztliche Behandlung.</translation>
    </message>
    <message>
        <source>Staying safe.</source>
        <translation>Sicherheit.</translation>
    </message>
    <message>
        <source>Do not massage over fractures, unhealed wounds or gout that is flaring. Avoid reflexology with a current blood clot (thrombosis). Take care in pregnancy. With any disease of the blood vessels, see a doctor first.</source>
        <translation>Nicht über Knochenbrüchen, nicht verheilten Wunden oder bei einem akuten Gichtanfall massieren. Bei einem bestehenden Blutgerinnsel (Thrombose) auf Reflexzonenmassage verzichten. In der Schwangerschaft vorsichtig sein. Bei jeder Erkrankung der Blutgefäße zuerst ärztlichen Rat einholen.</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Über diese Behauptungen</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The journal could not be opened</source>
        <translation>Das Journal konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>A new journal was started</source>
        <translation>Ein neues Journal wurde begonnen</translation>
    </message>
    <message>
        <source>The journal was not changed</source>
        <translation>Das Journal wurde nicht geändert</translation>
    </message>
    <message>
        <source>The damaged file was kept as: {0}</source>
        <translation>Die beschädigte Datei wurde aufbewahrt als: {0}</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Sessions run</source>
        <translation>Durchgeführte Sitzungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Planned min</source>
        <translation>Geplant (min)</translation>
    </message>
    <message>
        <source>Done min</source>
        <translation>Erledigt (min)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Totals per week</source>
        <translation>Summen pro Woche</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Favourite zones and notes</source>
        <translation>Lieblingszonen und Notizen</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Sitzungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;JSON...</source>
        <translation>Als &amp;JSON exportieren...</translation>
    </message>
    <message>
        <source>&amp;Delete Entry...</source>
        <translation>Eintrag &amp;löschen...</translation>
    </message>
    <message>
        <source>Delete &amp;Everything...</source>
        <translation>&amp;Alles löschen...</translation>
    </message>
    <message>
        <source>Double-click or Enter: change the note and rating</source>
        <translation>Doppelklick oder Enter: Notiz und Bewertung ändern</translation>
    </message>
    <message>
        <source>{0}: 1 session, {2} min</source>
        <translation>{0}: 1 Sitzung, {2} min</translation>
    </message>
    <message>
        <source>{0}: {1} sessions, {2} min</source>
        <translation>{0}: {1} Sitzungen, {2} min</translation>
    </message>
    <message>
        <source>{0} (favourite)</source>
        <translation>{0} (Favorit)</translation>
    </message>
    <message>
        <source>Note and Rating</source>
        <translation>Notiz und Bewertung</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>Wie fühlen sich Ihre Füße an?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Export the Journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Delete the entry of {0}, {1}?</source>
        <translation>Den Eintrag vom {0}, {1} löschen?</translation>
    </message>
    <message>
        <source>Delete every entry, zone note and session of your own? This cannot be undone.</source>
        <translation>Alle Einträge, Zonennotizen und eigenen Sitzungen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Resize the map and the side panes</source>
        <translation>Größe von Karte und Seitenbereichen ändern</translation>
    </message>
    <message>
        <source>Resize the zone list and the details</source>
        <translation>Größe von Zonenliste und Details ändern</translation>
    </message>
    <message>
        <source>reflexmap: {0}</source>
        <translation>reflexmap: {0}</translation>
    </message>
    <message>
        <source>About these claims</source>
        <translation>Über diese Behauptungen</translation>
    </message>
    <message>
        <source>Selected: {0}</source>
        <translation>Ausgewählt: {0}</translation>
    </message>
    <message>
        <source>Hover over the feet, or choose a zone.</source>
        <translation>Mit der Maus über die Füße fahren oder eine Zone wählen.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Views of the feet</source>
        <translation>Ansichten der Füße</translation>
    </message>
    <message>
        <source>Select a zone on this view to zoom to it.</source>
        <translation>Eine Zone in dieser Ansicht auswählen, um auf sie zu zoomen.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Geöffnet: {0}</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>Wo die Karten sich widersprechen</translation>
    </message>
    <message>
        <source>Print the Sheet...</source>
        <translation>Blatt drucken...</translation>
    </message>
    <message>
        <source>(no charts of your own yet)</source>
        <translation>(noch keine eigenen Karten)</translation>
    </message>
    <message>
        <source>The chart that comes with reflexmap</source>
        <translation>Die Karte, die mit reflexmap geliefert wird</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Gegenanzeigen</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>An interactive map of the foot reflex zones, as claims.</source>
        <translation>Eine interaktive Karte der Fußreflexzonen – als Behauptungen, nicht als Tatsachen.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>About reflexmap</source>
        <translation>Über reflexmap</translation>
    </message>
    <message>
        <source>The settings could not be saved: changes in this session will not be remembered.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Änderungen in dieser Sitzung gehen verloren.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Foot map drawing</source>
        <translation>Zeichnung der Fußkarte</translation>
    </message>
    <message>
        <source>Foot map</source>
        <translation>Fußkarte</translation>
    </message>
    <message>
        <source>Both feet: {0}. Arrow keys move between the zones of a foot, Tab goes to the other foot, Enter selects.</source>
        <translation>Beide Füße: {0}. Die Pfeiltasten wechseln zwischen den Zonen eines Fußes, Tab geht zum anderen Fuß, Enter wählt aus.</translation>
    </message>
    <message>
        <source>{0} selected</source>
        <translation>{0} ausgewählt</translation>
    </message>
    <message>
        <source>{0}, zone {1}</source>
        <translation>{0}, Zone {1}</translation>
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
        <translation>Minuten pro Tag</translation>
    </message>
    <message>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} min</translation>
    </message>
    <message>
        <source>No sessions in the last two weeks.</source>
        <translation>Keine Sitzungen in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Minutes per day, last {0} days (most: {1})</source>
        <translation>Minuten pro Tag, letzte {0} Tage (höchstens: {1})</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>unknown page size &apos;{0}&apos; (try A4, Letter, A5, Legal, A3)</source>
        <translation>unbekannte Seitengröße „{0}“ (versuchen Sie A4, Letter, A5, Legal, A3)</translation>
    </message>
    <message>
        <source>Where the charts disagree</source>
        <translation>Wo die Karten sich widersprechen</translation>
    </message>
    <message>
        <source>unknown format &apos;{0}&apos;; use one of {1}</source>
        <translation>unbekanntes Format „{0}“; möglich sind: {1}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>could not draw the chart</source>
        <translation>die Karte konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: kann nicht geschrieben werden: {1}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>cannot read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>file is larger than {megabytes} MB; a zones file is much smaller</source>
        <translation>Datei ist größer als {megabytes} MB; eine Zonendatei ist viel kleiner</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at offset {offset})</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {offset})</translation>
    </message>
    <message>
        <source>control character U+{character} is not allowed</source>
        <translation>Steuerzeichen U+{character} ist nicht erlaubt</translation>
    </message>
    <message>
        <source>aliases (*name) are not allowed; write the value out</source>
        <translation>Aliase (*name) sind nicht erlaubt; den Wert ausschreiben</translation>
    </message>
    <message>
        <source>anchors (&amp;name) are not allowed; write values out</source>
        <translation>Anker (&amp;name) sind nicht erlaubt; die Werte ausschreiben</translation>
    </message>
    <message>
        <source>YAML tags ({tag}) are not allowed</source>
        <translation>YAML-Tags ({tag}) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation>YAML-Syntaxfehler</translation>
    </message>
    <message>
        <source>a tab character here: indent YAML with spaces, not tabs</source>
        <translation>hier steht ein Tabulator: YAML mit Leerzeichen einrücken, nicht mit Tabulatoren</translation>
    </message>
    <message>
        <source>YAML error: {detail}</source>
        <translation>YAML-Fehler: {detail}</translation>
    </message>
    <message>
        <source>nesting is too deep</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>file is empty; expected the keys chart, techniques and zones</source>
        <translation>Datei ist leer; erwartet werden die Schlüssel chart, techniques und zones</translation>
    </message>
    <message>
        <source>{what} must be a mapping of &apos;key: value&apos; lines, not {kind}</source>
        <translation>{what}: erwartet werden Zeilen der Form „Schlüssel: Wert“, gefunden: {kind}</translation>
    </message>
    <message>
        <source>keys in {what} must be plain words</source>
        <translation>{what}: Schlüssel müssen einfache Wörter sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; in {what}</source>
        <translation>{what}: Schlüssel „{key}“ doppelt</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; in {what} (expected: {known})</source>
        <translation>{what}: unbekannter Schlüssel „{key}“ (erwartet: {known})</translation>
    </message>
    <message>
        <source>{what} is missing &apos;{key}&apos;</source>
        <translation>{what}: Schlüssel „{key}“ fehlt</translation>
    </message>
    <message>
        <source>{what} must be a list, not {kind}</source>
        <translation>{what}: erwartet wird eine Liste, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{what} needs at least {count} item(s)</source>
        <translation>{what}: mindestens {count} Eintrag/Einträge nötig</translation>
    </message>
    <message>
        <source>{what} must be text, not {kind}</source>
        <translation>{what}: erwartet wird Text, gefunden: {kind}</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; would be read as {read_as}; put it in quotes</source>
        <translation>{what}: „{value}“ würde gelesen als {read_as}; in Anführungszeichen setzen</translation>
    </message>
    <message>
        <source>{what} is empty</source>
        <translation>{what}: leer</translation>
    </message>
    <message>
        <source>{what} is longer than {limit:,} characters; shorten it</source>
        <translation>{what}: länger als {limit:,} Zeichen; bitte kürzen</translation>
    </message>
    <message>
        <source>{what} has a lone surrogate (U+{character}), which is not a character</source>
        <translation>{what}: einzelnes Surrogat (U+{character}), das ist kein Zeichen</translation>
    </message>
    <message>
        <source>{what} has an invisible text-direction character (U+{character}); remove it</source>
        <translation>{what}: unsichtbares Textrichtungszeichen (U+{character}); bitte entfernen</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be lower-case words joined by &apos;-&apos;</source>
        <translation>{what}: „{value}“ muss aus kleingeschriebenen, mit „-“ verbundenen Wörtern bestehen</translation>
    </message>
    <message>
        <source>duplicate {what} &apos;{value}&apos;</source>
        <translation>{what}: „{value}“ doppelt</translation>
    </message>
    <message>
        <source>side &apos;{value}&apos; must be &apos;left&apos; or &apos;right&apos;</source>
        <translation>Seite „{value}“ muss &apos;left&apos; oder &apos;right&apos; sein</translation>
    </message>
    <message>
        <source>view &apos;{value}&apos; must be one of plantar, dorsal, medial, lateral</source>
        <translation>Ansicht „{value}“ muss eine von plantar, dorsal, medial, lateral sein</translation>
    </message>
    <message>
        <source>view &apos;{value}&apos; is listed twice</source>
        <translation>Ansicht „{value}“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>kind &apos;{value}&apos; must be &apos;reflex&apos; or &apos;area&apos;</source>
        <translation>Art „{value}“ muss &apos;reflex&apos; oder &apos;area&apos; sein</translation>
    </message>
    <message>
        <source>system &apos;{value}&apos; is not a known body system; the README lists them</source>
        <translation>System „{value}“ ist kein bekanntes Organsystem; die README führt sie auf</translation>
    </message>
    <message>
        <source>side &apos;{value}&apos; is listed twice</source>
        <translation>Seite „{value}“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown technique &apos;{value}&apos; (not in techniques)</source>
        <translation>unbekannte Technik „{value}“ (nicht unter techniques)</translation>
    </message>
    <message>
        <source>file is empty; expected the key sessions with a list of sessions</source>
        <translation>Datei ist leer; erwartet wird der Schlüssel sessions mit einer Liste von Sitzungen</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {low} to {high}, not &apos;{value}&apos;</source>
        <translation>{what}: erwartet wird eine ganze Zahl von {low} bis {high}, nicht „{value}“</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be one of: {known}</source>
        <translation>{what}: „{value}“ muss eines davon sein: {known}</translation>
    </message>
    <message>
        <source>a step under each_foot takes no side: it is done on the left foot, then the right</source>
        <translation>ein Schritt unter each_foot hat keine Seite: er wird am linken Fuß, dann am rechten ausgeführt</translation>
    </message>
    <message>
        <source>a step needs a side (left or right), or must be under each_foot</source>
        <translation>ein Schritt braucht eine Seite (left oder right) oder muss unter each_foot stehen</translation>
    </message>
    <message>
        <source>a session has more than {limit} steps</source>
        <translation>eine Sitzung hat mehr als {limit} Schritte</translation>
    </message>
    <message>
        <source>the chart has no zone or area &apos;{zone}&apos;</source>
        <translation>die Karte hat keine Zone und keinen Bereich „{zone}“</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not drawn on the {view} view (it is on: {views})</source>
        <translation>„{zone}“ ist in der Ansicht {view} nicht gezeichnet (sondern in: {views})</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not on the {side} foot in the chart</source>
        <translation>„{zone}“ liegt in der Karte nicht am Fuß {side}</translation>
    </message>
    <message>
        <source>unknown technique &apos;{value}&apos; (not among the chart&apos;s techniques)</source>
        <translation>unbekannte Technik „{value}“ (nicht unter den Techniken der Karte)</translation>
    </message>
    <message>
        <source>file is empty; expected a translation: language, then the English file&apos;s keys</source>
        <translation>Datei ist leer; erwartet wird eine Übersetzung: language, dann die Schlüssel der englischen Datei</translation>
    </message>
    <message>
        <source>language &apos;{value}&apos; does not match the file&apos;s name, which says &apos;{expected}&apos;</source>
        <translation>Sprache „{value}“ passt nicht zum Dateinamen, der „{expected}“ angibt</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; of the English file is missing here</source>
        <translation>{what}: „{id}“ aus der englischen Datei fehlt hier</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; is not in the English file</source>
        <translation>{what}: „{id}“ steht nicht in der englischen Datei</translation>
    </message>
    <message>
        <source>{what} &apos;{id}&apos; comes before &apos;{after}&apos; in the English file: keep its order</source>
        <translation>{what}: „{id}“ steht in der englischen Datei vor „{after}“: die Reihenfolge beibehalten</translation>
    </message>
    <message>
        <source>{what} has {count} item(s) here but {expected} in the English file: translate each, in the same order</source>
        <translation>{what}: hier {count} Eintrag/Einträge, in der englischen Datei {expected}: jeden übersetzen, in derselben Reihenfolge</translation>
    </message>
    <message>
        <source>{what} is &apos;{value}&apos; here but &apos;{expected}&apos; in the English file; keep the English value</source>
        <translation>{what}: hier „{value}“, in der englischen Datei „{expected}“; den englischen Wert beibehalten</translation>
    </message>
    <message>
        <source>the journal could not be read ({reason}); it was kept as {kept} and a new journal was started</source>
        <translation>das Journal konnte nicht gelesen werden ({reason}); es wurde als {kept} aufbewahrt und ein neues Journal begonnen</translation>
    </message>
    <message>
        <source>the journal is in use by another program; close it and try again</source>
        <translation>das Journal wird von einem anderen Programm verwendet; dieses schließen und es erneut versuchen</translation>
    </message>
    <message>
        <source>the journal is read-only, so nothing can be saved to it ({reason})</source>
        <translation>das Journal ist schreibgeschützt, es kann nichts darin gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>the journal was written by a newer reflexmap (schema {found}; this one reads up to {known}); it was left as it is</source>
        <translation>das Journal stammt von einer neueren reflexmap-Version (Schema {found}; diese liest bis {known}); es bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot write the journal: {reason}</source>
        <translation>das Journal kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>file is larger than {megabytes} MB</source>
        <translation>Datei ist größer als {megabytes} MB</translation>
    </message>
    <message>
        <source>DOCTYPE and entity declarations are not allowed in a drawing</source>
        <translation>DOCTYPE- und Entity-Deklarationen sind in einer Zeichnung nicht erlaubt</translation>
    </message>
    <message>
        <source>processing instructions (&lt;?{target} ...?&gt;) are not allowed in a drawing</source>
        <translation>Verarbeitungsanweisungen (&lt;?{target} ...?&gt;) sind in einer Zeichnung nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot read the XML: {detail}</source>
        <translation>das XML kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>not well-formed XML: {detail}</source>
        <translation>kein wohlgeformtes XML: {detail}</translation>
    </message>
    <message>
        <source>the root element is &lt;{tag}&gt;, not an SVG &lt;svg&gt; element</source>
        <translation>das Wurzelelement ist &lt;{tag}&gt;, kein SVG-Element &lt;svg&gt;</translation>
    </message>
    <message>
        <source>elements are nested more than {limit} deep</source>
        <translation>Elemente sind tiefer als {limit} Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>malformed transform &apos;{transform}&apos;</source>
        <translation>fehlerhafte Transformation „{transform}“</translation>
    </message>
    <message>
        <source>a region has no id</source>
        <translation>ein Bereich hat keine id</translation>
    </message>
    <message>
        <source>duplicate region id &apos;{region}&apos;</source>
        <translation>Bereichs-id „{region}“ doppelt</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; refers to &apos;{target}&apos; outside the drawing: a chart may only embed images</source>
        <translation>&lt;{tag}&gt; verweist auf „{target}“ außerhalb der Zeichnung: eine Karte darf nur Bilder einbetten</translation>
    </message>
    <message>
        <source>this &lt;use&gt; draws region &apos;{region}&apos; again; draw each region once, directly</source>
        <translation>dieses &lt;use&gt; zeichnet Bereich „{region}“ noch einmal; jeden Bereich nur einmal und direkt zeichnen</translation>
    </message>
    <message>
        <source>&lt;use&gt; elements here expand the drawing to over {limit:,} elements</source>
        <translation>&lt;use&gt;-Elemente blähen die Zeichnung hier auf über {limit:,} Elemente auf</translation>
    </message>
    <message>
        <source>the drawing has over {limit:,} elements</source>
        <translation>die Zeichnung hat über {limit:,} Elemente</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is invisible (its opacity, or an enclosing one, is 0)</source>
        <translation>Bereich „{region}“ ist unsichtbar (seine Deckkraft oder die eines umschließenden Elements ist 0)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is inside &lt;{tag}&gt;, which does not draw it where it stands</source>
        <translation>Bereich „{region}“ steht in &lt;{tag}&gt;, das ihn nicht an dieser Stelle zeichnet</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has a negative {attribute}, so it is not drawn</source>
        <translation>Bereich „{region}“ hat ein negatives {attribute} und wird daher nicht gezeichnet</translation>
    </message>
    <message>
        <source>a &lt;use&gt; element refers to itself, directly or through others</source>
        <translation>ein &lt;use&gt;-Element verweist auf sich selbst, direkt oder über andere</translation>
    </message>
    <message>
        <source>cannot read the SVG: {detail}</source>
        <translation>das SVG kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>the drawing has no usable size: give &lt;svg&gt; a width and height, or a viewBox</source>
        <translation>die Zeichnung hat keine verwendbare Größe: &lt;svg&gt; eine width und height oder eine viewBox geben</translation>
    </message>
    <message>
        <source>the drawing is over {limit:,} units wide or high; scale it down</source>
        <translation>die Zeichnung ist über {limit:,} Einheiten breit oder hoch; bitte verkleinern</translation>
    </message>
    <message>
        <source>the viewBox ({view_box}) and size ({size}) differ in proportions; make them match</source>
        <translation>viewBox ({view_box}) und Größe ({size}) haben verschiedene Proportionen; bitte angleichen</translation>
    </message>
    <message>
        <source>&lt;svg&gt; {attribute}=&quot;{value}&quot; needs a viewBox, or a size in plain numbers</source>
        <translation>&lt;svg&gt; {attribute}=&quot;{value}&quot; braucht eine viewBox oder eine Größe in einfachen Zahlen</translation>
    </message>
    <message>
        <source>more than {limit:,} regions</source>
        <translation>mehr als {limit:,} Bereiche</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is a &lt;{tag}&gt;, not a shape</source>
        <translation>Bereich „{region}“ ist ein &lt;{tag}&gt;, keine Form</translation>
    </message>
    <message>
        <source>region id &apos;{region}&apos; must be &apos;left-&apos; or &apos;right-&apos; followed by a zone id</source>
        <translation>Bereichs-id „{region}“ muss mit &apos;left-&apos; oder &apos;right-&apos; beginnen, gefolgt von einer Zonen-id</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is hidden</source>
        <translation>Bereich „{region}“ ist ausgeblendet</translation>
    </message>
    <message>
        <source>the regions are too detailed (over {limit:,} points); simplify them</source>
        <translation>die Bereiche sind zu detailliert (über {limit:,} Punkte); bitte vereinfachen</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has coordinates that are not finite numbers</source>
        <translation>Bereich „{region}“ hat Koordinaten, die keine endlichen Zahlen sind</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has coordinates beyond {limit:,}</source>
        <translation>Bereich „{region}“ hat Koordinaten jenseits von {limit:,}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is empty (its area is zero)</source>
        <translation>Bereich „{region}“ ist leer (seine Fläche ist null)</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; reaches outside the drawing (0,0 to {width},{height})</source>
        <translation>Bereich „{region}“ reicht über die Zeichnung hinaus (0,0 bis {width},{height})</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; reaches outside the outline of the {side} foot</source>
        <translation>Bereich „{region}“ reicht über den Umriss des Fußes {side} hinaus</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is not drawn (hidden with display:none, or outside the drawing)</source>
        <translation>Bereich „{region}“ wird nicht gezeichnet (mit display:none ausgeblendet oder außerhalb der Zeichnung)</translation>
    </message>
    <message>
        <source>too many regions lie on top of each other (counted up to region &apos;{region}&apos;)</source>
        <translation>zu viele Bereiche liegen übereinander (gezählt bis Bereich „{region}“)</translation>
    </message>
    <message>
        <source>no regions: mark clickable shapes with class=&quot;{class_name}&quot;</source>
        <translation>keine Bereiche: anklickbare Formen mit class=&quot;{class_name}&quot; kennzeichnen</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; has no zone &apos;{zone}&apos; in {file}</source>
        <translation>zu Bereich „{region}“ gibt es keine Zone „{zone}“ in {file}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is on the {side} foot, but zone &apos;{zone}&apos; lists sides {sides}</source>
        <translation>Bereich „{region}“ liegt am Fuß {side}, aber Zone „{zone}“ nennt die Seiten {sides}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; has no region &apos;{region}&apos; in {file}</source>
        <translation>Zone „{zone}“ hat keinen Bereich „{region}“ in {file}</translation>
    </message>
    <message>
        <source>region &apos;{region}&apos; is on the {view} view, but zone &apos;{zone}&apos; lists views {views}</source>
        <translation>Bereich „{region}“ liegt in der Ansicht {view}, aber Zone „{zone}“ nennt die Ansichten {views}</translation>
    </message>
    <message>
        <source>zone &apos;{zone}&apos; lists the {view} view, but the chart has no drawing for it</source>
        <translation>Zone „{zone}“ nennt die Ansicht {view}, aber die Karte hat dafür keine Zeichnung</translation>
    </message>
    <message>
        <source>the zones file names no drawings (views): give the drawing with --map</source>
        <translation>die Zonendatei nennt keine Zeichnungen (views): die Zeichnung mit --map angeben</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>ein Ja/Nein-Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>something other than text</source>
        <translation>etwas anderes als Text</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the zones file</source>
        <translation>die Zonendatei</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>chart</translation>
    </message>
    <message>
        <source>chart name</source>
        <translation>Name der Karte</translation>
    </message>
    <message>
        <source>chart source</source>
        <translation>Quelle der Karte</translation>
    </message>
    <message>
        <source>disclaimer</source>
        <translation>disclaimer</translation>
    </message>
    <message>
        <source>chart note</source>
        <translation>Anmerkung zur Karte</translation>
    </message>
    <message>
        <source>techniques</source>
        <translation>techniques</translation>
    </message>
    <message>
        <source>a technique</source>
        <translation>eine Technik</translation>
    </message>
    <message>
        <source>technique id</source>
        <translation>id der Technik</translation>
    </message>
    <message>
        <source>technique name</source>
        <translation>Name der Technik</translation>
    </message>
    <message>
        <source>technique &apos;how&apos;</source>
        <translation>how der Technik</translation>
    </message>
    <message>
        <source>indications</source>
        <translation>indications</translation>
    </message>
    <message>
        <source>an indication</source>
        <translation>eine Indikation</translation>
    </message>
    <message>
        <source>red_flags</source>
        <translation>red_flags</translation>
    </message>
    <message>
        <source>red flag notice</source>
        <translation>Hinweis zu Warnzeichen</translation>
    </message>
    <message>
        <source>signs</source>
        <translation>signs</translation>
    </message>
    <message>
        <source>a red flag</source>
        <translation>ein Warnzeichen</translation>
    </message>
    <message>
        <source>a contraindication</source>
        <translation>eine Gegenanzeige</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>a zone</source>
        <translation>eine Zone</translation>
    </message>
    <message>
        <source>zone id</source>
        <translation>id der Zone</translation>
    </message>
    <message>
        <source>zone name</source>
        <translation>Name der Zone</translation>
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
        <translation>die Datei einer Zeichnung</translation>
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
        <translation>eine Verbindung</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>symptoms</translation>
    </message>
    <message>
        <source>a symptom</source>
        <translation>ein Symptom</translation>
    </message>
    <message>
        <source>symptom term</source>
        <translation>Bezeichnung des Symptoms</translation>
    </message>
    <message>
        <source>a synonym</source>
        <translation>ein Synonym</translation>
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
        <translation>ein Vorsichtshinweis</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>the sessions file</source>
        <translation>die Sitzungsdatei</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>a session</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>session id</source>
        <translation>id der Sitzung</translation>
    </message>
    <message>
        <source>session name</source>
        <translation>Name der Sitzung</translation>
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
        <translation>ein Schritt</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
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
        <translation>die Datei der Widersprüche</translation>
    </message>
    <message>
        <source>topics</source>
        <translation>topics</translation>
    </message>
    <message>
        <source>a topic</source>
        <translation>ein Thema</translation>
    </message>
    <message>
        <source>topic id</source>
        <translation>id des Themas</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>Name des Themas</translation>
    </message>
    <message>
        <source>a term</source>
        <translation>ein Begriff</translation>
    </message>
    <message>
        <source>places</source>
        <translation>places</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>ein Ort</translation>
    </message>
    <message>
        <source>chart id</source>
        <translation>id der Karte</translation>
    </message>
    <message>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <source>the translation</source>
        <translation>die Übersetzung</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
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
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Choose it to show {0}</source>
        <translation>Auswählen, um {0} zu zeigen</translation>
    </message>
    <message>
        <source>Match {0}%</source>
        <translation>Übereinstimmung {0} %</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search symptoms, e.g. headache, can&apos;t sleep, stuffy nose (Ctrl+F)</source>
        <translation>Symptome suchen, z. B. Kopfschmerzen, Schlafprobleme, verstopfte Nase (Strg+F)</translation>
    </message>
    <message>
        <source>Search by symptom</source>
        <translation>Nach Symptom suchen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Where other charts put this</source>
        <translation>Wo andere Karten dies verorten</translation>
    </message>
    <message>
        <source>Known symptoms</source>
        <translation>Bekannte Symptome</translation>
    </message>
    <message>
        <source>The other bundled charts&apos; zones follow, under each chart&apos;s name: choosing one shows that chart.</source>
        <translation>Darunter folgen die Zonen der anderen mitgelieferten Karten, unter dem Namen der jeweiligen Karte: Eine Auswahl zeigt diese Karte.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Meinten Sie:</translation>
    </message>
    <message>
        <source>Search for this instead</source>
        <translation>Stattdessen danach suchen</translation>
    </message>
    <message>
        <source>1 zone found.</source>
        <translation>1 Zone gefunden.</translation>
    </message>
    <message>
        <source>{0} zones found.</source>
        <translation>{0} Zonen gefunden.</translation>
    </message>
    <message>
        <source>{0} more in the other charts, listed after them.</source>
        <translation>{0} weitere in den anderen Karten, danach aufgeführt.</translation>
    </message>
    <message>
        <source>{0} found in the other charts, listed under their names.</source>
        <translation>{0} in den anderen Karten gefunden, unter deren Namen aufgeführt.</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Meinten Sie: {0}?</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <source>Zones the tradition links with this are listed, best match first.</source>
        <translation>Aufgeführt sind die Zonen, die die Tradition damit verbindet, die beste Übereinstimmung zuerst.</translation>
    </message>
    <message>
        <source>The source suggests foot massage in general for {0}, without naming a zone.</source>
        <translation>Die Quelle empfiehlt bei Folgendem allgemein eine Fußmassage, ohne eine Zone zu nennen: {0}.</translation>
    </message>
    <message>
        <source>No zone in this chart is linked with &quot;{0}&quot;.</source>
        <translation>Keine Zone dieser Karte ist mit „{0}“ verbunden.</translation>
    </message>
    <message>
        <source>{0}. {1} ({2})  score {3}  matched: {4}</source>
        <translation>{0}. {1} ({2})  Wertung {3}  gefunden: {4}</translation>
    </message>
    <message>
        <source>{0} (matched: {1})</source>
        <translation>{0} (gefunden: {1})</translation>
    </message>
    <message>
        <source>Did you mean: {0}?</source>
        <translation>Meinten Sie: {0}?</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Not for this chart: {0}</source>
        <translation>Nicht für diese Karte: {0}</translation>
    </message>
    <message>
        <source>A session for your symptoms</source>
        <translation>Eine Sitzung für Ihre Beschwerden</translation>
    </message>
    <message>
        <source>Type your symptoms in the search field first, for example “headache and can&apos;t sleep”.</source>
        <translation>Geben Sie zuerst Ihre Beschwerden ins Suchfeld ein, zum Beispiel „Kopfschmerzen und Schlafprobleme“.</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>{0}: {1} steps, {2} in all.</source>
        <translation>{0}: {1} Schritte, insgesamt {2}.</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Beginnen...</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
        <source>Stop the session that is running before starting another.</source>
        <translation>Beenden Sie die laufende Sitzung, bevor Sie eine andere beginnen.</translation>
    </message>
    <message>
        <source>The session was not started</source>
        <translation>Die Sitzung wurde nicht begonnen</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Sitzung: {0}</translation>
    </message>
    <message>
        <source>Save what was done so far to the journal before closing?</source>
        <translation>Das bisher Erledigte vor dem Schließen im Journal speichern?</translation>
    </message>
    <message>
        <source>The session was stopped: it does not fit the chart now shown.</source>
        <translation>Die Sitzung wurde beendet: Sie passt nicht zur jetzt gezeigten Karte.</translation>
    </message>
    <message>
        <source>Print Session Card</source>
        <translation>Sitzungskarte drucken</translation>
    </message>
    <message>
        <source>Save Session Card</source>
        <translation>Sitzungskarte speichern</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Karte nicht gespeichert</translation>
    </message>
    <message>
        <source>Export Session</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>{0}: cannot write: {1}</source>
        <translation>{0}: kann nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Session not exported</source>
        <translation>Sitzung nicht exportiert</translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation>Sitzungen importieren</translation>
    </message>
    <message>
        <source>Sessions (*.yaml *.yml)</source>
        <translation>Sitzungen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>These ids are taken by the sessions that come with reflexmap: {0}</source>
        <translation>Diese ids gehören zu den mit reflexmap gelieferten Sitzungen: {0}</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete your session “{0}”?</source>
        <translation>Ihre Sitzung „{0}“ löschen?</translation>
    </message>
    <message>
        <source>...and {0} more</source>
        <translation>...und {0} weitere</translation>
    </message>
    <message>
        <source>Sessions not read</source>
        <translation>Sitzungen nicht gelesen</translation>
    </message>
    <message>
        <source>These sessions could not be read; nothing was changed.</source>
        <translation>Diese Sitzungen konnten nicht gelesen werden; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>Edit a Copy of “{0}”</source>
        <translation>Kopie von „{0}“ bearbeiten</translation>
    </message>
    <message>
        <source>My {0}</source>
        <translation>Mein: {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds of the chosen step</source>
        <translation>Sekunden des gewählten Schritts</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Zone or area of the new step</source>
        <translation>Zone oder Bereich des neuen Schritts</translation>
    </message>
    <message>
        <source>Foot of the new step</source>
        <translation>Fuß des neuen Schritts</translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <source>Ne&amp;w step:</source>
        <translation>Ne&amp;uer Schritt:</translation>
    </message>
    <message>
        <source>{0} steps, {1} in all.</source>
        <translation>{0} Schritte, insgesamt {1}.</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Session player: {0}</source>
        <translation>Sitzungsplayer: {0}</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The previous step (Left arrow)</source>
        <translation>Der vorige Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>The next step (Right arrow)</source>
        <translation>Der nächste Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>A short sound at each change of step</source>
        <translation>Ein kurzer Ton bei jedem Schrittwechsel</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}. {3}</source>
        <translation>Schritt {0} von {1}: {2}. {3}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Paused: the computer seemed to sleep</source>
        <translation>Pausiert: Der Computer schien im Ruhezustand zu sein</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}</source>
        <translation>Schritt {0} von {1}: {2}</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>light pressure</source>
        <translation>leichter Druck</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>mittlerer Druck</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>fester Druck</translation>
    </message>
    <message>
        <source>toward the toes</source>
        <translation>zu den Zehen hin</translation>
    </message>
    <message>
        <source>toward the heel</source>
        <translation>zur Ferse hin</translation>
    </message>
    <message>
        <source>toward the ankle</source>
        <translation>zum Knöchel hin</translation>
    </message>
    <message>
        <source>toward the knee</source>
        <translation>zum Knie hin</translation>
    </message>
    <message>
        <source>toward the little toe</source>
        <translation>zum kleinen Zeh hin</translation>
    </message>
    <message>
        <source>toward the big toe</source>
        <translation>zum großen Zeh hin</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
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
        <translation>{0} Minuten, {1} Schritte. Quelle: {2}.</translation>
    </message>
    <message>
        <source>Traditional claim: {0}</source>
        <translation>Traditionelle Behauptung: {0}</translation>
    </message>
    <message>
        <source>Before: {0}</source>
        <translation>Vorher: {0}</translation>
    </message>
    <message>
        <source>Do not massage the feet with: {0}.</source>
        <translation>Die Füße nicht massieren bei: {0}.</translation>
    </message>
    <message>
        <source>Stop if it hurts. A foot massage may be pleasant and relaxing; it does not treat any illness.</source>
        <translation>Aufhören, wenn es schmerzt. Eine Fußmassage kann angenehm und entspannend sein; sie behandelt keine Krankheit.</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (try A4, Letter, A5)</source>
        <translation>unbekannte Seitengröße „{0}“ (versuchen Sie A4, Letter, A5)</translation>
    </message>
    <message>
        <source>could not draw the session card</source>
        <translation>die Sitzungskarte konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtdauer</translation>
    </message>
    <message>
        <source>{0} steps</source>
        <translation>{0} Schritte</translation>
    </message>
    <message>
        <source>Traditional claim</source>
        <translation>Traditionelle Behauptung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>SessionsDialog</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Details der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Start...</source>
        <translation>&amp;Beginnen...</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy...</source>
        <translation>Kopie &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Print Card...</source>
        <translation>Karte &amp;drucken...</translation>
    </message>
    <message>
        <source>Card as P&amp;DF...</source>
        <translation>Karte als &amp;PDF...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>{0} ({1} min)</source>
        <translation>{0} ({1} min)</translation>
    </message>
    <message>
        <source>{0}, your own</source>
        <translation>{0}, eigene</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file {0} could not be read. reflexmap starts with its defaults and leaves the file as it is.</source>
        <translation>Die Einstellungsdatei {0} konnte nicht gelesen werden. reflexmap startet mit den Standardeinstellungen und lässt die Datei unverändert.</translation>
    </message>
    <message>
        <source>The settings file {0} cannot be written: changes in this session will not be remembered.</source>
        <translation>Die Einstellungsdatei {0} kann nicht geschrieben werden: Änderungen in dieser Sitzung gehen verloren.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Session finished</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Steps: planned and actual time</source>
        <translation>Schritte: geplante und tatsächliche Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember (optional)</source>
        <translation>Was Sie sich merken möchten (freiwillig)</translation>
    </message>
    <message>
        <source>How do your feet feel?</source>
        <translation>Wie fühlen sich Ihre Füße an?</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Save to Journal</source>
        <translation>Im Journal speichern</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>Planned {0}, done {1}. Steps done: {2} of {3}.</source>
        <translation>Geplant {0}, erledigt {1}. Erledigte Schritte: {2} von {3}.</translation>
    </message>
    <message>
        <source>skipped: {0}</source>
        <translation>übersprungen: {0}</translation>
    </message>
    <message>
        <source>not reached: {0}</source>
        <translation>nicht erreicht: {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>1: not good</source>
        <translation>1: nicht gut</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3: neither good nor bad</source>
        <translation>3: weder gut noch schlecht</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5: very good</source>
        <translation>5: sehr gut</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Head and senses</source>
        <translation>Kopf und Sinnesorgane</translation>
    </message>
    <message>
        <source>Brain and nerves</source>
        <translation>Gehirn und Nerven</translation>
    </message>
    <message>
        <source>Glands and hormones</source>
        <translation>Drüsen und Hormone</translation>
    </message>
    <message>
        <source>Heart, chest and breathing</source>
        <translation>Herz, Brust und Atmung</translation>
    </message>
    <message>
        <source>Digestion</source>
        <translation>Verdauung</translation>
    </message>
    <message>
        <source>Kidneys and bladder</source>
        <translation>Nieren und Blase</translation>
    </message>
    <message>
        <source>Reproductive organs</source>
        <translation>Fortpflanzungsorgane</translation>
    </message>
    <message>
        <source>Spine, bones and joints</source>
        <translation>Wirbelsäule, Knochen und Gelenke</translation>
    </message>
    <message>
        <source>Lymph and immunity</source>
        <translation>Lymphe und Abwehr</translation>
    </message>
    <message>
        <source>Massage areas (no reflex claim)</source>
        <translation>Massagebereiche (ohne Reflexbehauptung)</translation>
    </message>
    <message>
        <source>Other zones</source>
        <translation>Weitere Zonen</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>the sole</source>
        <translation>die Fußsohle</translation>
    </message>
    <message>
        <source>the top of the foot</source>
        <translation>der Fußrücken</translation>
    </message>
    <message>
        <source>the inner side</source>
        <translation>die Innenseite</translation>
    </message>
    <message>
        <source>the outer side</source>
        <translation>die Außenseite</translation>
    </message>
    <message>
        <source>Left foot, sole</source>
        <translation>Linker Fuß, Sohle</translation>
    </message>
    <message>
        <source>Right foot, sole</source>
        <translation>Rechter Fuß, Sohle</translation>
    </message>
    <message>
        <source>Left foot, top</source>
        <translation>Linker Fuß, Rücken</translation>
    </message>
    <message>
        <source>Right foot, top</source>
        <translation>Rechter Fuß, Rücken</translation>
    </message>
    <message>
        <source>Left foot, inner side</source>
        <translation>Linker Fuß, Innenseite</translation>
    </message>
    <message>
        <source>Right foot, inner side</source>
        <translation>Rechter Fuß, Innenseite</translation>
    </message>
    <message>
        <source>Left foot, outer side</source>
        <translation>Linker Fuß, Außenseite</translation>
    </message>
    <message>
        <source>Right foot, outer side</source>
        <translation>Rechter Fuß, Außenseite</translation>
    </message>
    <message>
        <source>both feet</source>
        <translation>beide Füße</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
</context>
<context>
    <name>ZoneNoteBox</name>
    <message>
        <source>&amp;Favourite zone</source>
        <translation>&amp;Lieblingszone</translation>
    </message>
    <message>
        <source>Kept in your journal</source>
        <translation>Wird in Ihrem Journal aufbewahrt</translation>
    </message>
    <message>
        <source>My &amp;note on this zone:</source>
        <translation>Meine &amp;Notiz zu dieser Zone:</translation>
    </message>
    <message>
        <source>My note on this zone</source>
        <translation>Meine Notiz zu dieser Zone</translation>
    </message>
</context>
<context>
    <name>ZonePanel</name>
    <message>
        <source>Zone details</source>
        <translation>Zonendetails</translation>
    </message>
    <message>
        <source>General contraindications</source>
        <translation>Allgemeine Gegenanzeigen</translation>
    </message>
    <message>
        <source>Hide general contraindications</source>
        <translation>Allgemeine Gegenanzeigen ausblenden</translation>
    </message>
    <message>
        <source>Show general contraindications</source>
        <translation>Allgemeine Gegenanzeigen zeigen</translation>
    </message>
    <message>
        <source>Click a region of the foot, or choose a zone from the list.</source>
        <translation>Einen Bereich des Fußes anklicken oder eine Zone aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Left and right foot</source>
        <translation>Linker und rechter Fuß</translation>
    </message>
    <message>
        <source>Left foot only</source>
        <translation>Nur linker Fuß</translation>
    </message>
    <message>
        <source>Right foot only</source>
        <translation>Nur rechter Fuß</translation>
    </message>
    <message>
        <source>Traditional claim</source>
        <translation>Traditionelle Behauptung</translation>
    </message>
    <message>
        <source>Massage area</source>
        <translation>Massagebereich</translation>
    </message>
    <message>
        <source>Traditionally linked with</source>
        <translation>Traditionell verbunden mit</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Suggested technique</source>
        <translation>Empfohlene Technik</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Also at this spot</source>
        <translation>Ebenfalls an dieser Stelle</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Where other charts put this</source>
        <translation>Wo andere Karten dies verorten</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>This zone is drawn on another view: {0}.</source>
        <translation>Diese Zone ist in einer anderen Ansicht gezeichnet: {0}.</translation>
    </message>
    <message>
        <source>This zone is on the left foot, which is not shown.</source>
        <translation>Diese Zone liegt am linken Fuß, der gerade nicht gezeigt wird.</translation>
    </message>
    <message>
        <source>This zone is on the right foot, which is not shown.</source>
        <translation>Diese Zone liegt am rechten Fuß, der gerade nicht gezeigt wird.</translation>
    </message>
    <message>
        <source>This zone is on a foot that is not shown.</source>
        <translation>Diese Zone liegt an einem Fuß, der gerade nicht gezeigt wird.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s könnte %(matches)s sein</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>überflüssiger Wert %r</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert (%(type)s): %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist nötig</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
</context>
</TS>
