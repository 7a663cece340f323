#include "core/glossary.h"

#include "core/contentfile.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace mapje {

namespace {
// app/core/content/glossary.json, sorted by the Dutch word. Where to go names a kind of place,
// never a phone number or web address, so nothing goes stale.
QList<Glossary::Entry> readEntries()
{
    const ContentFile file(QStringLiteral(":/content/glossary.json"), Glossary::TranslationContext);
    QList<Glossary::Entry> entries;
    for (const ContentItem &item : file.top().items("entries")) {
        entries.append({item.string("id"), item.strings("forms"), item.text("word"),
            item.text("explanation"), item.text("meaning"), item.text("whereToGo")});
    }
    file.requireValid();
    return entries;
}

const QList<Glossary::Entry> &catalogue()
{
    static const QList<Glossary::Entry> entries = readEntries();
    return entries;
}

// A mark belongs to the letter before it: the Arabic tanwin in "اعتراضًا" is inside the word,
// so "اعتراض" is not a whole word there and no link may end in the middle.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Whole word: no letter or digit just before or after (a hyphen is a boundary: "Wmo-loket").
bool isWholeWordAt(const QString &text, qsizetype position, qsizetype length)
{
    if (position > 0 && isWordCharacter(text.at(position - 1)))
        return false;
    const qsizetype end = position + length;
    return end >= text.size() || !isWordCharacter(text.at(end));
}
} // namespace

QString Glossary::Entry::word() const
{
    return wordSource.translated(TranslationContext);
}

QString Glossary::Entry::explanation() const
{
    return explanationSource.translated(TranslationContext);
}

QString Glossary::Entry::meaning() const
{
    return meaningSource.translated(TranslationContext);
}

QString Glossary::Entry::whereToGo() const
{
    return whereToGoSource.translated(TranslationContext);
}

QStringList Glossary::Entry::matchForms() const
{
    QStringList result = forms;
    // "Bijstand (social assistance)": both the Dutch word and the words in brackets match.
    static const QRegularExpression bracketed(QStringLiteral(R"(^(.*?)\s*\((.+)\)\s*$)"));
    const QString current = word();
    const auto match = bracketed.match(current);
    const QStringList candidates = match.hasMatch()
        ? QStringList {match.captured(1).trimmed(), match.captured(2).trimmed()}
        : QStringList {current.trimmed()};
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && !result.contains(candidate, Qt::CaseInsensitive))
            result.append(candidate);
    }
    return result;
}

const QList<Glossary::Entry> &Glossary::entries()
{
    return catalogue();
}

const Glossary::Entry *Glossary::find(const QString &id)
{
    const auto &all = catalogue();
    const auto it = std::find_if(
        all.cbegin(), all.cend(), [&id](const Entry &entry) { return entry.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

const Glossary::Entry *Glossary::lookup(const QString &word)
{
    const QString wanted = word.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const Entry &entry : catalogue()) {
        if (entry.matchForms().contains(wanted, Qt::CaseInsensitive))
            return &entry;
    }
    return nullptr;
}

QList<Glossary::Match> Glossary::findTerms(const QString &text, const QString &exceptId)
{
    struct Form {
        QString text;
        QString id;
    };
    QList<Form> forms;
    for (const Entry &entry : catalogue()) {
        if (entry.id == exceptId)
            continue;
        for (const QString &form : entry.matchForms())
            forms.append({form, entry.id});
    }
    std::stable_sort(forms.begin(), forms.end(),
        [](const Form &a, const Form &b) { return a.text.size() > b.text.size(); });

    QList<Match> matches;
    QSet<QString> linked;
    qsizetype position = 0;
    while (position < text.size()) {
        const bool wordStart = isWordCharacter(text.at(position))
            && (position == 0 || !isWordCharacter(text.at(position - 1)));
        bool found = false;
        if (wordStart) {
            for (const Form &form : std::as_const(forms)) {
                if (linked.contains(form.id))
                    continue;
                if (QStringView(text)
                            .mid(position, form.text.size())
                            .compare(form.text, Qt::CaseInsensitive)
                        == 0
                    && isWholeWordAt(text, position, form.text.size())) {
                    matches.append({position, form.text.size(), form.id});
                    linked.insert(form.id);
                    position += form.text.size();
                    found = true;
                    break;
                }
            }
        }
        if (!found)
            ++position;
    }
    return matches;
}

} // namespace mapje
