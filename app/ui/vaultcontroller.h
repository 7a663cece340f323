#pragma once
#include <QObject>
#include <QQmlEngine>

/** Test of the module machinery. */
class VaultController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("")
public:
    explicit VaultController(QObject *parent = nullptr) : QObject(parent) {}
};

struct VaultControllerForeign
{
    Q_GADGET
    QML_FOREIGN(VaultController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Vault)
public:
    static VaultController *create(QQmlEngine *, QJSEngine *) { return s_instance; }
    static inline VaultController *s_instance = nullptr;
};
