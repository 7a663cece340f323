#include "testharness.h"
#include "ui/kiosk/kioskcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFontMetricsF>
#include <QMutex>
#include <QMutexLocker>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextDocumentFragment>

#include "core/clock.h"
#include "fakenotifier.h"
#include "fakespeechengine.h"
#include "quotavfs.h"
#include "storage/devicepreferences.h"
#include "storage/keyheader.h"
#include "storage/vault.h"
#include "storage/vaultpaths.h"
#include "ui/checkins/checkinscontroller.h"
#include "ui/composition.h"
#include "ui/reminders/reminderscontroller.h"
#include "ui/settings/readaloudcontroller.h"
#include "ui/vault/vaultcontroller.h"

namespace {
QMutex expectedWarningsMutex;
QStringList expectedWarnings;
} // namespace

bool TestHarness::takeExpectedWarning(const QString &message)
{
    const QMutexLocker lock(&expectedWarningsMutex);
    return expectedWarnings.removeOne(message);
}

void TestHarness::expectWarning(const QString &message)
{
    const QMutexLocker lock(&expectedWarningsMutex);
    expectedWarnings.append(message);
}

QVariantMap TestHarness::qmlSources() const
{
    QVariantMap sources;
    const QString root = QStringLiteral(":/Mapje/");
    QDirIterator files(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            sources.insert(file.fileName().mid(root.size()), QString::fromUtf8(file.readAll()));
    }
    return sources;
}

QString TestHarness::dataDirectory() const
{
    return composition ? composition->dataDirectory() : QString();
}

namespace {
/** True when the file at path holds text in UTF-8 or UTF-16 (little-endian, as Qt keeps it). */
bool fileHolds(const QString &path, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.contains(utf8) || bytes.contains(utf16);
}
} // namespace

QStringList TestHarness::filesHolding(const QString &text) const
{
    QStringList holding;
    QDirIterator files(dataDirectory(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (fileHolds(path, text))
            holding.append(path);
    }
    return holding;
}

QStringList TestHarness::openFilesHolding(const QString &text) const
{
    QStringList holding;
    const QFileInfoList descriptors
        = QDir(QStringLiteral("/proc/self/fd"))
              .entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &descriptor : descriptors) {
        // Through the /proc link itself, so a deleted file or a memfd is read too.
        const QString target = descriptor.symLinkTarget();
        if (target.startsWith(QLatin1String("/dev/"))
            && !target.startsWith(QLatin1String("/dev/shm")))
            continue; // ttys, /dev/null, GPU nodes: not files that keep text
        const QFileInfo resolved(descriptor.absoluteFilePath());
        if (!resolved.isFile())
            continue;
        if (fileHolds(descriptor.absoluteFilePath(), text))
            holding.append(target);
    }
    return holding;
}

void TestHarness::kioskTick()
{
    composition->kioskController()->tick();
}

QString TestHarness::kioskMarker() const
{
    return qEnvironmentVariable("MAPJE_TEST_MARKER", QStringLiteral("zqxkioskmarker"));
}

QString TestHarness::pseudoTranslation() const
{
    return QStringLiteral(MAPJE_PSEUDO_QM);
}

bool TestHarness::installTranslation(const QString &path)
{
    removeTranslation();
    if (!m_translator.load(path))
        return false;
    QCoreApplication::installTranslator(&m_translator);
    if (auto *engine = qmlEngine(this))
        engine->retranslate();
    return true;
}

void TestHarness::removeTranslation()
{
    if (m_translator.isEmpty())
        return;
    QCoreApplication::removeTranslator(&m_translator);
    (void)m_translator.load(QString());
    if (auto *engine = qmlEngine(this))
        engine->retranslate();
}

void TestHarness::restart()
{
    composition->reopen();
}

void TestHarness::reset()
{
    if (countWarningsAgain)
        countWarningsAgain();
    notifier->shown.clear();
    notifier->withdrawn.clear();
    composition->vaultController()->startOver();
    composition->reopen();
    // A kiosk's run starts each test at the welcome, as the next visitor would.
    if (composition->kioskController()->active())
        composition->kioskController()->endSession();
}

void TestHarness::advanceClock(int seconds)
{
    clock->advance(seconds);
}

void TestHarness::setClock(const QString &isoUtc)
{
    clock->set(QDateTime::fromString(isoUtc, Qt::ISODate).toUTC());
}

void TestHarness::damageVault()
{
    // Both copies of the key header: one damaged copy alone is repaired from the other.
    const mapje::VaultPaths paths(composition->dataDirectory());
    for (const QString &path : {paths.headerPath(), paths.secondHeaderPath()}) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QByteArray(200, 'x'));
    }
    composition->reopen();
}

void TestHarness::makeVaultTooNew()
{
    const mapje::VaultPaths paths(composition->dataDirectory());
    for (const QString &path : {paths.headerPath(), paths.secondHeaderPath()}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite))
            continue;
        QByteArray bytes = file.readAll();
        // The format version is a little-endian 16-bit number just after the 8-byte magic.
        if (bytes.size() > 9) {
            bytes[8] = char(mapje::KeyHeader::FormatVersion + 1);
            bytes[9] = 0;
            file.seek(0);
            file.write(bytes);
        }
    }
    composition->reopen();
}

void TestHarness::setDiskFull(bool full)
{
    mapje::QuotaVfs::setMode(full ? mapje::QuotaVfs::Mode::Full : mapje::QuotaVfs::Mode::Normal);
}

void TestHarness::setPreferencesRefused(bool refused)
{
    const QString file = composition->preferences()->file();
    const QString kept = file + QStringLiteral(".kept");
    if (refused) {
        QFile::rename(file, kept);
        QDir().mkpath(file + QStringLiteral("/refused"));
    } else {
        QDir(file).removeRecursively(); // nothing happens when it is a file again
        QFile::rename(kept, file);
    }
}

void TestHarness::useFakeSpeech(const QStringList &languages)
{
    QList<QLocale> locales;
    for (const QString &code : languages)
        locales.append(QLocale(code));
    m_fakeSpeech = new FakeSpeechEngine(locales);
    composition->readAloudController()->setEngine(m_fakeSpeech);
}

void TestHarness::useNoSpeech()
{
    composition->readAloudController()->setEngine(nullptr);
}

QString TestHarness::lastSpokenText() const
{
    return m_fakeSpeech && !m_fakeSpeech->said().isEmpty() ? m_fakeSpeech->said().constLast()
                                                           : QString();
}

QString TestHarness::lastSpokenLanguage() const
{
    return m_fakeSpeech && !m_fakeSpeech->saidLocales().isEmpty()
        ? m_fakeSpeech->saidLocales().constLast().name().section(QLatin1Char('_'), 0, 0)
        : QString();
}

void TestHarness::tick()
{
    composition->tick();
}

QStringList TestHarness::notifications() const
{
    QStringList texts;
    for (const FakeNotifier::Shown &shown : notifier->shown)
        texts << shown.title + u'|' + shown.body;
    return texts;
}

qreal TestHarness::widestWord(const QString &text, const QFont &font, bool rich) const
{
    QString plain = rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    // A file path is no word: it may wrap at any place.
    static const QRegularExpression path(QStringLiteral(R"(\S*[/\\]\S*)"));
    plain.replace(path, QStringLiteral(" "));
    const QFontMetricsF metrics(font);
    // A file's name (mapje-2026-12-06.pdf) is one word to a reader, hyphens and all: a line may
    // not end inside it.
    static const QRegularExpression fileName(QStringLiteral(R"([^\s/\\]+\.[A-Za-z]{2,4}\b)"));
    qreal widestName = 0;
    for (const auto &match : fileName.globalMatch(plain))
        widestName = qMax(widestName, metrics.horizontalAdvance(match.captured()));
    // Between two line-break opportunities lies what wrapping must keep whole.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, plain);
    qreal widest = 0;
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        const QString piece = plain.mid(start, end - start).trimmed();
        widest = qMax(widest, metrics.horizontalAdvance(piece));
        start = end;
    }
    return qMax(widest, widestName);
}
