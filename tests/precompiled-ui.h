#pragma once

// Precompiled once for every UI test (tests/CMakeLists.txt, REUSE_FROM a donor target with the
// same flags). For build speed only: every test still includes what it uses.

#include "precompiled-core.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>
#include <QWidget>
