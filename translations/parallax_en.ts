<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n document(s) imported</source>
        <translation>
            <numerusform>%n document imported</numerusform>
            <numerusform>%n documents imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n already in the library</numerusform>
            <numerusform>%n already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::AnnotationCommands</name>
    <message numerus="yes">
        <source>Delete %n Annotation(s)</source>
        <translation>
            <numerusform>Delete %n Annotation</numerusform>
            <numerusform>Delete %n Annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax</name>
    <message numerus="yes">
        <source>%1: only the first %2 sections were aligned; %n more were left out (alignment limit)</source>
        <translation>
            <numerusform>%1: only the first %2 sections were aligned; %n more was left out (alignment limit)</numerusform>
            <numerusform>%1: only the first %2 sections were aligned; %n more were left out (alignment limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationController</name>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-attached %n annotation(s) to the current text</source>
        <translation>
            <numerusform>Re-attached %n annotation to the current text</numerusform>
            <numerusform>Re-attached %n annotations to the current text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n annotation(s)…</source>
        <translation>
            <numerusform>Exporting %n annotation…</numerusform>
            <numerusform>Exporting %n annotations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::AnnotationDock</name>
    <message numerus="yes">
        <source>Showing %1 of %n annotation(s)</source>
        <translation>
            <numerusform>Showing %1 of %n annotation</numerusform>
            <numerusform>Showing %1 of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>%n archived</numerusform>
            <numerusform>%n archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived (hidden)</source>
        <translation>
            <numerusform>%n archived (hidden)</numerusform>
            <numerusform>%n archived (hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in the current text</source>
        <translation>
            <numerusform>%n not found in the current text</numerusform>
            <numerusform>%n not found in the current text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ChartsWorkspace</name>
    <message numerus="yes">
        <source>Reading figures from %n document(s)…</source>
        <translation>
            <numerusform>Reading figures from %n document…</numerusform>
            <numerusform>Reading figures from %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) charted</source>
        <translation>
            <numerusform>%n document charted</numerusform>
            <numerusform>%n documents charted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::CompareWorkspace</name>
    <message numerus="yes">
        <source>%n section(s) beyond the alignment limit left out</source>
        <translation>
            <numerusform>%n section beyond the alignment limit left out</numerusform>
            <numerusform>%n sections beyond the alignment limit left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::LibraryView</name>
    <message numerus="yes">
        <source>Matches for “%1”: %n</source>
        <translation>
            <numerusform>Matches for “%1”: %n</numerusform>
            <numerusform>Matches for “%1”: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::MainWindow</name>
    <message numerus="yes">
        <source>Documents: %n</source>
        <translation>
            <numerusform>Documents: %n</numerusform>
            <numerusform>Documents: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files to import: %n</source>
        <translation>
            <numerusform>Files to import: %n</numerusform>
            <numerusform>Files to import: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown here: %n more (see Details)</source>
        <translation>
            <numerusform>Not shown here: %n more (see Details)</numerusform>
            <numerusform>Not shown here: %n more (see Details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be imported: %n</source>
        <translation>
            <numerusform>Files that could not be imported: %n</numerusform>
            <numerusform>Files that could not be imported: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>Delete %n document</numerusform>
            <numerusform>Delete %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n document(s). Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n document. Undo brings them back.</numerusform>
            <numerusform>Deleted %n documents. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::ReaderView</name>
    <message numerus="yes">
        <source>%n more note(s) here</source>
        <translation>
            <numerusform>%n more note here</numerusform>
            <numerusform>%n more notes here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parallax::TargetsWorkspace</name>
    <message numerus="yes">
        <source>Reading figures from %n document(s)…</source>
        <translation>
            <numerusform>Reading figures from %n document…</numerusform>
            <numerusform>Reading figures from %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), </source>
        <translation>
            <numerusform>%n document, </numerusform>
            <numerusform>%n documents, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator row(s)</source>
        <translation>
            <numerusform>%n indicator row</numerusform>
            <numerusform>%n indicator rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s): paste into Excel or WPS</source>
        <translation>
            <numerusform>Copied %n row: paste into Excel or WPS</numerusform>
            <numerusform>Copied %n rows: paste into Excel or WPS</numerusform>
        </translation>
    </message>
</context>
</TS>
