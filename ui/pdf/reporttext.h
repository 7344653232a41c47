#pragma once
// The report PDF's words and numbers, shared by its pages and charts: its own words are tr()
// texts of the context "ReportPdf" (in the UI's language once installTranslations() ran),
// numbers go through formatNumber() (the locale's decimal sign when localized), and on the
// command line, which installs no translator, everything is byte for byte English.
// Threading: the thread that owns the application (translations are read there).

#include "analysis/trackprofile.h"
#include "learn/learnedmodel.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <string>

namespace stemwise::ui::pdf {

/// The translation context of the report's own words.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

[[nodiscard]] QString qs(const std::string& s);
/// `v` with `decimals` and, if given, a space and `unit`; "—" when there is no value.
[[nodiscard]] QString number(const core::OptDouble& v, int decimals, const char* unit = "");
/// `v` with its sign ("+1.5"); "—" when there is no value.
[[nodiscard]] QString signedNumber(const core::OptDouble& v, int decimals);
/// A number as QString::number() writes it (shortest, up to 6 digits), with the locale's
/// decimal sign when the texts are localized: axis ticks, band edges.
[[nodiscard]] QString shortNumber(double v);
/// A frequency axis label: "50", "2k".
[[nodiscard]] QString hzLabel(double hz);
/// The bands' short names, for chart labels and table rows.
[[nodiscard]] QString bandShort(std::size_t index);
/// How the user rated a suggestion: the suggestions panel's words; core's id ("not-useful")
/// when not localized, as the command line's report has always printed it.
[[nodiscard]] QString feedbackText(core::Feedback f);
/// Where a track's type came from ("user", "name", "measurements"); core's id when not localized.
[[nodiscard]] QString typeSourceText(const std::string& source);

} // namespace stemwise::ui::pdf
