// Mnemonics (Alt+letter, the "&" in "&Database:") in every language: a label that carries one
// must have a buddy, or Qt draws the "&" as text (issue 21: the Settings dialog showed
// "&Database:"); and within one window the letters that are live at the same time are
// distinct, or Alt+letter only moves the focus between the candidates instead of acting.
// The main window is checked with each of its tabs current (the widgets of the others are
// hidden, so their mnemonics are not live), together with the menu bar's titles; each menu's
// items among themselves.
#include "mainwindow.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <map>

using namespace stemwise;

namespace {

// The mnemonic letter of a text ("&Database:" → 'd'), or a null QChar; "&&" is a literal "&".
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

bool isRichText(const QLabel* label)
{
    return label->textFormat() == Qt::RichText
           || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Who uses which letter among `owners`, as "letter: a | b" for every letter used twice.
QStringList clashes(const std::multimap<QChar, QString>& owners)
{
    QStringList out;
    for (auto it = owners.begin(); it != owners.end();) {
        const auto range = owners.equal_range(it->first);
        if (std::distance(range.first, range.second) > 1) {
            QStringList names;
            for (auto j = range.first; j != range.second; ++j)
                names << j->second;
            out << QStringLiteral("'%1': %2").arg(it->first, names.join(QStringLiteral(" | ")));
        }
        it = range.second;
    }
    return out;
}

// The labels that would draw their "&" as text, and the live mnemonics of `window`'s widgets.
void collect(QWidget* window, QStringList& literal, std::multimap<QChar, QString>& live)
{
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (isRichText(label) || mnemonicOf(label->text()).isNull())
            continue;
        if (label->buddy() == nullptr)
            literal << label->text();
        else if (label->isVisibleTo(window))
            live.emplace(mnemonicOf(label->text()), label->text());
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        const QChar m = mnemonicOf(button->text());
        if (!m.isNull() && button->isVisibleTo(window))
            live.emplace(m, button->text());
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        const QChar m = mnemonicOf(box->title());
        if (!m.isNull() && box->isVisibleTo(window))
            live.emplace(m, box->title());
    }
    for (QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (!bar->isVisibleTo(window))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            const QChar m = mnemonicOf(bar->tabText(i));
            if (!m.isNull() && bar->isTabEnabled(i))
                live.emplace(m, bar->tabText(i));
        }
    }
}

}  // namespace

class TestMnemonics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsDialog_data();
    void settingsDialog();
    void mainWindow_data() { settingsDialog_data(); }
    void mainWindow();
    void cleanupTestCase();
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
}

void TestMnemonics::cleanupTestCase()
{
    ui::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestMnemonics::settingsDialog_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& l : ui::availableLanguages())
        QTest::newRow(qPrintable(l)) << l;
}

void TestMnemonics::settingsDialog()
{
    QFETCH(QString, language);
    QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), language), language);
    ui::SettingsDialog dialog(ui::AppSettings{}, QStringLiteral("/nowhere/stemwise.sqlite"));
    QStringList literal;
    std::multimap<QChar, QString> live;
    collect(&dialog, literal, live);
    const QStringList twice = clashes(live);
    QVERIFY2(literal.isEmpty() && twice.isEmpty(),
             qPrintable(QStringLiteral("shown with their '&': ") + literal.join(QStringLiteral(" | "))
                        + QStringLiteral("; live twice: ") + twice.join(QStringLiteral("; "))));
    QVERIFY2(live.size() >= 6, qPrintable(QString::number(live.size())));  // theme … output
    // STEMWISE_SCREENSHOT_DIR=… keeps a picture of the dialog to look at (as tst_transportui).
    const QString shots = qEnvironmentVariable("STEMWISE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("settings-%1.png").arg(language))));
    }
}

void TestMnemonics::mainWindow()
{
    QFETCH(QString, language);
    QCOMPARE(ui::installTranslations(*QCoreApplication::instance(), language), language);
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList problems;
    std::multimap<QChar, QString> titles;
    for (QAction* a : window.menuBar()->actions()) {
        titles.emplace(mnemonicOf(a->text()), a->text());
        QMenu* menu = a->menu();
        QVERIFY(menu != nullptr);
        std::multimap<QChar, QString> items;
        for (QAction* item : menu->actions())
            if (!item->isSeparator() && !mnemonicOf(item->text()).isNull())
                items.emplace(mnemonicOf(item->text()), item->text());
        const QStringList twice = clashes(items);
        if (!twice.isEmpty())
            problems << a->text() + QStringLiteral(" menu: ") + twice.join(QStringLiteral("; "));
    }

    // The welcome view first (no session open), then the workspace with each tab current.
    {
        QVERIFY(window.welcomeShown());
        QStringList literal;
        std::multimap<QChar, QString> live = titles;
        collect(&window, literal, live);
        const QStringList twice = clashes(live);
        if (!literal.isEmpty() || !twice.isEmpty())
            problems << QStringLiteral("welcome view: ") + literal.join(QStringLiteral(" | ")) + twice.join(QStringLiteral("; "));
    }
    window.showView(ui::MainWindow::View::Track);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    QVERIFY(tabs != nullptr);
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QStringList literal;
        std::multimap<QChar, QString> live = titles;
        collect(&window, literal, live);
        if (!literal.isEmpty())
            problems << QStringLiteral("shown with their '&': ") + literal.join(QStringLiteral(" | "));
        const QStringList twice = clashes(live);
        if (!twice.isEmpty())
            problems << tabs->tabText(t) + QStringLiteral(" current: ") + twice.join(QStringLiteral("; "));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
