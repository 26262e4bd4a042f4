#pragma once

#include "HostFacts.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Lotsen {

class FactsStore;

// The frame every single-host pane shares: the host's name, how old its facts are ("updated
// 12 s ago", orange when stale), the last refresh's error in place, the warnings that concern the
// pane, and an empty state when there is nothing to show. Subclasses fill in the content.
class HostPane : public QWidget
{
    Q_OBJECT
public:
    explicit HostPane(FactsStore* store, QWidget* parent = nullptr);

    // The host to show; empty = none. severalSelected: the empty state says to use the overview.
    void setHost(const QString& host, bool severalSelected = false);
    const QString& host() const { return m_host; }
    FactsStore* store() const { return m_store; }

    // For tests and screenshots: the texts in the header and the empty state.
    QString ageText() const;
    QString errorText() const;
    QString emptyText() const;
    bool isShowingContent() const;

protected:
    // Called with the current facts after every change; nullptr = nothing to show.
    virtual void showFacts(const HostFacts* facts) = 0;
    virtual void retranslateContent() = 0;
    // Which of the host's warnings this pane lists in its header.
    virtual bool concerns(const FactsWarning& warning) const = 0;
    // The content below the header; call once from the subclass constructor.
    void setContent(QWidget* content);
    // Facts are there but the pane has nothing to show for them ("Docker is not installed").
    void showEmptyState(const QString& text);
    void changeEvent(QEvent* event) override;
    // Shared by the subclasses for their header forms.
    static QLabel* makeValueLabel(const char* objectName);
    static void setColoredText(QLabel* label, const QString& text, const QColor& color);

private:
    void refreshView();
    void updateAge();
    void retranslateUi();

    FactsStore* m_store;
    QString m_host;
    bool m_several = false;
    QLabel* m_title;
    QLabel* m_age;
    QLabel* m_error;
    QLabel* m_notes;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QWidget* m_content = nullptr;
};

} // namespace Lotsen
