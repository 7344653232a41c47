// The local API's switch in the Settings (issue 20, point 4): off by default and kept in the
// settings; the port is editable only while it is on; the status line says where it serves
// and where the token is, or why it does not. STEMWISE_SCREENSHOT_DIR=DIR saves the dialog
// as DIR/settings-api.png.
#include "appsettings.h"
#include "settingsdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace stemwise;

class TestApiSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StemwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_apisettings"));
        QSettings().clear();
    }

    void isOffByDefaultAndKept()
    {
        const ui::AppSettings fresh = ui::AppSettings::load();
        QCOMPARE(fresh.apiEnabled, false);
        QCOMPARE(fresh.apiPort, 47800);
        ui::AppSettings on = fresh;
        on.apiEnabled = true;
        on.apiPort = 48123;
        on.save();
        const ui::AppSettings again = ui::AppSettings::load();
        QCOMPARE(again.apiEnabled, true);
        QCOMPARE(again.apiPort, 48123);
        QSettings().setValue(QStringLiteral("api/port"), 99999);  // out of range: the default
        QCOMPARE(ui::AppSettings::load().apiPort, 47800);
        QSettings().clear();
    }

    void dialogTurnsItOnAndShowsWhereItServes()
    {
        ui::SettingsDialog dialog(ui::AppSettings{}, QStringLiteral("/home/me/.local/share/stemwise/stemwise.sqlite"));
        auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("apiBox"));
        auto* port = dialog.findChild<QSpinBox*>(QStringLiteral("apiPortBox"));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("apiStatus"));
        QVERIFY(box && port && status);
        QVERIFY(box->isCheckable());
        QVERIFY(!box->isChecked());
        QVERIFY(!port->isEnabled());  // the group's fields follow its switch
        QCOMPARE(status->text(), QStringLiteral("Off: nothing listens."));
        box->setChecked(true);
        QVERIFY(port->isEnabled());
        port->setValue(47900);
        QCOMPARE(dialog.settings().apiEnabled, true);
        QCOMPARE(dialog.settings().apiPort, 47900);

        dialog.setApiStatus(false, {}, {}, QStringLiteral("cannot listen on 127.0.0.1 port 47800: address in use"));
        QCOMPARE(status->text(), QStringLiteral("Not serving: cannot listen on 127.0.0.1 port 47800: address in use"));
        dialog.setApiStatus(true, QStringLiteral("http://127.0.0.1:47900/api/v1/"),
                            QStringLiteral("/home/me/.config/stemwise/api-token"), {});
        QVERIFY(status->text().contains(QStringLiteral("Serving at http://127.0.0.1:47900/api/v1/")));
        QVERIFY(status->text().contains(QStringLiteral("Token: /home/me/.config/stemwise/api-token")));

        const QString dir = qEnvironmentVariable("STEMWISE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-api.png")));
        }
    }
};

QTEST_MAIN(TestApiSettings)
#include "tst_apisettings.moc"
