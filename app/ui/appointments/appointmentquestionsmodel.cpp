#include "ui/appointments/appointmentquestionsmodel.h"

namespace mapje {

AppointmentQuestionsModel::AppointmentQuestionsModel(QObject *parent) : ListRows(parent)
{
}

int AppointmentQuestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

QVariant AppointmentQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appointment::Question &question = m_questions.at(index.row());
    switch (role) {
    case KeyRole:
        return QString::number(index.row());
    case Qt::DisplayRole:
    case TextRole:
        return question.text;
    case SuggestionKeyRole:
        return question.suggestionKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> AppointmentQuestionsModel::roleNames() const
{
    return {{KeyRole, "key"}, {TextRole, "text"}, {SuggestionKeyRole, "suggestionKey"}};
}

void AppointmentQuestionsModel::setQuestions(
    const QString &appointmentId, QList<Appointment::Question> questions, Step step)
{
    const qsizetype countBefore = m_questions.size();
    if (appointmentId != m_appointmentId)
        step = {};
    replaceRows(step, [&] {
        m_appointmentId = appointmentId;
        m_questions = std::move(questions);
    });
    // A removed or moved question moves the places (keys) of the rows after it.
    if ((step.kind == Step::Remove || step.kind == Step::Move) && !m_questions.isEmpty())
        emit dataChanged(index(0), index(int(m_questions.size()) - 1), {KeyRole});
    if (countBefore != m_questions.size())
        emit countChanged();
}

} // namespace mapje
