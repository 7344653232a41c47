// The Live view against a real audio server: a private JACK server, the suite's feeder, and
// the LiveWindow metering it (offscreen). Also renders the screenshot for docs/: set
// STEMWISE_SCREENSHOT to a .png path to keep it.
#include "jackserver.h"
#include "live/livewindow.h"
#include "theme.h"

#include <QApplication>

#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>

using stemwise::ui::LiveWindow;

class TestLiveView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        stemwise::ui::applyTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));  // as the app looks
        QString error;
        if (!m_server.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
    }

    void metersASineAndRecordsATake()
    {
        QString error;
        QVERIFY2(m_server.startFeeder({QStringLiteral("--signal"), QStringLiteral("sine"), QStringLiteral("--level-dbfs"),
                                       QStringLiteral("-23")},
                                      &error),
                 qPrintable(error));
        QTemporaryDir dir;
        LiveWindow window;
        window.setTakesFolder(dir.path());
        window.show();
        QVERIFY(window.selectDevice(QStringLiteral("system"), QStringLiteral("JACK")));
        QVERIFY2(window.startInput(), qPrintable(window.statusText()));
        QVERIFY(window.running());
        QSignalSpy takes(&window, &LiveWindow::takeRecorded);
        auto* record = window.findChild<QPushButton*>();
        QVERIFY(record != nullptr);
        // The record button is the one labelled so; press it through the UI.
        for (auto* b : window.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Record")))
                record = b;
        QTest::mouseClick(record, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > 4 * 48000, 15000);
        // Integrated loudness of a -23 dBFS 1 kHz stereo sine: -23.0 LUFS (EBU Tech 3341 case 1),
        // within 0.1 LU as shown (one decimal).
        const QStringList words = window.loudnessText().split(QLatin1Char(' '));
        const qsizetype at = words.indexOf(QStringLiteral("I"));
        QVERIFY2(at >= 0 && at + 1 < words.size(), qPrintable(window.loudnessText()));
        bool ok = false;
        const double integrated = words[at + 1].toDouble(&ok);
        QVERIFY2(ok && std::fabs(integrated + 23.0) <= 0.1 + 1e-9, qPrintable(window.loudnessText()));
        QTest::mouseClick(record, Qt::LeftButton);  // stop the take
        QCOMPARE(takes.count(), 1);
        const QString take = takes.first().first().toString();
        SF_INFO info{};
        SNDFILE* f = sf_open(take.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY2(f != nullptr, qPrintable(take));
        sf_close(f);
        QVERIFY2(info.frames > 3 * 48000, qPrintable(QString::number(info.frames)));
        window.stopInput();
        QVERIFY(!window.running());
    }

    void screenshotOfMusic()
    {
        QString error;
        QVERIFY2(m_server.startFeeder({QStringLiteral("--signal"), QStringLiteral("music"), QStringLiteral("--level-dbfs"),
                                       QStringLiteral("-8")},
                                      &error),
                 qPrintable(error));
        QTemporaryDir dir;
        LiveWindow window;
        window.setTakesFolder(dir.path());
        window.resize(1000, 600);
        window.show();
        QVERIFY(window.selectDevice(QStringLiteral("system"), QStringLiteral("JACK")));
        QVERIFY2(window.startInput(), qPrintable(window.statusText()));
        for (auto* b : window.findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Record")))
                QTest::mouseClick(b, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.framesMetered() > static_cast<std::int64_t>(4.5 * 48000), 15000);
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        const QByteArray target = qgetenv("STEMWISE_SCREENSHOT");
        if (!target.isEmpty())
            QVERIFY(shot.save(QString::fromLocal8Bit(target)));
        window.stopInput();
    }

private:
    stemwise::test::JackServer m_server;
};

QTEST_MAIN(TestLiveView)
#include "tst_liveview.moc"
