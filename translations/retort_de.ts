<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BackupPromptDialog</name>
    <message>
        <location filename="../ui/execution/backuppromptdialog.cpp" line="+51"/>
        <source>Back Up Before Running</source>
        <translation>Vor dem Lauf sichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+140"/>
        <source>&amp;Back Up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up %1 before the run changes it? A verified backup can be restored if the run fails.</source>
        <translation>%1 sichern, bevor der Lauf Änderungen vornimmt? Eine verifizierte Sicherung kann wiederhergestellt werden, falls der Lauf fehlschlägt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nothing to back up</source>
        <translation>nichts zu sichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is a production database: a backup is required.</source>
        <translation>Dies ist eine Produktionsdatenbank: Eine Sicherung ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database file does not exist yet: there is nothing to back up.</source>
        <translation>Die Datenbankdatei existiert noch nicht: Es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated size:</source>
        <translation>Geschätzte Größe:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Backup Destination</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue &amp;Without Backup</source>
        <translation>&amp;Ohne Sicherung fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry Backup</source>
        <translation>Sicherung &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a destination directory.</source>
        <translation>Wählen Sie ein Zielverzeichnis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Backing up: %1</source>
        <translation>Wird gesichert: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 verified: %2
%3 (%4)</source>
        <translation>Sicherung %1 verifiziert: %2
%3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup was cancelled; nothing was kept.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling the backup…</source>
        <translation>Sicherung wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ConnectionEditor</name>
    <message>
        <location filename="../ui/connections/connectioneditor.cpp" line="+36"/>
        <source>e.g. “Staging” or “Local copy”</source>
        <translation>z. B. „Staging“ oder „Lokale Kopie“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste a URL: postgresql://user:password@host:5432/database</source>
        <translation>URL einfügen: postgresql://user:password@host:5432/database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A SQLAlchemy URL fills the fields below. The password is shown as ***.</source>
        <translation>Eine SQLAlchemy-URL füllt die Felder unten aus. Das Passwort wird als *** angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This project only</source>
        <translation>Nur dieses Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Saved for:</source>
        <translation>&amp;Gespeichert für:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Path of the database file</source>
        <translation>Pfad der Datenbankdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;File…</source>
        <translation>Neue Dat&amp;ei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new, empty SQLite database file</source>
        <translation>Eine neue, leere SQLite-Datenbankdatei erstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>localhost, an address, or a socket directory</source>
        <translation>localhost, eine Adresse oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the password in the system &amp;keyring</source>
        <translation>Passwort im System-Schlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is a &amp;production database</source>
        <translation>Dies ist eine Pr&amp;oduktionsdatenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While connected, Retort shows a red banner, and every upgrade, downgrade or stamp asks you to type the database name first.</source>
        <translation>Solange eine Verbindung besteht, zeigt Retort ein rotes Banner, und bei jedem Upgrade, Downgrade oder Stempeln müssen Sie zuerst den Datenbanknamen eingeben.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the database file, or create a new one with “New File…”.</source>
        <translation>Wählen Sie die Datenbankdatei, oder erstellen Sie mit „Neue Datei…“ eine neue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the name of the database.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>kept in the system keyring</source>
        <translation>im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked when connecting (if the server wants one)</source>
        <translation>wird beim Verbinden abgefragt (falls der Server eines verlangt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New SQLite Database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.db3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.db3)</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <location filename="../ui/connections/connectionmanagerdialog.cpp" line="+35"/>
        <source>DATABASE_URL in the environment</source>
        <translation>DATABASE_URL in der Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE_URL in %1, line %2</source>
        <translation>DATABASE_URL in %1, Zeile %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database Connections</source>
        <translation>Datenbankverbindungen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel &amp;Test</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+56"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Connected: %1 %2</source>
        <translation>Verbunden: %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server wants a (different) password.</source>
        <translation>Der Server verlangt ein (anderes) Passwort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New S&amp;QLite</source>
        <translation>Neue S&amp;QLite-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;PostgreSQL</source>
        <translation>Neue &amp;PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from Project</source>
        <translation>Aus Projekt &amp;importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the project&apos;s sqlalchemy.url, or DATABASE_URL from the environment or .env</source>
        <translation>Die sqlalchemy.url des Projekts verwenden, oder DATABASE_URL aus der Umgebung oder aus .env</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 — production</source>
        <translation>%1 — Produktion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all projects</source>
        <translation>alle Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to the connection “%1”?</source>
        <translation>Änderungen an der Verbindung „%1“ speichern?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Another connection is already called “%1”.</source>
        <translation>Es gibt bereits eine andere Verbindung namens „%1“.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The password could not be saved in the system keyring (%1). Retort will ask for it when connecting.</source>
        <translation>Das Passwort konnte nicht im System-Schlüsselbund gespeichert werden (%1). Retort fragt beim Verbinden danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection “%1”?</source>
        <translation>Die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The project names no database: it has no sqlalchemy.url, and there is no DATABASE_URL in the environment or in .env.</source>
        <translation>Das Projekt nennt keine Datenbank: Es hat keine sqlalchemy.url, und weder in der Umgebung noch in .env gibt es eine DATABASE_URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Project</source>
        <translation>Aus Projekt importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project names several databases. Import:</source>
        <translation>Das Projekt nennt mehrere Datenbanken. Importieren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported from %1.</source>
        <translation>Aus %1 importiert.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <location filename="../ui/connections/databaseconnection.cpp" line="+181"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 for %2:</source>
        <translation>Passwort von %1 für %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the password:
%1

%2</source>
        <translation>Der Server hat das Passwort abgelehnt:
%1

%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database Password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No database</source>
        <translation>Keine Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no version table</source>
        <translation>%1: keine Versionstabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no revision applied</source>
        <translation>%1: keine Revision angewendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 (head)</source>
        <translation>%1 auf %2 (head)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>DatabaseController</name>
    <message>
        <location filename="../ui/shell/databasecontroller.cpp" line="+43"/>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disconnected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;Database</source>
        <translation>Date&amp;nbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../ui/panels/detailspanel.cpp" line="+60"/>
        <source>Select a revision to see its details.</source>
        <translation>Wählen Sie eine Revision aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge point</source>
        <translation>Zusammenführungspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>current in the database</source>
        <translation>aktuell in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Kinder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch labels</source>
        <translation>Zweig-Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renders to SQL for %1</source>
        <translation>als SQL für %1 darstellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be rendered for %1</source>
        <translation>für %1 nicht darstellbar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsModel</name>
    <message>
        <location filename="../ui/models/diagnosticsmodel.cpp" line="+25"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>EditorTabs</name>
    <message>
        <location filename="../ui/editor/editortabs.cpp" line="+71"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert to Saved</source>
        <translation>Auf &amp;Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tab schließen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1*</source>
        <comment>tab title of a file with unsaved changes</comment>
        <translation>%1*</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+10"/>
        <source>Revert to Saved</source>
        <translation>Auf Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Discard your changes to %1 and load it again from disk?</source>
        <translation>Ihre Änderungen an %1 verwerfen und die Datei erneut von der Festplatte laden?</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+9"/>
        <source>Reload File</source>
        <translation>Datei neu laden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed on disk, and you have unsaved changes. Reload it and lose your changes?</source>
        <translation>%1 wurde auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen. Datei neu laden und Ihre Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <location filename="../ui/execution/failuredialog.cpp" line="+51"/>
        <source>Run Cancelled</source>
        <translation>Lauf abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run Failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open %1 in the editor at line %2</source>
        <translation>%1 im Editor in Zeile %2 öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement:</source>
        <translation>Anweisung:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>left at %1</source>
        <translation>steht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — the last completed step is %1 of %2 (%3)</source>
        <translation> — der letzte abgeschlossene Schritt ist %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — no step was completed; the database is where the run started</source>
        <translation> — kein Schritt wurde abgeschlossen; die Datenbank ist auf dem Stand vom Beginn des Laufs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup %1 was made before this run. Restoring it puts the database back exactly as it was before the run.</source>
        <translation>Sicherung %1 wurde vor diesem Lauf erstellt. Ihre Wiederherstellung versetzt die Datenbank exakt in den Zustand vor dem Lauf zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup was made for this run.</source>
        <translation>Für diesen Lauf wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore Backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: %1:%2</source>
        <translation>Datei: %1:%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database %1 with backup %2? Everything written to it since the backup is lost.</source>
        <translation>Die Datenbank %1 durch Sicherung %2 ersetzen? Alles, was seit der Sicherung in sie geschrieben wurde, geht verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring backup %1…</source>
        <translation>Sicherung %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Restoring: %1</source>
        <translation>Wird wiederhergestellt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The restore is running; wait for it to finish.</source>
        <translation>Die Wiederherstellung läuft; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.cpp" line="+37"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gular expression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>A&amp;lle ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Replaced: %1</source>
        <translation>Ersetzt: %1</translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <location filename="../ui/editor/gotolinebar.cpp" line="+21"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Go to &amp;line (1–%1):</source>
        <translation>Gehe zu &amp;Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+96"/>
        <location line="+309"/>
        <source>Retort</source>
        <translation>Retort</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;SQL</source>
        <translation>&amp;SQL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Revision…</source>
        <translation>&amp;Neue Revision…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge Heads…</source>
        <translation>Heads &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrote revision %1: %2</source>
        <translation>Revision %1 geschrieben: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Graph…</source>
        <translation>Graph e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL Preview</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose an environment</source>
        <translation>Umgebung wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 configures several Alembic environments (-n):</source>
        <translation>%1 konfiguriert mehrere Alembic-Umgebungen (-n):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Retort could not open %1:

%2</source>
        <translation>Retort konnte %1 nicht öffnen:

%2</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Opening %1 [%2]</source>
        <translation>%1 [%2] wird geöffnet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Files changed on disk: project reloaded</source>
        <translation>Dateien auf der Festplatte geändert: Projekt neu geladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Retort</source>
        <translation>%1 — Retort</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No project open — File ▸ Open Project… (Ctrl+O)</source>
        <translation>Kein Projekt geöffnet — Datei ▸ Projekt öffnen… (Strg+O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 revision</source>
        <translation>1 Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 revisions</source>
        <translation>%1 Revisionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heads: %1</source>
        <translation>heads: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Alembic Project</source>
        <translation>Alembic-Projekt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alembic configuration (*.ini);;All files (*)</source>
        <translation>Alembic-Konfiguration (*.ini);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the run (Run ▸ Cancel Run) before quitting.</source>
        <translation>Brechen Sie den Lauf ab (Ausführen ▸ Lauf abbrechen), bevor Sie das Programm beenden.</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../ui/dialogs/newprojectdialog.cpp" line="+21"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where alembic.ini goes</source>
        <translation>wohin alembic.ini kommt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The migration environment (env.py, script.py.mako, versions/), relative to the project directory</source>
        <translation>Die Migrationsumgebung (env.py, script.py.mako, versions/), relativ zum Projektverzeichnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sqlalchemy.url; %(here)s is the project directory. The DATABASE_URL environment variable overrides it.</source>
        <translation>sqlalchemy.url; %(here)s ist das Projektverzeichnis. Die Umgebungsvariable DATABASE_URL hat Vorrang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project &amp;directory:</source>
        <translation>Projekt&amp;verzeichnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Script location:</source>
        <translation>Skript-&amp;Speicherort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Project Directory</source>
        <translation>Projektverzeichnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>NewRevisionDialog</name>
    <message>
        <location filename="../ui/dialogs/newrevisiondialog.cpp" line="+51"/>
        <source>New Revision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create</source>
        <translation>Er&amp;stellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>What the revision does, e.g. “add email to member”</source>
        <translation>Was die Revision tut, z. B. „add email to member“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, names a new branch</source>
        <translation>optional, benennt einen neuen Zweig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to use the generated id shown</source>
        <translation>Leer lassen, um die angezeigte generierte ID zu verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As Alembic chooses (the parent&apos;s directory)</source>
        <translation>Wie Alembic es wählt (das Verzeichnis der Eltern-Revision)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parents:</source>
        <translation>&amp;Eltern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch &amp;label:</source>
        <translation>Zweig-&amp;Label:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Depends on:</source>
        <translation>&amp;Hängt ab von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision &amp;id:</source>
        <translation>Revisions-I&amp;D:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di&amp;rectory:</source>
        <translation>Ve&amp;rzeichnis:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the head(s) to build on. Several make a merge revision; none makes a new base.</source>
        <translation>Markieren Sie die Head(s), auf denen aufgebaut werden soll. Mehrere ergeben eine Zusammenführungsrevision; keiner ergibt eine neue Basisrevision.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revision id, prefix or branch label</source>
        <translation>Revisions-ID, Präfix oder Zweig-Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete removes the selected dependency</source>
        <translation>Entf entfernt die ausgewählte Abhängigkeit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Empty (pass)</source>
        <translation>Leer (pass)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations skeleton (op.create_table …)</source>
        <translation>Operationsgerüst (op.create_table …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw SQL (op.execute)</source>
        <translation>Reines SQL (op.execute)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQL run by upgrade()</source>
        <translation>Von upgrade() ausgeführtes SQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL run by downgrade()</source>
        <translation>Von downgrade() ausgeführtes SQL</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&lt;base&gt; — a new base revision, without parent</source>
        <translation>&lt;base&gt; — eine neue Basisrevision, ohne Eltern</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 — %2 (not a head: starts a new branch)</source>
        <translation>%1 — %2 (kein Head: beginnt einen neuen Zweig)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Merge Heads</source>
        <translation>Heads zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merge heads</source>
        <translation>merge heads</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a message: it becomes the docstring and the file name&apos;s slug.</source>
        <translation>Geben Sie eine Nachricht ein: Sie wird zum Docstring und zum Slug des Dateinamens.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the head(s) to build on (several make a merge), or &lt;base&gt; for a new base revision.</source>
        <translation>Markieren Sie die Head(s), auf denen aufgebaut werden soll (mehrere ergeben eine Zusammenführung), oder &lt;base&gt; für eine neue Basisrevision.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new base revision cannot have other parents.</source>
        <translation>Eine neue Basisrevision kann keine weiteren Eltern haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a new base revision (no parent)</source>
        <translation>eine neue Basisrevision (ohne Eltern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merges %1</source>
        <translation>führt %1 zusammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branches off %1</source>
        <translation>zweigt von %1 ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on top of %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Revision %2, %3</source>
        <translation>%1
Revision %2, %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../ui/connections/passwordvault.cpp" line="+33"/>
        <source>Retort was built without keyring support.</source>
        <translation>Retort wurde ohne Unterstützung für den Schlüsselbund erstellt.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The system keyring did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../ui/execution/planreviewdialog.cpp" line="+37"/>
        <source>(base)</source>
        <translation>(base)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stamp</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Review Plan — %1</source>
        <translation>Plan prüfen — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This is a production database.</source>
        <translation>Dies ist eine Produktionsdatenbank.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n Schritt, von %1 auf %2.</numerusform>
            <numerusform>%n Schritte, von %1 auf %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version table is emptied first (--purge).</source>
        <translation>Die Versionstabelle wird zuerst geleert (--purge).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retort cannot run this plan</source>
        <translation>Retort kann diesen Plan nicht ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These steps need Python (or something Retort cannot render); nothing will run. Run them with Alembic, or rewrite them with op.* calls.</source>
        <translation>Diese Schritte brauchen Python (oder etwas, das Retort nicht darstellen kann); es wird nichts ausgeführt. Führen Sie sie mit Alembic aus oder schreiben Sie sie mit op.*-Aufrufen neu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the database now</source>
        <translation>Jetzt in der Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQL, no transaction</source>
        <translation>SQL, ohne Transaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>version table</source>
        <translation>Versionstabelle</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>cannot run: %1</source>
        <translation>nicht ausführbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>runs outside a transaction</source>
        <translation>läuft außerhalb einer Transaktion</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One transaction per &amp;migration: a failure rolls back its own step; the steps before it stay applied</source>
        <translation>Eine Transaktion pro &amp;Migration: Ein Fehler macht nur den eigenen Schritt rückgängig; die Schritte davor bleiben angewendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One transaction for the &amp;whole plan: a failure rolls back every step</source>
        <translation>Eine Transaktion für den &amp;gesamten Plan: Ein Fehler macht alle Schritte rückgängig</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n statement(s) run outside any transaction (autocommit blocks, CONCURRENTLY); a later failure cannot undo them.</source>
        <translation>
            <numerusform>%n Anweisung läuft außerhalb jeder Transaktion (Autocommit-Blöcke, CONCURRENTLY); ein späterer Fehler kann sie nicht rückgängig machen.</numerusform>
            <numerusform>%n Anweisungen laufen außerhalb jeder Transaktion (Autocommit-Blöcke, CONCURRENTLY); ein späterer Fehler kann sie nicht rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+32"/>
        <source>&amp;Reopen the last project on start</source>
        <translation>Beim Start das letzte Projekt wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new language takes effect when Retort starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Retort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>ProductionBanner</name>
    <message>
        <location filename="../ui/connections/productionbanner.cpp" line="+49"/>
        <source>Retort asks you to type the database name before every upgrade, downgrade or stamp.</source>
        <translation>Retort verlangt vor jedem Upgrade, Downgrade oder Stempeln, dass Sie den Namen der Datenbank eingeben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PRODUCTION — %1 on %2</source>
        <translation>PRODUKTION — %1 auf %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>You are about to %1 on the production database %2 on %3.

Type the name of the database (%2) to go ahead:</source>
        <translation>Sie sind dabei, „%1“ auf der Produktionsdatenbank %2 auf %3 auszuführen.

Geben Sie zum Fortfahren den Namen der Datenbank (%2) ein:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Production Database</source>
        <translation>Produktionsdatenbank</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../ui/execution/progresspanel.cpp" line="+26"/>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stamp</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+167"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n step(s)</source>
        <translation>
            <numerusform>%1: %n Schritt</numerusform>
            <numerusform>%1: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Database locked for the run.</source>
        <translation>Datenbank für den Lauf gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock obtained; starting.</source>
        <translation>Sperre erhalten; Lauf beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  committed %1</source>
        <translation>  %1 festgeschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (outside a transaction)</source>
        <translation> (außerhalb einer Transaktion)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 — ok, %2%3</source>
        <translation>  %1 — ok, %2%3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Succeeded.</source>
        <translation>Erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 — FAILED: %2</source>
        <translation>  %1 — FEHLGESCHLAGEN: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Elapsed: %1</source>
        <translation>Verstrichene Zeit: %1</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::ConnectionTexts</name>
    <message>
        <location filename="../ui/connections/connectiontexts.cpp" line="+20"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the local server</source>
        <translation>dem lokalen Server</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::DatabaseProbe</name>
    <message>
        <location filename="../ui/connections/databaseprobe.cpp" line="+27"/>
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — new file: the first run creates it</source>
        <translation>%1 — neue Datei: der erste Lauf legt sie an</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::EditorDiagnostics</name>
    <message>
        <location filename="../ui/editor/editordiagnostics.cpp" line="+46"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::ExecutionController</name>
    <message>
        <location filename="../ui/execution/executioncontroller.cpp" line="+32"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 konnte nicht hergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::FailureDialog</name>
    <message>
        <location filename="../ui/execution/failuredialog.cpp" line="-269"/>
        <source>(base: no revision)</source>
        <translation>(base: keine Revision)</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup %1 was restored.</source>
        <translation>Sicherung %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The replaced database file was kept as %1.</source>
        <translation>Die ersetzte Datenbankdatei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup %1 of the replaced state was made first.</source>
        <translation>Zuvor wurde die Sicherung %1 des ersetzten Zustands angelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is at %1 again.</source>
        <translation>Die Datenbank steht wieder auf %1.</translation>
    </message>
</context>
<context>
    <name>Retort::Ui::GraphExport</name>
    <message>
        <location filename="../ui/graph/graphexport.cpp" line="+40"/>
        <source>The graph is too large to export as an image (%1 × %2 pixels).</source>
        <translation>Der Graph ist zu groß, um als Bild exportiert zu werden (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>RevisionGraphScene</name>
    <message>
        <location filename="../ui/graph/revisiongraphscene.cpp" line="+317"/>
        <source>Missing revision: no file defines it.</source>
        <translation>Fehlende Revision: Keine Datei definiert sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch labels: %1</source>
        <translation>Zweig-Labels: %1</translation>
    </message>
</context>
<context>
    <name>RevisionGraphView</name>
    <message>
        <location filename="../ui/graph/revisiongraphview.cpp" line="+76"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find Revision…</source>
        <translation>Revision &amp;suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find revision: id, message or branch label</source>
        <translation>Revision suchen: ID, Nachricht oder Zweig-Label</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Preview &amp;Upgrade SQL to Here</source>
        <translation>Vorschau des &amp;Upgrade-SQL bis hierher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview &amp;Downgrade SQL to Here</source>
        <translation>Vorschau des &amp;Downgrade-SQL bis hierher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Revision on Top…</source>
        <translation>&amp;Neue Revision darauf aufsetzen…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Revision graph</source>
        <translation>Revisionsgraph</translation>
    </message>
</context>
<context>
    <name>RevisionNodeItem</name>
    <message>
        <location filename="../ui/graph/revisionnodeitem.cpp" line="+54"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch point</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs Python</source>
        <translation>braucht Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SQL</source>
        <translation>kein SQL</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>missing revision</source>
        <translation>fehlende Revision</translation>
    </message>
</context>
<context>
    <name>RevisionTableModel</name>
    <message>
        <location filename="../ui/models/revisiontablemodel.cpp" line="+53"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>effective head</source>
        <translation>effektiver Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>branchpoint</source>
        <translation>Verzweigungspunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mergepoint</source>
        <translation>Zusammenführungspunkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;base&gt;</source>
        <translation>&lt;base&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch labels</source>
        <translation>Zweig-Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>RiskDescription</name>
    <message>
        <location filename="../ui/execution/riskdescription.cpp" line="+22"/>
        <source>Drops table %1</source>
        <translation>Löscht die Tabelle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drops column %1.%2</source>
        <translation>Löscht die Spalte %1.%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes the type of %1.%2: %3</source>
        <translation>Ändert den Typ von %1.%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes %1.%2 NOT NULL</source>
        <translation>Setzt %1.%2 auf NOT NULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes every row (no WHERE): %1</source>
        <translation>Ändert jede Zeile (kein WHERE): %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>step %1, %2 (%3:%4)</source>
        <translation>Schritt %1, %2 (%3:%4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in the database now (made earlier in the plan)</source>
        <translation>derzeit nicht in der Datenbank (wird von einem früheren Schritt des Plans angelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not counted: %1</source>
        <translation>nicht gezählt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n row(s) now</source>
        <translation>
            <numerusform>derzeit %n Zeile</numerusform>
            <numerusform>derzeit %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) now; </source>
        <translation>
            <numerusform>derzeit %n Zeile; </numerusform>
            <numerusform>derzeit %n Zeilen; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) lost</source>
        <translation>
            <numerusform>%n Wert geht verloren</numerusform>
            <numerusform>%n Werte gehen verloren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n NULL(s) now: this step will fail</source>
        <translation>
            <numerusform>derzeit %n NULL-Wert: Dieser Schritt wird fehlschlagen</numerusform>
            <numerusform>derzeit %n NULL-Werte: Dieser Schritt wird fehlschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>no NULLs in %n row(s)</source>
        <translation>
            <numerusform>keine NULL-Werte in %n Zeile</numerusform>
            <numerusform>keine NULL-Werte in %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n value(s) longer than the new type</source>
        <translation>
            <numerusform>%n Wert ist zu lang für den neuen Typ</numerusform>
            <numerusform>%n Werte sind zu lang für den neuen Typ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every value fits (%n row(s))</source>
        <translation>
            <numerusform>alle Werte passen (%n Zeile)</numerusform>
            <numerusform>alle Werte passen (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) to convert</source>
        <translation>
            <numerusform>%n Wert zu konvertieren</numerusform>
            <numerusform>%n Werte zu konvertieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunActions</name>
    <message>
        <location filename="../ui/execution/runactions.cpp" line="+25"/>
        <source>Upgrade to &amp;Heads</source>
        <translation>Upgrade auf &amp;Heads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Downgrade One</source>
        <translation>&amp;Downgrade um eine Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upgrade to Target</source>
        <translation>&amp;Upgrade auf Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do&amp;wngrade to Target</source>
        <translation>Do&amp;wngrade auf Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stamp Target</source>
        <translation>Ziel &amp;stempeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>target: heads, label@head, -2, ae10+1…</source>
        <translation>Ziel: heads, label@head, -2, ae10+1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Where Upgrade, Downgrade and Stamp to Target go: any Alembic revision identifier</source>
        <translation>Ziel für „Upgrade auf Ziel“, „Downgrade auf Ziel“ und „Ziel stempeln“: ein beliebiger Alembic-Revisionsbezeichner</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Enter a revision identifier.</source>
        <translation>Geben Sie einen Revisionsbezeichner ein.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../ui/shell/runcontroller.cpp" line="+48"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History of Runs</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Upgrade to Here…</source>
        <translation>Upgrade bis hierher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downgrade to Here…</source>
        <translation>Downgrade bis hierher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp Here…</source>
        <translation>Hier stempeln…</translation>
    </message>
</context>
<context>
    <name>RunCoordinator</name>
    <message>
        <location filename="../ui/execution/runcoordinator.cpp" line="+26"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Upgrade to %1</source>
        <translation>Upgrade auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade to %1</source>
        <translation>Downgrade auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stamp %1 (purge)</source>
        <translation>%1 stempeln (purge)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stamp %1</source>
        <translation>%1 stempeln</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has errors that prevent planning: %1</source>
        <translation>Das Projekt enthält Fehler, die die Planung verhindern: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An in-memory SQLite database cannot be migrated from the window.</source>
        <translation>Eine SQLite-Datenbank im Arbeitsspeicher kann nicht aus dem Fenster heraus migriert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2: reading the database&apos;s revision…</source>
        <translation>%1 in %2: Revision der Datenbank wird gelesen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not read the revision of %1: %2</source>
        <translation>Die Revision von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to do: the database is already at %1.</source>
        <translation>Nichts zu tun: Die Datenbank steht bereits auf %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Not run: %n step(s) of the plan cannot be run by Retort.</source>
        <translation>
            <numerusform>Nicht ausgeführt: %n Schritt des Plans kann von Retort nicht ausgeführt werden.</numerusform>
            <numerusform>Nicht ausgeführt: %n Schritte des Plans können von Retort nicht ausgeführt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: the plan was not confirmed.</source>
        <translation>Nicht ausgeführt: Der Plan wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: the production database&apos;s name was not confirmed.</source>
        <translation>Nicht ausgeführt: Der Name der Produktionsdatenbank wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not run: the backup prompt was cancelled.</source>
        <translation>Nicht ausgeführt: Die Abfrage zur Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Production Database</source>
        <translation>Produktionsdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a production database. Type its name, %2, to run “%3”:</source>
        <translation>%1 ist eine Produktionsdatenbank. Geben Sie ihren Namen, %2, ein, um „%3“ auszuführen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No backup for run %1: a stamp changes only the version table.</source>
        <translation>Keine Sicherung für Lauf %1: Stempeln ändert nur die Versionstabelle.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup %1 for run %2 verified (%3): %4</source>
        <translation>Sicherung %1 für Lauf %2 geprüft (%3): %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup skipped for run %1 by the user.</source>
        <translation>Sicherung für Lauf %1 vom Benutzer übersprungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup for run %1: the database file does not exist yet.</source>
        <translation>Keine Sicherung für Lauf %1: Die Datenbankdatei existiert noch nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another run is still going.</source>
        <translation>Ein anderer Lauf ist noch im Gange.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Restoring backup %1 failed.</source>
        <translation>Das Wiederherstellen der Sicherung %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup %1 restored; the database is at %2.</source>
        <translation>Sicherung %1 wiederhergestellt; die Datenbank steht auf %2.</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <location filename="../ui/execution/runhistorymodel.cpp" line="+17"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stamp</source>
        <translation>Stempeln</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <location filename="../ui/execution/runhistoryview.cpp" line="+33"/>
        <location line="+28"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No runs yet: the database file does not exist.</source>
        <translation>Noch keine Läufe: Die Datenbankdatei existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the ledger…</source>
        <translation>Protokoll wird gelesen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the ledger: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No runs recorded in this database yet.</source>
        <translation>In dieser Datenbank sind noch keine Läufe protokolliert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) recorded.</source>
        <translation>
            <numerusform>%n Schritt protokolliert.</numerusform>
            <numerusform>%n Schritte protokolliert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/schematreemodel.cpp" line="+32"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enum: %1</source>
        <translation>Enum: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRIMARY KEY (%1)</source>
        <translation>PRIMARY KEY (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unique</source>
        <translation>Unique-Constraint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check</source>
        <translation>Check-Constraint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../ui/editor/scripteditor.cpp" line="+160"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Revision Under Cursor</source>
        <translation>Revision unter dem Cursor öffnen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be edited: %2</source>
        <translation>%1 kann nicht bearbeitet werden: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Ctrl+click or F2 opens revision %1</source>
        <translation>Strg+Klick oder F2 öffnet Revision %1</translation>
    </message>
</context>
<context>
    <name>SqlPreviewWidget</name>
    <message>
        <location filename="../ui/preview/sqlpreviewwidget.cpp" line="+102"/>
        <source>&amp;Copy SQL</source>
        <translation>SQL &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole script to the clipboard</source>
        <translation>Das ganze Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save as .sql…</source>
        <translation>Als .sql &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database the SQL is written for</source>
        <translation>Die Datenbank, für die das SQL geschrieben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downgrade</source>
        <translation>Downgrade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected revision (or a range such as base:heads)</source>
        <translation>Ausgewählte Revision (oder ein Bereich wie base:heads)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A range start:end as in `alembic upgrade start:end --sql`; an upgrade also takes a single target (from base). Empty: the selected revision alone.</source>
        <translation>Ein Bereich start:end wie bei `alembic upgrade start:end --sql`; ein Upgrade akzeptiert auch ein einzelnes Ziel (ab base). Leer: nur die ausgewählte Revision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Range:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a revision, or enter a range such as base:heads.</source>
        <translation>Wählen Sie eine Revision aus oder geben Sie einen Bereich wie base:heads ein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No SQL can be written:</source>
        <translation>Es kann kein SQL geschrieben werden:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save the script as a highlighted HTML page</source>
        <translation>Das Skript als HTML-Seite mit Syntaxhervorhebung speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export as HTML needs KSyntaxHighlighting, which this build of Retort does not have (it is part of the Qt 5 build).</source>
        <translation>Der Export als HTML braucht KSyntaxHighlighting, das diesem Build von Retort fehlt (es ist Teil des Qt-5-Builds).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>HTML files (*.html);;All files (*)</source>
        <translation>HTML-Dateien (*.html);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SqlTextView</name>
    <message>
        <location filename="../ui/preview/sqltextview.cpp" line="+243"/>
        <source>This build of Retort has no KSyntaxHighlighting, which the HTML export needs.</source>
        <translation>Diesem Build von Retort fehlt KSyntaxHighlighting, das für den HTML-Export nötig ist.</translation>
    </message>
</context>
<context>
    <name>TextFileFormat</name>
    <message>
        <location filename="../ui/editor/textfileformat.cpp" line="+59"/>
        <source>Line %1 holds the character &apos;%2&apos;, which the file&apos;s declared encoding (Latin-1) cannot store</source>
        <translation>Zeile %1 enthält das Zeichen „%2“, das die deklarierte Kodierung der Datei (Latin-1) nicht speichern kann</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+43"/>
        <source>Workbench for Alembic migrations</source>
        <translation>Werkbank für Alembic-Migrationen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database URL to show the project against.</source>
        <translation>Datenbank-URL, deren Stand mit dem Projekt angezeigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ini section of the environment.</source>
        <translation>Der ini-Abschnitt der Umgebung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour theme: system, light or dark.</source>
        <translation>Farbschema: system, light oder dark.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language for this run, e.g. en or de.</source>
        <translation>Sprache der Oberfläche für diesen Start, z. B. en oder de.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An alembic.ini, or a folder holding one.</source>
        <translation>Eine alembic.ini oder ein Ordner, der eine enthält.</translation>
    </message>
</context>
</TS>
