#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include "storage/devicepreferences.h"
#include "ui/settings/languagecontroller.h"
#include "ui/settings/readaloudcontroller.h"

using mapje::LanguageController;
using mapje::ReadAloudController;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** What the output module received in one language; it gets the text a sentence at a time. */
QString spokenIn(const QString &path, const QString &language)
{
    QStringList parts;
    const QStringList lines = QString::fromUtf8(readFile(path)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(language + QLatin1Char(' ')))
            parts.append(line.mid(language.size() + 1));
    }
    return parts.join(QLatin1Char(' ')).simplified();
}
} // namespace

/**
 * The real path, end to end: Qt's speechd plugin reaches a private speech-dispatcher started by
 * this test, and espeak-ng turns Dutch (and then English) text into sound. The daemon gets its own
 * configuration: one "generic" output module that writes the language and text it receives to a
 * file and has espeak-ng write the sound to a WAV file; libao's null driver stands in for a sound
 * card, which the test machine does not have.
 */
class TestReadAloudSpeechd : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/mapje-sd-XXXXXX")};
    QProcess m_daemon;
    QString m_socket;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher"));
        if (daemon.isEmpty())
            QSKIP("speech-dispatcher is not installed (Debian package speech-dispatcher).");
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng is not installed (Debian package espeak-ng).");
        if (!QTextToSpeech::availableEngines().contains(QStringLiteral("speechd")))
            QSKIP("Qt's speechd plugin is not installed (qt6-speech-speechd-plugin).");

        QVERIFY(QDir().mkpath(path(QStringLiteral("conf/modules"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("log"))));
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        const QByteArray spoken = path(QStringLiteral("spoken.txt")).toUtf8();
        const QByteArray wav = path(QStringLiteral("spoken.wav")).toUtf8();
        QVERIFY(writeFile(path(QStringLiteral("conf/speechd.conf")),
            "LogLevel 4\nLogDir \"" + path(QStringLiteral("log")).toUtf8()
                + "\"\nAudioOutputMethod \"libao\"\n"
                  "AddModule \"mapjetest\" \"sd_generic\" \"mapjetest.conf\"\n"
                  "DefaultModule mapjetest\nDefaultLanguage \"nl\"\n"));
        QVERIFY(writeFile(path(QStringLiteral("conf/modules/mapjetest.conf")),
            "GenericExecuteSynth \"echo \\'$LANGUAGE $DATA\\' >> " + spoken
                + "; printf %s \\'$DATA\\' | espeak-ng -v $LANGUAGE --stdin -w " + wav
                + "\"\n"
                  "GenericCmdDependency \"espeak-ng\"\n"
                  "GenericLanguage \"nl\" \"nl\" \"utf-8\"\n"
                  "GenericLanguage \"en\" \"en\" \"utf-8\"\n"
                  "AddVoice \"nl\" \"MALE1\" \"nl\"\n"
                  "AddVoice \"en\" \"MALE1\" \"en\"\n"));
        // No sound card here: libao's null driver takes the sound and drops it.
        QVERIFY(writeFile(path(QStringLiteral("home/.libao")), "default_driver=null\n"));

        m_socket = path(QStringLiteral("speechd.sock"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        m_daemon.setProcessEnvironment(env);
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(daemon,
            {QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("30"),
                QStringLiteral("--config-dir"), path(QStringLiteral("conf")),
                QStringLiteral("--communication-method"), QStringLiteral("unix_socket"),
                QStringLiteral("--socket-path"), m_socket, QStringLiteral("--pid-file"),
                path(QStringLiteral("speechd.pid")), QStringLiteral("--log-dir"),
                path(QStringLiteral("log"))});
        if (!m_daemon.waitForStarted(5000))
            QSKIP("speech-dispatcher could not be started in this environment.");
        for (int i = 0; i < 100 && !QFileInfo::exists(m_socket); ++i) {
            if (m_daemon.state() == QProcess::NotRunning)
                break;
            QTest::qWait(50);
        }
        if (!QFileInfo::exists(m_socket)) {
            qInfo().noquote()
                << m_daemon.readAll()
                << readFile(path(QStringLiteral("log/speech-dispatcher.log"))).right(2000);
            QSKIP("speech-dispatcher started but offered no socket here (see its log above).");
        }
        // libspeechd, and so Qt's speechd plugin, connects where this says.
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + m_socket.toUtf8());
    }

    void cleanupTestCase()
    {
        qunsetenv("SPEECHD_ADDRESS");
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            if (!m_daemon.waitForFinished(5000))
                m_daemon.kill();
        }
    }

    void dutchTextIsSynthesised()
    {
        mapje::DevicePreferences preferences(path(QStringLiteral("settings.json")));
        LanguageController language(preferences);
        language.loadInitial();
        language.choose(QStringLiteral("nl"));
        ReadAloudController readAloud(preferences, language, QStringLiteral("speechd"));
        // The engine starts in its own thread: prepare() returns at once, the answer follows.
        readAloud.prepare();
        QTRY_VERIFY2_WITH_TIMEOUT(
            readAloud.available(), qPrintable(readAloud.unavailableMessage()), 15000);

        const QString dutch = QStringLiteral("Welkom bij Mapje. Jij kiest wat belangrijk is.");
        QVERIFY(readAloud.say(dutch));
        const QString spoken = path(QStringLiteral("spoken.txt"));
        QTRY_COMPARE_WITH_TIMEOUT(spokenIn(spoken, QStringLiteral("nl")), dutch, 15000);
        // espeak-ng made sound of it: more than a WAV header.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo(path(QStringLiteral("spoken.wav"))).size() > 1000, 15000);

        // The language follows Mapje's language.
        language.choose(QStringLiteral("en"));
        QVERIFY(readAloud.available());
        const QString english = QStringLiteral("Welcome to Mapje.");
        QVERIFY(readAloud.say(english));
        QTRY_COMPARE_WITH_TIMEOUT(spokenIn(spoken, QStringLiteral("en")), english, 15000);
        QCOMPARE(spokenIn(spoken, QStringLiteral("nl")), dutch);
    }

    void missingDaemonIsUnavailableNotACrash()
    {
        // A socket nobody listens on, as on a device where speech-dispatcher cannot start.
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + path(QStringLiteral("nobody.sock")).toUtf8());
        mapje::DevicePreferences preferences(path(QStringLiteral("settings-2.json")));
        LanguageController language(preferences);
        language.loadInitial();
        ReadAloudController readAloud(preferences, language, QStringLiteral("speechd"));
        QVERIFY(!readAloud.prepare());
        QTRY_VERIFY_WITH_TIMEOUT(!readAloud.unavailableMessage().isEmpty(), 15000);
        QVERIFY(!readAloud.available());
        QVERIFY(!readAloud.say(QStringLiteral("Hallo")));
        readAloud.stop();
        qputenv("SPEECHD_ADDRESS", "unix_socket:" + m_socket.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestReadAloudSpeechd)
#include "tst_readaloudspeechd.moc"
