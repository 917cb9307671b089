#pragma once

#include <QStringList>

class QTextStream;

namespace parallax {

/// Runs one `parallax-cli` command. `arguments` excludes the program name (`import a.txt --db x`).
/// Results go to `out`, one-line translated error messages to `err`; returns the exit code
/// (0 success, 1 failure, 2 usage error). Must run on the thread that owns the QCoreApplication.
int runCli(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace parallax
