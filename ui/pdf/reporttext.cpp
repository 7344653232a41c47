// The report PDF's words and numbers (see reporttext.h).
#include "pdf/reporttext.h"

#include "coretext.h"
#include "suggestionspanel.h"

#include <QLocale>

#include <cmath>

namespace stemwise::ui::pdf {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString number(const core::OptDouble& v, int decimals, const char* unit)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    QString text = formatNumber(*v, decimals);
    if (*unit != '\0')
        text += QLatin1Char(' ') + QLatin1String(unit);
    return text;
}

QString signedNumber(const core::OptDouble& v, int decimals)
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("—");
    return (*v > 0 ? QStringLiteral("+") : QString()) + formatNumber(*v, decimals);
}

QString shortNumber(double v)
{
    if (!coreTextLocalized())
        return QString::number(v);
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(v, 'g', 6);
}

QString hzLabel(double hz)
{
    return hzTick(hz);
}

QString bandShort(std::size_t index)
{
    switch (index) {
    case 0:
        return ReportPdf::tr("Sub");
    case 1:
        return ReportPdf::tr("Bass");
    case 2:
        return ReportPdf::tr("Lo-mid");
    case 3:
        return ReportPdf::tr("Mid");
    case 4:
        return ReportPdf::tr("Hi-mid");
    case 5:
        return ReportPdf::tr("High");
    case 6:
        return ReportPdf::tr("Air");
    default:
        return {};
    }
}

QString feedbackText(core::Feedback f)
{
    return coreTextLocalized() ? feedbackLabel(f) : QLatin1String(core::feedbackName(f));
}

QString typeSourceText(const std::string& source)
{
    if (!coreTextLocalized())
        return qs(source);
    if (source == "user")
        return ReportPdf::tr("chosen by you");
    if (source == "name")
        return ReportPdf::tr("from the name");
    if (source == "measurements")
        return ReportPdf::tr("from the measurements");
    return qs(source);
}

} // namespace stemwise::ui::pdf
