#pragma once
// The headers nearly every test includes, compiled once a build as the tests' precompiled
// header (tests/CMakeLists.txt: STEMWISE_TEST_PCH): Qt Core and the standard library cost about
// 2 s of CPU to parse in each of the ~140 test files. Only headers that read none of the
// QT_<MODULE>_LIB macros a test's own libraries define: <QTest> does (qtest.h picks its GUI,
// widgets and network parts by them), so each test includes it itself.
// Never include this file by hand; a test must still include what it uses.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>
