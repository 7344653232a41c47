// The suggestions panel (see suggestionspanel.h).
#include "suggestionspanel.h"

#include "coretext.h"
#include "playback/move.h"
#include "suggest/knowledgebase.h"
#include "theme.h"
#include "tracktablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace stemwise::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;


bool endsWith(const std::string& s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

QString signedDb(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + formatFigure(v, 1) + QStringLiteral(" dB");
}

}  // namespace

QString feedbackLabel(core::Feedback feedback)
{
    switch (feedback) {
    case core::Feedback::Useful: return SuggestionsPanel::tr("useful");
    case core::Feedback::NotUseful: return SuggestionsPanel::tr("not useful");
    case core::Feedback::Applied: return SuggestionsPanel::tr("applied");
    case core::Feedback::Dismissed: return SuggestionsPanel::tr("dismissed");
    case core::Feedback::Improved: return SuggestionsPanel::tr("improved");
    case core::Feedback::Worsened: return SuggestionsPanel::tr("worsened");
    }
    return {};
}

QString SuggestionsPanel::engineerNotation(const core::SuggestionParameter& p)
{
    if (const auto* text = std::get_if<std::string>(&p.value))
        return CoreText::parameterText(*text);
    const double v = std::get<double>(p.value);
    const std::string& k = p.key;
    if (endsWith(k, "_hz"))
        return hzSetting(v);
    if (k == "q")
        return QStringLiteral("Q %1").arg(formatNumber(v, 1));
    if (k == "ratio")
        return QStringLiteral("%1:1").arg(formatNumber(v, v < 10 ? 1 : 0));
    if (endsWith(k, "_db_per_oct"))
        return tr("%1 dB/oct").arg(formatNumber(v, 0));
    if (k == "gain_db" || k == "makeup_db")
        return signedDb(v);
    if (endsWith(k, "_db") || endsWith(k, "_dbfs") || endsWith(k, "_dbtp") || endsWith(k, "_lu"))
        return formatFigure(v, 1) + QStringLiteral(" ")
               + (endsWith(k, "_dbfs") ? QStringLiteral("dBFS")
                  : endsWith(k, "_dbtp") ? QStringLiteral("dBTP")
                  : endsWith(k, "_lu")   ? QStringLiteral("LU")
                                         : QStringLiteral("dB"));
    if (endsWith(k, "_lufs"))
        return formatFigure(v, 1) + QStringLiteral(" LUFS");
    if (k == "shift_ms")  // a move in time, to a hundredth of a millisecond as its title says (2.21 ms: 106 samples at 48 kHz)
        return QStringLiteral("%1 ms").arg(formatNumber(v, 2));
    if (endsWith(k, "_ms"))
        return QStringLiteral("%1 ms").arg(formatNumber(v, v < 10 ? 1 : 0));
    if (endsWith(k, "_s"))
        return QStringLiteral("%1 s").arg(formatNumber(v, 2));
    if (endsWith(k, "_bpm"))
        return QStringLiteral("%1 BPM").arg(formatNumber(v, 1));
    if (endsWith(k, "_pct") || endsWith(k, "_percent"))
        return QStringLiteral("%1 %").arg(formatNumber(v, 0));
    return QString::number(v, 'g', 4);
}

SuggestionsPanel::SuggestionsPanel(QWidget* parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("suggestionsTitle"));
    m_title->setWordWrap(true);
    m_trackFilter = new QComboBox;
    m_trackFilter->setObjectName(QStringLiteral("trackFilter"));
    m_trackFilter->setToolTip(tr("Whose suggestions to show: the track selected in the table, the whole session, or one track"));
    m_trackFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    refillTrackFilter();
    m_genre = new QComboBox;
    m_genre->setObjectName(QStringLiteral("sessionGenre"));
    m_genre->setToolTip(tr("The session's genre, which the suggestions adjust for. \"Estimate\": the nearest of your "
                           "references' genres and the built-in style profiles, marked estimated in the line above"));
    m_genre->addItem(tr("Genre: estimate"), QString());
    for (const auto g : core::knownGenres())
        m_genre->addItem(tr("Genre: %1").arg(QString::fromUtf8(g.data(), static_cast<qsizetype>(g.size()))),
                         QString::fromUtf8(g.data(), static_cast<qsizetype>(g.size())));
    m_genre->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_genre, &QComboBox::currentIndexChanged, this,
            [this] { emit genreChosen(m_genre->currentData().toString()); });
    m_categoryFilter = new QComboBox;
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setToolTip(tr("Which kind of move to show"));
    m_categoryFilter->addItem(tr("All categories"), -1);
    m_categoryFilter->addItem(tr("Level and headroom"), static_cast<int>(Category::Level));
    m_categoryFilter->addItem(tr("Masking"), static_cast<int>(Category::Masking));
    m_categoryFilter->addItem(tr("EQ and filters"), static_cast<int>(Category::Eq));
    m_categoryFilter->addItem(tr("Dynamics"), static_cast<int>(Category::Dynamics));
    m_categoryFilter->addItem(tr("Stereo and phase"), static_cast<int>(Category::Stereo));
    m_categoryFilter->addItem(tr("Other"), static_cast<int>(Category::Other));
    m_showHidden = new QCheckBox(tr("Show more"));
    m_showHidden->setObjectName(QStringLiteral("showMoreBox"));
    m_showHidden->setToolTip(tr("Also the suggestions beyond the per-track and per-session limits, the lines of the gain "
                                "plan and those pushed down by your ratings"));
    connect(m_trackFilter, &QComboBox::currentIndexChanged, this, &SuggestionsPanel::fill);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &SuggestionsPanel::fill);
    connect(m_showHidden, &QCheckBox::toggled, this, &SuggestionsPanel::fill);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("#"), tr("Prio"), tr("Suggestion"), tr("Conf."), tr("Your rating")});
    // The two short headings say what they mean (issue 21: "Prio" and "Conf." were unexplained).
    m_list->headerItem()->setToolTip(0, tr("The suggestion's number: the same while the files do not change, "
                                           "so you can find it again (stemwise rate uses it too)."));
    m_list->headerItem()->setToolTip(
        1, tr("<p><b>Priority</b>, 1 (do first) to 5: what the move fixes. 1 clipping and headroom of the sum; "
              "2 masking of the lead parts and the kick against the bass; 3 tonal balance (broad EQ, filters, "
              "other masking, stereo); 4 detail (narrow notches, de-essing, compression). One step lower when "
              "the problem is marginal, and moved one step per 10 points your ratings moved the confidence.</p>"
              "<p>Red: priority 1, amber: 2.</p>"));
    m_list->headerItem()->setToolTip(
        3, tr("<p><b>Confidence</b>: how likely this move is right for this track, from the rule's own "
              "confidence and your ratings of the rule on this type of track (Useful, Not useful, Applied, "
              "Dismissed; ratings given after listening count 1.5 times).</p><p>“70 → 55 %”: what your rating "
              "here changed. Below 25 % a suggestion goes under “Show more”.</p>"));
    m_list->headerItem()->setToolTip(4, tr("Your ratings of this suggestion; Edit ▸ Undo takes the last one back."));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionsPanel::showDetails);

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("suggestionDetails"));
    m_details->setOpenLinks(false);

    auto* buttons = new QHBoxLayout;
    m_listen = new QPushButton(tr("Listen (L)"));
    m_listen->setObjectName(QStringLiteral("listenButton"));
    m_listen->setToolTip(tr("Play where the evidence is strongest, with the band solo that fits it"));
    m_preview = new QPushButton(tr("Preview (P)"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("Play it with the suggested move applied; switch with/without in the transport bar "
                             "(loudness-matched)"));
    connect(m_listen, &QPushButton::clicked, this, [this] {
        if (const core::Suggestion* s = selectedSuggestion()) {
            m_listened.insert(s->uid);
            emit listenRequested(*s);
            showDetails();
        }
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        if (const core::Suggestion* s = selectedSuggestion()) {
            m_listened.insert(s->uid);
            emit previewRequested(*s);
            showDetails();
        }
    });
    // On a row of their own: beside the ratings they would widen the panel.
    auto* listening = new QHBoxLayout;
    listening->addWidget(m_listen);
    listening->addWidget(m_preview);
    listening->addStretch(1);
    const std::array<std::pair<core::Feedback, QString>, 4> actions{{{core::Feedback::Useful, tr("Useful (U)")},
                                                                     {core::Feedback::NotUseful, tr("Not useful (N)")},
                                                                     {core::Feedback::Applied, tr("Applied (A)")},
                                                                     {core::Feedback::Dismissed, tr("Dismissed (D)")}}};
    for (const auto& [feedback, label] : actions) {
        auto* b = new QPushButton(label);
        b->setObjectName(QStringLiteral("rate-%1").arg(QString::fromLatin1(core::feedbackName(feedback))));
        const core::Feedback f = feedback;
        connect(b, &QPushButton::clicked, this, [this, f] { rateSelected(f); });
        buttons->addWidget(b);
        m_buttons.push_back(b);
    }
    buttons->addStretch(1);
    connect(m_list, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (m_list->itemAt(at) == nullptr)
            return;
        QMenu menu;
        for (QPushButton* b : m_buttons) {
            QString text = b->text();
            menu.addAction(text.remove(QLatin1Char('&')), b, &QPushButton::click);
        }
        menu.exec(m_list->viewport()->mapToGlobal(at));
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    // Beside the context line it sets, not in the filters' row (which sets the panel's width).
    top->addWidget(m_genre, 0, Qt::AlignTop);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_trackFilter);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_showHidden);
    filters->addStretch(1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(listening);
    layout->addLayout(buttons);
    showMessage(tr("Suggestions appear once the session is analysed and stored."));
}

void SuggestionsPanel::showMessage(const QString& message)
{
    m_suggestions.clear();
    m_rated.clear();
    m_message = message;
    m_contextNote.clear();
    m_title->setText(QStringLiteral("<b>%1</b>").arg(message.toHtmlEscaped()));
    m_list->clear();
    m_details->clear();
    for (QPushButton* b : m_buttons)
        b->setEnabled(false);
    m_listen->setEnabled(false);
    m_preview->setEnabled(false);
}

const core::Suggestion* SuggestionsPanel::selectedSuggestion() const
{
    return find(selectedId());
}

void SuggestionsPanel::setSuggestions(std::vector<core::Suggestion> suggestions, const QString& contextNote)
{
    const std::int64_t selected = selectedId();
    m_suggestions = std::move(suggestions);
    m_contextNote = contextNote;
    m_message.clear();
    m_rated.clear();
    refillTrackFilter();
    fill();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        if (m_list->topLevelItem(row)->data(0, kIdRole).toLongLong() == selected)
            m_list->setCurrentItem(m_list->topLevelItem(row));
}

void SuggestionsPanel::setTrack(const QString& track)
{
    m_track = track;
    fill();
}

void SuggestionsPanel::setTrackFilter(const QString& track)
{
    const int index = m_trackFilter->findData(track);
    if (index >= 0)
        m_trackFilter->setCurrentIndex(index);
}

void SuggestionsPanel::setCategoryFilter(std::optional<Category> category)
{
    const int index = m_categoryFilter->findData(category ? static_cast<int>(*category) : -1);
    if (index >= 0)
        m_categoryFilter->setCurrentIndex(index);
}

// The tracks named by the suggestions, in alphabetical order, after "selected track" and
// "whole session"; the current choice is kept when it is still there.
void SuggestionsPanel::refillTrackFilter()
{
    const QString current = m_trackFilter->currentData().toString();
    QStringList names;
    for (const auto& s : m_suggestions)
        for (const auto& t : s.target.tracks)
            if (!names.contains(QString::fromStdString(t)))
                names << QString::fromStdString(t);
    names.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_trackFilter);
    m_trackFilter->clear();
    m_trackFilter->addItem(tr("Selected track"), QString());
    m_trackFilter->addItem(tr("Whole session"), QStringLiteral("*"));
    for (const QString& n : names)
        m_trackFilter->addItem(n, n);
    const int index = m_trackFilter->findData(current);
    m_trackFilter->setCurrentIndex(index >= 0 ? index : 0);
}

QString SuggestionsPanel::trackInView() const
{
    const QString chosen = m_trackFilter->currentData().toString();
    if (chosen == QLatin1String("*"))
        return {};
    return chosen.isEmpty() ? m_track : chosen;
}

SuggestionsPanel::Category SuggestionsPanel::categoryOf(const core::Suggestion& s)
{
    if (s.rule == "masking")
        return Category::Masking;
    switch (s.type) {
    case core::SuggestionType::Level: return Category::Level;
    case core::SuggestionType::Eq:
    case core::SuggestionType::Filter: return Category::Eq;
    case core::SuggestionType::Compression:
    case core::SuggestionType::Gate:
    case core::SuggestionType::DeEsser: return Category::Dynamics;
    case core::SuggestionType::Stereo: return Category::Stereo;
    case core::SuggestionType::Saturation:
    case core::SuggestionType::Arrangement: return Category::Other;
    }
    return Category::Other;
}

bool SuggestionsPanel::concerns(const core::Suggestion& s) const
{
    const int category = m_categoryFilter->currentData().toInt();
    if (category >= 0 && static_cast<int>(categoryOf(s)) != category)
        return false;
    const QString track = trackInView();
    if (track.isEmpty())
        return true;
    if (s.target.kind == core::SuggestionTarget::Kind::Session && s.target.tracks.empty())
        return true;
    for (const auto& t : s.target.tracks)
        if (QString::fromStdString(t) == track)
            return true;
    return false;
}

int SuggestionsPanel::visibleCount() const
{
    return m_list->topLevelItemCount();
}

void SuggestionsPanel::fill()
{
    const std::int64_t selected = selectedId();
    m_list->clear();
    int shown = 0, hidden = 0;
    const ViewColors& colors = viewColors();
    for (const core::Suggestion& s : m_suggestions) {
        if (!concerns(s))
            continue;
        if (!s.shown && !m_showHidden->isChecked()) {
            ++hidden;
            continue;
        }
        ++shown;
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, QVariant::fromValue<qint64>(s.storeId));
        item->setText(0, QString::number(s.storeId));
        item->setText(1, QString::number(s.priority));
        item->setText(2, CoreText::suggestionTitle(s));
        item->setToolTip(2, CoreText::suggestionReasoning(s));
        item->setText(3, QStringLiteral("%1 %").arg(s.confidence * 100.0, 0, 'f', 0));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (s.priority <= 1)
            item->setForeground(1, colors.bad);
        else if (s.priority == 2)
            item->setForeground(1, colors.warn);
        if (!s.shown)
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        const auto rated = m_rated.find(s.storeId);
        if (rated != m_rated.end()) {
            QStringList words;
            for (core::Feedback f : rated->second.feedback)
                words << feedbackLabel(f);
            item->setText(4, words.join(QStringLiteral(", ")));
            if (rated->second.error.isEmpty())
                item->setText(3, QStringLiteral("%1 → %2 %")
                                     .arg(rated->second.before * 100.0, 0, 'f', 0)
                                     .arg(rated->second.after * 100.0, 0, 'f', 0));
        }
        if (s.storeId == selected)
            m_list->setCurrentItem(item);
    }
    for (int c : {0, 1, 3, 4})
        m_list->resizeColumnToContents(c);
    const QString scope = trackInView().isEmpty() ? tr("the session") : trackInView();
    QString title;
    if (m_suggestions.empty() && !m_message.isEmpty()) {
        title = QStringLiteral("<b>%1</b>").arg(m_message.toHtmlEscaped());
    } else {
        title = tr("<b>%n suggestion(s)</b> for %1", nullptr, shown).arg(scope.toHtmlEscaped());
        if (hidden > 0)
            title += tr(" (%n more under “Show more”)", nullptr, hidden);
    }
    if (!m_contextNote.isEmpty())
        title += QStringLiteral("<br><small>%1</small>").arg(m_contextNote.toHtmlEscaped());
    m_title->setText(title);
    if (m_list->currentItem() == nullptr && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
}

void SuggestionsPanel::markContextPending()
{
    m_contextNote = tr("Making suggestions: measuring the session again (tempo, key, the stems' summed peak)…");
    fill();
}

QString SuggestionsPanel::headerText() const
{
    return m_title->text();
}

std::int64_t SuggestionsPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

void SuggestionsPanel::selectRow(int row)
{
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

const core::Suggestion* SuggestionsPanel::find(std::int64_t storeId) const
{
    for (const auto& s : m_suggestions)
        if (s.storeId == storeId)
            return &s;
    return nullptr;
}

void SuggestionsPanel::showDetails()
{
    const core::Suggestion* s = find(selectedId());
    for (QPushButton* b : m_buttons)
        b->setEnabled(s != nullptr && s->storeId != 0);
    m_listen->setEnabled(s != nullptr);
    m_preview->setEnabled(s != nullptr && core::moveFromSuggestion(*s).ok());
    if (s == nullptr) {
        m_details->clear();
        return;
    }
    const ViewColors& colors = viewColors();
    QString html = QStringLiteral("<h3>%1</h3>").arg(CoreText::suggestionTitle(*s).toHtmlEscaped());
    QStringList targets;
    for (const auto& t : s->target.tracks)
        targets << htmlEscaped(t);
    html += tr("<p><b>%1</b> · %2 · priority %3 · confidence %4 % (the rule's own: %5 %)</p>")
                .arg(CoreText::suggestionType(s->type).toHtmlEscaped(),
                     targets.isEmpty() ? tr("whole session")
                     : s->target.kind == core::SuggestionTarget::Kind::Pair
                         ? targets.front() + QStringLiteral(" → ") + targets.mid(1).join(QStringLiteral(", "))
                         : targets.join(QStringLiteral(", ")))
                .arg(s->priority)
                .arg(s->confidence * 100.0, 0, 'f', 0)
                .arg(s->baseConfidence * 100.0, 0, 'f', 0);
    if (!s->parameters.empty()) {
        html += QStringLiteral("<table cellspacing='6'><tr>");
        for (const auto& p : s->parameters)
            html += QStringLiteral("<td align='center'><small>%1</small><br><b>%2</b></td>")
                        .arg(CoreText::parameterName(p.key).toHtmlEscaped(), engineerNotation(p).toHtmlEscaped());
        html += QStringLiteral("</tr></table>");
    }
    const CoreText::GainPlanMoves plan = CoreText::gainPlanMoves(*s);  // its lines, as a list
    if (!plan.lines.isEmpty()) {
        QString items;
        for (const QString& line : plan.lines)
            items += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("<ul>%1</ul>").arg(items);
        if (!plan.common.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(plan.common.toHtmlEscaped());
    } else if (!s->description.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(CoreText::suggestionDescription(*s).toHtmlEscaped());
    }
    html += tr("<p><b>Why:</b> %1</p>").arg(CoreText::suggestionReasoning(*s).toHtmlEscaped());
    for (const core::PlanNote& note : s->plan)
        if (note.kind != "gain_plan_line")  // the gain plan's lines are its description
            html += tr("<p><b>Session plan:</b> %1</p>").arg(CoreText::planNote(note).toHtmlEscaped());
    if (!s->evidence.empty()) {
        html += tr("<p><b>Evidence</b></p><table cellspacing='3'>");
        for (const auto& e : s->evidence)
            html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2 %3</b></td><td>%4</td></tr>")
                        .arg(CoreText::measure(e).toHtmlEscaped(), QLocale().toString(e.value, 'g', 4),
                             htmlEscaped(e.unit), CoreText::comparison(e).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!s->personalisation.empty())
        html += tr("<p><b>Your ratings:</b> %1</p>").arg(CoreText::personalisation(*s).toHtmlEscaped());
    for (const QString& note : CoreText::effectNotes(*s))
        html += tr("<p><b>Re-bounce:</b> %1</p>").arg(note.toHtmlEscaped());
    const auto rated = m_rated.find(s->storeId);
    if (rated != m_rated.end()) {
        if (!rated->second.error.isEmpty())
            html += tr("<p style='color:%1'><b>The rating was not stored:</b> %2</p>")
                        .arg(colors.bad.name(), rated->second.error.toHtmlEscaped());
        else if (rated->second.afterListening)
            html += tr("<p style='color:%1'><b>You rated it after listening:</b> confidence %2 % → %3 %. %4</p>")
                        .arg(colors.good.name())
                        .arg(rated->second.before * 100.0, 0, 'f', 0)
                        .arg(rated->second.after * 100.0, 0, 'f', 0)
                        .arg(rated->second.explanation.toHtmlEscaped());
        else
            html += tr("<p style='color:%1'><b>You rated it:</b> confidence %2 % → %3 %. %4</p>")
                        .arg(colors.good.name())
                        .arg(rated->second.before * 100.0, 0, 'f', 0)
                        .arg(rated->second.after * 100.0, 0, 'f', 0)
                        .arg(rated->second.explanation.toHtmlEscaped());
    } else if (listenedTo(s->uid)) {
        html += tr("<p><i>You listened to it: a rating now counts %1 times in what Stemwise learns.</i></p>")
                    .arg(QLocale().toString(core::LearnedModel::kListenedWeight, 'g', 2));
    }
    m_details->setHtml(html);
}

void SuggestionsPanel::rateSelected(core::Feedback feedback)
{
    const core::Suggestion* s = find(selectedId());
    if (s != nullptr)
        emit rateRequested(s->storeId, feedback, listenedTo(s->uid));
}

void SuggestionsPanel::showRating(std::int64_t storeId, core::Feedback feedback, bool afterListening,
                                  double confidenceBefore, double confidenceAfter, const QString& explanation)
{
    Rated& r = m_rated[storeId];
    if (r.feedback.empty())
        r.before = confidenceBefore;
    r.feedback.push_back(feedback);
    r.afterListening = afterListening;
    r.after = confidenceAfter;
    r.explanation = explanation;
    r.error.clear();
    fill();
}

void SuggestionsPanel::showRatingWithdrawn(std::int64_t storeId, core::Feedback feedback, double confidenceAfter,
                                          const QString& explanation)
{
    const auto it = m_rated.find(storeId);
    if (it == m_rated.end())
        return;
    Rated& r = it->second;
    const auto last = std::find(r.feedback.rbegin(), r.feedback.rend(), feedback);
    if (last != r.feedback.rend())
        r.feedback.erase(std::next(last).base());
    if (r.feedback.empty()) {
        m_rated.erase(it);  // as before the first: the round's confidence
    } else {
        r.after = confidenceAfter;
        r.explanation = explanation;
        r.error.clear();
    }
    fill();
}

std::vector<core::Feedback> SuggestionsPanel::ratingsShown(std::int64_t storeId) const
{
    const auto it = m_rated.find(storeId);
    return it == m_rated.end() ? std::vector<core::Feedback>{} : it->second.feedback;
}

void SuggestionsPanel::showRatingError(std::int64_t storeId, const QString& message)
{
    m_rated[storeId].error = message;
    fill();
}

bool SuggestionsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_U: rateSelected(core::Feedback::Useful); return true;
            case Qt::Key_N: rateSelected(core::Feedback::NotUseful); return true;
            case Qt::Key_A: rateSelected(core::Feedback::Applied); return true;
            case Qt::Key_D: rateSelected(core::Feedback::Dismissed); return true;
            case Qt::Key_L: m_listen->click(); return true;
            case Qt::Key_P: m_preview->click(); return true;
            default: break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SuggestionsPanel::setGenre(const QString& genre)
{
    const QSignalBlocker block(m_genre);
    const int at = m_genre->findData(genre);
    m_genre->setCurrentIndex(at < 0 ? 0 : at);
}

QString SuggestionsPanel::genre() const { return m_genre->currentData().toString(); }

}  // namespace stemwise::ui
