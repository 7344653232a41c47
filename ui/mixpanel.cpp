// The session's mix as a track, against delivery targets (see mixpanel.h).
#include "mixpanel.h"

#include "coretext.h"
#include "theme.h"
#include "tracktablemodel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace stemwise::ui {

namespace {

constexpr auto kOwnLufsKey = "targets/ownLufs";
constexpr auto kOwnPeakKey = "targets/ownTruePeakDbtp";
constexpr double kOnTargetLu = 0.5;  // within this, the loudness is on target

}  // namespace

MixPanel::MixPanel(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("mixSummary"));
    m_summary->setWordWrap(true);
    m_summary->setMargin(4);
    m_summary->setTextFormat(Qt::RichText);

    m_targets = new QTreeWidget;
    m_targets->setObjectName(QStringLiteral("mixTargets"));
    m_targets->setRootIsDecorated(false);
    m_targets->setUniformRowHeights(true);
    m_targets->setHeaderLabels({tr("Delivery target"), tr("Loudness"), tr("Distance"), tr("Ceiling"), tr("Peak margin")});
    m_targets->headerItem()->setToolTip(
        Distance, tr("The mix's integrated loudness minus the target's: how far to turn the whole mix down (+) or "
                     "up (−) to meet it."));
    m_targets->headerItem()->setToolTip(
        PeakMargin, tr("Once the mix is turned to the target's loudness: how far its true peak stays under the "
                       "target's ceiling, or how far over it (a limiter's work)."));
    m_targets->header()->setStretchLastSection(false);
    m_targets->header()->setSectionResizeMode(Name, QHeaderView::Stretch);

    QSettings settings;
    m_ownLufs = new QDoubleSpinBox;
    m_ownLufs->setObjectName(QStringLiteral("ownTargetLufs"));
    m_ownLufs->setRange(-40.0, 0.0);
    m_ownLufs->setDecimals(1);
    m_ownLufs->setSingleStep(0.5);
    m_ownLufs->setSuffix(QStringLiteral(" LUFS"));
    m_ownLufs->setValue(settings.value(QLatin1String(kOwnLufsKey), -16.0).toDouble());
    m_ownPeak = new QDoubleSpinBox;
    m_ownPeak->setObjectName(QStringLiteral("ownTargetPeak"));
    m_ownPeak->setRange(-12.0, 0.0);
    m_ownPeak->setDecimals(1);
    m_ownPeak->setSingleStep(0.5);
    m_ownPeak->setSuffix(QStringLiteral(" dBTP"));
    m_ownPeak->setValue(settings.value(QLatin1String(kOwnPeakKey), -1.0).toDouble());
    for (QDoubleSpinBox* box : {m_ownLufs, m_ownPeak})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            QSettings s;
            s.setValue(QLatin1String(kOwnLufsKey), m_ownLufs->value());
            s.setValue(QLatin1String(kOwnPeakKey), m_ownPeak->value());
            fill();
        });
    m_show = new QPushButton(tr("Sho&w in Track View"));
    m_show->setObjectName(QStringLiteral("showMixButton"));
    m_show->setEnabled(false);
    connect(m_show, &QPushButton::clicked, this, &MixPanel::showMixRequested);

    auto* own = new QHBoxLayout;
    auto* ownLabel = new QLabel(tr("Your tar&get:"));
    ownLabel->setBuddy(m_ownLufs);
    own->addWidget(ownLabel);
    own->addWidget(m_ownLufs);
    own->addWidget(m_ownPeak);
    own->addStretch(1);
    own->addWidget(m_show);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_targets, 1);
    layout->addLayout(own);
    showMessage(tr("The mix appears once the session is analysed."));
}

void MixPanel::setOwnTarget(double lufs, double truePeakDbtp)
{
    m_ownLufs->setValue(lufs);
    m_ownPeak->setValue(truePeakDbtp);
}

std::vector<MixPanel::Target> MixPanel::targets() const
{
    return {{tr("Streaming (Spotify, YouTube, Tidal…)"), -14.0, -1.0},
            {tr("Broadcast, EBU R128"), -23.0, -1.0},
            {tr("Yours"), m_ownLufs->value(), m_ownPeak->value()}};
}

void MixPanel::showMessage(const QString& message)
{
    m_mix.reset();
    m_summary->setText(QStringLiteral("<b>%1</b>: %2").arg(tr("Mix"), message.toHtmlEscaped()));
    m_show->setEnabled(false);
    fill();
}

void MixPanel::setMeasuring(int stems)
{
    showMessage(tr("summing the %n stem(s) at unity and analysing the sum…", nullptr, stems));
}

void MixPanel::setMix(std::shared_ptr<const core::TrackProfile> mix, const QString& error)
{
    if (!mix) {
        showMessage(tr("not measured (%1)").arg(error));
        return;
    }
    m_mix = std::move(mix);
    const core::LoudnessProfile& l = m_mix->loudness;
    m_summary->setText(tr("<b>Mix</b> (the stems summed at unity, analysed as a track): integrated <b>%1&nbsp;LUFS</b> · "
                          "true peak <b>%2&nbsp;dBTP</b> · loudness range %3&nbsp;LU · short-term max %4&nbsp;LUFS · "
                          "%5")
                           .arg(formatFigure(l.integratedLufs, 1), formatFigure(l.truePeakDbtp, 1),
                                formatFigure(l.lraLu, 1), formatFigure(l.shortTermMaxLufs, 1),
                                formatDuration(m_mix->file.format.durationS())));
    m_show->setEnabled(true);
    fill();
}

void MixPanel::fill()
{
    m_targets->clear();
    const ViewColors& colors = viewColors();
    for (const Target& t : targets()) {
        auto* item = new QTreeWidgetItem(m_targets);
        item->setText(Name, t.name);
        item->setText(Loudness, tr("%1 LUFS").arg(formatFigure(t.lufs, 1)));
        item->setText(Ceiling, tr("%1 dBTP").arg(formatFigure(t.truePeakDbtp, 1)));
        for (int c : {Loudness, Distance, Ceiling, PeakMargin})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!m_mix || !m_mix->loudness.integratedLufs) {
            item->setText(Distance, QStringLiteral("—"));
            item->setText(PeakMargin, QStringLiteral("—"));
            continue;
        }
        const double distance = *m_mix->loudness.integratedLufs - t.lufs;
        const QString lu = formatNumber(std::abs(distance), 1);
        if (std::abs(distance) <= kOnTargetLu) {
            item->setText(Distance, tr("on target (%1 LU)").arg(formatFigure(distance, 1)));
            item->setForeground(Distance, colors.good);
        } else if (distance > 0.0) {
            item->setText(Distance, tr("+%1 LU: turn down %1 dB").arg(lu));
            item->setForeground(Distance, colors.warn);
        } else {
            item->setText(Distance, tr("−%1 LU: turn up %1 dB").arg(lu));
            item->setForeground(Distance, colors.warn);
        }
        if (m_mix->loudness.truePeakDbtp) {
            // The margin once the loudness is met: turning the mix by the distance moves its peak too.
            const double peakAtTarget = *m_mix->loudness.truePeakDbtp - distance;
            const double margin = t.truePeakDbtp - peakAtTarget;
            item->setText(PeakMargin, margin >= 0.0 ? tr("%1 dB under").arg(formatNumber(margin, 1))
                                                    : tr("%1 dB over: limit").arg(formatNumber(-margin, 1)));
            item->setForeground(PeakMargin, margin >= 0.0 ? colors.good : colors.bad);
            item->setToolTip(PeakMargin, tr("At the target's loudness the mix's true peak would be %1 dBTP.")
                                             .arg(formatFigure(peakAtTarget, 1)));
        }
    }
    for (int c : {Loudness, Distance, Ceiling, PeakMargin})
        m_targets->resizeColumnToContents(c);
}

}  // namespace stemwise::ui
