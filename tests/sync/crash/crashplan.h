#pragma once

#include "syncsteps.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <random>

/**
 * What sync_crash_driver does in a trial of tst_synccrash, the same from the same seed in both:
 * a few goals shared, changed and withdrawn in her order, with a settle, a short pause or nothing
 * between the steps; and what she has consented to after any number of steps.
 */
namespace crashplan {

inline const QString Pin = QStringLiteral("1234-5678");
inline constexpr int Items = 4;

struct Step {
    enum class Action { Share, Withdraw };
    enum class Then { Go, Pause, Settle }; ///< the next step at once, after a pause, or a settle
    Action action = Action::Share;
    int item = 0;
    int number = 0; ///< its place in the plan, which makes each version's body its own
    Then then = Then::Go;
    int pauseMs = 0;
};

inline QString itemId(int item)
{
    return QStringLiteral("goal-%1").arg(item);
}

/** The body of the version shared at a step: each step's is different. */
inline QByteArray bodyOf(const Step &step)
{
    return synctest::goalBody(QStringLiteral("Doel %1, versie %2").arg(step.item).arg(step.number));
}

inline QList<Step> plan(quint32 seed)
{
    std::mt19937 random(seed);
    const auto below = [&random](unsigned n) { return int(random() % n); };
    QList<bool> shared(Items, false); // shared and not withdrawn
    QList<Step> steps;
    const int length = 6 + below(9);
    for (int number = 0; number < length; ++number) {
        Step step;
        step.number = number;
        step.item = below(Items);
        step.action = shared.at(step.item) && below(100) < 35 ? Step::Action::Withdraw
                                                              : Step::Action::Share;
        shared[step.item] = step.action == Step::Action::Share;
        const int then = below(10);
        step.then = then < 3 ? Step::Then::Settle : then < 7 ? Step::Then::Pause : Step::Then::Go;
        step.pauseMs = step.then == Step::Then::Pause ? 1 + below(20) : 0;
        steps.append(step);
    }
    return steps;
}

/** What she consented to of one item. */
struct Consent {
    bool shared = false; ///< share() was called for it at least once
    bool withdrawn = false;
    QByteArray body; ///< the last version she said yes to
};

/** Per item, after the first `done` steps of the plan. */
inline QList<Consent> consentAfter(const QList<Step> &steps, qsizetype done)
{
    QList<Consent> consent(Items);
    for (qsizetype i = 0; i < std::min(done, steps.size()); ++i) {
        const Step &step = steps.at(i);
        Consent &item = consent[step.item];
        if (step.action == Step::Action::Share) {
            item = {true, false, bodyOf(step)};
        } else {
            item.withdrawn = true;
        }
    }
    return consent;
}

} // namespace crashplan
