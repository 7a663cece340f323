#include <QTest>

#include "core/boardundostack.h"

using mapje::Board;
using mapje::BoardUndoStack;

/** Undo and redo walk back and forth through whole boards; typing one note is one step. */
class TestBoardUndoStack : public QObject {
    Q_OBJECT

    static Board board()
    {
        return Board(QStringLiteral("b"), QDate(2026, 11, 22), QStringLiteral("me"));
    }

private slots:
    void undoThenRedo()
    {
        BoardUndoStack stack;
        Board current = board();
        QVERIFY(!stack.canUndo());

        stack.record(current);
        QCOMPARE(
            current.chooseDomain(QStringLiteral("me"), QStringLiteral("money")), Board::Result::Ok);
        stack.record(current);
        QCOMPARE(
            current.chooseDomain(QStringLiteral("me"), QStringLiteral("work")), Board::Result::Ok);
        QVERIFY(stack.canUndo());

        auto back = stack.undo(current);
        QVERIFY(back);
        QCOMPARE(back->chosenDomains(), QStringList {QStringLiteral("money")});
        QVERIFY(stack.canRedo());
        auto forward = stack.redo(*back);
        QVERIFY(forward);
        QCOMPARE(forward->chosenDomains(),
            (QStringList {QStringLiteral("money"), QStringLiteral("work")}));
        QVERIFY(!stack.canRedo());
    }

    void newChangeClearsRedo()
    {
        BoardUndoStack stack;
        Board current = board();
        stack.record(current);
        QVERIFY(current.chooseDomain(QStringLiteral("me"), QStringLiteral("money"))
            == Board::Result::Ok);
        current = *stack.undo(current);
        QVERIFY(stack.canRedo());
        stack.record(current);
        QVERIFY(!stack.canRedo());
    }

    void sameMergeKeyIsOneStep()
    {
        BoardUndoStack stack;
        const Board empty = board();
        Board current = empty;
        QVERIFY(current.chooseDomain(QStringLiteral("me"), QStringLiteral("money"))
            == Board::Result::Ok);
        const Board chosen = current;
        stack.record(chosen, QStringLiteral("note:me:money"));
        stack.record(chosen, QStringLiteral("note:me:money"));
        stack.record(chosen, QStringLiteral("note:me:money"));
        QVERIFY(stack.undo(current).has_value());
        QVERIFY(!stack.canUndo());
    }

    void otherKeyIsAnotherStep()
    {
        BoardUndoStack stack;
        const Board current = board();
        stack.record(current, QStringLiteral("note:me:money"));
        stack.record(current, QStringLiteral("note:me:work"));
        QVERIFY(stack.undo(current).has_value());
        QVERIFY(stack.canUndo());
    }

    void emptyStackGivesNothing()
    {
        BoardUndoStack stack;
        QVERIFY(!stack.undo(board()).has_value());
        QVERIFY(!stack.redo(board()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBoardUndoStack)
#include "tst_boardundostack.moc"
