// The reference library and the genres' targets in the workspace (see referencespanel.h).
#include "referencespanel.h"

#include "comparison/comparisondialog.h"
#include "coretext.h"
#include "tracktablemodel.h"
#include "workspaceundo.h"

#include "compare/targetcurve.h"
#include "store/referencerepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace stemwise::ui {

namespace {

// What the target box holds per item: a genre's mean ("g:rock") or one reference ("r:<hash>").
QString genreKey(const QString& genre)
{
    return QStringLiteral("g:") + genre;
}
QString referenceKey(const std::string& hash)
{
    return QStringLiteral("r:") + QString::fromStdString(hash);
}
// One reference attached to the session ("s:<hash>").
QString sessionReferenceKey(const std::string& hash)
{
    return QStringLiteral("s:") + QString::fromStdString(hash);
}
// The list's items: the content hash, and whether the reference is the session's.
constexpr int kHashRole = Qt::UserRole;
constexpr int kSessionRole = Qt::UserRole + 1;

QString genreLabel(const std::string& genre)
{
    return genre.empty() ? ReferencesPanel::tr("(no genre)") : QString::fromStdString(genre);
}

// A rating's words in the list and the Rate menu, and what it does to the style.
QString ratingLabel(int rating)
{
    if (rating == core::kReferenceSoundIWant)
        return ReferencesPanel::tr("The sound I want");
    if (rating == core::kReferenceNotMyStyle)
        return ReferencesPanel::tr("Not my style");
    return ReferencesPanel::tr("Not rated");
}
QString ratingEffect(int rating)
{
    if (rating == core::kReferenceSoundIWant)
        return ReferencesPanel::tr("Counts twice in the style learned from its genre's references");
    if (rating == core::kReferenceNotMyStyle)
        return ReferencesPanel::tr("Left out of its genre's target and of the style learned from it");
    return ReferencesPanel::tr("Counts once in its genre's target and style");
}

}  // namespace

ReferencesPanel::ReferencesPanel(QWidget* parent) : QWidget(parent), m_jobs(new ReferenceJobs(this))
{
    connect(m_jobs, &ReferenceJobs::finished, this, &ReferencesPanel::onJob);
    m_add = new QPushButton(tr("Add References…"), this);
    m_add->setObjectName(QStringLiteral("addReferences"));
    m_add->setToolTip(tr("Analyse mixes you trust (commercial records) and keep them in the library, under a genre"));
    m_genre = new QPushButton(tr("Genre…"), this);
    m_genre->setObjectName(QStringLiteral("referenceGenre"));
    m_genre->setToolTip(tr("Give the chosen references another genre"));
    m_rate = new QPushButton(tr("Rate"), this);
    m_rate->setObjectName(QStringLiteral("rateReferences"));
    m_rate->setToolTip(tr("Say which references are the sound you want (they count twice in your style) and which are "
                          "not your style (left out of the genre's target)"));
    auto* rateMenu = new QMenu(m_rate);
    for (const int rating : {core::kReferenceSoundIWant, core::kReferenceUnrated, core::kReferenceNotMyStyle}) {
        QAction* action = rateMenu->addAction(ratingLabel(rating), this, [this, rating] { rateSelected(rating); });
        action->setToolTip(ratingEffect(rating));
    }
    rateMenu->setToolTipsVisible(true);
    m_rate->setMenu(rateMenu);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeReferences"));
    m_remove->setToolTip(tr("Take the chosen references out of the library (their files stay where they are)"));
    connect(m_add, &QPushButton::clicked, this, &ReferencesPanel::chooseFiles);
    connect(m_genre, &QPushButton::clicked, this, &ReferencesPanel::chooseGenre);
    connect(m_remove, &QPushButton::clicked, this, &ReferencesPanel::removeSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_genre);
    buttons->addWidget(m_rate);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("referencesStatus"));
    m_status->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("referenceList"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Reference"), tr("Genre"), tr("Rating"), tr("LUFS-I"), tr("dBTP"), tr("Added")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_list->headerItem()->setToolTip(Loudness, tr("Integrated loudness (EBU R 128), LUFS"));
    m_list->headerItem()->setToolTip(TruePeak, tr("True peak, dBTP"));
    m_list->headerItem()->setToolTip(Rating, tr("Your rating: the sound you want counts twice in the style learned from "
                                                "a genre's references, not your style is left out"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto chosen = selected();
        m_genre->setEnabled(!chosen.empty());
        m_rate->setEnabled(!chosen.empty());
        m_remove->setEnabled(!chosen.empty());
        // The reference chosen in the list is the one compared with.
        const auto items = m_list->selectedItems();
        if (items.size() == 1) {
            const std::string hash = items.front()->data(Name, kHashRole).toString().toStdString();
            const int at = m_target->findData(items.front()->data(Name, kSessionRole).toBool() ? sessionReferenceKey(hash)
                                                                                                 : referenceKey(hash));
            if (at >= 0)
                m_target->setCurrentIndex(at);
        }
    });

    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("referenceSubject"));
    m_subject->setToolTip(tr("What of the session to compare: the Mix (the stems summed at unity), as a reference "
                             "is a whole record"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("referenceTarget"));
    m_target->setToolTip(tr("A genre's target (the mean of its references at equal loudness) or one reference"));
    auto* compareRow = new QHBoxLayout;
    auto* subjectLabel = new QLabel(tr("Compare"), this);
    auto* targetLabel = new QLabel(tr("with"), this);
    compareRow->addWidget(subjectLabel);
    compareRow->addWidget(m_subject, 1);
    compareRow->addWidget(targetLabel);
    compareRow->addWidget(m_target, 2);
    connect(m_subject, &QComboBox::currentIndexChanged, this, [this] {
        m_subjectChosen = true;
        compare();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { compare(); });
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("referenceNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    m_chart = new ComparisonChart(this);
    m_chart->setMinimumSize(320, 220);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* compareBox = new QWidget(this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_note);
    compareLayout->addWidget(m_chart, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("referencesSplitter"));
    split->addWidget(m_list);
    split->addWidget(compareBox);
    split->addWidget(m_text);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    split->setCollapsible(1, false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    setDatabase({});
}

void ReferencesPanel::setDatabase(const std::filesystem::path& database)
{
    m_database = database;
    const bool open = !database.empty();
    m_add->setEnabled(open);
    m_genre->setEnabled(false);
    m_rate->setEnabled(false);
    m_remove->setEnabled(false);
    if (!open) {
        m_library.clear();
        m_sessionReferences.clear();
        fillList();
        fillTargets();
        m_status->setText(tr("No database: the reference library is kept in it."));
        return;
    }
    m_status->setText(tr("Reading the reference library…"));
    m_jobs->list(database);
}

void ReferencesPanel::setSessionFolders(std::vector<std::filesystem::path> folders)
{
    if (folders == m_sessionFolders)
        return;
    m_sessionFolders = folders;
    m_jobs->setSessionFolders(std::move(folders));
    if (!m_database.empty())
        m_jobs->list(m_database);
    else if (!m_sessionReferences.empty()) {
        m_sessionReferences.clear();
        fillList();
        fillTargets();
    }
}

void ReferencesPanel::setSession(std::shared_ptr<const core::TrackProfile> mix, std::vector<Subject> tracks)
{
    std::vector<Subject> subjects;
    if (mix)
        subjects.push_back({tr("Mix (%n stem(s) at unity)", nullptr, static_cast<int>(tracks.size())), std::move(mix), true});
    for (Subject& t : tracks)
        subjects.push_back(std::move(t));
    const bool same = subjects.size() == m_subjects.size()
                      && std::equal(subjects.begin(), subjects.end(), m_subjects.begin(), [](const auto& a, const auto& b) {
                             return a.label == b.label && a.profile == b.profile;
                         });
    if (same)
        return;
    // The user's choice stays chosen where it is still there; the Mix comes first otherwise.
    const QString was = m_subjectChosen ? m_subject->currentText() : QString();
    m_subjects = std::move(subjects);
    {
        const QSignalBlocker block(m_subject);
        m_subject->clear();
        for (const Subject& s : m_subjects)
            m_subject->addItem(s.label);
        const int at = was.isEmpty() ? -1 : m_subject->findText(was);
        m_subject->setCurrentIndex(at >= 0 ? at : (m_subjects.empty() ? -1 : 0));
    }
    compare();
}

void ReferencesPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add References"), {},
        tr("Audio files (*.wav *.wave *.bwf *.w64 *.rf64 *.aif *.aiff *.aifc *.flac *.ogg *.oga *.opus *.mp3 *.caf);;"
           "All files (*)"));
    if (files.isEmpty())
        return;
    bool ok = false;
    const QString genre = QInputDialog::getItem(this, tr("Add References"),
                                                tr("Genre of the %n reference(s) (empty: none):", nullptr,
                                                   static_cast<int>(files.size())),
                                                genres(), 0, true, &ok);
    if (ok)
        addFiles(files, genre);
}

void ReferencesPanel::chooseGenre()
{
    const auto chosen = selected();
    if (chosen.empty())
        return;
    QStringList known = genres();
    const QString current = QString::fromStdString(chosen.front().genre);
    bool ok = false;
    const QString genre = QInputDialog::getItem(
        this, tr("Genre"), tr("Genre of the %n chosen reference(s) (empty: none):", nullptr, static_cast<int>(chosen.size())),
        known, std::max(0, static_cast<int>(known.indexOf(current))), true, &ok);
    if (ok)
        setGenreOfSelected(genre);
}

void ReferencesPanel::addFiles(const QStringList& files, const QString& genre)
{
    if (m_database.empty() || files.isEmpty())
        return;
    m_adding += static_cast<int>(files.size());
    m_addGenre = genre;
    m_status->setText(tr("Analysing %n reference(s)…", nullptr, m_adding));
    m_jobs->add(m_database, files, genre);
}

void ReferencesPanel::setGenreOfSelected(const QString& genre)
{
    std::vector<ReferenceChange> changes;
    const std::string g = core::normalisedGenre(genre.toStdString());
    for (const core::ReferenceTrack& r : selected()) {
        if (r.genre == g)
            continue;
        core::ReferenceTrack after = r;
        after.genre = g;
        changes.push_back({r, std::move(after)});
    }
    if (changes.empty() || m_undo == nullptr)
        return;
    const QString label = genreLabel(g);
    const QString text = changes.size() == 1
                             ? tr("Genre of %1 (%2)").arg(QString::fromStdString(changes.front().before->name), label)
                             : tr("Genre of %n Reference(s) (%1)", nullptr, static_cast<int>(changes.size())).arg(label);
    m_undo->push(new ReferenceCommand(text, std::move(changes),
                                      [this](auto w, auto r) { write(std::move(w), std::move(r)); }, false));
}

void ReferencesPanel::rateSelected(int rating)
{
    std::vector<ReferenceChange> changes;
    for (const core::ReferenceTrack& r : selected()) {
        if (r.rating == rating)
            continue;
        core::ReferenceTrack after = r;
        after.rating = rating;
        changes.push_back({r, std::move(after)});
    }
    if (changes.empty() || m_undo == nullptr)
        return;
    const QString label = ratingLabel(rating);
    const QString text = changes.size() == 1
                             ? tr("Rate %1 (%2)").arg(QString::fromStdString(changes.front().before->name), label)
                             : tr("Rate %n Reference(s) (%1)", nullptr, static_cast<int>(changes.size())).arg(label);
    m_undo->push(new ReferenceCommand(text, std::move(changes),
                                      [this](auto w, auto r) { write(std::move(w), std::move(r)); }, false));
}

void ReferencesPanel::removeSelected()
{
    std::vector<ReferenceChange> changes;
    for (const core::ReferenceTrack& r : selected())
        changes.push_back({r, std::nullopt});
    if (changes.empty() || m_undo == nullptr)
        return;
    const QString text = changes.size() == 1
                             ? tr("Remove Reference %1").arg(QString::fromStdString(changes.front().before->name))
                             : tr("Remove %n Reference(s)", nullptr, static_cast<int>(changes.size()));
    m_undo->push(new ReferenceCommand(text, std::move(changes),
                                      [this](auto w, auto r) { write(std::move(w), std::move(r)); }, false));
}

void ReferencesPanel::write(std::vector<core::ReferenceTrack> references, std::vector<std::string> remove)
{
    if (m_database.empty())
        return;
    m_status->setText(tr("Writing the reference library…"));
    m_jobs->write(m_database, std::move(references), std::move(remove));
}

void ReferencesPanel::selectReferences(const QStringList& names)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (names.contains(item->text(Name)))
            item->setSelected(true);
    }
}

void ReferencesPanel::onJob(const ReferenceJobResult& result)
{
    if (!result.error.isEmpty()) {
        m_status->setText(tr("The reference library could not be read or written: %1").arg(result.error));
        emit libraryShown(static_cast<int>(m_library.size()), result.error);
        return;
    }
    m_library = result.library;
    m_sessionReferences = result.session;
    QString status = tr("%n reference(s) in the library.", nullptr, static_cast<int>(m_library.size()));
    if (!m_sessionReferences.empty())
        status += QLatin1Char(' ')
                  + tr("%n attached to this session.", nullptr, static_cast<int>(m_sessionReferences.size()));
    if (result.kind == ReferenceJobResult::Kind::Added) {
        m_adding = 0;
        QStringList names;
        std::vector<ReferenceChange> changes;
        for (const ReferenceChange& c : result.changes)
            if (c.after) {
                names << QString::fromStdString(c.after->name);
                changes.push_back(c);
            }
        if (!changes.empty() && m_undo != nullptr) {
            const QString text = changes.size() == 1 ? tr("Add Reference %1").arg(names.front())
                                                     : tr("Add %n Reference(s)", nullptr, static_cast<int>(changes.size()));
            m_undo->push(new ReferenceCommand(text, std::move(changes),
                                              [this](auto w, auto r) { write(std::move(w), std::move(r)); }, true));
        }
        m_pendingSelection = names;
        if (!result.failures.isEmpty())
            status += QLatin1Char(' ') + tr("Not added: %1").arg(result.failures.join(QStringLiteral("; ")));
    }
    m_status->setText(status);
    fillList();
    fillTargets();
    if (!m_pendingSelection.isEmpty())
        selectReferences(std::exchange(m_pendingSelection, {}));
    emit libraryShown(static_cast<int>(m_library.size()), {});
}

void ReferencesPanel::fillList()
{
    QStringList chosen;
    for (const QTreeWidgetItem* item : m_list->selectedItems())
        chosen << item->data(Name, kHashRole).toString() + (item->data(Name, kSessionRole).toBool() ? QStringLiteral("s") : QString());
    const QSignalBlocker block(m_list);
    m_list->clear();
    // The library's, then the session's (marked: managed where they were attached).
    std::vector<std::pair<const core::ReferenceTrack*, bool>> shown;
    for (const core::ReferenceTrack& r : m_library)
        shown.emplace_back(&r, false);
    for (const core::ReferenceTrack& r : m_sessionReferences)
        shown.emplace_back(&r, true);
    for (const auto& [reference, ofSession] : shown) {
        const core::ReferenceTrack& r = *reference;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Name, QString::fromStdString(r.name));
        item->setToolTip(Name, QString::fromStdString(r.profile.file.path.string()));
        item->setText(Genre, ofSession ? tr("%1 · this session").arg(genreLabel(r.genre)) : genreLabel(r.genre));
        if (ofSession) {
            QFont italic = item->font(Name);
            italic.setItalic(true);
            for (int c = 0; c < ColumnCount; ++c)
                item->setFont(c, italic);
            item->setToolTip(Genre, tr("Attached to this session on the command line (stemwise reference add --session); "
                                       "compared with here, changed or removed there"));
        }
        if (r.rating != core::kReferenceUnrated)
            item->setText(Rating, ratingLabel(r.rating));
        item->setToolTip(Rating, ratingEffect(r.rating));
        item->setText(Loudness, formatFigure(r.profile.loudness.integratedLufs, 1));
        item->setText(TruePeak, formatFigure(r.profile.loudness.truePeakDbtp, 1));
        const QDateTime added = QDateTime::fromString(QString::fromStdString(r.addedAt), Qt::ISODateWithMs);
        item->setText(Added, added.isValid() ? QLocale().toString(added.toLocalTime().date(), QLocale::ShortFormat)
                                             : QString::fromStdString(r.addedAt));
        for (int c : {Loudness, TruePeak})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Name, kHashRole, QString::fromStdString(r.contentHash));
        item->setData(Name, kSessionRole, ofSession);
        item->setSelected(chosen.contains(QString::fromStdString(r.contentHash) + (ofSession ? QStringLiteral("s") : QString())));
    }
    for (int c : {Genre, Rating, Loudness, TruePeak, Added})
        m_list->resizeColumnToContents(c);
    const bool any = !selected().empty();
    m_genre->setEnabled(any);
    m_rate->setEnabled(any);
    m_remove->setEnabled(any);
}

void ReferencesPanel::fillTargets()
{
    const QString was = m_target->currentData().toString();
    const QSignalBlocker block(m_target);
    m_target->clear();
    // Each genre's mean first (references without a genre make none, nor those rated "not my
    // style"), then each reference.
    std::map<std::string, int> perGenre;
    for (const auto& r : m_library)
        if (!r.genre.empty() && !core::whyNotAReference(r.profile) && core::styleWeightOfRating(r.rating) > 0.0)
            ++perGenre[r.genre];
    for (const auto& [genre, count] : perGenre)
        m_target->addItem(tr("Target of %1 (mean of %n reference(s))", nullptr, count).arg(QString::fromStdString(genre)),
                          genreKey(QString::fromStdString(genre)));
    for (const auto& r : m_library)
        m_target->addItem(r.genre.empty() ? tr("Reference: %1").arg(QString::fromStdString(r.name))
                                          : tr("Reference: %1 (%2)")
                                                .arg(QString::fromStdString(r.name), QString::fromStdString(r.genre)),
                          referenceKey(r.contentHash));
    for (const auto& r : m_sessionReferences)
        m_target->addItem(tr("Session reference: %1").arg(QString::fromStdString(r.name)), sessionReferenceKey(r.contentHash));
    const int at = m_target->findData(was);
    m_target->setCurrentIndex(at >= 0 ? at : (m_target->count() > 0 ? 0 : -1));
    compare();
}

bool ReferencesPanel::compareWithGenre(const QString& genre)
{
    const int at = m_target->findData(genreKey(QString::fromStdString(core::normalisedGenre(genre.toStdString()))));
    if (at < 0)
        return false;
    m_target->setCurrentIndex(at);
    compare();
    return true;
}

void ReferencesPanel::setSessionSections(std::shared_ptr<const core::SessionSections> sections)
{
    m_sections = std::move(sections);
    compare();
}

void ReferencesPanel::compare()
{
    std::shared_ptr<const core::ReferenceStyle> style;
    // Whatever the outcome, the views hear of the style compared with (or of none).
    struct Announce {
        ReferencesPanel* panel;
        std::shared_ptr<const core::ReferenceStyle>& style;
        ~Announce() { emit panel->referenceStyleChanged(style); }
    } announce{this, style};
    m_hasComparison = false;
    m_chart->setComparison(nullptr);
    m_note->hide();
    QStringList notes;
    const int s = m_subject->currentIndex();
    const QString target = m_target->currentData().toString();
    if (s < 0 || s >= static_cast<int>(m_subjects.size()) || target.isEmpty()) {
        m_text->setPlainText(m_library.empty() && m_sessionReferences.empty()
                                 ? tr("Add references (mixes you trust, tagged with a genre) to compare the session with.")
                                 : tr("The session's Mix appears once the session is analysed."));
        return;
    }
    const Subject& subject = m_subjects[static_cast<std::size_t>(s)];
    if (target.startsWith(QLatin1String("g:"))) {
        const std::string genre = target.mid(2).toStdString();
        std::vector<core::TrackProfile> references;
        std::vector<double> weights;  // the user's ratings (compare/targetcurve.h)
        int wanted = 0;
        int leftOut = 0;
        for (const auto& r : m_library)
            if (r.genre == genre && !core::whyNotAReference(r.profile)) {
                references.push_back(r.profile);
                weights.push_back(core::styleWeightOfRating(r.rating));
                wanted += r.rating == core::kReferenceSoundIWant ? 1 : 0;
                leftOut += r.rating == core::kReferenceNotMyStyle ? 1 : 0;
            }
        if (wanted > 0 || leftOut > 0) {
            QStringList parts;
            if (wanted > 0)
                parts << tr("%n reference(s) rated the sound you want count twice", nullptr, wanted);
            if (leftOut > 0)
                parts << tr("%n rated not your style left out", nullptr, leftOut);
            notes << tr("Your ratings weigh this target's style: %1.").arg(parts.join(QStringLiteral("; ")));
        }
        auto curve = core::makeTargetCurve(references, tr("Target of %1").arg(QString::fromStdString(genre)).toStdString(),
                                           weights);
        if (!curve) {
            m_text->setPlainText(QString::fromStdString(curve.error().message));
            m_note->setText(notes.join(QLatin1Char('\n')));
            m_note->setVisible(!notes.isEmpty());
            return;
        }
        // The references' style judges a whole mix, not one stem (ComparisonOptions::style).
        core::ComparisonOptions options;
        options.style = subject.mix || subject.profile->type == "mix";
        m_comparison = core::compareWithTarget(*subject.profile, curve.value(), options,
                                               subject.mix && m_sections ? m_sections.get() : nullptr);
        style = std::make_shared<const core::ReferenceStyle>(curve.value().style);
    } else {
        const std::string hash = target.mid(2).toStdString();
        const auto& pool = target.startsWith(QLatin1String("s:")) ? m_sessionReferences : m_library;
        const auto it = std::find_if(pool.begin(), pool.end(), [&hash](const auto& r) { return r.contentHash == hash; });
        if (it == pool.end())
            return;
        m_comparison = core::compareTracks(*subject.profile, it->profile);
    }
    // A reference is a whole record: a stem is not to be made into one. Its differences are
    // shown, the moves that would bring it there are not (issue 21: a bass stem against a
    // reference mix was told to boost 6 dB with a high shelf at 10 kHz).
    if (!subject.mix && subject.profile->type != "mix") {
        std::erase_if(m_comparison.findings,
                      [](const core::ComparisonFinding& f) { return f.kind == core::ComparisonFinding::Kind::Suggestion; });
        notes << tr("%1 is one stem and the references are whole mixes: the differences show how far it is from a "
                    "record, not what to change on it. Compare the Mix for moves.")
                     .arg(subject.label);
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_hasComparison = true;
    m_chart->setComparison(&m_comparison);
    m_text->setPlainText(CoreText::comparisonText(m_comparison));
}

std::vector<core::ReferenceTrack> ReferencesPanel::selected() const
{
    std::vector<core::ReferenceTrack> out;
    for (const QTreeWidgetItem* item : m_list->selectedItems()) {
        if (item->data(Name, kSessionRole).toBool())
            continue;  // the session's are managed where they were attached
        const std::string hash = item->data(Name, kHashRole).toString().toStdString();
        for (const auto& r : m_library)
            if (r.contentHash == hash)
                out.push_back(r);
    }
    return out;
}

QStringList ReferencesPanel::genres() const
{
    std::set<QString> known;
    for (const auto& r : m_library)
        if (!r.genre.empty())
            known.insert(QString::fromStdString(r.genre));
    return {known.begin(), known.end()};
}

}  // namespace stemwise::ui
