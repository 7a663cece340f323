#pragma once

#include <QString>

namespace mapje {

/** What came of writing a whole file: success, or which kind of problem, so a page can say it in
 * plain words (no space, not allowed, something else) and a log can say which step failed. */
class FileWriteResult {
public:
    enum class Problem {
        None,
        NoSpace, ///< the disk or the quota is full
        NotAllowed, ///< no permission, a read-only disk, or a link where a file should be
        Other, ///< any other failure (I/O error, a folder that is not there)
    };

    FileWriteResult() = default;
    /** From the errno of the step that failed; step names it for the log ("write", "fsync"). */
    [[nodiscard]] static FileWriteResult failed(int error, const char *step);

    [[nodiscard]] bool ok() const { return m_problem == Problem::None; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] int error() const { return m_error; }
    /** For logs only: the failed step and the system's words; never shown to the citizen. */
    [[nodiscard]] QString describe() const;

private:
    Problem m_problem = Problem::None;
    int m_error = 0;
    const char *m_step = "";
};

} // namespace mapje
